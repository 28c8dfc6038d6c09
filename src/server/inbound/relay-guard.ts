/**
 * The route hooks that admit only requests a relay signed: the signature is checked over the raw
 * bytes before anything else reads them (and the body then replayed for parsing); a refused request
 * leaves nothing but a log line. Used by every route a relay posts to (messages, receipts).
 */
import { Readable } from 'node:stream';
import type { FastifyRequest, preParsingAsyncHookHandler, preValidationAsyncHookHandler } from 'fastify';
import type { Config } from '../config.ts';
import { AppError, errors } from '../http/errors.ts';
import { relayChannels } from './inbound.schema.ts';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyRelaySignature } from './relay-signature.ts';

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

/** `preParsing` and `preValidation` hooks for a route with a `:channel` parameter that relays sign. */
export function signedByRelay(config: Pick<Config, 'bodyLimitBytes' | 'inbound'>): { preParsing: preParsingAsyncHookHandler; preValidation: preValidationAsyncHookHandler } {
  const verified = new WeakSet<FastifyRequest>();
  return {
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
  };
}
