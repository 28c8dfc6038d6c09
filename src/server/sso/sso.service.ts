import { createHash, randomBytes } from 'node:crypto';
import { isEmail, normalizeEmail } from '../../common/email.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import type { AuthService, NewSession } from '../auth/auth.service.ts';
import type { ClientInfo } from '../http/client-info.ts';
import { errors } from '../http/errors.ts';
import type { OidcClient } from './oidc.client.ts';
import type { OidcConfig, SsoRoleRule } from './sso.config.ts';
import { groupsOf, matchRule, safeNext } from './sso.mapping.ts';
import type { SsoRepository, StaffPlace } from './sso.repository.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Minutes a sign-in may stay at the provider before its return is refused. */
export const SSO_SIGN_IN_MINUTES = 10;

/**
 * Why a sign-in through the provider was refused; the staff sign-in page shows each
 * (`staff.sso.error.<reason>`). `failed`: the provider's answer did not check out (state, nonce,
 * code, token) or the sign-in was not started in this browser.
 */
export const ssoRefusals = ['failed', 'no_role', 'disabled', 'email_taken', 'no_email', 'misconfigured'] as const;
export type SsoRefusal = (typeof ssoRefusals)[number];

/** A refused sign-in; the callback sends the browser to the sign-in page with the reason. */
export class SsoRefused extends Error {
  constructor(
    readonly reason: SsoRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'SsoRefused';
  }
}

/** What the provider says about a person, as far as an account needs it. */
interface Person {
  issuer: string;
  subject: string;
  email: string;
  name: string;
  groups: string[];
}

function personOf(claims: Record<string, unknown> & { sub: string }, groupsClaim: string): Person {
  const email = normalizeEmail(typeof claims.email === 'string' ? claims.email : '');
  if (!isEmail(email)) throw new SsoRefused('no_email', 'The provider gave no usable email address.');
  const given = [claims.given_name, claims.family_name].filter((s): s is string => typeof s === 'string' && s.trim() !== '').join(' ');
  const name = (typeof claims.name === 'string' && claims.name.trim()) || given || email.slice(0, email.indexOf('@'));
  return { issuer: String(claims.iss), subject: claims.sub, email, name: name.trim().slice(0, 200), groups: groupsOf(claims[groupsClaim]) };
}

/**
 * Staff sign-on through an OpenID Connect provider: starting a sign-in, finishing it (the account
 * provisioned, updated or disabled by the group mapping, then the normal staff session), and
 * signing out (RP-initiated, and back-channel from the provider).
 */
export class SsoService {
  constructor(
    private readonly client: OidcClient,
    private readonly repo: SsoRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditRepository,
    private readonly config: OidcConfig,
  ) {}

  /** The name on the sign-in button. */
  get providerName(): string {
    return this.config.providerName;
  }

  /**
   * Starts a sign-in: remembers its state, nonce, PKCE verifier and where to go afterwards under
   * the hash of a new browser cookie, and answers the provider's URL to send the browser to.
   */
  async start(next: unknown): Promise<{ cookieValue: string; maxAgeSeconds: number; redirectTo: string }> {
    const request = await this.client.authorizationRequest();
    const cookieValue = randomBytes(32).toString('base64url');
    const maxAgeSeconds = SSO_SIGN_IN_MINUTES * 60;
    await this.repo.insertSignIn({
      id: sha256(cookieValue),
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      nextPath: safeNext(next),
      expiresAt: new Date(Date.now() + maxAgeSeconds * 1000),
    });
    return { cookieValue, maxAgeSeconds, redirectTo: request.url.href };
  }

  /**
   * Finishes a sign-in from the provider's answer: the sign-in this browser started (once), the
   * code exchanged and checked, the account provisioned or brought up to date, and a staff session.
   */
  async finish(cookieValue: string | undefined, callbackUrl: URL, client: ClientInfo): Promise<{ session: NewSession; next: string }> {
    const pending = cookieValue && cookieValue.length <= 100 ? await this.repo.useSignIn(sha256(cookieValue)) : undefined;
    if (!pending) throw new SsoRefused('failed', 'No sign-in was started in this browser, or it expired or was used.');
    if (callbackUrl.searchParams.get('state') !== pending.state) throw new SsoRefused('failed', 'The state does not match the sign-in started.');
    let claims: Awaited<ReturnType<OidcClient['claims']>>;
    try {
      claims = await this.client.claims(callbackUrl, { state: pending.state, nonce: pending.nonce, codeVerifier: pending.code_verifier });
    } catch (e) {
      throw new SsoRefused('failed', `The provider's answer was refused: ${e instanceof Error ? e.message : String(e)}`);
    }
    const staffId = await this.provision(personOf(claims, this.config.groupsClaim));
    return { session: await this.auth.openStaffSession(staffId, client, 'auth.sso'), next: pending.next_path };
  }

