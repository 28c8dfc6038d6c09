import { z } from 'zod';
import { governorates } from '../enums.ts';
import { bilingual, code, text } from './fields.ts';
import { entityRefSchema } from './catalogue.schema.ts';

/** A published suggestion's state as the public sees it (the case's status, coarsened). */
export const publicSuggestionStates = ['received', 'under_study', 'accepted', 'in_progress', 'implemented', 'declined', 'closed'] as const;
export type PublicSuggestionState = (typeof publicSuggestionStates)[number];

/** Where a request to publish stands. */
export const publicationStates = ['pending', 'published', 'refused'] as const;
export type PublicationState = (typeof publicationStates)[number];

const serviceRefSchema = z.object({ code: z.string().describe('Service code'), name: bilingual.describe('Service name') });

export const boardQuerySchema = z
  .object({
    entity: code.optional().describe('Entity code'),
    service: code.optional().describe('Service code'),
    governorate: z.enum(governorates).optional().describe('Governorate code'),
    state: z.enum(publicSuggestionStates).optional().describe('Public state'),
    q: text({ max: 200 }).optional().describe('Words to search for (Arabic-aware: normalised, stems matched)'),
    page: z.coerce.number().int().min(1).max(10_000).optional().describe('Page, from 1'),
    pageSize: z.coerce.number().int().min(1).max(100).optional().describe('Suggestions per page (default 20)'),
  })
  .strict();
export type BoardQuery = z.infer<typeof boardQuerySchema>;

export const suggestionAnswerSchema = z.object({
  state: z.enum(publicSuggestionStates),
  plan: z
    .object({
      text: z.string().nullable().describe('The planned action'),
      costBand: z.string().nullable().describe('Estimated cost, as a band (none, low, medium, high)'),
      targetDate: z.string().nullable().describe('Local date (YYYY-MM-DD)'),
    })
    .nullable()
    .describe('Set once the entity accepted the suggestion'),
  answeredAt: z.string().nullable().describe('ISO 8601: the first decision or public reply'),
});

export const publicSuggestionSchema = z.object({
  id: z.number().int().describe('Public id (not the case reference)'),
  text: z.string().describe('The published text (reviewed; personal details edited out)'),
  entity: entityRefSchema,
  service: serviceRefSchema,
  governorate: z.enum(governorates).nullable(),
  state: z.enum(publicSuggestionStates),
  supportCount: z.number().int(),
  publishedAt: z.string(),
  threshold: z
    .object({
      required: z.number().int().describe('Supporters that oblige a public answer'),
      crossedAt: z.string().nullable(),
      answerDueAt: z.string().nullable().describe('ISO 8601: the public answer is due by then (working time)'),
      overdue: z.boolean(),
    })
    .nullable()
    .describe('The support threshold that applies, if any'),
  answer: suggestionAnswerSchema,
  supportedByMe: z.boolean().optional().describe('For a signed-in citizen: whether they already support it'),
});
export type PublicSuggestion = z.infer<typeof publicSuggestionSchema>;

export const boardResponseSchema = z.object({
  items: z.array(publicSuggestionSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const suggestionIdParamsSchema = z.object({ id: z.coerce.number().int().min(1).max(2 ** 53 - 1).describe('Public suggestion id') });

export const supportResponseSchema = z.object({
  id: z.number().int(),
  supported: z.literal(true),
  supportCount: z.number().int(),
  thresholdCrossed: z.boolean(),
});

export const moderationQuerySchema = z
  .object({ state: z.enum(publicationStates).optional().describe('Default pending') })
  .strict();

export const moderationItemSchema = z.object({
  id: z.number().int(),
  reference: z.string(),
  state: z.enum(publicationStates),
  originalText: z.string().describe("The citizen's own words (staff only)"),
  publicText: z.string(),
  redacted: z.boolean(),
  entity: entityRefSchema,
  service: serviceRefSchema,
  requestedAt: z.string(),
  moderatedAt: z.string().nullable(),
});
export type ModerationItem = z.infer<typeof moderationItemSchema>;

export const moderationListSchema = z.object({ items: z.array(moderationItemSchema) });

export const publishBodySchema = z
  .object({ publicText: text({ max: 4000, multiline: true }).describe('The text to show publicly: the citizen\'s, with personal details edited out') })
  .strict();

export const thresholdBodySchema = z
  .object({
    entityCode: code.describe('The entity'),
    serviceCode: code.optional().describe('One service of the entity; absent: every service without its own threshold'),
    supporters: z.number().int().min(1).max(10_000_000).optional().describe('Absolute count of supporters'),
    per10k: z.number().positive().max(10_000).optional().describe("Supporters per 10,000 of the entity's population"),
    answerMinutes: z.number().int().min(1).max(5_256_000).describe('The public answer is due this many working minutes after crossing'),
  })
  .strict()
  .refine((b) => (b.supporters === undefined) !== (b.per10k === undefined), { message: 'Give supporters or per10k, not both', path: ['supporters'] });
export type ThresholdBody = z.infer<typeof thresholdBodySchema>;

export const thresholdSchema = z.object({
  id: z.number().int(),
  entity: entityRefSchema,
  serviceCode: z.string().nullable(),
  supporters: z.number().int().nullable(),
  per10k: z.number().nullable(),
  answerMinutes: z.number().int(),
});
export const thresholdListSchema = z.object({ items: z.array(thresholdSchema) });

export const suggestionKpiQuerySchema = z.object({ entity: code.optional().describe('One entity (in scope)') }).strict();
const kpiFigures = {
  due: z.number().int().describe('Suggestions that crossed their threshold: a public answer is owed'),
  answeredOnTime: z.number().int(),
  answeredLate: z.number().int(),
  overdue: z.number().int().describe('Owed, unanswered, past the due time'),
  pending: z.number().int().describe('Owed, unanswered, not yet due'),
};
export const suggestionKpiSchema = z.object({
  entities: z.array(z.object({ entity: entityRefSchema, ...kpiFigures })),
  services: z.array(z.object({ entity: entityRefSchema, service: serviceRefSchema, ...kpiFigures })),
});
export type SuggestionKpi = z.infer<typeof suggestionKpiSchema>;

/** The open-data columns: no personal data, no case reference. */
export const suggestionOpenDataColumns = ['id', 'entity', 'service', 'governorate', 'month', 'state', 'supportCount', 'answeredOnTime'] as const;
