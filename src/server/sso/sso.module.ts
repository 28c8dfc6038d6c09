import type { Kysely } from 'kysely';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { DB } from '../db/schema.ts';
import { OidcClient } from './oidc.client.ts';
import type { OidcConfig } from './sso.config.ts';
import { SsoRepository } from './sso.repository.ts';
import { SsoService } from './sso.service.ts';

/** Staff sign-on through an OpenID Connect provider; `sso` is null when none is configured. */
export interface SsoServices {
  sso: SsoService | null;
}

/**
 * Builds staff sign-on over one database from `config.oidc` (sso.config.ts); the sessions it opens
 * are the sign-in services' own (`auth`). Its routes are `ssoRoutes(sso, config, config.oidc?.redirectUrl)`.
 */
export function createSsoServices(db: Kysely<DB>, oidc: OidcConfig | undefined, deps: { auth: AuthService; audit: AuditRepository }): SsoServices {
  if (!oidc) return { sso: null };
  return { sso: new SsoService(new OidcClient(oidc), new SsoRepository(db), deps.auth, deps.audit, oidc) };
}
