import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  publicMapQuerySchema,
  publicMapResponseSchema,
  publicStatsQuerySchema,
  publicStatsResponseSchema,
} from '../../common/schemas/kpi.schema.ts';
import { toCsv } from '../exports/csv.writer.ts';
import { jsonAnswer, type PublicCache } from '../http/public-cache.ts';
import { openDataColumns, type PublicStatsService } from './public-stats.service.ts';

/**
 * Public transparency: GET /api/v1/public/stats (+ .csv, .json open data) and /public/map. Anyone.
 * The answers are the same for everyone: computed once per generation of the figures, kept in the
 * public cache and sent with an ETag and caching headers a CDN honours.
 */
export function publicStatsRoutes(stats: PublicStatsService, cache: PublicCache) {
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
      async (request, reply) =>
        cache.send(request, reply, async () => jsonAnswer(z.encode(publicStatsResponseSchema, await stats.stats(request.query)))),
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
      async (request, reply) =>
        cache.send(request, reply, async () => {
          const { period, rows } = await stats.openData(request.query);
          return {
            type: 'text/csv; charset=utf-8',
            headers: { 'content-disposition': `attachment; filename="tawasul-open-data-${period.from.slice(0, 7)}-${period.to.slice(0, 7)}.csv"` },
            body: toCsv(openDataColumns, rows.map((row) => openDataColumns.map((c) => row[c]))),
          };
        }),
    );

    r.get(
      '/api/v1/public/stats.json',
      {
        schema: { tags, summary: 'Open data as JSON: the same rows as the CSV, with the schema', querystring: publicStatsQuerySchema },
      },
      async (request, reply) =>
        cache.send(request, reply, async () => {
          const { period, rows } = await stats.openData(request.query);
          return jsonAnswer({
            schema: { name: 'tawasul-open-data', version: 1, fields: openDataColumns },
            period: { from: period.from.slice(0, 7), to: period.to.slice(0, 7) },
            rows,
          });
        }),
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
      async (request, reply) =>
        cache.send(request, reply, async () => jsonAnswer(z.encode(publicMapResponseSchema, await stats.map(request.query)))),
    );
  };
}
