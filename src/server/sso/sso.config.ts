import { z } from 'zod';
import { staffRoles } from '../../common/enums.ts';

/**
 * One rule of the mapping from the identity provider's groups to a staff place. The rules are
 * tried in the order given and the first whose group the person has decides (as routing rules
 * do): put the most privileged groups first.
 */
export const ssoRoleRuleSchema = z
  .object({
    group: z.string().min(1).max(200),
    role: z.enum(staffRoles),
    /** The code of the entity the account belongs to. */
    entity: z.string().min(1).max(40),
    /** The code of a unit of that entity, if the account belongs to one. */
    unit: z.string().min(1).max(40).optional(),
  })
  .strict();
export type SsoRoleRule = z.infer<typeof ssoRoleRuleSchema>;

/** Staff sign-on through an OpenID Connect provider; absent when TAWASUL_OIDC_ISSUER is not set. */
export interface OidcConfig {
  /** The issuer URL; its `/.well-known/openid-configuration` is read at the first sign-in. */
  issuer: string;
  clientId: string;
  /** Absent: a public client (PKCE only). */
  clientSecret: string | undefined;
  /** Where the provider sends the browser back: `<publicUrl>/api/v1/auth/sso/callback` unless given. */
  redirectUrl: string;
  /** Where the provider sends the browser after signing out: the staff workspace, which asks to sign in. */
  postLogoutRedirectUrl: string;
  /** The claim that lists the person's groups (an array of strings, or one string). */
  groupsClaim: string;
  roleMap: SsoRoleRule[];
  /** Shown on the sign-in button: "Sign in with <providerName>". */
  providerName: string;
}

function httpUrl(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} must be a URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${variable} must be an http(s) URL, got "${value}"`);
  return value.replace(/\/$/, '');
}

/** TAWASUL_OIDC_ROLE_MAP: a JSON array of `{ group, role, entity, unit? }`; anything else stops the start. */
export function parseRoleMap(value: string | undefined): SsoRoleRule[] {
  if (!value?.trim()) throw new Error('TAWASUL_OIDC_ROLE_MAP is needed with TAWASUL_OIDC_ISSUER: a JSON array of { "group", "role", "entity", "unit"? }');
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new Error('TAWASUL_OIDC_ROLE_MAP is not valid JSON');
  }
  const parsed = z.array(ssoRoleRuleSchema).min(1).safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`TAWASUL_OIDC_ROLE_MAP: ${first.path.join('.') || '(top)'}: ${first.message}`);
  }
  return parsed.data;
}

/** Reads the TAWASUL_OIDC_* variables; undefined when no issuer is configured. */
export function loadOidcConfig(env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig | undefined {
  const issuer = env.TAWASUL_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const clientId = env.TAWASUL_OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('TAWASUL_OIDC_CLIENT_ID is needed with TAWASUL_OIDC_ISSUER');
  return {
    issuer: httpUrl('TAWASUL_OIDC_ISSUER', issuer),
    clientId,
    clientSecret: env.TAWASUL_OIDC_CLIENT_SECRET || undefined,
    redirectUrl: httpUrl('TAWASUL_OIDC_REDIRECT_URL', env.TAWASUL_OIDC_REDIRECT_URL?.trim() || `${publicUrl}/api/v1/auth/sso/callback`),
    postLogoutRedirectUrl: `${publicUrl}/staff`,
    groupsClaim: env.TAWASUL_OIDC_GROUPS_CLAIM?.trim() || 'groups',
    roleMap: parseRoleMap(env.TAWASUL_OIDC_ROLE_MAP),
    providerName: env.TAWASUL_OIDC_PROVIDER_NAME?.trim() || 'SSO',
  };
}
