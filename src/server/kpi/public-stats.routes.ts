import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  publicMapQuerySchema,
  publicMapResponseSchema,
  publicStatsQuerySchema,
  publicStatsResponseSchema,
} from '../../common/schemas/kpi.schema.ts';
import { toCsv } from '../exports/csv.writer.ts';
import { openDataColumns, type PublicStatsService } from './public-stats.service.ts';

/** Public figures may be cached briefly by browsers and proxies. */
export function cacheable(reply: FastifyReply): void {
  void reply.header('cache-control', 'public, max-age=300');
}

/** Public transparency: GET /api/v1/public/stats (+ .csv, .json open data) and /public/map. Anyone. */
export function publicStatsRoutes(stats: PublicStatsService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['public statistics'];

    r.get(
      '/api/v1/public/stats',
      {
        schema: {
          tags,
          summary: 'Per entity and service, month by month: counts, compliance, satisfaction. No personal data.',
          querystring: publicStatsQuerySchema,
          response: { 200: publicStatsResponseSchema },
        },
      },
      async (request, reply) => {
        cacheable(reply);
        return stats.stats(request.query);
      },
    );

    r.get(
      '/api/v1/public/stats.csv',
      {
        schema: {
          tags,
          summary: 'Open data: one row per month, entity and service (UTF-8 CSV with BOM; columns in the README)',
          querystring: publicStatsQuerySchema,
        },
      },
      async (request, reply) => {
        const { period, rows } = await stats.openData(request.query);
        cacheable(reply);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="tawasul-open-data-${period.from.slice(0, 7)}-${period.to.slice(0, 7)}.csv"`)
          .send(toCsv(openDataColumns, rows.map((row) => openDataColumns.map((c) => row[c]))));
      },
    );

    r.get(
      '/api/v1/public/stats.json',
      {
        schema: { tags, summary: 'Open data as JSON: the same rows as the CSV, with the schema', querystring: publicStatsQuerySchema },
      },
      async (request, reply) => {
        const { period, rows } = await stats.openData(request.query);
        cacheable(reply);
        return reply.type('application/json; charset=utf-8').send({
          schema: { name: 'tawasul-open-data', version: 1, fields: openDataColumns },
          period: { from: period.from.slice(0, 7), to: period.to.slice(0, 7) },
          rows,
        });
      },
    );

    r.get(
      '/api/v1/public/map',
      {
        schema: {
          tags,
          summary: 'Where cases come from: counts per 0.01° grid cell (small cells left out)',
          querystring: publicMapQuerySchema,
          response: { 200: publicMapResponseSchema },
        },
      },
      async (request, reply) => {
        cacheable(reply);
        return stats.map(request.query);
      },
    );
  };
}
