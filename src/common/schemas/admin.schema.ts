/**
 * Requests and answers of the administration API (`/api/v1/admin/…`): entities and units, staff,
 * the service catalogue, API keys, rejection reasons and the audit trail. The web admin pages import
 * these schemas and types, so a form checks what the server will check.
 */
import { z } from 'zod';
import { isEmail, normalizeEmail } from '../email.ts';
import { attributeDatatypes, caseChannels, casePriorities, caseTypes, entityKinds, governorates, languages, staffRoles } from '../enums.ts';
import { bilingual, code, localeNumber, plain, text } from './fields.ts';

/** A catalogue code (service, group, question, rejection reason): lower-case ASCII, digits and _. */
export const snakeCode = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, { message: 'Lower-case ASCII letters, digits and _' });

/** The key of a list answer: lower-case ASCII letters, digits and _. */
const valueKey = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_]*$/, { message: 'Lower-case ASCII letters, digits and _' });

/** A name typed by an administrator, in both languages. */
export const bilingualName = z.object({ ar: text({ max: 200 }), en: text({ max: 200 }) }).strict();
const bilingualDescription = z.object({ ar: text({ min: 0, max: 2000, multiline: true }), en: text({ min: 0, max: 2000, multiline: true }) }).strict();
const listDatatypes: readonly string[] = ['singlevaluelist', 'multivaluelist'];

const id = z.number().int();
const isoTime = z.string().describe('ISO 8601 time');
const nonEmpty = <T extends object>(o: T) => Object.keys(o).length > 0;
const limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);

// ─── Entities and units ──────────────────────────────────────────────────────────────────────

/** The residents an entity serves, for figures per 10,000 residents: a positive whole number (Arabic-Indic digits accepted), or null to clear it. */
const population = localeNumber()
  .pipe(z.number().int().min(1).max(2_000_000_000))
  .nullable()
  .describe('Residents the entity serves (figures per 10,000 residents); Arabic-Indic digits accepted; null clears it');

export const adminEntitySchema = z.object({
  id,
  code: z.string(),
  kind: z.enum(entityKinds),
  parent: z.string().nullable().describe('Code of the parent entity; null at the root'),
  depth: z.number().int().describe('0 at the root, 1 for its children, …'),
  name: bilingual,
  governorate: z.enum(governorates).nullable(),
  active: z.boolean(),
  staffCount: z.number().int().describe('Active staff whose entity or unit this is'),
  population: z.number().int().nullable().describe('Residents the entity serves; null: not set'),
});
export type AdminEntity = z.infer<typeof adminEntitySchema>;
export const adminEntityListSchema = z.object({ items: z.array(adminEntitySchema).describe('Depth first: each entity follows its parent') });

export const entityCreateSchema = z
  .object({
    code: code.describe('Unique ASCII code'),
    kind: z.enum(['municipality', 'unit']).describe('A municipality under the ministry, or a unit (department) of an entity'),
    parent: code.describe('Code of the parent entity'),
    name: bilingualName,
    governorate: z.enum(governorates).nullable().optional().describe('The governorate an entity serves'),
    population: population.optional(),
  })
  .strict();
export type EntityCreateInput = z.infer<typeof entityCreateSchema>;

export const entityPatchSchema = z
  .object({
    name: bilingualName.optional(),
    governorate: z.enum(governorates).nullable().optional(),
    population: population.optional(),
    active: z.boolean().optional().describe('false: hidden from the catalogue and from new assignments'),
  })
  .strict()
  .refine(nonEmpty, { message: 'Nothing to change' });
export type EntityPatchInput = z.infer<typeof entityPatchSchema>;

// ─── Staff ───────────────────────────────────────────────────────────────────────────────────

/** A staff account as administrators see it: never its password hash. */
export const adminStaffSchema = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: z.enum(staffRoles),
  entity: z.string().describe('Entity code'),
  unit: z.string().nullable().describe('Unit code, if the person works in one unit'),
  language: z.enum(languages),
  active: z.boolean(),
  hasPassword: z.boolean().describe('false until an invited person sets one'),
  lockedUntil: isoTime.nullable().describe('Set while sign-in is locked after failed attempts'),
  createdAt: isoTime,
});
export type AdminStaff = z.infer<typeof adminStaffSchema>;

