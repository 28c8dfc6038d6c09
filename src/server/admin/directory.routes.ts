import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffRoles } from '../../common/enums.ts';
import type { ReasonAdminService } from './reason-admin.service.ts';
import type { StaffAdminService } from './staff-admin.service.ts';

const staffListSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), name: z.string(), role: z.enum(staffRoles), entity: z.string() })),
});
const reasonsSchema = z.object({ items: z.array(z.object({ code: z.string(), name: z.object({ ar: z.string(), en: z.string() }) })) });

/** Directory reads the workspace needs: colleagues to assign to, and the rejection reasons. */
export function directoryRoutes(staff: StaffAdminService, reasons: ReasonAdminService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/api/v1/staff',
      {
        schema: {
          tags: ['workflow'],
          summary: 'Active staff of your entity and its units (assignable ones: officers and supervisors)',
          querystring: z.object({ assignable: z.enum(['true', 'false']).optional() }).strict(),
          response: { 200: staffListSchema },
        },
      },
      async (request) => ({ items: await staff.directory(request.actor, request.query.assignable === 'true') }),
    );

    r.get(
      '/api/v1/rejection-reasons',
      { schema: { tags: ['workflow'], summary: 'Reasons a case may be rejected with', response: { 200: reasonsSchema } } },
      async () => ({ items: await reasons.active() }),
    );
  };
}
