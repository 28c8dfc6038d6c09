import type { Kysely } from 'kysely';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import type { Notifier } from '../notify/notifier.ts';
import { AuthService } from './auth.service.ts';
import { SecondFactorRepository } from './second-factor.repository.ts';
import { SecondFactorService } from './second-factor.service.ts';
import { SessionRepository } from './session.repository.ts';
import { Throttle } from './throttle.ts';
import { ThrottleRepository } from './throttle.repository.ts';

/** Sign-in, sessions, the second factor and their throttling. */
export interface AuthServices {
  auth: AuthService;
}

/**
 * Builds the sign-in services over one database; `notifier` sends the one-time codes and reset
 * links. Their routes are `authRoutes(auth, config)` (with the second factor's,
 * `secondFactorRoutes(auth, config)`); `installAuthentication(app, auth)` reads
 * the session of every request.
 */
export function createAuthServices(db: Kysely<DB>, config: Config, deps: { notifier: Notifier; audit: AuditRepository }): AuthServices {
  const secondFactor = new SecondFactorService(new SecondFactorRepository(db), config.totpRequiredRoles);
  return { auth: new AuthService(new SessionRepository(db), new Throttle(new ThrottleRepository(db)), deps.notifier, deps.audit, config, secondFactor) };
}
