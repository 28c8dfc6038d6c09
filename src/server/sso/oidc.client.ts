import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import * as oidc from 'openid-client';
import type { OidcConfig } from './sso.config.ts';

/** What a sign-in in progress must remember to finish: sent to the provider, checked on return. */
export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The event a back-channel logout token carries (OpenID Connect Back-Channel Logout 1.0). */
const backchannelLogoutEvent = 'http://schemas.openid.net/event/backchannel-logout';

/** Loopback issuers (a provider on this machine, as in the tests) may be plain HTTP; any other must be HTTPS. */
function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]');
}

/**
 * The relying party's side of OpenID Connect, over `openid-client`: discovery from the issuer
 * (once, retried after a failure), the authorization code flow with PKCE, state and nonce, the ID
 * token's validation, the user info, RP-initiated logout URLs, and back-channel logout tokens
 * (verified with `jose` against the provider's keys).
 */
export class OidcClient {
  private discovered: Promise<oidc.Configuration> | undefined;
  private jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(private readonly config: OidcConfig) {}

  private configuration(): Promise<oidc.Configuration> {
    this.discovered ??= (async () => {
      const issuer = new URL(this.config.issuer);
      const insecure = isLoopback(issuer);
      const auth = this.config.clientSecret ? oidc.ClientSecretPost(this.config.clientSecret) : oidc.None();
      const configuration = await oidc.discovery(issuer, this.config.clientId, undefined, auth, insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
      return configuration;
    })();
    this.discovered.catch(() => {
      this.discovered = undefined;
    });
    return this.discovered;
  }

  /** A new authorization request: the provider's URL with a fresh state, nonce and PKCE challenge. */
  async authorizationRequest(): Promise<AuthorizationRequest> {
    const configuration = await this.configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUrl,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /**
   * Exchanges the code of the provider's answer (the callback's full URL) for tokens, checking the
   * state, the PKCE verifier, the ID token (issuer, audience, signature, expiry) and its nonce, and
   * answers the person's claims: the ID token's, completed by the user info.
   */
  async claims(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }): Promise<Record<string, unknown> & { sub: string }> {
    const configuration = await this.configuration();
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('the provider answered no ID token');
    const wanted = [this.config.groupsClaim, 'email', 'name'];
    if (wanted.some((c) => idClaims[c] === undefined) && configuration.serverMetadata().userinfo_endpoint) {
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      return { ...info, ...idClaims };
    }
    return { ...idClaims };
  }

  /** The provider's sign-out page for RP-initiated logout, or null when it has none. */
  async endSessionUrl(): Promise<string | null> {
    const configuration = await this.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(configuration, { post_logout_redirect_uri: this.config.postLogoutRedirectUrl }).href;
  }

  /**
   * Verifies a back-channel logout token: signed by the provider's keys, for this client, recent,
   * with the logout event, a subject, and no nonce. Answers its subject.
   */
  async logoutSubject(token: string): Promise<string> {
    const configuration = await this.configuration();
    const metadata = configuration.serverMetadata();
    if (!metadata.jwks_uri) throw new Error('the provider publishes no keys');
    this.jwks ??= createRemoteJWKSet(new URL(metadata.jwks_uri));
    const { payload } = await jwtVerify<JWTPayload & { events?: Record<string, unknown>; nonce?: unknown; sid?: unknown }>(token, this.jwks, {
      issuer: metadata.issuer,
      audience: this.config.clientId,
      maxTokenAge: '5 minutes',
      requiredClaims: ['iat', 'jti'],
      typ: undefined,
    });
    if (!payload.events || typeof payload.events !== 'object' || !(backchannelLogoutEvent in payload.events)) throw new Error('not a logout token');
    if (payload.nonce !== undefined) throw new Error('a logout token carries no nonce');
    if (typeof payload.sub !== 'string' || !payload.sub) throw new Error('the logout token names no subject');
    return payload.sub;
  }

  /** The provider's issuer identifier as it publishes it (the `iss` of its tokens). */
  async issuerId(): Promise<string> {
    return (await this.configuration()).serverMetadata().issuer;
  }
}
