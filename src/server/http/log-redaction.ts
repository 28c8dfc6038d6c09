/**
 * What the log never holds: tracking tokens, API keys, one-time codes, reset tokens, passwords,
 * session ids and signatures — in a URL's query string, in a header, or in a logged object. Request
 * bodies are never logged; error logs carry the error, whose messages name fields, not values.
 */

const REDACTED = '[redacted]';

/**
 * A query parameter whose value is a secret: tokens (tracking, reset, CSRF, access), keys,
 * passwords, secrets, signatures and sessions, under any spelling (`api_key`, `apiKey`, `X-Token`),
 * and one-time codes (`code`, `otp`, `pin`, `*_otp`; not `service_code`, which names a service).
 */
const SECRET_NAME = /token|key|pass|secret|sig|session|auth|otp|nonce|cookie|credential|^(code|pin|verification_?code)$/i;

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** A URL (path and query, or absolute) with the value of every secret-named query parameter replaced. */
export function safeUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  const safe = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      return eq >= 0 && SECRET_NAME.test(decodeName(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  // A fragment is never sent by a browser; if one arrives, it is dropped rather than judged.
  return `${url.slice(0, q)}?${safe}`;
}

/** Every URL inside a text (a message written to the log) with its secret query values replaced. */
export function safeUrlsIn(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)]/g, (u) => safeUrl(u));
}

/** Headers that carry a credential, redacted wherever a request's headers are logged. */
const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'x-tracking-token', 'x-csrf-token', 'x-api-key', 'x-tawasul-signature', 'proxy-authorization'];

/** pino `redact` paths: credential headers of requests and replies, and secret fields of logged objects. */
export const logRedactPaths: string[] = [
  ...SECRET_HEADERS.flatMap((h) => [`req.headers["${h}"]`, `res.headers["${h}"]`, `headers["${h}"]`]),
  // (Not `code`: an error's stable code is worth logging; a one-time code is never a logged field.)
  ...['password', 'token', 'apiKey', 'api_key', 'trackingToken', 'csrfToken', 'secret', 'cookieValue'].flatMap((f) => [f, `*.${f}`]),
  'notification.params.code',
  'notification.params.link',
  'notification.params.trackingUrl',
  'notification.params.caseUrl',
  'notification.params.rateUrl',
];

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  hostname?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/**
 * pino serializers: a request is logged as method, URL (secrets replaced), host and address — never
 * its headers or body.
 */
export const logSerializers = {
  req(req: LoggedRequest) {
    return { method: req.method, url: req.url === undefined ? undefined : safeUrl(req.url), host: req.host ?? req.hostname, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
  },
};

export { REDACTED as logCensor };
