import { parseLocaleNumber } from '../../../../common/digits.ts';

/** What the threshold field holds: empty (never), or a confidence in (0, 1]. */
export type ThresholdParse = { ok: true; value: number | null } | { ok: false };

/** Reads the threshold as typed (any digits): empty is "never"; otherwise a number above 0 and at most 1. */
export function parseThreshold(text: string): ThresholdParse {
  if (text.trim() === '') return { ok: true, value: null };
  const value = parseLocaleNumber(text);
  return value !== null && value > 0 && value <= 1 ? { ok: true, value } : { ok: false };
}

/** The field's text for a stored threshold. */
export const thresholdText = (value: number | null): string => (value === null ? '' : String(value));
