/** Pure rules of public suggestions: when a submission asks to be public, and what a threshold requires. */
import type { CreateCaseInput } from '../../common/schemas/case.schema.ts';
import { errors } from '../http/errors.ts';

/** Whether a submission asks to be shown on the public board; only a suggestion may. */
export function asksToBePublic(input: Pick<CreateCaseInput, 'type'> & { public?: boolean }): boolean {
  if (!input.public) return false;
  if (input.type !== 'suggestion') throw errors.field('public', 'public_only_for_suggestions', 'Only a suggestion can be made public.');
  return true;
}

/**
 * Supporters a threshold requires: its absolute count, or its count per 10,000 of the entity's
 * population, rounded up (at least 1); null when it is set per population and the entity has none.
 */
export function requiredSupporters(t: { supporters: number | null; per_10k: string | number | null }, population: number | null): number | null {
  if (t.supporters !== null) return t.supporters;
  if (t.per_10k === null || population === null) return null;
  return Math.max(1, Math.ceil((Number(t.per_10k) * population) / 10_000 - 1e-9));
}

/** Of an entity's thresholds, the one that applies to a service: the service's own, else the entity's. */
export function applicableThreshold<T extends { service_id: number | null }>(rows: T[], serviceId: number): T | undefined {
  return rows.find((r) => r.service_id !== null && Number(r.service_id) === serviceId) ?? rows.find((r) => r.service_id === null);
}
