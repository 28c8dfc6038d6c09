import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchSession, logout, ssoLogout, type SessionResponse } from '../api/auth.api.ts';
import { runtimeConfig } from '../app/runtime-config.ts';
import { setCsrfToken } from '../api/client.ts';

/**
 * The signed-in session, shared by the citizen portal and the staff workspace (one cookie).
 *
 * The cookie is HttpOnly, so the page cannot see it. A flag in localStorage remembers that this
 * browser signed in; only then is `GET /auth/me` asked, so an anonymous visitor (most citizens)
 * costs no request and no 401 on every page.
 */
const HINT_KEY = 'tawasul.signedIn';
export const sessionQueryKey = ['session'] as const;

function hasHint(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

function setHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Without storage the session still works until the page is reloaded.
  }
}

async function loadSession(signal: AbortSignal): Promise<SessionResponse | null> {
  if (!hasHint()) return null;
  const session = await fetchSession(signal);
  setCsrfToken(session?.csrfToken ?? null);
  if (!session) setHint(false);
  return session;
}

/** Who is signed in (null: nobody); asked once per page load. */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: ({ signal }) => loadSession(signal), staleTime: Infinity, retry: false });
}

/** Records a new session (after sign-in) in the page and the cache. */
export function rememberSession(client: QueryClient, session: SessionResponse): void {
  setHint(true);
  setCsrfToken(session.csrfToken);
  client.setQueryData(sessionQueryKey, session);
}

/** Forgets the session locally (signed out, or the server said it has ended), and every cached case. */
export function forgetSession(client: QueryClient): void {
  setHint(false);
  setCsrfToken(null);
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'services' });
  client.setQueryData(sessionQueryKey, null);
}

/**
 * Signs out on the server, then forgets the session here (even if the server could not be reached).
 * Where staff sign in through an identity provider, an account of the provider is then taken to
 * the provider's sign-out page (RP-initiated logout), which returns to the staff workspace.
 */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => (runtimeConfig.sso ? (await ssoLogout()).redirectTo : (await logout(), null)),
    onSettled: () => forgetSession(client),
    onSuccess: (redirectTo) => {
      if (redirectTo) window.location.assign(redirectTo);
    },
  });
}
