import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema } from '../../common/schemas/admin.schema.ts';
import type { AuditAdminService } from './audit-admin.service.ts';

/** The audit trail of configuration and account changes. */
export function auditAdminRoutes(audit: AuditAdminService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/admin/audit',
      {
        schema: {
          tags: ['admin'],
          summary: 'Changes, newest first: all for the coordinator, your entity\'s for its administrator',
          querystring: auditQuerySchema,
          response: { 200: auditPageSchema },
        },
      },
      async (req) => audit.page(req.actor, req.query),
    );
  };
}