  /**
   * The account of a person the provider vouched for: found by issuer and subject, its email,
   * name and place updated from this sign-in's claims, or created without a password. A person
   * whose groups map to nothing is refused, and their account, if any, disabled with its sessions.
   * A disabled account stays disabled until an administrator enables it.
   */
  private async provision(person: Person): Promise<number> {
    const linked = await this.repo.linkedStaff(person.issuer, person.subject);
    const rule = matchRule(this.config.roleMap, person.groups);
    if (!rule) {
      if (linked?.active) {
        await this.repo.disableStaff(linked.id);
        await this.auth.endStaffSessions(linked.id);
        await this.audit.record({ actorLabel: 'sign-in', action: 'staff.sso.disabled', targetType: 'staff_user', targetId: String(linked.id), entityId: linked.entity_id, before: { role: linked.role, active: true }, after: { active: false } });
      }
      throw new SsoRefused('no_role', 'None of the groups the provider lists has a role here.');
    }
    if (linked && !linked.active) throw new SsoRefused('disabled', 'The account is disabled.');
    const place = await this.placeOf(rule);
    if (await this.repo.emailTaken(person.email, linked?.id)) throw new SsoRefused('email_taken', 'Another account has this email address.');
    if (!linked) {
      const created = await this.repo.insertStaff({ issuer: person.issuer, subject: person.subject, email: person.email, name: person.name, place });
      await this.audit.record({ actorLabel: 'sign-in', action: 'staff.sso.provisioned', targetType: 'staff_user', targetId: String(created.id), entityId: created.entity_id, after: { role: place.role, group: rule.group } });
      return created.id;
    }
    await this.repo.updateStaff(linked.id, { email: person.email, name: person.name, place });
    if (linked.role !== place.role || linked.entity_id !== place.entityId || linked.unit_id !== place.unitId) {
      await this.audit.record({
        actorLabel: 'sign-in',
        action: 'staff.sso.updated',
        targetType: 'staff_user',
        targetId: String(linked.id),
        entityId: place.entityId,
        before: { role: linked.role, entityId: linked.entity_id, unitId: linked.unit_id },
        after: { role: place.role, entityId: place.entityId, unitId: place.unitId, group: rule.group },
      });
    }
    return linked.id;
  }

  private async placeOf(rule: SsoRoleRule): Promise<StaffPlace> {
    const found = await this.repo.place(rule.entity, rule.unit);
    if (!found?.unitFound) throw new SsoRefused('misconfigured', `The mapping of group ${rule.group} names an entity or unit that is not active here.`);
    return { role: rule.role, entityId: found.entityId, unitId: found.unitId };
  }

  /**
   * Ends this session; for an account linked to the provider, answers the provider's sign-out
   * page to send the browser to (RP-initiated logout), else null.
   */
  async signOut(actor: Actor): Promise<string | null> {
    if (actor.kind === 'anonymous') return null;
    await this.auth.logout(actor, false);
    if (actor.kind !== 'staff' || !(await this.repo.isLinked(actor.id))) return null;
    return this.client.endSessionUrl();
  }

  /** Back-channel logout: a verified logout token ends every session of its subject's account. */
  async backchannelLogout(token: string): Promise<void> {
    let subject: string;
    try {
      subject = await this.client.logoutSubject(token);
    } catch {
      throw errors.invalidToken();
    }
    const linked = await this.repo.linkedStaff(await this.client.issuerId(), subject);
    if (!linked) return;
    await this.auth.endStaffSessions(linked.id);
    await this.audit.record({ actorLabel: 'identity provider', action: 'auth.sso.logout', targetType: 'staff_sign_in', targetId: String(linked.id) });
  }
}
