/**
 * Background loops: the SLA sweeper, notification delivery and digests, relay housekeeping, the
 * indicator roll-up fold, the monthly reports, the purge of expired rows and the suggester's
 * training. `tawasul start` runs them inside the server (unless TAWASUL_WORKER=off); `tawasul worker`
 * runs them without the HTTP server. Every loop claims its work in the database, so any number of
 * processes may run them. Like the route plugins, each feature's loops receive only the services
 * they use: this entry point hands them over from the application context.
 */
import type { Logger } from 'pino';
import type { AppContext } from './context.ts';
import type { Loop } from './loop.ts';
import { createHousekeeping, housekeepingLoops } from './housekeeping/housekeeping.loops.ts';
import { inboundLoops } from './inbound/inbound.loops.ts';
import { kpiLoops } from './kpi/kpi.loops.ts';
import { exportJobLoops } from './exports/jobs/export-jobs.module.ts';
import { notificationLoops } from './notify/notify.loops.ts';
import { monthlyReportDelivery, monthlyReportLoops } from './reports/monthly-report.loops.ts';
import { slaLoops } from './sla/sla.loops.ts';
import { suggestLoops } from './suggest/suggest.loops.ts';
import { surveyLoops } from './survey/survey.loops.ts';

/** Every background loop of one application: add a feature's loops here, given the services they use. */
export function backgroundLoops(ctx: AppContext): Loop[] {
  const { config, database, log } = ctx;
  return [
    ...slaLoops(ctx.sweeper, config.sweepSeconds),
    ...notificationLoops(ctx.notify, config.notify),
    ...inboundLoops(ctx.inbound),
    ...kpiLoops(ctx.kpi.folder),
    ...exportJobLoops(ctx.exportJobs.runner, config.housekeeping.everySeconds),
    ...monthlyReportLoops(monthlyReportDelivery({ db: database.db, reports: ctx.kpi.monthlyReports, timeZone: config.timeZone, log })),
    ...housekeepingLoops(createHousekeeping(database.db, config, log), config.housekeeping.everySeconds),
    ...suggestLoops(ctx.suggest.suggester),
    ...surveyLoops(ctx.survey.survey),
  ];
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
