import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionBodySchemas,
  caseListQuerySchema,
  caseListResponseSchema,
  citizenCaseSchema,
  movedCaseSchema,
  staffCaseSchema,
} from '../../common/schemas/case-actions.schema.ts';
import {
  createCaseResponseSchema,
  createCaseSchema,
  referenceParamsSchema,
  trackingQuerySchema,
} from '../../common/schemas/case.schema.ts';
import { attachmentHeaders } from '../attachments/attachment-download.ts';
import { caseFieldMaxBytes, multipartBodyLimit } from '../attachments/upload-limits.ts';
import type { Config } from '../config.ts';
import { stopReadingBody, watchBodySize } from '../http/body-limits.ts';
import type { TrackingPass } from '../access/case-gate.ts';
import { AppError, errors } from '../http/errors.ts';
import { fileActions, type CaseActionService } from './case-actions.service.ts';
import type { CaseViewService } from './case-view.service.ts';
import type { CaseService, IncomingFile, Submitter } from './case.service.ts';
import { caseActions } from './workflow.ts';

const files = new WeakMap<FastifyRequest, { files: IncomingFile[]; fingerprint: string }>();

const idempotencyKey = z
  .string()
  .regex(/^[\x21-\x7e]{1,255}$/)
  .optional()
  .describe('Makes a retry safe: the same key and body answer the first result and create nothing new');

/**
 * What the multipart reader threw, as the client's error: busboy's own failures (no boundary, a
 * body cut short, a part ended early) carry no HTTP status and would otherwise answer 500.
 */
function brokenEnvelope(error: unknown): unknown {
  if (error instanceof AppError || typeof (error as { statusCode?: unknown } | null)?.statusCode === 'number') return error;
  return errors.validation([], 'The multipart/form-data body is malformed or cut short.');
}

/**
 * Reads a multipart request: a `case` field (an action's: `action`) holding the same JSON as the
 * plain request, and up to the configured number of files (any field name), each streamed to a temporary file and
 * type-checked by its content there. The body is cut off (413, connection closed) as soon as it
 * passes the route's limit or a file passes its own; on any failure the files received are removed.
 */
async function readMultipart(request: FastifyRequest, reply: FastifyReply, intake: CaseService, limits: Config['attachments'], field = 'case'): Promise<void> {
  let caseJson: unknown;
  const incoming: IncomingFile[] = [];
  const digest = createHash('sha256');
  const { maxBytes } = limits;
  let receiving: Readable | undefined;
  // Attached in the same tick as the multipart reader's pipe (the first `next()`), so no byte goes uncounted.
  const size = watchBodySize(request, reply, multipartBodyLimit(limits), (error) => receiving?.destroy(error));
  const parts = request.parts()[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await Promise.race([parts.next(), size.exceeded]);
      if (next.done) break;
      const part = next.value;
      if (part.type === 'file') {
        const file = part.file;
        // The reader marks a file cut at the size limit but goes on reading the part to its end: stop at once.
        file.once('limit', () => file.destroy(errors.attachmentTooLarge(maxBytes)));
        const fileName = part.filename ? part.filename.normalize('NFC').slice(0, 255) : null;
        receiving = file;
        const received = await intake.receiveFile(file, part.filename || part.fieldname, fileName && fileName.isWellFormed() ? fileName : null);
        receiving = undefined;
        if (!received) continue;
        incoming.push(received);
        digest.update(Buffer.from(received.staged.sha256, 'hex'));
      } else if (part.fieldname === field) {
        if (typeof part.value !== 'string') throw errors.malformedJson(`The ${field} field must be JSON text.`);
        if (part.valueTruncated) throw errors.payloadTooLarge(`The ${field} field is larger than ${caseFieldMaxBytes} bytes.`);
        // busboy has already decoded the field, turning each broken UTF-8 byte into U+FFFD: refuse it,
        // as the JSON body parser refuses the bytes themselves.
        if (part.value.includes('\uFFFD')) throw errors.invalidEncoding();
        try {
          caseJson = JSON.parse(part.value);
        } catch {
          throw errors.malformedJson(`The ${field} field is not valid JSON.`);
        }
        digest.update(part.value);
      } else {
        throw errors.field(part.fieldname, 'unrecognized_key', `Unknown form field; send the JSON in "${field}"`);
      }
    }
  } catch (error) {
    stopReadingBody(request, reply);
    await intake.discardFiles(incoming);
    throw brokenEnvelope(error);
  } finally {
    size.stop();
  }
  // From here the files are the request's: kept by the service, or removed when the answer is sent.
  files.set(request, { files: incoming, fingerprint: digest.digest('hex') });
  if (caseJson === undefined) throw errors.field(field, 'required', `The "${field}" field is required`);
  request.body = caseJson;
}

function submitterOf(request: FastifyRequest): Submitter {
  const a = request.actor;
  if (a.kind === 'staff') return { kind: 'staff', id: a.id, role: a.role };
  if (a.kind === 'citizen') return { kind: 'citizen', id: a.id, phone: a.phone, email: a.email };
  return { kind: 'public', id: null };
}

