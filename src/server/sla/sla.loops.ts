import type { Loop } from '../loop.ts';
import type { SlaSweeper } from './sla.sweeper.ts';

/** The SLA sweeper (sla.sweeper.ts): every TAWASUL_SWEEP_SECONDS. */
export function slaLoops(sweeper: SlaSweeper, everySeconds: number): Loop[] {
  return [{ name: 'sla-sweep', everyMs: everySeconds * 1000, run: (now) => sweeper.sweep(now) }];
}
