import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminApiKeyListSchema, adminApiKeySchema, apiKeyCreatedSchema, apiKeyCreateSchema } from '../../common/schemas/admin.schema.ts';
import type { ApiKeyAdminService } from './apikey-admin.service.ts';

const tags = ['admin'];
const params = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** API keys of Open311 apps and channel relays. */
export function apiKeyAdminRoutes(keys: ApiKeyAdminService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/admin/api-keys',
      { schema: { tags, summary: 'API keys, live and revoked (never the secret)', response: { 200: adminApiKeyListSchema } } },
      async (req) => ({ items: await keys.list(req.actor) }),
    );
    r.post(
      '/api/v1/admin/api-keys',
      { schema: { tags, summary: 'Make an API key; the secret is answered this once', body: apiKeyCreateSchema, response: { 201: apiKeyCreatedSchema } } },
      async (req, reply) => reply.status(201).send(await keys.create(req.actor, req.body)),
    );
    r.post(
      '/api/v1/admin/api-keys/:id/revoke',
      { schema: { tags, summary: 'Revoke an API key', params, response: { 200: adminApiKeySchema } } },
      async (req) => keys.revoke(req.actor, req.params.id),
    );
  };
}
