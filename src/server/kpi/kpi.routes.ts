import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  kpiBreachesQuerySchema,
  kpiBreachesResponseSchema,
  kpiBreakdownQuerySchema,
  kpiBreakdownResponseSchema,
  kpiEntitiesQuerySchema,
  kpiEntitiesResponseSchema,
  kpiTrendsQuerySchema,
  kpiTrendsResponseSchema,
} from '../../common/schemas/kpi.schema.ts';
import type { KpiService } from './kpi.service.ts';

/** Staff dashboards: GET /api/v1/kpi/… (scoped to the caller's entities). */
export function kpiRoutes(kpi: KpiService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['indicators'];

    r.get(
      '/api/v1/kpi/entities',
      {
        schema: {
          tags,
          summary: 'Indicators per entity with composite score, rank, targets and the national figures',
          querystring: kpiEntitiesQuerySchema,
          response: { 200: kpiEntitiesResponseSchema },
        },
      },
      async (request) => kpi.entities(request.actor, request.query),
    );

    r.get(
      '/api/v1/kpi/breakdown',
      {
        schema: {
          tags,
          summary: 'Indicators grouped by service, type, channel, governorate or unit',
          querystring: kpiBreakdownQuerySchema,
          response: { 200: kpiBreakdownResponseSchema },
        },
      },
      async (request) => kpi.breakdown(request.actor, request.query),
    );

    r.get(
      '/api/v1/kpi/trends',
      {
        schema: {
          tags,
          summary: 'Indicators week by week or month by month',
          querystring: kpiTrendsQuerySchema,
          response: { 200: kpiTrendsResponseSchema },
        },
      },
      async (request) => kpi.trends(request.actor, request.query),
    );

    r.get(
      '/api/v1/kpi/breaches',
      {
        schema: {
          tags,
          summary: 'The services that drive SLA breaches',
          querystring: kpiBreachesQuerySchema,
          response: { 200: kpiBreachesResponseSchema },
        },
      },
      async (request) => kpi.breaches(request.actor, request.query),
    );
  };
}
