import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languages } from '../../common/enums.ts';
import { caseExportQuerySchema } from '../../common/schemas/export-job.schema.ts';
import {
  kpiBreachesQuerySchema,
  kpiBreakdownQuerySchema,
  kpiEntitiesQuerySchema,
  kpiTrendsQuerySchema,
} from '../../common/schemas/kpi.schema.ts';
import type { ExportService, KpiReport } from './export.service.ts';
import { Readable } from 'node:stream';
import { tableCsv, tableCsvStream, tablesXlsx, tableXlsxStream, type Table, type TableStream } from './report.table.ts';
import { XLSX_TYPE } from './xlsx.writer.ts';

const lang = z.enum(languages).optional().describe('Language of headers and labels; Arabic sheets read right to left; default ar');
const formats = ['csv', 'xlsx'] as const;

type Format = (typeof formats)[number];

/** The headers of an export file: its name with today's date, no caching, its type. */
export function attachment(reply: FastifyReply, format: Format, name: string) {
  const file = `tawasul-${name}-${new Date().toISOString().slice(0, 10)}.${format}`;
  return reply
    .header('content-disposition', `attachment; filename="${file}"`)
    .header('cache-control', 'private, no-store')
    .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
}

function send(reply: FastifyReply, format: Format, name: string, t: Table, language: 'ar' | 'en', timeZone: string) {
  return attachment(reply, format, name).send(format === 'csv' ? tableCsv(t, timeZone) : tablesXlsx([t], language, timeZone));
}

/**
 * A table streamed to the client with back-pressure: the next page is read only when the socket
 * took the last; a client that goes away ends the reading (the stream is destroyed).
 */
function stream(reply: FastifyReply, format: Format, name: string, t: TableStream, language: 'ar' | 'en', timeZone: string) {
  const chunks = format === 'csv' ? tableCsvStream(t, timeZone) : tableXlsxStream(t, language, timeZone);
  return attachment(reply, format, name).send(Readable.from(chunks, { objectMode: false, highWaterMark: 64 * 1024 }));
}

const reports = {
  entities: kpiEntitiesQuerySchema,
  breakdown: kpiBreakdownQuerySchema,
  trends: kpiTrendsQuerySchema,
  breaches: kpiBreachesQuerySchema,
} as const;

/** Staff exports: GET /api/v1/exports/cases.{csv,xlsx} and /exports/kpi/{report}.{csv,xlsx}. */
export function exportRoutes(exports: ExportService, timeZone: () => Promise<string>) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['exports'];

    for (const format of formats) {
      r.get(
        `/api/v1/exports/cases.${format}`,
        {
          schema: {
            tags,
            summary: `The cases a GET /api/v1/cases query lists, as ${format.toUpperCase()} (no personal data; at most TAWASUL_EXPORT_MAX_ROWS, 100,000 by default)`,
            querystring: caseExportQuerySchema,
          },
        },
        async (request, reply) => {
          const { lang: l, ...q } = request.query;
          const language = l ?? 'ar';
          const { table, truncated } = await exports.cases(request.actor, q, language, format);
          void reply.header('x-export-truncated', String(truncated));
          return stream(reply, format, 'cases', table, language, await timeZone());
        },
      );

      for (const [name, schema] of Object.entries(reports)) {
        r.get(
          `/api/v1/exports/kpi/${name}.${format}`,
          {
            schema: {
              tags,
              summary: `The ${name} indicator report as ${format.toUpperCase()} (same query as GET /api/v1/kpi/${name})`,
              querystring: schema.extend({ lang }),
            },
          },
          async (request, reply) => {
            const { lang: l, ...query } = request.query as { lang?: 'ar' | 'en' } & Record<string, unknown>;
            const language = l ?? 'ar';
            const t = await exports.report(request.actor, { report: name, query } as KpiReport, language);
            return send(reply, format, `kpi-${name}`, t, language, await timeZone());
          },
        );
      }
    }
  };
}
