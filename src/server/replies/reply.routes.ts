import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderedReplySchema, replyTemplateInputSchema, replyTemplatePatchSchema } from '../../common/schemas/reply.schema.ts';
import { requireStaff } from '../access/access.service.ts';
import type { ReplyService } from './reply.service.ts';

const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const referenceParams = z.object({ reference: z.string().min(1).max(40) });

/** Reply texts: the entity's and the national ones, and their filling in for a case. */
export function replyRoutes(replies: ReplyService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['replies'];
    r.get('/api/v1/reply-templates', { schema: { tags, summary: "The entity's reply texts and the national ones shared with it, with their use" } }, async (req) => ({
      items: await replies.list(requireStaff(req.actor, 'notification_template')),
    }));
    r.post('/api/v1/reply-templates', { schema: { tags, summary: 'Add a reply text (at the root entity: a national one)', body: replyTemplateInputSchema } }, async (req, reply) =>
      reply.status(201).send(await replies.add(requireStaff(req.actor, 'notification_template', 'write'), req.body)),
    );
    r.patch('/api/v1/reply-templates/:id', { schema: { tags, summary: "Change one of the entity's reply texts", params: idParams, body: replyTemplatePatchSchema } }, async (req, reply) => {
      await replies.update(requireStaff(req.actor, 'notification_template', 'write'), req.params.id, req.body);
      return reply.status(204).send();
    });
    r.get(
      '/api/v1/cases/:reference/reply-templates',
      {
        schema: {
          tags,
          summary: "The reply texts a case may be answered with, filled in for it in the case's language",
          params: referenceParams,
          response: { 200: z.object({ items: z.array(renderedReplySchema) }) },
        },
      },
      async (req) => ({ items: await replies.forCase(req.actor, req.params.reference) }),
    );
  };
}
