import { asApiError, toApiError } from './problem.ts';

/** Options of one API call. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: RequestInit['body'];
  signal?: AbortSignal;
}

/**
 * The CSRF token of the signed-in session (from sign-in or GET /auth/me). Every cookie-authenticated
 * write must carry it; it is kept in memory only, never in storage.
 */
let csrfToken: string | null = null;

/** Remembers (or forgets, with null) the session's CSRF token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Calls the JSON API and returns the parsed body (undefined for 204); throws ApiError with the
 * problem's `code` and field errors on any failure, `network_error` when the server could not be
 * reached. Writes carry the session's CSRF token when there is one.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...options.headers,
      },
      body: options.body,
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw asApiError(error);
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A POST with a JSON body. */
export function postJson<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  return apiRequest<T>(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A PUT, PATCH or DELETE (or POST) with a JSON body, for the administration pages. */
export function sendJson<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return apiRequest<T>(path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
}

/** A query string from defined, non-empty values. */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A random key for `Idempotency-Key` (crypto.randomUUID needs a secure context; this does not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
