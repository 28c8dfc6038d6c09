import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireStaff } from '../access/access.service.ts';
import {
  outboxIdParamsSchema,
  parkedListSchema,
  preferencesBodySchema,
  preferencesResponseSchema,
  previewResponseSchema,
  templateListSchema,
  templateParamsSchema,
  templatePreviewSchema,
  templateTextSchema,
} from './notify.schema.ts';
import type { NotifyServices } from './notify.module.ts';

/** Notification preferences of the signed-in person; templates and parked messages for administrators. */
export function notifyRoutes(n: NotifyServices) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['notifications'];

    r.get('/api/v1/me/notifications', { schema: { tags, summary: 'My notification preferences', response: { 200: preferencesResponseSchema } } }, async (request) =>
      n.preferences.get(request.actor),
    );

    r.put(
      '/api/v1/me/notifications',
      {
        schema: {
          tags,
          summary: 'Set my notification preferences: a citizen {sms, email}, staff {delivery}',
          body: preferencesBodySchema,
          response: { 200: preferencesResponseSchema },
        },
      },
      async (request) => n.preferences.set(request.actor, request.body),
    );

    r.get('/api/v1/admin/notification-templates', { schema: { tags, summary: "The templates and my entity's wording", response: { 200: templateListSchema } } }, async (request) => ({
      items: await n.templates.list(requireStaff(request.actor, 'notification_template')),
    }));

    r.put(
      '/api/v1/admin/notification-templates/:key/:language',
      { schema: { tags, summary: "Set my entity's wording of a template", params: templateParamsSchema, body: templateTextSchema } },
      async (request, reply) => {
        await n.templates.save(requireStaff(request.actor, 'notification_template'), request.params.key, request.params.language, request.body);
        return reply.status(204).send();
      },
    );

    r.delete(
      '/api/v1/admin/notification-templates/:key/:language',
      { schema: { tags, summary: 'Go back to the default wording', params: templateParamsSchema } },
      async (request, reply) => {
        await n.templates.reset(requireStaff(request.actor, 'notification_template'), request.params.key, request.params.language);
        return reply.status(204).send();
      },
    );

    r.post(
      '/api/v1/admin/notification-templates/:key/:language/preview',
      {
        schema: {
          tags,
          summary: 'Render a template (or a draft of it) with sample values',
          params: templateParamsSchema,
          body: templatePreviewSchema.nullish(),
          response: { 200: previewResponseSchema },
        },
      },
      async (request) => n.templates.preview(requireStaff(request.actor, 'notification_template'), request.params.key, request.params.language, request.body ?? undefined),
    );

    r.get('/api/v1/admin/outbox/parked', { schema: { tags, summary: 'Messages that could not be delivered', response: { 200: parkedListSchema } } }, async (request) => ({
      items: await n.outbox.parked(requireStaff(request.actor, 'parked_outbox')),
    }));

    r.post(
      '/api/v1/admin/outbox/:id/retry',
      { schema: { tags, summary: 'Send a parked message again', params: outboxIdParamsSchema } },
      async (request, reply) => {
        await n.outbox.retry(requireStaff(request.actor, 'parked_outbox'), request.params.id);
        return reply.status(202).send({ queued: true });
      },
    );
  };
}
