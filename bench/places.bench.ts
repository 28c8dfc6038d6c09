/**
 * Point-in-polygon look-ups per second: the demo's four governorates, and a national set of
 * 10,000 fine areas (a 100 × 100 grid of small polygons of 12 vertices over Bahrain), each with
 * the near-boundary check intake runs (150 m). One core, in process: `npm run bench:places`.
 */
import { BoundaryIndex, type IndexedArea } from '../src/server/places/boundary-index.ts';
import { demoBoundaryGeoJson } from '../src/server/places/demo-boundaries.ts';
import { parseBoundaryGeoJson, type Position } from '../src/server/places/geojson.ts';
import { governorates } from '../src/common/enums.ts';

function demoIndex(): BoundaryIndex {
  const parsed = parseBoundaryGeoJson(demoBoundaryGeoJson);
  if ('errors' in parsed) throw new Error('demo set does not parse');
  return new BoundaryIndex(parsed.areas.map((a, i) => ({ id: i, ...a })));
}

/** 10,000 dodecagons on a grid over the box, touching neither each other nor the box's edge. */
function gridIndex(n = 100): BoundaryIndex {
  const areas: IndexedArea[] = [];
  const [lat0, lng0, dLat, dLng] = [25.8, 50.35, 0.55 / n, 0.5 / n];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const cy = lat0 + (i + 0.5) * dLat;
      const cx = lng0 + (j + 0.5) * dLng;
      const ring: Position[] = [];
      for (let k = 0; k < 12; k++) {
        const a = (k / 12) * 2 * Math.PI;
        ring.push([cx + Math.cos(a) * dLng * 0.45, cy + Math.sin(a) * dLat * 0.45]);
      }
      ring.push(ring[0]!);
      const code = `b${i}_${j}`;
      areas.push({ id: areas.length, layer: 'block', code, name: { ar: code, en: code }, governorate: governorates[(i + j) % 4]!, geometry: { type: 'Polygon', coordinates: [ring] } });
    }
  }
  return new BoundaryIndex(areas);
}

/** A fixed pseudo-random sequence of points in Bahrain's box, so runs compare. */
function points(count: number): Float64Array {
  const out = new Float64Array(count * 2);
  let s = 42;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) {
    out[i * 2] = 25.8 + next() * 0.55;
    out[i * 2 + 1] = 50.35 + next() * 0.5;
  }
  return out;
}

function measure(name: string, index: BoundaryIndex, pts: Float64Array, near: number): void {
  const n = pts.length / 2;
  let hits = 0;
  for (let i = 0; i < Math.min(n, 20_000); i++) index.lookup(pts[i * 2]!, pts[i * 2 + 1]!, near); // warm-up
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) if (index.lookup(pts[i * 2]!, pts[i * 2 + 1]!, near).deciding) hits++;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = Math.round(n / seconds);
  console.log(`${name.padEnd(44)} ${rate.toLocaleString('en').padStart(12)} look-ups/s  (${n.toLocaleString('en')} points, ${Math.round((hits / n) * 100)} % inside an area, near-boundary check ${near} m)`);
}

const pts = points(500_000);
const demo = demoIndex();
measure('demo set: 4 governorates', demo, pts, 0);
measure('demo set: 4 governorates', demo, pts, 150);
const grid = gridIndex();
measure(`fine set: ${grid.size.toLocaleString('en')} polygons`, grid, pts, 0);
measure(`fine set: ${grid.size.toLocaleString('en')} polygons`, grid, pts, 150);