export const staffQuerySchema = z
  .object({
    entity: code.optional().describe('Only staff of this entity or unit'),
    role: z.enum(staffRoles).optional(),
    active: z.enum(['true', 'false']).optional(),
    q: z.string().max(100).optional().describe('Part of a name or email'),
    cursor: z.string().regex(/^\d{1,18}$/).optional().describe('nextCursor of the previous page'),
    limit: limit(200, 50),
  })
  .strict();
export type StaffQuery = z.infer<typeof staffQuerySchema>;
export const adminStaffPageSchema = z.object({ items: z.array(adminStaffSchema), nextCursor: z.string().nullable() });

const email = plain(254)
  .transform(normalizeEmail)
  .refine(isEmail, { message: 'Not a valid email address' });

export const staffCreateSchema = z
  .object({
    email,
    name: text({ max: 200 }),
    role: z.enum(staffRoles),
    entity: code.describe('Entity code'),
    unit: code.optional().describe('Code of a unit of that entity'),
    language: z.enum(languages).optional().describe('Language of the messages the person receives; default ar'),
    password: z
      .string()
      .max(200)
      .optional()
      .describe('An initial password (the password policy decides: weak_password); without one, the person is emailed a link to set it'),
  })
  .strict();
export type StaffCreateInput = z.infer<typeof staffCreateSchema>;
export const staffCreatedSchema = z.object({
  staff: adminStaffSchema,
  invited: z.boolean().describe('true when a link to set a password was emailed'),
});

export const staffPatchSchema = z
  .object({
    name: text({ max: 200 }).optional(),
    role: z.enum(staffRoles).optional(),
    entity: code.optional(),
    unit: code.nullable().optional().describe('null: no unit'),
    language: z.enum(languages).optional(),
    active: z.boolean().optional().describe('false disables the account and ends its sessions'),
  })
  .strict()
  .refine(nonEmpty, { message: 'Nothing to change' });
export type StaffPatchInput = z.infer<typeof staffPatchSchema>;

// ─── Catalogue ───────────────────────────────────────────────────────────────────────────────

export const adminGroupSchema = z.object({ code: z.string(), name: bilingual, position: z.number().int(), services: z.number().int() });
export type AdminGroup = z.infer<typeof adminGroupSchema>;
export const adminGroupListSchema = z.object({ items: z.array(adminGroupSchema) });
export const groupCreateSchema = z.object({ code: snakeCode, name: bilingualName, position: z.number().int().min(0).max(10_000).optional() }).strict();
export type GroupCreateInput = z.infer<typeof groupCreateSchema>;
export const groupPatchSchema = groupCreateSchema.omit({ code: true }).partial().strict().refine(nonEmpty, { message: 'Nothing to change' });
export type GroupPatchInput = z.infer<typeof groupPatchSchema>;

export const attributeInputSchema = z
  .object({
    code: snakeCode.describe('Key of the answer in a case\'s attributes'),
    datatype: z.enum(attributeDatatypes),
    required: z.boolean().optional().describe('Default false'),
    name: bilingualName.describe('The question'),
    description: bilingualDescription.optional().describe('Help text'),
    values: z
      .array(z.object({ key: valueKey, name: bilingualName }).strict())
      .max(100)
      .optional()
      .describe('The allowed answers; at least one for list datatypes, none otherwise'),
  })
  .strict();
export type AttributeInput = z.infer<typeof attributeInputSchema>;

export const routeInputSchema = z
  .object({
    governorate: z.enum(governorates),
    entity: code.describe('Entity that receives the cases from this governorate'),
    unit: code.nullable().optional().describe('A unit of that entity'),
  })
  .strict();
export type RouteInput = z.infer<typeof routeInputSchema>;

