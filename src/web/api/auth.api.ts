import type { z } from 'zod';
import type { Language } from '../../common/enums.ts';
import type { citizenMeSchema, secondFactorChallengeSchema, sessionResponseSchema, staffMeSchema } from '../../common/schemas/auth.schema.ts';
import { apiRequest, postJson } from './client.ts';
import { ApiError } from './problem.ts';

/** A signed-in session: its CSRF token and who it belongs to. */
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
export type StaffUser = z.infer<typeof staffMeSchema>;
export type CitizenUser = z.infer<typeof citizenMeSchema>;

/** Where a citizen receives their one-time code. */
export type OtpAddress = { phone: string } | { email: string };

/** Who is signed in, or null when nobody is (401). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionResponse | null> {
  try {
    return await apiRequest<SessionResponse>('/api/v1/auth/me', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Staff sign-in with email and password: the session, or the challenge of a second factor still owed. */
export function login(email: string, password: string): Promise<SessionResponse | z.infer<typeof secondFactorChallengeSchema>> {
  return postJson<SessionResponse | z.infer<typeof secondFactorChallengeSchema>>('/api/v1/auth/login', { email, password });
}

/** Sends a one-time code to a phone (SMS) or an email address, in the given language. */
export function requestOtp(address: OtpAddress, language: Language): Promise<{ sent: true }> {
  return postJson<{ sent: true }>('/api/v1/auth/otp', { ...address, language });
}

/** Signs a citizen in with the code they received (Arabic-Indic digits accepted). */
export function verifyOtp(address: OtpAddress, code: string): Promise<SessionResponse> {
  return postJson<SessionResponse>('/api/v1/auth/otp/verify', { ...address, code });
}

/** Ends the session. */
export function logout(): Promise<void> {
  return postJson<void>('/api/v1/auth/logout', {});
}

/** Signs out where staff may sign in through the identity provider: answers its sign-out page for an account of the provider. */
export function ssoLogout(): Promise<{ redirectTo: string | null }> {
  return postJson<{ redirectTo: string | null }>('/api/v1/auth/sso/logout', {});
}
