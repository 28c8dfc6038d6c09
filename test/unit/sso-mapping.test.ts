import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { loadOidcConfig, parseRoleMap } from '../../src/server/sso/sso.config.ts';
import { groupsOf, matchRule, safeNext } from '../../src/server/sso/sso.mapping.ts';
import { webRuntimeConfig } from '../../src/server/web/web.config.ts';

const rules = parseRoleMap(
  JSON.stringify([
    { group: 'moh-supervisors', role: 'supervisor', entity: 'MOH' },
    { group: 'moh-staff', role: 'officer', entity: 'MOH', unit: 'MOH_COMPLAINTS' },
  ]),
);

describe('the group mapping of staff single sign-on', () => {
  it.each([
    [['moh-staff'], 'officer'],
    [['moh-staff', 'moh-supervisors'], 'supervisor'],
    [['moh-supervisors', 'moh-staff'], 'supervisor'],
    [['library'], undefined],
    [[], undefined],
  ])('groups %j → %s (the first rule in the configured order decides)', (groups, role) => {
    expect(matchRule(rules, groups)?.role).toBe(role);
  });

  it.each([
    [['a', 'b'], ['a', 'b']],
    ['a b,c', ['a', 'b', 'c']],
    [[1, 'a', null, ''], ['a']],
    [undefined, []],
    [{ a: 1 }, []],
  ])('reads the groups claim %j as %j', (claim, groups) => {
    expect(groupsOf(claim)).toEqual(groups);
  });

  it.each([
    ['/staff/cases/1', '/staff/cases/1'],
    ['/staff?view=3', '/staff?view=3'],
    ['/staff', '/staff'],
    ['/staffing', '/staff'],
    ['//evil.example', '/staff'],
    ['/staff//evil.example', '/staff'],
    ['/staff/\\evil', '/staff'],
    ['https://evil.example/staff', '/staff'],
    ['/staff/\u0000x', '/staff'],
    [undefined, '/staff'],
  ])('next %j → %j', (next, want) => {
    expect(safeNext(next)).toBe(want);
  });

  it.each([
    ['', 'is needed'],
    ['{', 'not valid JSON'],
    ['[]', 'TAWASUL_OIDC_ROLE_MAP'],
    ['[{"group":"g","role":"king","entity":"MOH"}]', '0.role'],
    ['[{"group":"g","role":"officer"}]', '0.entity'],
    ['[{"group":"g","role":"officer","entity":"MOH","extra":1}]', 'TAWASUL_OIDC_ROLE_MAP'],
  ])('a role map %j stops the start naming the variable (%s)', (value, message) => {
    expect(() => parseRoleMap(value)).toThrow(message);
  });

  it('reads the OIDC variables: none without an issuer, the callback and post-logout URLs from the public URL', () => {
    expect(loadOidcConfig({}, 'https://tawasul.example')).toBeUndefined();
    const env = { TAWASUL_OIDC_ISSUER: 'https://id.gov.example/', TAWASUL_OIDC_CLIENT_ID: 'tawasul', TAWASUL_OIDC_ROLE_MAP: '[{"group":"g","role":"analyst","entity":"ministry"}]' };
    expect(loadOidcConfig(env, 'https://tawasul.example')).toMatchObject({
      issuer: 'https://id.gov.example',
      clientSecret: undefined,
      redirectUrl: 'https://tawasul.example/api/v1/auth/sso/callback',
      postLogoutRedirectUrl: 'https://tawasul.example/staff',
      groupsClaim: 'groups',
      providerName: 'SSO',
    });
    expect(() => loadOidcConfig({ ...env, TAWASUL_OIDC_CLIENT_ID: '' }, 'https://x')).toThrow('TAWASUL_OIDC_CLIENT_ID');
    expect(() => loadOidcConfig({ ...env, TAWASUL_OIDC_ISSUER: 'ftp://id' }, 'https://x')).toThrow('TAWASUL_OIDC_ISSUER');
  });
});

describe('the web app learns of the identity provider from its runtime configuration', () => {
  it('names the provider for the sign-in button when one is configured, and nothing otherwise', () => {
    const oidc = { TAWASUL_OIDC_ISSUER: 'https://id.gov.example', TAWASUL_OIDC_CLIENT_ID: 'tawasul', TAWASUL_OIDC_ROLE_MAP: '[{"group":"g","role":"analyst","entity":"ministry"}]', TAWASUL_OIDC_PROVIDER_NAME: 'Gov ID' };
    expect(webRuntimeConfig(loadConfig(oidc), {}).sso).toEqual({ providerName: 'Gov ID' });
    expect(webRuntimeConfig(loadConfig({}), {}).sso).toBeNull();
  });
});
