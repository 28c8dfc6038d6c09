import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  inboxViewCountsSchema,
  inboxViewInputSchema,
  inboxViewListSchema,
  inboxViewOrderSchema,
  inboxViewPatchSchema,
} from '../../common/schemas/inbox-view.schema.ts';
import { requireStaff } from '../access/access.service.ts';
import type { InboxViewService } from './inbox-view.service.ts';

const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Saved inbox views and the number of cases in each view. */
export function inboxViewRoutes(views: InboxViewService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['views'];
    r.get(
      '/api/v1/inbox-views',
      { schema: { tags, summary: 'The built-in inbox views, your own and those shared with your entity', response: { 200: inboxViewListSchema } } },
      async (req) => views.list(requireStaff(req.actor, 'inbox_view')),
    );
    r.get(
      '/api/v1/inbox-views/counts',
      { schema: { tags, summary: 'How many cases each view holds for you, counted as the case list selects them', response: { 200: inboxViewCountsSchema } } },
      async (req) => ({ counts: await views.counts(requireStaff(req.actor, 'inbox_view')) }),
    );
    r.post('/api/v1/inbox-views', { schema: { tags, summary: 'Save filters of the case list as a named view', body: inboxViewInputSchema } }, async (req, reply) =>
      reply.status(201).send(await views.add(requireStaff(req.actor, 'inbox_view', 'write'), req.body)),
    );
    r.put('/api/v1/inbox-views/order', { schema: { tags, summary: 'Put your own views in this order', body: inboxViewOrderSchema } }, async (req, reply) => {
      await views.reorder(requireStaff(req.actor, 'inbox_view', 'write'), req.body.ids);
      return reply.status(204).send();
    });
    r.patch(
      '/api/v1/inbox-views/:id',
      { schema: { tags, summary: 'Rename a view, change its filters, share it or make it private', params: idParams, body: inboxViewPatchSchema } },
      async (req, reply) => {
        await views.update(requireStaff(req.actor, 'inbox_view', 'write'), req.params.id, req.body);
        return reply.status(204).send();
      },
    );
    r.delete('/api/v1/inbox-views/:id', { schema: { tags, summary: 'Delete a view', params: idParams } }, async (req, reply) => {
      await views.remove(requireStaff(req.actor, 'inbox_view', 'write'), req.params.id);
      return reply.status(204).send();
    });
  };
}
