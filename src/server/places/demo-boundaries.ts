import type { Transaction } from 'kysely';
import type { Governorate } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';
import { BoundaryRepository } from './boundary.repository.ts';
import { parseBoundaryGeoJson, type Position } from './geojson.ts';

/**
 * The demo's boundary set: Bahrain's four governorates as simple polygons drawn by hand for the
 * demo, roughly following the coasts and the inland lines between them. They are approximate (a
 * few hundred metres to a few kilometres off, islands and reclaimed land left out) and are not an
 * official boundary: a deployment imports the official set (`tawasul boundaries import`).
 */
export const demoBoundaryMeta = {
  name: 'Bahrain governorates (demo)',
  description:
    "APPROXIMATE, FOR THE DEMO ONLY: Bahrain's four governorates drawn by hand as simple polygons roughly following the real outlines. Not an official boundary; import the official set before routing real cases.",
  source: 'Drawn by hand for the Tawasul demo (no survey data)',
  licence: 'CC0-1.0',
};

// Shared vertices, [lng, lat], so neighbours meet exactly and a point near a line is near both.
const A: Position = [50.535, 26.245]; // north coast, Seef: Capital | Northern
const B: Position = [50.535, 26.205];
const C: Position = [50.545, 26.198];
const D: Position = [50.555, 26.19]; // where Capital, Northern and Southern meet (Tubli / Isa Town / A'ali)
const E: Position = [50.585, 26.17];
const F: Position = [50.6, 26.135];
const G: Position = [50.645, 26.128]; // east coast south of Sitra: Capital | Southern
const H: Position = [50.535, 26.165];
const I: Position = [50.525, 26.1];
const J: Position = [50.47, 26.08];
const K: Position = [50.44, 26.08]; // west coast: Northern | Southern

const ring = (...points: Position[]): Position[][] => [[...points, points[0]!]];

const areas: { code: Governorate; ar: string; en: string; rings: Position[][] }[] = [
  {
    code: 'capital',
    ar: 'محافظة العاصمة',
    en: 'Capital Governorate',
    rings: ring(A, [50.59, 26.245], [50.598, 26.225], [50.625, 26.205], [50.65, 26.17], G, F, E, D, C, B),
  },
  {
    code: 'muharraq',
    ar: 'محافظة المحرق',
    en: 'Muharraq Governorate',
    rings: ring([50.6, 26.236], [50.64, 26.228], [50.67, 26.232], [50.7, 26.255], [50.69, 26.31], [50.64, 26.32], [50.6, 26.305], [50.585, 26.27]),
  },
  {
    code: 'northern',
    ar: 'المحافظة الشمالية',
    en: 'Northern Governorate',
    rings: ring(A, B, C, D, H, I, J, K, [50.435, 26.12], [50.43, 26.18], [50.44, 26.225], [50.46, 26.24], [50.5, 26.245]),
  },
  {
    code: 'southern',
    ar: 'المحافظة الجنوبية',
    en: 'Southern Governorate',
    rings: ring(D, E, F, G, [50.63, 26.06], [50.625, 25.99], [50.6, 25.9], [50.575, 25.795], [50.545, 25.8], [50.5, 25.9], [50.47, 26.0], [50.45, 26.05], K, J, I, H),
  },
];

/** The demo set as GeoJSON, in the import format (properties layer, code, name_ar, name_en, governorate). */
export const demoBoundaryGeoJson = {
  type: 'FeatureCollection',
  features: areas.map((a) => ({
    type: 'Feature',
    properties: { layer: 'governorate', code: a.code, name_ar: a.ar, name_en: a.en, governorate: a.code },
    geometry: { type: 'Polygon', coordinates: a.rings },
  })),
};

/** Stores the demo set as the active boundary set (the demo seed, inside its transaction). */
export async function seedDemoBoundaries(tx: Transaction<DB>): Promise<void> {
  const parsed = parseBoundaryGeoJson(demoBoundaryGeoJson);
  if ('errors' in parsed) throw new Error(`demo boundaries: ${JSON.stringify(parsed.errors)}`);
  const repo = new BoundaryRepository(tx);
  const { id } = await repo.insertSet(tx, { ...demoBoundaryMeta, importedByStaffId: null }, parsed.areas);
  await repo.activate(tx, id);
}
