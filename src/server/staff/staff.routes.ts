import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffRoles } from '../../common/enums.ts';
import { requireStaff } from '../access/access.service.ts';
import type { AppContext } from '../context.ts';

const staffListSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), name: z.string(), role: z.enum(staffRoles), entity: z.string() })),
});
const reasonsSchema = z.object({ items: z.array(z.object({ code: z.string(), name: z.object({ ar: z.string(), en: z.string() }) })) });

/** Directory reads the workspace needs: colleagues to assign to, and the rejection reasons. */
export function staffRoutes(ctx: AppContext) {
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
      async (request) => {
        const actor = requireStaff(request.actor, 'staff_directory');
        const ids = await ctx.access.entityIds(actor, 'staff_directory', 'read');
        const rows = await ctx.staff.directory(ids, request.query.assignable === 'true');
        return { items: rows };
      },
    );

    r.get(
      '/api/v1/rejection-reasons',
      { schema: { tags: ['workflow'], summary: 'Reasons a case may be rejected with', response: { 200: reasonsSchema } } },
      async () => ({ items: await ctx.staff.rejectionReasons() }),
    );
  };
}
