import { z } from 'zod';
import { languages, staffRoles } from '../enums.ts';

export const loginSchema = z
  .object({
    email: z.string().min(3).max(254).describe('Staff email'),
    password: z.string().min(1).max(200),
  })
  .strict();

export const staffMeSchema = z.object({
  kind: z.literal('staff'),
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(staffRoles),
  language: z.enum(languages),
  entity: z.object({ code: z.string(), name: z.object({ ar: z.string(), en: z.string() }) }),
});

export const citizenMeSchema = z.object({
  kind: z.literal('citizen'),
  id: z.number().int(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  language: z.enum(languages),
});

export const sessionResponseSchema = z.object({
  csrfToken: z.string().describe('Send as X-CSRF-Token on every cookie-authenticated write'),
  user: z.discriminatedUnion('kind', [staffMeSchema, citizenMeSchema]),
});

export const otpRequestSchema = z
  .object({
    phone: z.string().max(40).optional(),
    email: z.string().max(254).optional(),
    language: z.enum(languages).optional(),
  })
  .strict()
  .refine((b) => (b.phone ? 1 : 0) + (b.email ? 1 : 0) === 1, { message: 'Give a phone or an email', path: ['phone'] });

export const otpVerifySchema = z
  .object({
    phone: z.string().max(40).optional(),
    email: z.string().max(254).optional(),
    code: z.string().min(1).max(20).describe('The code received; Arabic-Indic digits accepted'),
  })
  .strict()
  .refine((b) => (b.phone ? 1 : 0) + (b.email ? 1 : 0) === 1, { message: 'Give a phone or an email', path: ['phone'] });

export const passwordResetRequestSchema = z.object({ email: z.string().min(3).max(254) }).strict();
export const passwordResetConfirmSchema = z
  .object({ token: z.string().min(10).max(200), password: z.string().max(200).describe('The new password; the password policy decides (weak_password)') })
  .strict();

/** After a right password, an account with a second factor (or whose role requires one) gets this instead of a session. */
export const secondFactorChallengeSchema = z.object({
  secondFactor: z.enum(['code', 'enrol']).describe('code: send a TOTP or recovery code; enrol: set up the second factor the role requires first'),
  challenge: z.string().describe('Send with the code (or the enrolment); single use'),
  expiresInSeconds: z.number().int(),
});

export const loginResponseSchema = z.union([sessionResponseSchema, secondFactorChallengeSchema]);

const challengeField = z.string().min(10).max(100).describe("The sign-in's challenge (from POST /auth/login)");
const codeField = z.string().min(1).max(40).describe('A six-digit code from the app (Arabic-Indic digits accepted) or a recovery code');

export const secondFactorSignInSchema = z.object({ challenge: challengeField, code: codeField }).strict();

export const enrolmentStartSchema = z
  .object({ challenge: challengeField.optional().describe('During sign-in, when the role requires enrolment; absent when signed in') })
  .strict();

export const enrolmentSchema = z.object({
  secret: z.string().describe('The secret in groups of four, to type into an authenticator app; never shown again after confirmation'),
  uri: z.string().describe('otpauth:// URI, for a QR code'),
});

export const enrolmentConfirmSchema = z
  .object({ challenge: challengeField.optional().describe('During sign-in; absent when signed in'), code: codeField })
  .strict();

export const enrolmentConfirmedSchema = z.object({
  recoveryCodes: z.array(z.string()).describe('Ten codes, each usable once instead of a TOTP code; shown only now'),
  csrfToken: z.string().optional().describe('During sign-in: the new session'),
  user: sessionResponseSchema.shape.user.optional(),
});

export const secondFactorStatusSchema = z.object({
  enabled: z.boolean(),
  required: z.boolean().describe("The account's role must have a second factor"),
  recoveryCodesLeft: z.number().int(),
});
