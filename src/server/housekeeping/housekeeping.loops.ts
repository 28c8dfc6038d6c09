import type { AppContext } from '../context.ts';
import type { Loop } from '../loop.ts';
import { HousekeepingRepository } from './housekeeping.repository.ts';
import { HousekeepingService } from './housekeeping.service.ts';

/** The housekeeping service over an application's database and settings. */
export function createHousekeeping(ctx: Pick<AppContext, 'config' | 'database' | 'log'>): HousekeepingService {
  return new HousekeepingService(new HousekeepingRepository(ctx.database.db), ctx.config.housekeeping, ctx.config.sessionIdleMinutes, ctx.log);
}

/** Background work: the purge of rows past their retention, every TAWASUL_HOUSEKEEPING_SECONDS. */
export function housekeepingLoops(ctx: AppContext): Loop[] {
  const service = createHousekeeping(ctx);
  return [{ name: 'housekeeping', everyMs: ctx.config.housekeeping.everySeconds * 1000, run: (now, signal) => service.run(now, signal) }];
}
