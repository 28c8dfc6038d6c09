import type { NotifyConfig } from '../config.ts';
import type { Loop } from '../loop.ts';
import type { NotifyServices } from './notify.module.ts';

/** Background work of notifications: the dispatcher and the daily digest. */
export function notificationLoops({ dispatcher, digest }: Pick<NotifyServices, 'dispatcher' | 'digest'>, settings: Pick<NotifyConfig, 'pollMs' | 'batchSize'>): Loop[] {
  return [
    {
      name: 'notify-dispatch',
      everyMs: settings.pollMs,
      // Keep going while full batches come back, so a backlog drains without waiting a poll each;
      // once told to stop, the pass in progress finishes its messages in hand and gives back the rest.
      run: async (now, signal) => {
        for (let i = 0; i < 50 && !signal?.aborted; i++) {
          const r = await dispatcher.runOnce(i === 0 ? now : new Date(), signal);
          if (r.claimed < settings.batchSize) return;
        }
      },
      halt: async () => {
        await dispatcher.halt();
      },
    },
    { name: 'notify-digest', everyMs: 60_000, run: (now) => digest.run(now) },
  ];
}
