import { governorates, type Governorate } from '../../common/enums.ts';
import type { FieldError } from '../../common/error-codes.ts';

/** A position: longitude, latitude (WGS 84), as GeoJSON orders them. */
export type Position = [number, number];
/** A polygon: an outer ring then holes, each ring closed (first position = last). */
export type PolygonCoords = Position[][];
/** The geometry of an area: GeoJSON Polygon or MultiPolygon. */
export type AreaGeometry = { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

/** One area read from an import, ready to store. */
export interface ParsedArea {
  layer: string;
  code: string;
  name: { ar: string; en: string };
  governorate: Governorate | null;
  geometry: AreaGeometry;
}

/** Limits on what one import may hold, so a mistaken file cannot fill the memory of every server. */
export const importLimits = { maxAreas: 5000, maxPositions: 2_000_000 };

const LAYER = /^[a-z][a-z0-9_]{0,39}$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/;
const MAX_REPORTED = 20;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a GeoJSON FeatureCollection of administrative areas. Each feature carries a Polygon or
 * MultiPolygon and the properties `layer` (e.g. governorate, municipality), `code`, `name_ar`,
 * `name_en` and optionally `governorate` (one of the governorate codes: the governorate a point in
 * the area routes by). Answers the areas, or every problem found (up to 20) with its path.
 */
export function parseBoundaryGeoJson(doc: unknown): { areas: ParsedArea[] } | { errors: FieldError[] } {
  const errs: FieldError[] = [];
  const fail = (path: string, code: string, message: string) => {
    if (errs.length < MAX_REPORTED) errs.push({ path, code, message });
  };
  if (!isObj(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    return { errors: [{ path: 'geojson', code: 'invalid_format', message: 'Expected a GeoJSON FeatureCollection with a features array' }] };
  }
  const features = doc.features as unknown[];
  if (!features.length) return { errors: [{ path: 'geojson.features', code: 'too_small', message: 'The collection has no features' }] };
  if (features.length > importLimits.maxAreas) {
    return { errors: [{ path: 'geojson.features', code: 'too_big', message: `At most ${importLimits.maxAreas} areas per set` }] };
  }
  const areas: ParsedArea[] = [];
  const seen = new Set<string>();
  let positions = 0;
  features.forEach((f, i) => {
    const at = `geojson.features[${i}]`;
    if (!isObj(f) || f.type !== 'Feature') return fail(at, 'invalid_format', 'Not a GeoJSON Feature');
    const p = isObj(f.properties) ? f.properties : {};
    const layer = p.layer;
    const code = p.code;
    const nameAr = typeof p.name_ar === 'string' ? p.name_ar.trim() : '';
    const nameEn = typeof p.name_en === 'string' ? p.name_en.trim() : '';
    if (typeof layer !== 'string' || !LAYER.test(layer)) fail(`${at}.properties.layer`, 'invalid_format', 'layer: lowercase letters, digits, _ (e.g. governorate)');
    if (typeof code !== 'string' || !CODE.test(code)) fail(`${at}.properties.code`, 'invalid_format', 'code: letters, digits, _ . - (at most 60)');
    if (!nameAr || nameAr.length > 200) fail(`${at}.properties.name_ar`, 'required', 'name_ar: the Arabic name (at most 200 characters)');
    if (!nameEn || nameEn.length > 200) fail(`${at}.properties.name_en`, 'required', 'name_en: the English name (at most 200 characters)');
    const g = p.governorate;
    if (g !== undefined && g !== null && !(governorates as readonly unknown[]).includes(g)) {
      fail(`${at}.properties.governorate`, 'invalid_value', `governorate: one of ${governorates.join(', ')}`);
    }
    const key = `${String(layer)}\u0000${String(code)}`;
    if (seen.has(key)) fail(`${at}.properties.code`, 'taken', `Two areas of layer ${String(layer)} have the code ${String(code)}`);
    seen.add(key);
    const geometry = checkGeometry(f.geometry, `${at}.geometry`, fail);
    if (geometry) positions += countPositions(geometry);
    if (geometry && !errs.length) {
      areas.push({ layer: layer as string, code: code as string, name: { ar: nameAr, en: nameEn }, governorate: (g ?? null) as Governorate | null, geometry });
    }
  });
  if (positions > importLimits.maxPositions) fail('geojson', 'too_big', `At most ${importLimits.maxPositions} positions per set`);
  return errs.length ? { errors: errs } : { areas };
}

function countPositions(g: AreaGeometry): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.reduce((n, rings) => n + rings.reduce((m, r) => m + r.length, 0), 0);
}

function checkGeometry(g: unknown, at: string, fail: (path: string, code: string, message: string) => void): AreaGeometry | null {
  if (!isObj(g)) return fail(at, 'required', 'A Polygon or MultiPolygon geometry is required'), null;
  if (g.type === 'Polygon') return checkPolygon(g.coordinates, `${at}.coordinates`, fail) ? { type: 'Polygon', coordinates: g.coordinates as PolygonCoords } : null;
  if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || !g.coordinates.length) return fail(`${at}.coordinates`, 'invalid_format', 'A MultiPolygon needs at least one polygon'), null;
    const ok = g.coordinates.every((poly, i) => checkPolygon(poly, `${at}.coordinates[${i}]`, fail));
    return ok ? { type: 'MultiPolygon', coordinates: g.coordinates as PolygonCoords[] } : null;
  }
  return fail(`${at}.type`, 'invalid_value', 'Only Polygon and MultiPolygon areas can be imported'), null;
}

function checkPolygon(rings: unknown, at: string, fail: (path: string, code: string, message: string) => void): boolean {
  if (!Array.isArray(rings) || !rings.length) return fail(at, 'invalid_format', 'A polygon is an array of rings'), false;
  return rings.every((ring, r) => {
    const here = `${at}[${r}]`;
    if (!Array.isArray(ring) || ring.length < 4) return fail(here, 'too_small', 'A ring needs at least 4 positions'), false;
    for (let k = 0; k < ring.length; k++) {
      const pos = ring[k] as unknown;
      if (!Array.isArray(pos) || pos.length < 2 || !pos.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n))) {
        return fail(`${here}[${k}]`, 'invalid_type', 'A position is [longitude, latitude]'), false;
      }
      const [lng, lat] = pos as number[];
      if (lng! < -180 || lng! > 180 || lat! < -90 || lat! > 90) return fail(`${here}[${k}]`, 'invalid_value', 'Longitude or latitude out of range'), false;
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) return fail(here, 'invalid_value', 'A ring must end where it starts'), false;
    return true;
  });
}