const serviceFields = z.object({
  group: snakeCode.describe('Group code'),
  entity: code.describe('Owning entity; receives cases from governorates without a route'),
  name: bilingualName,
  description: bilingualDescription.optional(),
  types: z.array(z.enum(caseTypes)).min(1).max(4).describe('Case types the service accepts'),
  anonymousAllowed: z.boolean(),
  defaultPriority: z.enum(casePriorities).optional().describe('Default normal'),
  keywords: z.array(text({ max: 60 })).max(40).optional().describe('Extra search words, Arabic or English'),
  slaPolicyCode: code.nullable().optional().describe('SLA policy; absent or null: the default policy'),
  attributes: z.array(attributeInputSchema).max(50).optional().describe('Extra questions, in form order; replaces the existing ones'),
  routes: z.array(routeInputSchema).max(governorates.length).optional().describe('Routing by governorate; replaces the existing ones'),
  active: z.boolean().optional().describe('Default true'),
  similarRadiusM: z
    .number()
    .int()
    .min(25)
    .max(5000)
    .optional()
    .describe('How far (metres) from a new report an open case is offered as "already reported?"; default 250'),
  priorityRaiseSupporters: z
    .number()
    .int()
    .min(2)
    .max(1_000_000)
    .nullable()
    .optional()
    .describe('When this many people have reported a case, its priority is raised to high; null or absent: never'),
  surveyReopenNotSolved: z.boolean().optional().describe('A "not solved" satisfaction survey answer reopens the case; default false'),
});

/** The rules of a service definition that need no database: lists have values, codes and keys are unique. */
export function checkServiceShape(s: { types?: string[]; attributes?: AttributeInput[]; routes?: RouteInput[] }, ctx: z.RefinementCtx): void {
  if (s.types && new Set(s.types).size !== s.types.length) ctx.addIssue({ code: 'custom', path: ['types'], message: 'Each type once' });
  const codes = new Set<string>();
  s.attributes?.forEach((a, i) => {
    if (codes.has(a.code)) ctx.addIssue({ code: 'custom', path: ['attributes', i, 'code'], message: 'Each question code once' });
    codes.add(a.code);
    const values = a.values ?? [];
    if (listDatatypes.includes(a.datatype) && values.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['attributes', i, 'values'], message: 'A list needs at least one value' });
    }
    if (!listDatatypes.includes(a.datatype) && values.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['attributes', i, 'values'], message: 'Only list questions have values' });
    }
    const keys = new Set<string>();
    values.forEach((v, j) => {
      if (keys.has(v.key)) ctx.addIssue({ code: 'custom', path: ['attributes', i, 'values', j, 'key'], message: 'Each value key once' });
      keys.add(v.key);
    });
  });
  const govs = new Set<string>();
  s.routes?.forEach((r, i) => {
    if (govs.has(r.governorate)) ctx.addIssue({ code: 'custom', path: ['routes', i, 'governorate'], message: 'One route per governorate' });
    govs.add(r.governorate);
  });
}

/** A new service. */
export const serviceCreateSchema = serviceFields.extend({ code: snakeCode.describe('Unique ASCII code') }).strict().superRefine(checkServiceShape);
export type ServiceCreateInput = z.infer<typeof serviceCreateSchema>;
/** A whole service definition (PUT): omitted optional parts take their defaults, questions and routes are replaced. */
export const serviceReplaceSchema = serviceFields.strict().superRefine(checkServiceShape);
export type ServiceReplaceInput = z.infer<typeof serviceReplaceSchema>;
/** Some fields of a service (PATCH); questions and routes, when given, are replaced as a whole. */
export const servicePatchSchema = serviceFields.partial().strict().superRefine(checkServiceShape).refine(nonEmpty, { message: 'Nothing to change' });
export type ServicePatchInput = z.infer<typeof servicePatchSchema>;

