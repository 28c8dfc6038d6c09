import { z } from 'zod';
import { caseChannels, caseTypes, governorates } from '../enums.ts';
import { bilingual } from './fields.ts';

const date = z.iso.date();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const code = z.string().min(1).max(40).regex(/^[a-z][a-z0-9_-]*$/);

const periodQuery = {
  from: date.optional().describe('First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to`'),
  to: date.optional().describe('Last local date (YYYY-MM-DD), included; default: today'),
};

export const kpiDims = ['service', 'type', 'channel', 'governorate', 'unit'] as const;
export type KpiDim = (typeof kpiDims)[number];

export const kpiEntitiesQuerySchema = z
  .object({
    ...periodQuery,
    weights: z
      .string()
      .max(300)
      .optional()
      .describe('Override the composite score weights for this answer, e.g. resolutionCompliance=50,satisfiedShare=50'),
  })
  .strict();

export const kpiBreakdownQuerySchema = z
  .object({
    ...periodQuery,
    by: z.enum(kpiDims).describe('The dimension to group by'),
    entity: code.optional().describe('Only this entity (code); default: your whole scope'),
  })
  .strict();

export const kpiTrendsQuerySchema = z
  .object({
    ...periodQuery,
    by: z.enum(['week', 'month']).describe('Weeks start on Sunday; months are calendar months'),
    entity: code.optional().describe('Only this entity (code)'),
    service: code.optional().describe('Only this service (code); at most one of service, type, channel, governorate, unit'),
    type: z.enum(caseTypes).optional(),
    channel: z.enum(caseChannels).optional(),
    governorate: z.enum(governorates).optional(),
    unit: code.optional().describe('Only this unit (entity code)'),
  })
  .strict();

export const kpiBreachesQuerySchema = z
  .object({
    ...periodQuery,
    entity: code.optional().describe('Only this entity (code)'),
    limit: z.coerce.number().int().min(1).max(500).optional().describe('How many services; default 10'),
    order: z
      .enum(['count', 'rate'])
      .optional()
      .describe('count (default): most breaches first; rate: highest share of the service\'s decided cases breached first'),
  })
  .strict();

const monthOrDate = z.union([month, date]);
export const publicStatsQuerySchema = z
  .object({
    from: monthOrDate.optional().describe('First month (YYYY-MM, or a date in it); default: 11 months before `to`'),
    to: monthOrDate.optional().describe('Last month (YYYY-MM, or a date in it), included; default: this month'),
  })
  .strict();

export const publicMapQuerySchema = publicStatsQuerySchema
  .extend({ service: code.optional().describe('Only cases of this service (code)') })
  .strict();

const pctField = z.number().nullable();

export const kpiFiguresSchema = z.object({
  received: z.number().int().describe('Cases created in the period (the cohort)'),
  resolved: z.number().int().describe('Of them, resolved (status resolved or closed)'),
  closed: z.number().int(),
  rejected: z.number().int(),
  merged: z.number().int(),
  open: z.number().int().describe('Of them, still open now (the backlog)'),
  openBreached: z.number().int().describe('Open cases past their resolution target'),
  firstResponseOverdue: z.number().int().describe('Open cases with no first response past its due date'),
  backlogAge: z.object({
    under3Days: z.number().int(),
    days3to7: z.number().int(),
    days8to30: z.number().int(),
    over30Days: z.number().int(),
  }),
  resolvedShare: pctField.describe('% of received that are resolved'),
  firstResponseCompliance: pctField.describe('% first responses within target (overdue open cases count as late)'),
  resolutionCompliance: pctField.describe('% resolved within target (open breached count as late): the response-commitment rate'),
  medianResolutionMinutes: z.number().nullable().describe('Median working minutes to resolve (bucket middle, see README)'),
  p90ResolutionMinutes: z.number().nullable().describe('90th percentile working minutes to resolve'),
  meanResolutionMinutes: z.number().nullable(),
  meanRating: z.number().nullable().describe('Mean rating 1–5 of rated resolved cases'),
  satisfiedShare: pctField.describe('% of ratings that are 4 or 5'),
  surveyResponseRate: pctField.describe('% of resolved cases rated'),
  reopenRate: pctField.describe('% of cases resolved at least once that were reopened'),
  transferRate: pctField.describe('% of received that were transferred between entities'),
  rejectionRate: pctField.describe('% of received that were rejected'),
  counts: z.object({
    firstResponseMet: z.number().int(),
    firstResponseLate: z.number().int(),
    resolutionMet: z.number().int(),
    resolutionLate: z.number().int(),
    rated: z.number().int(),
    ratedSatisfied: z.number().int(),
    reopened: z.number().int(),
    everResolved: z.number().int(),
    transferred: z.number().int(),
  }),
});

