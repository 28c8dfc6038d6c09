/**
 * "Already reported?" items — a whitelist. Nothing personal: no name, phone, email, national ID or
 * address; the area is the governorate; distance is rounded up to 50 m. As on Open311 lists
 * (open311/open311.presenter.ts), a case's own words and photo are public only when it was
 * reported through Open311; staff who may read the case also get the start of its description.
 */
import type { SimilarCase } from '../../common/schemas/similar.schema.ts';
import type { SimilarRepository } from './similar.repository.ts';

export type CandidateRow = Awaited<ReturnType<SimilarRepository['candidates']>>[number];

const EXCERPT = 160;
const DAY = 86_400_000;

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

/** One candidate as the asker may see it. `inScope`: staff who may read this case. */
export function presentSimilar(row: CandidateRow, m: { score: number; distanceM: number | null; inScope: boolean; now: number }): SimilarCase {
  const published = row.channel === 'open311';
  const created = new Date(row.created_at);
  return {
    reference: row.reference,
    type: row.type,
    status: row.status,
    service: { code: row.service_code, name: { ar: row.service_name_ar, en: row.service_name_en } },
    governorate: row.governorate,
    createdAt: created.toISOString(),
    ageDays: Math.max(0, Math.floor((m.now - created.getTime()) / DAY)),
    distanceM: m.distanceM === null ? null : Math.max(50, Math.ceil(m.distanceM / 50) * 50),
    summary: published ? excerptOf(row.title ? `${row.title} — ${row.description}` : row.description) : null,
    photoUrl: published ? row.media_url : null,
    reportedBy: 1 + Number(row.followers),
    score: m.score,
    excerpt: m.inScope ? excerptOf(row.description) : null,
  };
}
