import { z } from 'zod';
import { costBands, slaStates, caseChannels, casePriorities, caseStatuses, caseTypes, eventKinds, eventVisibilities, governorates, languages, staffRoles } from '../enums.ts';
import { bilingual, code, text } from './fields.ts';
import { attachmentSchema, expectationSchema, trackedCaseSchema } from './case.schema.ts';
import { entityRefSchema } from './catalogue.schema.ts';

const version = z.number().int().positive().optional().describe('The case version you saw (or send If-Match)');
const body = text({ max: 4000, multiline: true });
const templateId = z.number().int().positive().optional().describe('The reply text the body started from: counts a use of it');

/** The body each action takes. `version` may come here or as If-Match. */
export const actionBodySchemas = {
  assign: z.object({ version, assigneeId: z.number().int().positive().describe('Staff id of the new assignee') }).strict(),
  start: z.object({ version }).strict(),
  reply: z.object({ version, body: body.describe('Public reply; the citizen sees it'), templateId }).strict(),
  note: z.object({ version, body: body.describe('Internal note; staff only'), templateId }).strict(),
  'request-info': z.object({ version, body: body.describe('What the citizen should add'), templateId }).strict(),
  'citizen-reply': z.object({ version, body: body.describe("The citizen's answer") }).strict(),
  resolve: z.object({ version, body: body.describe('The resolution; the citizen sees it'), templateId }).strict(),
  reject: z.object({ version, reasonCode: code.describe('A rejection reason code'), body: body.optional() }).strict(),
  close: z.object({ version, body: body.optional() }).strict(),
  transfer: z.object({ version, entityCode: code.describe('Receiving entity'), reason: body }).strict(),
  'change-service': z
    .object({
      version,
      serviceCode: code.describe('The service the case belongs to; the case is routed again by its rules'),
      note: body.optional().describe('Why (internal; staff only)'),
    })
    .strict(),
  priority: z.object({ version, priority: z.enum(casePriorities).describe('The new priority') }).strict(),
  merge: z.object({ version, masterReference: z.string().min(1).max(40).describe('The case this one duplicates') }).strict(),
  rate: z
    .object({ version, rating: z.number().int().min(1).max(5), comment: text({ max: 2000, multiline: true }).optional() })
    .strict(),
  reopen: z.object({ version, body: body.describe('Why the case is not solved') }).strict(),
  study: z.object({ version, body: body.optional().describe('A word to the citizen (public)') }).strict(),
  accept: z
    .object({
      version,
      plan: body.describe('The planned action; the citizen sees it'),
      ownerUnit: code.describe('Code of the entity or unit that carries the plan out'),
      costBand: z.enum(costBands).describe('Estimated cost, as a band'),
      targetDate: z.iso.date().describe('The local date the plan should be carried out by'),
    })
    .strict(),
  implement: z.object({ version, body: body.describe('What was done; the citizen sees it') }).strict(),
  decline: z
    .object({ version, reasonCode: code.describe('A rejection reason code'), body: body.describe('Why, in words; the citizen sees it') })
    .strict(),
} as const;

/**
 * The body fields an action needs, read from its schema above — the one statement of them, which
 * the server validates and the web app's action forms check before sending.
 */
export function requiredFields(action: keyof typeof actionBodySchemas): string[] {
  const shape = actionBodySchemas[action].shape as Record<string, z.ZodType>;
  return Object.entries(shape)
    .filter(([name, field]) => name !== 'version' && !field.safeParse(undefined).success)
    .map(([name]) => name);
}

export const timelineEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(eventKinds),
  visibility: z.enum(eventVisibilities),
  at: z.string(),
  body: z.string().nullable(),
  actor: z.object({ type: z.enum(['citizen', 'staff', 'system', 'api_client']), name: z.string().nullable() }),
  data: z.record(z.string(), z.unknown()),
});

const staffRef = z.object({ id: z.number().int(), name: z.string() }).nullable();

/** An accepted suggestion's plan, as staff and its citizen see it; null for other cases. */
export const suggestionPlanSchema = z
  .object({
    action: z.string().describe('The planned action'),
    ownerUnit: entityRefSchema.describe('Who carries it out'),
    costBand: z.enum(costBands),
    targetDate: z.string().describe('Local date, YYYY-MM-DD: the milestone once accepted'),
    overdue: z.boolean().describe('Not implemented and past its target date'),
    acceptedAt: z.string(),
    implementedAt: z.string().nullable(),
    outcome: z.string().nullable().describe('What was done'),
  })
  .nullable();

