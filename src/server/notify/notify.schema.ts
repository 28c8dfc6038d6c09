/** Request and response schemas of the notification endpoints (preferences, templates, outbox). */
import { z } from 'zod';
import { languages } from '../../common/enums.ts';
import { text } from '../../common/schemas/fields.ts';

export const citizenPreferencesSchema = z
  .object({
    sms: z.boolean().describe('Receive notices by SMS (needs a phone number on the account)'),
    email: z.boolean().describe('Receive notices by email (needs an email address on the account)'),
    relay: z.boolean().optional().describe('Receive answers back through the relay (WhatsApp, social media) a case came from; unchanged when absent'),
    language: z.enum(languages).optional().describe('Language of notices not tied to a case'),
  })
  .strict();

export const staffPreferencesSchema = z
  .object({
    delivery: z.enum(['instant', 'digest']).describe('instant: every notice at once; digest: non-urgent ones in one email a day'),
  })
  .strict();

export const preferencesBodySchema = z.union([citizenPreferencesSchema, staffPreferencesSchema]);

export const preferencesResponseSchema = z.discriminatedUnion('kind', [
  citizenPreferencesSchema.extend({
    kind: z.literal('citizen'),
    language: z.enum(languages),
    available: z.object({ sms: z.boolean(), email: z.boolean() }).describe('Channels the account has an address for'),
  }),
  staffPreferencesSchema.extend({ kind: z.literal('staff') }),
]);

export const templateParamsSchema = z.object({
  key: z.string().max(40).describe('Template key, e.g. case_acknowledged'),
  language: z.enum(languages),
});

const templateText = z
  .object({
    subject: text({ max: 200 }).describe('Email subject; placeholders like {reference}'),
    body: text({ max: 4000, multiline: true }).describe('Email body (plain text; the HTML part is made from it)'),
    sms: text({ max: 480 }).describe('SMS text'),
  })
  .strict();

export const templateTextSchema = templateText;
export const templatePreviewSchema = templateText.partial().describe('A draft to preview; absent fields use the wording in force');

const textsSchema = z.object({ subject: z.string(), body: z.string(), sms: z.string() });

export const templateListSchema = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      audience: z.string(),
      params: z.array(z.string()).describe('Placeholders the texts may use'),
      texts: z.record(z.enum(languages), z.object({ default: textsSchema, override: textsSchema.nullable(), updatedAt: z.string().nullable() })),
    }),
  ),
});

export const previewResponseSchema = z.object({
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  sms: z.string(),
  smsSize: z.object({ encoding: z.enum(['gsm7', 'ucs2']), units: z.number().int(), segments: z.number().int() }),
});

export const parkedListSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      messageId: z.string(),
      channel: z.enum(['sms', 'email', 'relay', 'webhook']),
      to: z.string().describe('The address, partly masked'),
      language: z.enum(languages),
      template: z.string(),
      reference: z.string().nullable(),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      lastAttemptAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const outboxIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