export const adminServiceSchema = z.object({
  code: z.string(),
  group: z.object({ code: z.string(), name: bilingual }),
  entity: z.object({ code: z.string(), name: bilingual }),
  name: bilingual,
  description: bilingual,
  types: z.array(z.enum(caseTypes)),
  anonymousAllowed: z.boolean(),
  defaultPriority: z.enum(casePriorities),
  keywords: z.array(z.string()),
  slaPolicyCode: z.string().nullable(),
  active: z.boolean(),
  attributes: z.array(
    z.object({
      code: z.string(),
      datatype: z.enum(attributeDatatypes),
      required: z.boolean(),
      order: z.number().int(),
      name: bilingual,
      description: bilingual,
      values: z.array(z.object({ key: z.string(), name: bilingual })),
    }),
  ),
  routes: z.array(z.object({ governorate: z.enum(governorates), entity: z.string(), unit: z.string().nullable() })),
  similarRadiusM: z.number().int(),
  priorityRaiseSupporters: z.number().int().nullable(),
  surveyReopenNotSolved: z.boolean().describe('A "not solved" survey answer reopens the case'),
  updatedAt: isoTime,
});
export type AdminService = z.infer<typeof adminServiceSchema>;
export const adminServiceListSchema = z.object({ items: z.array(adminServiceSchema) });
export const serviceQuerySchema = z
  .object({
    entity: code.optional().describe('Only services owned by this entity'),
    group: snakeCode.optional(),
    active: z.enum(['true', 'false']).optional(),
  })
  .strict();
export type ServiceQuery = z.infer<typeof serviceQuerySchema>;

// ─── API keys ────────────────────────────────────────────────────────────────────────────────

/** An API key as listed: never the key itself. */
export const adminApiKeySchema = z.object({
  id,
  name: z.string(),
  prefix: z.string().describe('The first characters of the key, to tell keys apart'),
  channel: z.enum(caseChannels),
  entity: z.string().nullable(),
  createdAt: isoTime,
  lastUsedAt: isoTime.nullable(),
  revokedAt: isoTime.nullable(),
});
export type AdminApiKey = z.infer<typeof adminApiKeySchema>;
export const adminApiKeyListSchema = z.object({ items: z.array(adminApiKeySchema) });
export const apiKeyCreateSchema = z
  .object({
    name: plain(100).describe('A name to recognise the client by; unique among live keys'),
    channel: z.enum(caseChannels).optional().describe('Channel its cases carry; default open311'),
    entity: code.optional().describe('The entity the client belongs to'),
  })
  .strict();
export type ApiKeyCreateInput = z.infer<typeof apiKeyCreateSchema>;
export const apiKeyCreatedSchema = z.object({
  key: z.string().describe('The secret: shown this once, stored only hashed'),
  apiKey: adminApiKeySchema,
});

// ─── Rejection reasons ───────────────────────────────────────────────────────────────────────

export const adminReasonSchema = z.object({ code: z.string(), name: bilingual, active: z.boolean(), position: z.number().int() });
export type AdminReason = z.infer<typeof adminReasonSchema>;
export const adminReasonListSchema = z.object({ items: z.array(adminReasonSchema) });
export const reasonCreateSchema = z.object({ code: snakeCode, name: bilingualName, position: z.number().int().min(0).max(10_000).optional() }).strict();
export type ReasonCreateInput = z.infer<typeof reasonCreateSchema>;
export const reasonPatchSchema = z
  .object({ name: bilingualName.optional(), position: z.number().int().min(0).max(10_000).optional(), active: z.boolean().optional() })
  .strict()
  .refine(nonEmpty, { message: 'Nothing to change' });
export type ReasonPatchInput = z.infer<typeof reasonPatchSchema>;

// ─── Audit trail ─────────────────────────────────────────────────────────────────────────────

const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
export const auditQuerySchema = z
  .object({
    actor: z.string().max(254).optional().describe('Staff id or email of who made the change'),
    action: z.string().max(100).optional().describe('Action or its prefix, e.g. staff. or service.create'),
    entity: code.optional().describe('Changes about this entity (and its units)'),
    targetType: z.string().max(50).optional().describe('e.g. staff_user, service, entity'),
    targetId: z.string().max(200).optional(),
    from: instant.optional().describe('From this time (a date means its start, UTC)'),
    to: instant.optional().describe('Before this time (a date means the start of the next day, UTC)'),
    cursor: z.string().regex(/^\d{1,18}$/).optional().describe('nextCursor of the previous page'),
    limit: limit(200, 50),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id,
  at: isoTime,
  actor: z.object({ id, name: z.string(), email: z.string() }).nullable().describe('The staff member, when a person made the change'),
  actorLabel: z.string().nullable().describe('Who, when not a signed-in person (e.g. the command line)'),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  entity: z.string().nullable().describe('Code of the entity the change concerns'),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema).describe('Newest first'), nextCursor: z.string().nullable() });
