import type { Loop } from '../loop.ts';
import type { SuggestService } from './suggest.service.ts';

/** How often the worker looks for newly confirmed cases to retrain the suggester on. */
export const SUGGEST_TRAIN_EVERY_MS = 60 * 60_000;

/** Retrains the service suggester when cases were confirmed since its last version (hourly). */
export function suggestLoops(suggester: SuggestService): Loop[] {
  return [{ name: 'suggest-train', everyMs: SUGGEST_TRAIN_EVERY_MS, run: () => suggester.train() }];
}
