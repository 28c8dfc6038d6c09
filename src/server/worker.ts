/**
 * Background loops: notification delivery, digests, relay housekeeping — and whatever else is
 * appended to `loopSources` (the SLA sweeper, the indicator roll-up fold, the monthly reports).
 * `tawasul start` runs them inside the server (unless TAWASUL_WORKER=off); `tawasul worker` runs them without
 * the HTTP server. Every loop claims its work in the database, so any number of processes may run them.
 */
import type { Logger } from 'pino';
import type { AppContext } from './context.ts';
import { inboundLoops } from './inbound/inbound.loops.ts';
import { kpiLoops } from './kpi/kpi.loops.ts';
import { notificationLoops } from './notify/notify.loops.ts';
import { monthlyReportLoops } from './reports/monthly-report.loops.ts';

/** One periodic job. `run` is never called again before the previous call has finished. */
export interface Loop {
  name: string;
  everyMs: number;
  run(now: Date): Promise<unknown>;
}

/** Makes the loops of one capability from the application context. */
export type LoopSource = (ctx: AppContext) => Loop[];

/** The SLA sweeper (sla/sla.sweeper.ts): every TAWASUL_SWEEP_SECONDS. */
const slaLoops: LoopSource = (ctx) => [{ name: 'sla-sweep', everyMs: ctx.config.sweepSeconds * 1000, run: (now) => ctx.sweeper.sweep(now) }];

/** The registry: append a source to add its loops to every worker. */
export const loopSources: LoopSource[] = [slaLoops, notificationLoops, inboundLoops, kpiLoops, monthlyReportLoops];

/** Every loop of the registry (or of the given sources) over one context. */
export function backgroundLoops(ctx: AppContext, sources: LoopSource[] = loopSources): Loop[] {
  return sources.flatMap((source) => source(ctx));
}

/**
 * Starts loops; a failed run is logged and its loop carries on. Answers a function that stops
 * them and waits for the runs in progress.
 */
export function startLoops(loops: Loop[], log: Logger): () => Promise<void> {
  let stopped = false;
  const timers = new Map<string, NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();
  const schedule = (loop: Loop, delay: number) => {
    if (stopped) return;
    timers.set(
      loop.name,
      setTimeout(() => {
        const run: Promise<void> = loop
          .run(new Date())
          .then(() => undefined)
          .catch((error: unknown) => log.error({ err: error, loop: loop.name }, 'background loop failed'))
          .finally(() => {
            inFlight.delete(run);
            schedule(loop, loop.everyMs);
          });
        inFlight.add(run);
      }, delay),
    );
  };
  for (const loop of loops) schedule(loop, Math.min(loop.everyMs, 1000));
  log.info({ loops: loops.map((l) => l.name) }, 'background loops started');
  return async () => {
    stopped = true;
    for (const t of timers.values()) clearTimeout(t);
    await Promise.allSettled([...inFlight]);
  };
}
