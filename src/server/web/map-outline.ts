import { readFileSync } from 'node:fs';

/** Rings of (lat, lng) points, as the web map draws them. */
export type OutlineRings = [number, number][][];

/** The demo's outline: a coarse sketch of Bahrain, a data file beside this module. */
export const defaultOutlineFile = new URL('./bahrain-outline.geojson', import.meta.url);

type Position = number[];

function polygons(geo: unknown): Position[][][] {
  const g = geo as { type?: string; geometry?: unknown; features?: unknown[]; coordinates?: unknown };
  switch (g?.type) {
    case 'FeatureCollection':
      return (g.features ?? []).flatMap((f) => polygons(f));
    case 'Feature':
      return polygons(g.geometry);
    case 'Polygon':
      return [g.coordinates as Position[][]];
    case 'MultiPolygon':
      return g.coordinates as Position[][][];
    default:
      throw new Error(`a GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection was expected, got ${String(g?.type)}`);
  }
}

/**
 * The outline drawn on maps without tiles (TAWASUL_MAP_OUTLINE: a GeoJSON file of the country's
 * outline; unset: the demo's sketch of Bahrain). Only outer rings are kept; a bad file stops the
 * start naming the variable.
 */
export function readMapOutline(file: string | URL | undefined): OutlineRings {
  const source = file ?? defaultOutlineFile;
  try {
    const rings = polygons(JSON.parse(readFileSync(source, 'utf8'))).map((polygon) => {
      const outer = polygon[0] ?? [];
      return outer.map((p): [number, number] => {
        const [lng, lat] = p;
        if (typeof lat !== 'number' || typeof lng !== 'number' || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
          throw new Error(`a position is not [longitude, latitude]: ${JSON.stringify(p)}`);
        }
        return [lat, lng];
      });
    });
    if (!rings.some((r) => r.length >= 3)) throw new Error('no polygon with three points or more');
    return rings;
  } catch (err) {
    throw new Error(`TAWASUL_MAP_OUTLINE (${String(source)}): ${(err as Error).message}`);
  }
}
