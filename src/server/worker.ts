import type { Logger } from 'pino';
import type { AppContext } from './context.ts';

/** A background job run every `intervalMs`: the SLA sweeper, the notification dispatcher, … */
export interface Loop {
  name: string;
  intervalMs: number;
  run(): Promise<unknown>;
}

/**
 * The background loops of this deployment. They run inside `tawasul start` by default, or alone in
 * `tawasul worker` processes (any number: each loop claims its rows with SKIP LOCKED).
 */
export function backgroundLoops(ctx: AppContext): Loop[] {
  return [
    {
      name: 'sla-sweeper',
      intervalMs: ctx.config.sweepSeconds * 1000,
      run: () => ctx.sweeper.sweep(new Date()),
    },
  ];
}

/** Starts loops; each waits for its previous run to end. Answers a function that stops them all. */
export function startLoops(loops: Loop[], log: Logger): () => Promise<void> {
  let stopping = false;
  const running = new Set<Promise<unknown>>();
  const timers = loops.map((loop) => {
    let busy = false;
    const tick = async () => {
      if (busy || stopping) return;
      busy = true;
      const p = loop
        .run()
        .then((result) => log.debug({ loop: loop.name, result }, 'loop ran'))
        .catch((err: unknown) => log.error({ err, loop: loop.name }, 'loop failed'))
        .finally(() => {
          busy = false;
          running.delete(p);
        });
      running.add(p);
    };
    void tick();
    return setInterval(() => void tick(), loop.intervalMs);
  });
  return async () => {
    stopping = true;
    for (const t of timers) clearInterval(t);
    await Promise.allSettled([...running]);
  };
}
