import type { Loop } from '../loop.ts';
import type { InboundService } from './inbound.service.ts';

/** Background work of the relays: forgetting message ids past the replay window. */
export function inboundLoops(inbound: InboundService): Loop[] {
  return [{ name: 'inbound-purge', everyMs: 3_600_000, run: (now) => inbound.purge(now) }];
}
