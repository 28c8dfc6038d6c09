import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseExportDirectSchema,
  caseExportQueuedSchema,
  caseExportRequestSchema,
  exportJobSchema,
} from '../../../common/schemas/export-job.schema.ts';
import { attachment } from '../export.routes.ts';
import type { ExportJobService } from './export-job.service.ts';

const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** The direct download's address for the same filters and language. */
function directUrl(format: 'csv' | 'xlsx', query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `/api/v1/exports/cases.${format}${qs ? `?${qs}` : ''}`;
}

/**
 * Case exports that may be large: POST /api/v1/exports/cases answers the direct download's address
 * for a small one and creates a background job for a large one (202); the caller follows their
 * jobs and downloads the file while it is kept.
 */
export function exportJobRoutes(jobs: ExportJobService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['exports'];
    r.post(
      '/api/v1/exports/cases',
      {
        schema: {
          tags,
          summary: 'Export the cases a GET /api/v1/cases query lists: the direct address when small, else a background job (202)',
          body: caseExportRequestSchema,
          response: { 200: caseExportDirectSchema, 202: caseExportQueuedSchema },
        },
      },
      async (req, reply) => {
        const { format, ...query } = req.body;
        const outcome = await jobs.request(req.actor, format, query);
        if (outcome.mode === 'job') return reply.status(202).send(outcome);
        return { ...outcome, url: directUrl(format, query) };
      },
    );
    r.get(
      '/api/v1/exports/jobs',
      { schema: { tags, summary: 'Your own background exports, newest first', response: { 200: z.object({ items: z.array(exportJobSchema) }) } } },
      async (req) => ({ items: await jobs.list(req.actor) }),
    );
    r.get(
      '/api/v1/exports/jobs/:id',
      { schema: { tags, summary: 'One of your background exports: its state and progress', params: idParams, response: { 200: exportJobSchema } } },
      async (req) => jobs.get(req.actor, req.params.id),
    );
    r.get(
      '/api/v1/exports/jobs/:id/file',
      { schema: { tags, summary: "The file of one of your background exports, once done and until it expires", params: idParams } },
      async (req, reply) => {
        const { job, stream, size } = await jobs.file(req.actor, req.params.id);
        void reply.header('content-length', String(size)).header('x-export-truncated', String(job.truncated));
        return attachment(reply, job.format, 'cases').send(stream);
      },
    );
  };
}
