import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import { inboundMessageSchema, inboundParamsSchema, inboundResultSchema } from './inbound.schema.ts';
import type { InboundService } from './inbound.service.ts';
import { signedByRelay } from './relay-guard.ts';

/**
 * `POST /api/v1/inbound/{channel}`: messages from channel relays. The signature is checked over
 * the raw bytes before anything else reads them; a refused message leaves nothing but a log line.
 * No cookie is involved, so CSRF does not apply.
 */
export function inboundRoutes(inbound: InboundService, config: Pick<Config, 'bodyLimitBytes' | 'inbound'>) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/inbound/:channel',
      {
        schema: {
          tags: ['inbound'],
          summary: 'A message from a channel relay (WhatsApp, social media, email)',
          description:
            'Signed: `X-Tawasul-Timestamp` (unix seconds, within the tolerance) and `X-Tawasul-Signature: sha256=HEX`, ' +
            "the HMAC-SHA256 of `{timestamp}.{raw body}` with the channel's secret. A message quoting a case reference " +
            "from that case's contact becomes a citizen reply; anything else a new case in triage.",
          params: inboundParamsSchema,
          body: inboundMessageSchema,
          response: { 200: inboundResultSchema, 201: inboundResultSchema },
        },
        ...signedByRelay(config),
      },
      async (request, reply) => {
        const result = await inbound.receive(request.params.channel, request.body);
        return reply.status(result.outcome === 'case_created' ? 201 : 200).send(result);
      },
    );
  };
}
