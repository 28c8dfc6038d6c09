/**
 * Background loops: notification delivery, digests, relay housekeeping — and whatever else is
 * appended to `loopSources` (the SLA sweeper, the indicator roll-up fold, the monthly reports).
 * `tawasul start` runs them inside the server (unless TAWASUL_WORKER=off); `tawasul worker` runs them without
 * the HTTP server. Every loop claims its work in the database, so any number of processes may run them.
 */
import type { Logger } from 'pino';
import type { AppContext } from './context.ts';
import type { Loop, LoopSource } from './loop.ts';
import { housekeepingLoops } from './housekeeping/housekeeping.loops.ts';
import { inboundLoops } from './inbound/inbound.loops.ts';
import { kpiLoops } from './kpi/kpi.loops.ts';
import { notificationLoops } from './notify/notify.loops.ts';
import { monthlyReportLoops } from './reports/monthly-report.loops.ts';
import { suggestLoops } from './suggest/suggest.loops.ts';

/** The SLA sweeper (sla/sla.sweeper.ts): every TAWASUL_SWEEP_SECONDS. */
const slaLoops: LoopSource = (ctx) => [{ name: 'sla-sweep', everyMs: ctx.config.sweepSeconds * 1000, run: (now) => ctx.sweeper.sweep(now) }];

/** The registry: append a source to add its loops to every worker. */
export const loopSources: LoopSource[] = [slaLoops, notificationLoops, inboundLoops, kpiLoops, monthlyReportLoops, housekeepingLoops, suggestLoops];

/** Every loop of the registry (or of the given sources) over one context. */
export function backgroundLoops(ctx: AppContext, sources: LoopSource[] = loopSources): Loop[] {
  return sources.flatMap((source) => source(ctx));
}

/**
 * Starts loops; a failed run is logged and its loop carries on. Answers a function that stops
 * them: no run starts any more, the runs in progress are told to stop (their signal aborts) and
 * waited for — for at most `graceMs`, after which each loop still running is halted (it gives
 * back what it holds) and the function returns without waiting further.
 */
export function startLoops(loops: Loop[], log: Logger): (graceMs?: number) => Promise<void> {
  let stopped = false;
  const stopping = new AbortController();
  const timers = new Map<string, NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();
  const running = new Set<Loop>();
  const schedule = (loop: Loop, delay: number) => {
    if (stopped) return;
    timers.set(
      loop.name,
      setTimeout(() => {
        running.add(loop);
        const run: Promise<void> = loop
          .run(new Date(), stopping.signal)
          .then(() => undefined)
          .catch((error: unknown) => log.error({ err: error, loop: loop.name }, 'background loop failed'))
          .finally(() => {
            inFlight.delete(run);
            running.delete(loop);
            schedule(loop, loop.everyMs);
          });
        inFlight.add(run);
      }, delay),
    );
  };
  for (const loop of loops) schedule(loop, Math.min(loop.everyMs, 1000));
  log.info({ loops: loops.map((l) => l.name) }, 'background loops started');
  return async (graceMs = Infinity) => {
    stopped = true;
    stopping.abort();
    for (const t of timers.values()) clearTimeout(t);
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.allSettled([...inFlight]).then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), Math.min(graceMs, 2 ** 31 - 1)))),
    ]);
    clearTimeout(timer);
    if (finished) return;
    const still = [...running];
    log.warn({ loops: still.map((l) => l.name) }, 'grace period over: halting the runs in progress');
    await Promise.allSettled(still.map((l) => l.halt?.()));
  };
}
