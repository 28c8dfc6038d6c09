import type { Loop } from '../loop.ts';
import type { KpiFolder } from './kpi.fold.ts';

/** How often the worker folds roll-up deltas (README "How the figures stay fast and exact"). */
export const KPI_FOLD_EVERY_MS = 1000;

/** The roll-up fold: moves the deltas written by case changes into the roll-ups, every second. */
export function kpiLoops(folder: KpiFolder): Loop[] {
  return [{ name: 'kpi-fold', everyMs: KPI_FOLD_EVERY_MS, run: () => folder.fold() }];
}
