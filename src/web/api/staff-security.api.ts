import type { z } from 'zod';
import type { enrolmentConfirmedSchema, enrolmentSchema, secondFactorChallengeSchema, secondFactorStatusSchema } from '../../common/schemas/auth.schema.ts';
import type { SessionResponse } from './auth.api.ts';
import { apiRequest, postJson } from './client.ts';

/** A right password that still owes a second factor (a code, or the enrolment the role requires). */
export type SignInChallenge = z.infer<typeof secondFactorChallengeSchema>;
/** A new enrolment: the secret in groups of four and its otpauth:// URI. */
export type Enrolment = z.infer<typeof enrolmentSchema>;
/** A confirmed enrolment: the recovery codes (shown once) and, during sign-in, the session. */
export type EnrolmentConfirmed = z.infer<typeof enrolmentConfirmedSchema>;
export type SecondFactorStatus = z.infer<typeof secondFactorStatusSchema>;

/** Completes a sign-in with the code of the password's challenge (a TOTP or a recovery code). */
export function signInWithCode(challenge: string, code: string): Promise<SessionResponse> {
  return postJson<SessionResponse>('/api/v1/auth/login/second-factor', { challenge, code });
}

/** Starts an enrolment: during sign-in with its challenge, or for the signed-in account without one. */
export function startEnrolment(challenge?: string): Promise<Enrolment> {
  return postJson<Enrolment>('/api/v1/auth/second-factor/enrol', challenge ? { challenge } : {});
}

/** Confirms the enrolment with the first code from the app. */
export function confirmEnrolment(code: string, challenge?: string): Promise<EnrolmentConfirmed> {
  return postJson<EnrolmentConfirmed>('/api/v1/auth/second-factor/enrol/confirm', challenge ? { challenge, code } : { code });
}

/** Whether the signed-in account has a second factor, must have one, and its recovery codes left. */
export function fetchSecondFactorStatus(signal?: AbortSignal): Promise<SecondFactorStatus> {
  return apiRequest<SecondFactorStatus>('/api/v1/auth/second-factor', { signal });
}

/** Emails a reset link to a staff address (the answer is the same whether or not it has an account). */
export function requestPasswordReset(email: string): Promise<{ sent: true }> {
  return postJson<{ sent: true }>('/api/v1/auth/password-reset', { email });
}

/** Sets a new password with the link's token. */
export function confirmPasswordReset(token: string, password: string): Promise<void> {
  return postJson<void>('/api/v1/auth/password-reset/confirm', { token, password });
}
