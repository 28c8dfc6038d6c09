import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { Governorate } from '../../common/enums.ts';
import type { AreaGeometry, PolygonCoords } from './geojson.ts';

/** An area as the index holds it. */
export interface IndexedArea {
  id: number;
  layer: string;
  code: string;
  name: { ar: string; en: string };
  governorate: Governorate | null;
  geometry: AreaGeometry;
}

/** What a point falls in. */
export interface PointPlace {
  /** Every area that holds the point, any layer. */
  areas: IndexedArea[];
  /** The area that decides the governorate (one with a governorate; the `governorate` layer first). */
  deciding: IndexedArea | null;
  /** The nearest area of another governorate within the distance asked, and how far it is (metres). */
  nearOther: { area: IndexedArea; metres: number } | null;
}

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LNG_EQUATOR = 111_320;

/**
 * Point-in-polygon over a static spatial index: each polygon's bounding box in a Flatbush tree,
 * the exact test by @turf/boolean-point-in-polygon on the few boxes that hold the point. Built
 * once per boundary set; look-ups are pure and synchronous, so they run the same over any database.
 */
export class BoundaryIndex {
  readonly #tree: Flatbush | null;
  /** One entry per polygon (a MultiPolygon gives several), in the tree's order. */
  readonly #parts: { area: IndexedArea; rings: PolygonCoords }[] = [];

  constructor(areas: readonly IndexedArea[]) {
    for (const area of areas) {
      const polys = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
      for (const rings of polys) this.#parts.push({ area, rings });
    }
    if (!this.#parts.length) {
      this.#tree = null;
      return;
    }
    const tree = new Flatbush(this.#parts.length);
    for (const { rings } of this.#parts) {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (const [x, y] of rings[0]!) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      tree.add(minX, minY, maxX, maxY);
    }
    tree.finish();
    this.#tree = tree;
  }

  get size(): number {
    return this.#parts.length;
  }

  /** The areas holding the point (lat, lng); with `nearMetres`, also the nearest area of another governorate that close. */
  lookup(lat: number, lng: number, nearMetres = 0): PointPlace {
    const tree = this.#tree;
    if (!tree) return { areas: [], deciding: null, nearOther: null };
    const areas: IndexedArea[] = [];
    const pt: [number, number] = [lng, lat];
    for (const i of tree.search(lng, lat, lng, lat)) {
      const part = this.#parts[i]!;
      if (areas.includes(part.area)) continue;
      if (booleanPointInPolygon(pt, { type: 'Polygon', coordinates: part.rings })) areas.push(part.area);
    }
    const deciding = areas.find((a) => a.governorate && a.layer === 'governorate') ?? areas.find((a) => a.governorate) ?? null;
    // Overlapping areas of two governorates: the point is in both, as ambiguous as can be.
    const overlap = deciding && areas.find((a) => a.governorate && a.governorate !== deciding.governorate);
    let nearOther: PointPlace['nearOther'] = overlap ? { area: overlap, metres: 0 } : null;
    if (nearMetres > 0 && deciding && !overlap) {
      const mPerLng = M_PER_DEG_LNG_EQUATOR * Math.cos((lat * Math.PI) / 180);
      const dLat = nearMetres / M_PER_DEG_LAT;
      const dLng = nearMetres / mPerLng;
      for (const i of tree.search(lng - dLng, lat - dLat, lng + dLng, lat + dLat)) {
        const part = this.#parts[i]!;
        if (!part.area.governorate || part.area.governorate === deciding.governorate) continue;
        const metres = distanceToRings(lat, lng, part.rings, mPerLng);
        if (metres <= nearMetres && (!nearOther || metres < nearOther.metres)) nearOther = { area: part.area, metres };
      }
    }
    return { areas, deciding, nearOther };
  }
}

/** Metres from a point to the nearest edge of a polygon (a flat projection at the point: fine at a few km). */
function distanceToRings(lat: number, lng: number, rings: PolygonCoords, mPerLng: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let k = 1; k < ring.length; k++) {
      const ax = (ring[k - 1]![0] - lng) * mPerLng;
      const ay = (ring[k - 1]![1] - lat) * M_PER_DEG_LAT;
      const bx = (ring[k]![0] - lng) * mPerLng;
      const by = (ring[k]![1] - lat) * M_PER_DEG_LAT;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      const px = ax + t * dx;
      const py = ay + t * dy;
      const d = Math.sqrt(px * px + py * py);
      if (d < best) best = d;
    }
  }
  return best;
}