const drillQuery = z.record(z.string(), z.string());
export const drillDownSchema = z
  .object({
    base: drillQuery.describe('GET /api/v1/cases parameters of the period'),
    indicators: z.record(
      z.string(),
      z.object({
        cases: z.array(drillQuery).describe('Queries whose union lists the cases behind the figure'),
        of: z.array(drillQuery).optional().describe('For a rate: the queries of its denominator'),
        exact: z.boolean(),
        needs: z.record(z.string(), z.string()).optional().describe('Case-list parameters that would make it exact'),
      }),
    ),
  })
  .describe('A figure\'s cases: base + the row\'s filter + each query of the indicator');

const periodSchema = z.object({ from: z.string(), to: z.string(), timeZone: z.string() });
const ref = z.object({ code: z.string(), name: bilingual });
const targetSchema = z.object({
  value: z.number().nullable(),
  target: z.number().nullable(),
  meetsTarget: z.boolean().nullable(),
  national: z.number().nullable(),
});

export const kpiEntitiesResponseSchema = z.object({
  period: periodSchema,
  asOf: z.string(),
  weights: z.record(z.string(), z.number()).describe('Composite score weights, summing to 1'),
  national: kpiFiguresSchema.describe('Every entity pooled'),
  rankedEntities: z.number().int().describe('How many entities have a rank'),
  items: z.array(
    z.object({
      entity: ref,
      rank: z.number().int().nullable().describe('Among the entities with no entity below them; null for a parent or an entity with no case'),
      score: z.number().nullable(),
      parent: z.boolean().describe('Other entities hang below it: not ranked among them'),
      standing: z
        .enum(['top', 'bottom'])
        .nullable()
        .describe('Among the first or last three ranks; only when at least 7 entities are ranked'),
      filter: drillQuery,
      figures: kpiFiguresSchema,
      targets: z.record(z.string(), targetSchema),
    }),
  ),
  drillDown: drillDownSchema,
});

export const kpiBreakdownResponseSchema = z.object({
  period: periodSchema,
  asOf: z.string(),
  by: z.enum(kpiDims),
  items: z.array(z.object({ key: z.string(), name: bilingual.nullable(), filter: drillQuery, figures: kpiFiguresSchema })),
  total: kpiFiguresSchema,
  drillDown: drillDownSchema,
});

export const kpiTrendsResponseSchema = z.object({
  period: periodSchema,
  asOf: z.string(),
  by: z.enum(['week', 'month']),
  filter: drillQuery,
  points: z.array(z.object({ start: z.string(), end: z.string(), filter: drillQuery, figures: kpiFiguresSchema })),
  drillDown: drillDownSchema,
});

export const kpiBreachesResponseSchema = z.object({
  period: periodSchema,
  asOf: z.string(),
  totalBreaches: z.number().int().describe('Resolved late plus open past target, every service'),
  order: z.enum(['count', 'rate']),
  items: z.array(
    z.object({
      service: ref,
      filter: drillQuery,
      breaches: z.number().int(),
      breachRate: z.number().nullable().describe('% of the service\'s decided cases that breached'),
      share: z.number().nullable().describe('% of all breaches'),
      cumulativeShare: z.number().nullable(),
      received: z.number().int(),
    }),
  ),
  drillDown: z.object({ base: drillQuery, cases: z.array(drillQuery) }),
});

export const publicFiguresSchema = z.object({
  received: z.number().int(),
  resolved: z.number().int(),
  closed: z.number().int(),
  rejected: z.number().int(),
  open: z.number().int(),
  resolvedShare: pctField,
  firstResponseCompliance: pctField,
  resolutionCompliance: pctField,
  medianResolutionMinutes: z.number().nullable(),
  meanRating: z.number().nullable(),
  satisfiedShare: pctField,
  surveyResponseRate: pctField,
  reopenRate: pctField,
});

const monthly = z.array(publicFiguresSchema.extend({ month: z.string().describe('YYYY-MM') }));

export const publicStatsResponseSchema = z.object({
  period: periodSchema,
  asOf: z.string(),
  months: z.array(z.string()),
  national: z.object({ totals: publicFiguresSchema, months: monthly }),
  entities: z.array(z.object({ entity: ref, totals: publicFiguresSchema, months: monthly })),
  services: z.array(z.object({ service: ref, totals: publicFiguresSchema, months: monthly })),
});

export const publicMapResponseSchema = z.object({
  period: periodSchema,
  service: z.string().nullable(),
  gridDegrees: z.number(),
  minimumCount: z.number().int().describe('Cells with fewer cases are left out (privacy)'),
  received: z.number().int(),
  located: z.number().int(),
  suppressed: z.number().int().describe('Located cases in left-out cells'),
  cells: z.array(z.object({ lat: z.number(), lng: z.number(), count: z.number().int() })),
});
