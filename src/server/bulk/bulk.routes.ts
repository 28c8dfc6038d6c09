import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { bulkInputSchema, bulkResultSchema } from '../../common/schemas/reply.schema.ts';
import { requireSignedIn } from '../access/access.service.ts';
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
      // Signed in; each case then passes the case gate and the workflow table on its own (a citizen's are refused there).
      async (req) => bulk.run(requireSignedIn(req.actor), req.body),
    );
  };
}
