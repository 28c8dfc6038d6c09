import type { AppContext } from '../context.ts';
import type { Loop } from '../worker.ts';

/** Background work of notifications: the dispatcher and the daily digest. */
export function notificationLoops(ctx: AppContext): Loop[] {
  const { dispatcher, digest } = ctx.notify;
  return [
    {
      name: 'notify-dispatch',
      everyMs: ctx.config.notify.pollMs,
      // Keep going while full batches come back, so a backlog drains without waiting a poll each.
      run: async (now) => {
        for (let i = 0; i < 50; i++) {
          const r = await dispatcher.runOnce(i === 0 ? now : new Date());
          if (r.claimed < ctx.config.notify.batchSize) return;
        }
      },
    },
    { name: 'notify-digest', everyMs: 60_000, run: (now) => digest.run(now) },
  ];
}
