import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminStaffPageSchema, adminStaffSchema, staffCreatedSchema, staffCreateSchema, staffPatchSchema, staffQuerySchema } from '../../common/schemas/admin.schema.ts';
import { clientInfo } from '../http/client-info.ts';
import type { StaffAdminService } from './staff-admin.service.ts';

const tags = ['admin'];
const params = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Staff accounts of the entities you administer. Password hashes never leave the server. */
export function staffAdminRoutes(staff: StaffAdminService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/admin/staff',
      { schema: { tags, summary: 'Staff accounts, filtered; cursor pagination', querystring: staffQuerySchema, response: { 200: adminStaffPageSchema } } },
      async (req) => staff.list(req.actor, req.query),
    );
    r.get(
      '/api/v1/admin/staff/:id',
      { schema: { tags, summary: 'One staff account', params, response: { 200: adminStaffSchema } } },
      async (req) => staff.get(req.actor, req.params.id),
    );
    r.post(
      '/api/v1/admin/staff',
      {
        schema: {
          tags,
          summary: 'Add a staff account, with an initial password or an emailed link to set one',
          body: staffCreateSchema,
          response: { 201: staffCreatedSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await staff.create(req.actor, req.body, clientInfo(req))),
    );
    r.patch(
      '/api/v1/admin/staff/:id',
      {
        schema: {
          tags,
          summary: 'Change name, role, entity, unit, language or state; disabling ends the sessions',
          params,
          body: staffPatchSchema,
          response: { 200: adminStaffSchema },
        },
      },
      async (req) => staff.update(req.actor, req.params.id, req.body),
    );
    r.post(
      '/api/v1/admin/staff/:id/password-link',
      { schema: { tags, summary: 'Email the person a link to set a new password', params } },
      async (req, reply) => {
        await staff.sendPasswordLink(req.actor, req.params.id, clientInfo(req));
        return reply.status(202).send({ sent: true });
      },
    );
    r.delete(
      '/api/v1/admin/staff/:id/second-factor',
      { schema: { tags, summary: "Remove the person's second factor (they enrol again if their role requires it); audited", params } },
      async (req, reply) => {
        await staff.resetSecondFactor(req.actor, req.params.id);
        return reply.status(204).send();
      },
    );
  };
}
