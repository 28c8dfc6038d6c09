import type { LoopSource } from '../loop.ts';

/** How often the worker folds roll-up deltas (README "How the figures stay fast and exact"). */
export const KPI_FOLD_EVERY_MS = 1000;

/** The roll-up fold: moves the deltas written by case changes into the roll-ups, every second. */
export const kpiLoops: LoopSource = (ctx) => [{ name: 'kpi-fold', everyMs: KPI_FOLD_EVERY_MS, run: () => ctx.kpi.folder.fold() }];
