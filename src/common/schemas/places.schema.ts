/**
 * Requests and answers of the boundary and routing-rule administration (`/api/v1/admin/boundaries`,
 * `/api/v1/admin/routing-rules`). The web admin pages import these, so a form checks what the
 * server will check.
 */
import { z } from 'zod';
import { caseTypes, governorates } from '../enums.ts';
import { bilingual, localeNumber, text } from './fields.ts';

const id = z.number().int();
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'A time of day, HH:MM' })
  .describe('Local time of day, HH:MM (24:00 for the end of the day)');
const entityCode = z.string().min(1).max(40);

// ─── Boundary sets ───────────────────────────────────────────────────────────────────────────

export const boundaryImportSchema = z
  .object({
    name: text({ max: 200 }).describe('Name of the set; importing the same name again makes its next version'),
    description: text({ min: 0, max: 2000, multiline: true }).optional().describe('What the set is, how exact, for what use'),
    source: text({ max: 500 }).describe('Where the polygons come from'),
    licence: text({ max: 200 }).describe('Licence under which they may be used'),
    activate: z.boolean().default(true).describe('Make this set the one that routes cases (default true)'),
    geojson: z
      .unknown()
      .describe(
        'A GeoJSON FeatureCollection: each feature a Polygon or MultiPolygon with properties layer, code, name_ar, name_en and optionally governorate',
      ),
  })
  .strict();
export type BoundaryImportInput = z.input<typeof boundaryImportSchema>;

export const boundarySetSchema = z.object({
  id,
  name: z.string(),
  version: z.number().int(),
  description: z.string().nullable(),
  source: z.string(),
  licence: z.string(),
  importedAt: z.string(),
  active: z.boolean(),
  areaCount: z.number().int(),
});
export type BoundarySet = z.infer<typeof boundarySetSchema>;

export const boundaryAreaSchema = z.object({
  layer: z.string(),
  code: z.string(),
  name: bilingual,
  governorate: z.enum(governorates).nullable(),
});

export const boundarySetListSchema = z.object({ items: z.array(boundarySetSchema) });
export const boundarySetDetailSchema = boundarySetSchema.extend({ areas: z.array(boundaryAreaSchema) });
export const boundarySetParamsSchema = z.object({ id: z.coerce.number().int().positive().max(2 ** 31) });

// ─── Routing rules ───────────────────────────────────────────────────────────────────────────

const ruleFields = {
  name: text({ max: 200 }).describe('What the rule is for'),
  active: z.boolean().optional().describe('An inactive rule is kept but never matches'),
  serviceCode: z.string().min(1).max(40).nullable().optional().describe('Only cases of this service'),
  groupCode: z.string().min(1).max(40).nullable().optional().describe('Only cases of a service of this group'),
  areaCode: z.string().min(1).max(60).nullable().optional().describe('Only cases whose point is in the area with this code (any layer)'),
  caseType: z.enum(caseTypes).nullable().optional().describe('Only cases of this type'),
  from: clock.nullable().optional().describe('Only from this local time (with `to`; from after to wraps midnight)'),
  to: clock.nullable().optional().describe('Only until this local time'),
  entity: entityCode.describe('Code of the entity that receives the case'),
  unit: entityCode.nullable().optional().describe('Code of a unit of that entity that receives it'),
};

export const routingRuleCreateSchema = z
  .object({ ...ruleFields, position: z.number().int().min(1).max(100000).optional().describe('Place in the order; default last') })
  .strict();
export type RoutingRuleCreateInput = z.infer<typeof routingRuleCreateSchema>;

export const routingRulePatchSchema = z
  .object({ ...ruleFields, name: ruleFields.name.optional(), entity: ruleFields.entity.optional() })
  .strict()
  .refine((o) => Object.keys(o).length > 0, { message: 'Nothing to change' });
export type RoutingRulePatchInput = z.infer<typeof routingRulePatchSchema>;

export const routingRuleSchema = z.object({
  id,
  position: z.number().int(),
  name: z.string(),
  active: z.boolean(),
  serviceCode: z.string().nullable(),
  groupCode: z.string().nullable(),
  areaCode: z.string().nullable(),
  caseType: z.enum(caseTypes).nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  entity: z.object({ code: z.string(), name: bilingual }),
  unit: z.string().nullable(),
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;
export const routingRuleListSchema = z.object({ items: z.array(routingRuleSchema) });
export const routingRuleParamsSchema = z.object({ id: z.coerce.number().int().positive().max(2 ** 31) });
export const routingRuleOrderSchema = z
  .object({ ids: z.array(id).min(1).max(10000).describe('Every rule id, in the new order') })
  .strict();

export const routingTestSchema = z
  .object({
    serviceCode: z.string().min(1).max(40),
    lat: localeNumber().optional(),
    lng: localeNumber().optional(),
    governorate: z.enum(governorates).optional().describe('As if the citizen picked it'),
    type: z.enum(caseTypes).optional().describe("Default: the service's first type"),
    at: z.iso.datetime({ offset: true }).optional().describe('When (default now)'),
  })
  .strict();
export type RoutingTestInput = z.infer<typeof routingTestSchema>;

/** How a case was (or would be) routed: the same record the case's `created` event keeps. */
export const routingTraceSchema = z.object({
  reason: z.string().describe('rule, area, picked_governorate, outside_every_area, near_boundary, no_location, no_boundary_set, service_entity'),
  boundarySet: z.object({ id, name: z.string(), version: z.number().int() }).nullable(),
  area: z.object({ layer: z.string(), code: z.string() }).nullable(),
  areas: z.array(z.string()).describe('layer:code of every area holding the point'),
  governorate: z.enum(governorates).nullable(),
  rule: z.object({ id, name: z.string() }).nullable(),
  nearArea: z.string().nullable().optional().describe('The area of another governorate within the configured distance'),
  distanceM: z.number().nullable().optional(),
  triage: z.boolean().describe("Sent to the service's own entity to be routed by hand"),
});
export type RoutingTrace = z.infer<typeof routingTraceSchema>;

export const routingTestResultSchema = z.object({
  entity: z.object({ code: z.string(), name: bilingual }),
  unit: z.string().nullable(),
  trace: routingTraceSchema,
  needsConfirmation: z.boolean().describe('The web form would ask the citizen to confirm the point'),
});
