import { z } from 'zod';
import { code, text } from './fields.ts';

/** What a reply text does when picked: only fills the text, or goes with a reply, a request for information or a resolution. */
export const replyTemplateActions = ['none', 'reply', 'request-info', 'resolve'] as const;
export type ReplyTemplateAction = (typeof replyTemplateActions)[number];

/** The placeholders a reply text may hold, filled in for a case in its language. */
export const replyPlaceholders = ['reference', 'service', 'dueDate', 'firstName', 'staffName'] as const;

/** A reply text: a name staff pick it by, the body in both languages, and the action it goes with. */
export const replyTemplateInputSchema = z
  .object({
    serviceCode: code.nullable().optional().describe('The service it is for; absent or null: every service'),
    name: text({ max: 200 }).describe('What staff pick it by'),
    body: z
      .object({ ar: text({ max: 4000, multiline: true }), en: text({ max: 4000, multiline: true }) })
      .strict()
      .describe('May hold {reference}, {service}, {dueDate}, {firstName} and {staffName}'),
    action: z.enum(replyTemplateActions).optional().describe('The action it goes with; default none'),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type ReplyTemplateInput = z.infer<typeof replyTemplateInputSchema>;

export const replyTemplatePatchSchema = replyTemplateInputSchema.omit({ serviceCode: true }).partial().strict();
export type ReplyTemplatePatch = z.infer<typeof replyTemplatePatchSchema>;

/** A reply text filled in for one case, in the case's language, ready to edit. */
export const renderedReplySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  action: z.enum(replyTemplateActions),
  national: z.boolean().describe("The root entity's text, shared with every entity"),
  language: z.enum(['ar', 'en']),
  body: z.string(),
});
export type RenderedReply = z.infer<typeof renderedReplySchema>;

/** The actions bulk work takes, each on every selected case on its own. */
export const bulkActions = ['assign', 'note', 'priority', 'transfer', 'resolve'] as const;

export const bulkInputSchema = z
  .object({
    references: z.array(z.string().min(1).max(40)).min(1).max(100).describe('The cases, at most 100'),
    versions: z.record(z.string().max(40), z.number().int().positive()).describe('The version of each case as the inbox showed it'),
    action: z.enum(bulkActions),
    assigneeId: z.number().int().positive().optional().describe('assign: the new assignee'),
    body: text({ max: 4000, multiline: true }).optional().describe('note, resolve: the text (a template may give it instead)'),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).optional().describe('priority: the new priority'),
    entityCode: code.optional().describe('transfer: the receiving entity'),
    reason: text({ max: 4000, multiline: true }).optional().describe('transfer: why'),
    templateId: z.number().int().positive().optional().describe('resolve: a reply text, filled in for each case'),
  })
  .strict();
export type BulkInput = z.infer<typeof bulkInputSchema>;

/** done; changed meanwhile (stale version); refused (out of scope, not allowed, invalid); not found. */
export const bulkOutcomes = ['done', 'changed', 'refused', 'not_found'] as const;

export const bulkResultSchema = z.object({
  results: z.array(z.object({ reference: z.string(), outcome: z.enum(bulkOutcomes), code: z.string().nullable(), version: z.number().int().nullable() })),
  counts: z.record(z.enum(bulkOutcomes), z.number().int()),
});