export const staffCaseSchema = z.object({
  reference: z.string(),
  type: z.enum(caseTypes),
  status: z.enum(caseStatuses),
  priority: z.enum(casePriorities),
  channel: z.enum(caseChannels),
  service: z.object({ code: z.string(), name: bilingual }),
  entity: entityRefSchema,
  assignee: staffRef,
  title: z.string().nullable(),
  description: z.string(),
  language: z.enum(languages),
  location: trackedCaseSchema.shape.location,
  attributes: z.record(z.string(), z.unknown()),
  contact: z
    .object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(), nationalId: z.string().nullable() })
    .nullable()
    .describe('Only for staff of the entity holding the case; null otherwise or when anonymous'),
  anonymous: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  firstResponseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  firstRespondedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  slaState: z.enum(slaStates).nullable().describe('on_track, at_risk, breached, paused or met'),
  slaPercentUsed: z.number().nullable().describe('Share of the resolution target used, in working time'),
  slaPausedMinutes: z.number().int().describe('Working minutes the clock has been paused'),
  escalationLevel: z.number().int(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  reopenCount: z.number().int(),
  transferCount: z.number().int(),
  duplicateOf: z.string().nullable(),
  reportedBy: z.number().int().describe('People who reported it: its citizen and its followers ("mine too", merged cases)'),
  plan: suggestionPlanSchema,
  version: z.number().int(),
  allowedActions: z.array(z.string()).describe('Actions you may take now'),
  attachments: z.array(attachmentSchema),
  timeline: z.array(timelineEventSchema),
});

/** The answer to an action after which the actor no longer sees the case (a transfer out of their scope). */
export const movedCaseSchema = z.object({
  reference: z.string(),
  status: z.enum(caseStatuses),
  version: z.number().int(),
  entity: entityRefSchema,
  allowedActions: z.array(z.string()).length(0),
});

export const citizenCaseSchema = trackedCaseSchema.extend({
  allowedActions: z.array(z.string()),
  mergedInto: z.string().nullable().describe('Reference of the case this one was merged into'),
  plan: suggestionPlanSchema,
  expect: expectationSchema.describe('When to expect the first answer and the resolution, and whether the clock is paused'),
});

/** A comma-separated list of values from a fixed set, e.g. `met,late`. */
function valueList(values: readonly string[], what: string) {
  const one = values.join('|');
  return z
    .string()
    .max(200)
    .regex(new RegExp(`^(${one})(,(${one}))*$`), `Comma-separated ${what}: ${values.join(', ')}`)
    .describe(`Comma-separated ${what} (${values.join(', ')})`);
}

/** Whether a first response was met, late, is overdue or still pending (see README "Case list filters"). */
export const firstResponseStates = ['met', 'late', 'overdue', 'pending'] as const;
/** Whether the resolution target was met, missed (resolved late) or is overdue (open past it). */
export const resolutionStates = ['met', 'late', 'overdue'] as const;
const flag = z.enum(['true', 'false']);

export const caseListQuerySchema = z
  .object({
    status: z.string().max(200).optional().describe('Comma-separated statuses'),
    type: z.enum(caseTypes).optional(),
    service: z.string().max(40).optional().describe('Service code'),
    entity: z.string().max(40).optional().describe('Entity code'),
    unit: z.string().max(40).optional().describe('Unit entity code, or "none" for cases without a unit'),
    assignee: z.string().max(20).optional().describe('"me", "unassigned" or a staff id'),
    channel: z.enum(caseChannels).optional(),
    priority: z.enum(casePriorities).optional(),
    governorate: z.enum([...governorates, 'none']).optional().describe('A governorate, or "none" for cases without one'),
    createdFrom: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('An instant, or a local date (from its first moment)'),
    createdTo: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('An instant (excluded), or a local date (included, to its end)'),
    slaState: valueList(slaStates, 'SLA states').optional(),
    firstResponse: valueList(firstResponseStates, 'first-response states').optional(),
    resolution: valueList(resolutionStates, 'resolution states').optional(),
    rated: flag.optional().describe('Resolved and rated (as the indicators count ratings), or not'),
    rating: z.string().max(20).regex(/^[1-5](,[1-5])*$/, 'Comma-separated ratings 1 to 5').optional().describe('Comma-separated ratings (1–5)'),
    ratingMin: z.coerce.number().int().min(1).max(5).optional().describe('Rating at least this'),
    reopened: flag.optional().describe('Reopened at least once, or never'),
    transferred: flag.optional().describe('Transferred at least once, or never'),
    escalationMin: z.coerce.number().int().min(1).max(9).optional().describe('Escalated at least to this level'),
    followersMin: z.coerce.number().int().min(1).max(1000).optional().describe('Followed ("mine too", merged reporters) by at least this many people'),
    awaitingDays: z.coerce.number().int().min(1).max(365).optional().describe('Awaiting the citizen for more than this many days'),
    phone: z.string().max(40).optional().describe("Caller's phone (agents' lookup)"),
    nationalId: z.string().max(32).optional().describe("Caller's national ID (agents' lookup)"),
    q: z.string().max(200).optional().describe('Words in the title or description (Arabic-aware), or a reference'),
    sort: z.enum(['createdAt', '-createdAt', 'updatedAt', '-updatedAt']).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
  })
  .strict();
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseListItemSchema = z.object({
  reference: z.string(),
  version: z.number().int().describe('The version an action on the case from the list (bulk work) is based on'),
  type: z.enum(caseTypes),
  status: z.enum(caseStatuses),
  priority: z.enum(casePriorities),
  channel: z.enum(caseChannels),
  service: z.object({ code: z.string(), name: bilingual }),
  entity: entityRefSchema,
  assignee: staffRef,
  title: z.string().nullable(),
  excerpt: z.string(),
  governorate: z.enum(governorates).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  slaState: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
});

export const caseListResponseSchema = z.object({
  items: z.array(caseListItemSchema),
  nextCursor: z.string().nullable(),
});

export const staffRoleSchema = z.enum(staffRoles);
