import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person the test identity provider knows: their claims, which a test may change between sign-ins. */
export interface TestPerson {
  email: string;
  name: string;
  groups: string[];
}

/** A real OpenID provider on 127.0.0.1 (oidc-provider with its development sign-in pages). */
export interface TestProvider {
  issuer: string;
  /** The people it signs in, by login (their subject). */
  people: Map<string, TestPerson>;
  /** Back-channel logout deliveries it made: the status each answered. */
  backchannel: number[];
  close(): Promise<void>;
}

/** A free port on 127.0.0.1, for a server whose URL must be known before it starts. */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the provider with one confidential client for the app at `appUrl`: code flow with PKCE
 * required, RP-initiated and back-channel logout, groups released with the `profile` scope.
 */
export async function startTestProvider(appUrl: string, client: { id: string; secret: string }): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people = new Map<string, TestPerson>();
  const backchannel: number[] = [];
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [`${appUrl}/api/v1/auth/sso/callback`],
        post_logout_redirect_uris: [`${appUrl}/staff`],
        backchannel_logout_uri: `${appUrl}/api/v1/auth/sso/backchannel-logout`,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email'], profile: ['name', 'groups'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true }, backchannelLogout: { enabled: true } },
    cookies: { keys: ['test-provider-cookie-key'] },
    // The provider refuses to call loopback addresses (its guard against request forgery); the app here is on one.
    fetch: (url: string, options: RequestInit & { dispatcher?: unknown }) => fetch(url, { ...options, dispatcher: undefined } as RequestInit),
    findAccount: (_ctx: unknown, id: string) => {
      const person = people.get(id);
      if (!person) return undefined;
      return { accountId: id, claims: () => ({ sub: id, email: person.email, name: person.name, groups: [...person.groups] }) };
    },
  });
  provider.on('backchannel.success', () => backchannel.push(200));
  provider.on('backchannel.error', () => backchannel.push(0));
  server.on('request', provider.callback());
  return {
    issuer,
    people,
    backchannel,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A browser's cookies, one jar per origin; enough for the sign-in pages and the app. */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookies(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map()));
    return jar;
  }

  /** One request, no redirect followed; remembers the cookies it sets. */
  async request(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Response> {
    const { origin } = new URL(url);
    const jar = this.cookies(origin);
    const headers: Record<string, string> = { ...init.headers };
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const res = await fetch(url, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  /**
   * Follows redirects and fills in the provider's pages (the login with `login` as the person,
   * the consent, the sign-out confirmation) until it comes to a URL that `stop` accepts; answers
   * that URL without requesting it.
   */
  async until(url: string, login: string, stop: (u: URL) => boolean): Promise<URL> {
    let next = new URL(url);
    let form: Record<string, string> | undefined;
    for (let hops = 0; hops < 20; hops++) {
      if (stop(next) && !form) return next;
      const res = await this.request(next.href, form ? { form } : {});
      form = undefined;
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        next = new URL(location, next);
        continue;
      }
      const html = await res.text();
      const found = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
      if (res.status !== 200 || !found) throw new Error(`unexpected page at ${next.href}: ${res.status} ${html.slice(0, 300)}`);
      form = Object.fromEntries([...found[2]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      if (form.prompt === 'login') Object.assign(form, { login, password: 'any' });
      if (html.includes('op.logoutForm')) form.logout = 'yes';
      next = new URL(found[1]!.replace(/&amp;/g, '&'), next);
    }
    throw new Error('too many redirects');
  }

  /** As `until`, then requests the URL it came to: answers the response and the URL. */
  async navigate(url: string, login: string, stop: (u: URL) => boolean): Promise<{ res: Response; url: URL }> {
    const at = await this.until(url, login, stop);
    return { res: await this.request(at.href), url: at };
  }
}
