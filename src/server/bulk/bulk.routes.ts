import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { bulkInputSchema, bulkResultSchema } from '../../common/schemas/reply.schema.ts';
import { requireStaff } from '../access/access.service.ts';
import type { BulkService } from './bulk.service.ts';

/** `POST /api/v1/cases/bulk`: one action on many cases from the inbox, a result per case. */
export function bulkRoutes(bulk: BulkService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/cases/bulk',
      {
        schema: {
          tags: ['workflow'],
          summary: 'Assign, note, change the priority of, transfer or resolve many cases; each is checked, versioned and audited on its own',
          body: bulkInputSchema,
          response: { 200: bulkResultSchema },
        },
      },
      async (req) => bulk.run(requireStaff(req.actor, 'case'), req.body),
    );
  };
}
