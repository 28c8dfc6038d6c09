import type { LoopSource } from '../loop.ts';

/** How often the worker looks for newly confirmed cases to retrain the suggester on. */
export const SUGGEST_TRAIN_EVERY_MS = 60 * 60_000;

/** Retrains the service suggester when cases were confirmed since its last version (hourly). */
export const suggestLoops: LoopSource = (ctx) => [{ name: 'suggest-train', everyMs: SUGGEST_TRAIN_EVERY_MS, run: () => ctx.suggest.suggester.train() }];
