import type { CardInput, CardPatch, PublishInput } from '../../common/schemas/practice.schema.ts';
import { apiRequest, queryString, sendJson } from './client.ts';

/** Calls of the "practice that spreads" pages (`/api/v1/practice/…`); the server decides who may make each. */

type Bilingual = { ar: string; en: string };
type Named = { code: string; name: Bilingual };

/** The figures a benchmark compares, in the order the pages show them; which way is better is in the answer. */
export const benchmarkFigureNames = ['medianResolutionMinutes', 'firstResponseCompliance', 'resolutionCompliance', 'reopenRate', 'satisfiedShare'] as const;
export type BenchmarkFigure = (typeof benchmarkFigureNames)[number];
export type BenchmarkFigures = Record<BenchmarkFigure, number | null>;

/** An entity's row of a benchmark. */
export interface BenchmarkRow {
  entity: Named;
  population: number | null;
  received: number;
  receivedPer10k: number | null;
  score: number | null;
  rank: number | null;
  figures: BenchmarkFigures;
}

export interface Benchmarks {
  period: { from: string; to: string };
  bestBy: 'compositeScore';
  figures: Record<BenchmarkFigure, 'lower' | 'higher'>;
  items: {
    service: Named;
    /** Entities that received cases of the service (the best is chosen among all of them). */
    entities: number;
    best: BenchmarkRow;
    items: (BenchmarkRow & { gap: BenchmarkFigures; comparability: { volumeRatio: number | null; populationRatio: number | null } })[];
  }[];
}

export interface PolicySnapshot {
  code: string;
  calendarCode: string;
  targets: { caseType: string | null; priority: string | null; unit: 'working_minutes' | 'calendar_days'; firstResponseTarget: number; resolutionTarget: number }[];
  steps: { atPercent: number; notifyRoles: string[]; raiseLevelTo: number | null }[];
}

export interface PracticeCard {
  id: number;
  entity: Named;
  service: Named;
  title: Bilingual;
  summary: Bilingual;
  unitSetup: Bilingual;
  checklist: Bilingual[];
  policy: PolicySnapshot | null;
  templates: { name: string; body: Bilingual; position: number }[];
  figures: { received?: number; rank?: number | null; of?: number; figures?: BenchmarkFigures | null };
  publishedTo: { entity: string; at: string }[];
  createdAt: string;
  updatedAt: string;
}

export interface Recommendation {
  card: PracticeCard;
  note: Bilingual;
  publishedAt: string;
  adoptionId: number | null;
}

export interface Adoption {
  id: number;
  card: { id: number; title: Bilingual };
  entity: Named;
  source: Named;
  service: Named;
  copied: { policy: PolicySnapshot; templates: PracticeCard['templates'] };
  replaced: { policy: PolicySnapshot | null; templates: PracticeCard['templates'] };
  adoptedAt: string;
}

/** One side's figures in a period of the before/after view. */
export type EffectFigures = { received: number; resolved: number } & BenchmarkFigures;

export interface AdoptionEffect {
  adoption: Adoption;
  periods: { before: { from: string; to: string }; after: { from: string; to: string } };
  entity: { before: EffectFigures; after: EffectFigures };
  source: { before: EffectFigures; after: EffectFigures };
}

export function fetchBenchmarks(service: string | undefined, signal?: AbortSignal): Promise<Benchmarks> {
  return apiRequest<Benchmarks>(`/api/v1/practice/benchmarks${queryString({ service })}`, { signal });
}

export async function listCards(signal?: AbortSignal): Promise<PracticeCard[]> {
  return (await apiRequest<{ items: PracticeCard[] }>('/api/v1/practice/cards', { signal })).items;
}
export const createCard = (input: CardInput) => sendJson<PracticeCard>('POST', '/api/v1/practice/cards', input);
export const patchCard = (id: number, input: CardPatch) => sendJson<PracticeCard>('PATCH', `/api/v1/practice/cards/${id}`, input);
export const publishCard = (id: number, input: PublishInput) => sendJson<PracticeCard>('POST', `/api/v1/practice/cards/${id}/publish`, input);
export const adoptCard = (id: number) => sendJson<Adoption>('POST', `/api/v1/practice/cards/${id}/adopt`);

export async function listRecommendations(signal?: AbortSignal): Promise<Recommendation[]> {
  return (await apiRequest<{ items: Recommendation[] }>('/api/v1/practice/recommendations', { signal })).items;
}

export async function listAdoptions(signal?: AbortSignal): Promise<Adoption[]> {
  return (await apiRequest<{ items: Adoption[] }>('/api/v1/practice/adoptions', { signal })).items;
}
export function fetchAdoptionEffect(id: number, days: number, signal?: AbortSignal): Promise<AdoptionEffect> {
  return apiRequest<AdoptionEffect>(`/api/v1/practice/adoptions/${id}${queryString({ days: String(days) })}`, { signal });
}
