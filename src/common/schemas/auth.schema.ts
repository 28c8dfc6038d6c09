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
