import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import { AppError, errors } from '../http/errors.ts';
import { inboundMessageSchema, inboundParamsSchema, inboundResultSchema, relayChannels } from './inbound.schema.ts';
import type { InboundService } from './inbound.service.ts';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyRelaySignature } from './relay-signature.ts';

const verified = new WeakSet<FastifyRequest>();

const refused = () => new AppError(401, 'unauthenticated', 'The relay signature is missing, wrong or out of date.');

async function readAll(payload: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > limit) throw errors.payloadTooLarge();
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function header(request: FastifyRequest, name: string): string | undefined {
  const v = request.headers[name];
  return typeof v === 'string' ? v : undefined;
}

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
        preParsing: async (request, _reply, payload) => {
          const raw = await readAll(payload, config.bodyLimitBytes);
          const channel = (request.params as { channel?: string }).channel ?? '';
          const verdict = verifyRelaySignature({
            secrets: (relayChannels as readonly string[]).includes(channel) ? config.inbound.secrets[channel] : undefined,
            timestamp: header(request, TIMESTAMP_HEADER),
            signature: header(request, SIGNATURE_HEADER),
            raw,
            nowMs: Date.now(),
            toleranceSeconds: config.inbound.toleranceSeconds,
          });
          if (!verdict.ok) {
            request.log.warn({ channel, reason: verdict.reason }, 'relay message refused');
            throw refused();
          }
          verified.add(request);
          const replay = Readable.from([raw]) as Readable & { receivedEncodedLength?: number };
          replay.receivedEncodedLength = raw.length;
          return replay;
        },
        // A request without a body skips parsing (and preParsing): it is unsigned.
        preValidation: async (request) => {
          if (!verified.has(request)) {
            request.log.warn({ reason: 'unsigned' }, 'relay message refused');
            throw refused();
          }
        },
      },
      async (request, reply) => {
        const result = await inbound.receive(request.params.channel, request.body);
        return reply.status(result.outcome === 'case_created' ? 201 : 200).send(result);
      },
    );
  };
}
