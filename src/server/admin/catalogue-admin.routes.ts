import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adminGroupListSchema,
  adminGroupSchema,
  adminServiceListSchema,
  adminServiceSchema,
  groupCreateSchema,
  groupPatchSchema,
  serviceCreateSchema,
  servicePatchSchema,
  serviceQuerySchema,
  serviceReplaceSchema,
} from '../../common/schemas/admin.schema.ts';
import type { CatalogueAdminService } from './catalogue-admin.service.ts';

const tags = ['admin'];
const params = z.object({ code: z.string().max(40) });

/** Service groups (coordinator) and services (their owning entity's administrator, or the coordinator). */
export function catalogueAdminRoutes(catalogue: CatalogueAdminService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/admin/service-groups',
      { schema: { tags, summary: 'Service groups with their service counts', response: { 200: adminGroupListSchema } } },
      async (req) => ({ items: await catalogue.groups(req.actor) }),
    );
    r.post(
      '/api/v1/admin/service-groups',
      { schema: { tags, summary: 'Add a service group (coordinator)', body: groupCreateSchema, response: { 201: adminGroupSchema } } },
      async (req, reply) => reply.status(201).send(await catalogue.createGroup(req.actor, req.body)),
    );
    r.patch(
      '/api/v1/admin/service-groups/:code',
      { schema: { tags, summary: 'Rename or reorder a service group (coordinator)', params, body: groupPatchSchema, response: { 200: adminGroupSchema } } },
      async (req) => catalogue.updateGroup(req.actor, req.params.code, req.body),
    );
    r.get(
      '/api/v1/admin/services',
      {
        schema: {
          tags,
          summary: 'Services you administer, inactive ones included, with questions, routes and SLA policy',
          querystring: serviceQuerySchema,
          response: { 200: adminServiceListSchema },
        },
      },
      async (req) => ({ items: await catalogue.list(req.actor, req.query) }),
    );
    r.get(
      '/api/v1/admin/services/:code',
      { schema: { tags, summary: 'One service as administrators see it', params, response: { 200: adminServiceSchema } } },
      async (req) => catalogue.get(req.actor, req.params.code),
    );
    r.post(
      '/api/v1/admin/services',
      { schema: { tags, summary: 'Add a service; citizens can use it at once', body: serviceCreateSchema, response: { 201: adminServiceSchema } } },
      async (req, reply) => reply.status(201).send(await catalogue.create(req.actor, req.body)),
    );
    r.put(
      '/api/v1/admin/services/:code',
      {
        schema: {
          tags,
          summary: 'Replace a service definition; questions and routes are replaced together',
          params,
          body: serviceReplaceSchema,
          response: { 200: adminServiceSchema },
        },
      },
      async (req) => catalogue.replace(req.actor, req.params.code, req.body),
    );
    r.patch(
      '/api/v1/admin/services/:code',
      {
        schema: {
          tags,
          summary: 'Change some fields of a service, e.g. {"active": false}',
          params,
          body: servicePatchSchema,
          response: { 200: adminServiceSchema },
        },
      },
      async (req) => catalogue.patch(req.actor, req.params.code, req.body),
    );
  };
}
