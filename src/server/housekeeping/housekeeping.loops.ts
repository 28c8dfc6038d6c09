import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import type { Loop } from '../loop.ts';
import { HousekeepingRepository } from './housekeeping.repository.ts';
import { HousekeepingService } from './housekeeping.service.ts';

/** The housekeeping service over a database, with the retentions, the session idle limit and the relays' clock tolerance of the configuration. */
export function createHousekeeping(db: Kysely<DB>, config: Pick<Config, 'housekeeping' | 'sessionIdleMinutes' | 'inbound'>, log: Logger): HousekeepingService {
  return new HousekeepingService(new HousekeepingRepository(db), config.housekeeping, config.sessionIdleMinutes, config.inbound.toleranceSeconds, log);
}

/** Background work: the purge of rows past their retention, every TAWASUL_HOUSEKEEPING_SECONDS. */
export function housekeepingLoops(service: HousekeepingService, everySeconds: number): Loop[] {
  return [{ name: 'housekeeping', everyMs: everySeconds * 1000, run: (now, signal) => service.run(now, signal) }];
}
