import type { AppContext } from '../context.ts';
import type { Loop } from '../loop.ts';

/** Background work of the relays: forgetting message ids past the replay window. */
export function inboundLoops(ctx: AppContext): Loop[] {
  return [{ name: 'inbound-purge', everyMs: 3_600_000, run: (now) => ctx.inbound.purge(now) }];
}
