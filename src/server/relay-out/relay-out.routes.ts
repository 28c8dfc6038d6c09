import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { referenceParamsSchema } from '../../common/schemas/case.schema.ts';
import { requireStaff } from '../access/access.service.ts';
import type { Config } from '../config.ts';
import { signedByRelay } from '../inbound/relay-guard.ts';
import type { CaseMessagesService } from './case-messages.service.ts';
import type { ReceiptService } from './receipt.service.ts';
import {
  caseMessageSchema,
  receiptParamsSchema,
  receiptResultSchema,
  receiptSchema,
  webhookCreateSchema,
  webhookCreatedSchema,
  webhookIdParams,
  webhookSchema,
} from './relay-out.schema.ts';
import type { WebhookService } from './webhook.service.ts';

/**
 * `POST /api/v1/relays/{channel}/receipts` (signed by the relay, as its messages are),
 * `GET /api/v1/cases/{reference}/messages` (what was sent to the citizen and what became of it),
 * and the administration of integration endpoints.
 */
export function relayOutRoutes(services: { receipts: ReceiptService; messages: CaseMessagesService; webhooks: WebhookService }, config: Pick<Config, 'bodyLimitBytes' | 'inbound'>) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/relays/:channel/receipts',
      {
        schema: {
          tags: ['inbound'],
          summary: 'A delivery receipt from a relay: a message Tawasul sent was delivered, read or failed',
          description: 'Signed as relay messages are (`X-Tawasul-Timestamp`, `X-Tawasul-Signature`); each `receiptId` is taken once.',
          params: receiptParamsSchema,
          body: receiptSchema,
          response: { 200: receiptResultSchema },
        },
        ...signedByRelay(config),
      },
      async (request) => services.receipts.receive(request.params.channel, request.body),
    );
    r.get(
      '/api/v1/cases/:reference/messages',
      {
        schema: {
          tags: ['notifications'],
          summary: "What was sent to a case's citizen and followers, by channel, and what became of it (relay receipts included)",
          params: referenceParamsSchema,
          response: { 200: z.object({ items: z.array(caseMessageSchema) }) },
        },
      },
      async (request) => ({ items: await services.messages.list(request.actor, request.params.reference) }),
    );
    r.get('/api/v1/admin/webhooks', { schema: { tags: ['admin'], summary: 'Integration endpoints (never their secrets)', response: { 200: z.object({ items: z.array(webhookSchema) }) } } }, async (request) => ({
      items: await services.webhooks.list(requireStaff(request.actor, 'api_key')),
    }));
    r.post(
      '/api/v1/admin/webhooks',
      { schema: { tags: ['admin'], summary: 'Register an integration endpoint; its secret is answered this once', body: webhookCreateSchema, response: { 201: webhookCreatedSchema } } },
      async (request, reply) => reply.status(201).send(await services.webhooks.create(requireStaff(request.actor, 'api_key', 'write'), request.body)),
    );
    r.post('/api/v1/admin/webhooks/:id/disable', { schema: { tags: ['admin'], summary: 'Disable an endpoint; its undelivered events are cancelled', params: webhookIdParams } }, async (request, reply) => {
      await services.webhooks.disable(requireStaff(request.actor, 'api_key', 'write'), request.params.id);
      return reply.status(204).send();
    });
  };
}