/** The version a write was based on: If-Match (`3`, `"3"` or `W/"3"`) or the body's `version`. */
export function expectedVersion(request: FastifyRequest, body: { version?: number }): number | undefined {
  const header = request.headers['if-match'];
  if (typeof header === 'string' && header.trim()) {
    const n = Number(header.trim().replace(/^W\//, '').replace(/"/g, ''));
    if (!Number.isSafeInteger(n) || n <= 0) throw errors.field('If-Match', 'invalid_version', 'If-Match must be the case version');
    return n;
  }
  return body.version;
}

export const tokenHeaders = z
  .object({ 'x-tracking-token': z.string().max(100).optional().describe('The tracking token, or the short tracking code') })
  .passthrough();

/** The tracking token or short code a request shows (header, else `?token=`), with the address it came from. */
export function passOf(request: { ip: string; headers: { 'x-tracking-token'?: string }; query: { token?: string } }): TrackingPass | undefined {
  const secret = request.headers['x-tracking-token'] ?? request.query.token;
  return secret ? { secret, address: request.ip } : undefined;
}

/** The services the case routes call. */
export interface CaseRouteServices {
  intake: CaseService;
  views: CaseViewService;
  actions: CaseActionService;
}

/** Intake, tracking, lists and the workflow actions; `limits` bound uploads. */
export function caseRoutes({ intake, views, actions }: CaseRouteServices, limits: Config['attachments']) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.post(
      '/api/v1/cases',
      {
        schema: {
          tags: ['cases'],
          summary: 'Submit a case',
          description:
            'JSON body as below; or multipart/form-data with a `case` field holding that JSON and up to 5 image or PDF files.',
          headers: z.object({ 'idempotency-key': idempotencyKey }).passthrough(),
          body: createCaseSchema,
          response: { 201: createCaseResponseSchema },
        },
        config: { multipartBodyLimit: multipartBodyLimit(limits) },
        preValidation: async (request, reply) => {
          if (request.isMultipart()) await readMultipart(request, reply, intake, limits);
        },
        // Files received for a submission that was refused (by validation, or by the service) are removed.
        onResponse: async (request) => {
          const multipart = files.get(request);
          if (multipart) await intake.discardFiles(multipart.files);
        },
      },
      async (request, reply) => {
        const multipart = files.get(request);
        const result = await intake.create(request.body, {
          idempotencyKey: request.headers['idempotency-key'],
          requestFingerprint: multipart?.fingerprint ?? JSON.stringify(request.body),
          submitter: submitterOf(request),
          files: multipart?.files ?? [],
        });
        if (result.replayed) void reply.header('idempotent-replayed', 'true');
        return reply.status(201).header('location', `/api/v1/cases/${result.body.reference}`).send(result.body);
      },
    );

    r.get(
      '/api/v1/cases',
      {
        schema: {
          tags: ['cases'],
          summary: 'List cases: staff see their scope, a signed-in citizen their own',
          querystring: caseListQuerySchema,
          response: { 200: caseListResponseSchema },
        },
      },
      async (request) => views.list(request.actor, request.query),
    );

    r.get(
      '/api/v1/cases/:reference',
      {
        schema: {
          tags: ['cases'],
          summary: 'One case: with its tracking token, as its signed-in citizen, or as staff in scope',
          params: referenceParamsSchema,
          querystring: trackingQuerySchema,
          headers: tokenHeaders,
          response: { 200: z.union([staffCaseSchema, citizenCaseSchema]) },
        },
      },
      async (request) => views.view(request.actor, request.params.reference, passOf(request)),
    );

    r.get(
      '/api/v1/cases/:reference/events',
      {
        schema: {
          tags: ['cases'],
          summary: 'The timeline: everything for staff in scope, public events for the citizen',
          params: referenceParamsSchema,
          querystring: trackingQuerySchema,
          headers: tokenHeaders,
        },
      },
      async (request) => ({
        items: await views.events(request.actor, request.params.reference, passOf(request)),
      }),
    );

    for (const action of caseActions) {
      r.post(
        `/api/v1/cases/:reference/actions/${action}`,
        {
          schema: {
            tags: ['workflow'],
            summary: `${action} (see the transition table in the README)`,
            params: referenceParamsSchema,
            querystring: trackingQuerySchema,
            headers: tokenHeaders.extend({ 'if-match': z.string().max(40).optional() }),
            body: actionBodySchemas[action],
            response: { 200: z.union([staffCaseSchema, citizenCaseSchema, movedCaseSchema]) },
            ...(fileActions.includes(action)
              ? { description: 'JSON body; or multipart/form-data with an `action` field holding that JSON and image or PDF files, checked as at intake.' }
              : {}),
          },
          ...(fileActions.includes(action)
            ? {
                config: { multipartBodyLimit: multipartBodyLimit(limits) },
                preValidation: async (request: FastifyRequest, reply: FastifyReply) => {
                  if (request.isMultipart()) await readMultipart(request, reply, intake, limits, 'action');
                },
                // Files of a refused action are removed; those of an accepted one were kept by then.
                onResponse: async (request: FastifyRequest) => {
                  const multipart = files.get(request);
                  if (multipart) await intake.discardFiles(multipart.files);
                },
              }
            : {}),
        },
        async (request) => {
          const body = request.body as { version?: number };
          const received = files.get(request)?.files ?? [];
          return actions.perform(request.actor, request.params.reference, passOf(request), action, body as never, () => expectedVersion(request, body), received);
        },
      );
    }

    r.get(
      '/api/v1/cases/:reference/attachments/:id',
      {
        schema: {
          tags: ['cases'],
          summary: 'Download an attachment of a case (same access as the case)',
          params: referenceParamsSchema.extend({ id: z.coerce.number().int().positive().max(2 ** 53) }),
          querystring: trackingQuerySchema,
          headers: tokenHeaders,
        },
      },
      async (request, reply) => {
        const file = await views.attachment(request.actor, request.params.reference, passOf(request), request.params.id);
        return reply.headers({ ...attachmentHeaders(file, request.params.id), 'content-length': String(file.sizeBytes) }).send(file.stream);
      },
    );
  };
}
