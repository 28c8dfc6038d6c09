import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createCaseResponseSchema,
  createCaseSchema,
  referenceParamsSchema,
  trackedCaseSchema,
  trackingQuerySchema,
} from '../../common/schemas/case.schema.ts';
import { sniffMediaType } from '../attachments/media-type.ts';
import type { AppContext } from '../context.ts';
import { errors } from '../http/errors.ts';
import type { IncomingFile } from './case.service.ts';

const files = new WeakMap<FastifyRequest, { files: IncomingFile[]; fingerprint: string }>();

const idempotencyKey = z
  .string()
  .regex(/^[\x21-\x7e]{1,255}$/)
  .optional()
  .describe('Makes a retry safe: the same key and body answer the first result and create nothing new');

/**
 * Reads a multipart submission: a `case` field holding the same JSON as the plain request, and
 * up to the configured number of files (any field name), each type-checked by its content.
 */
async function readMultipart(request: FastifyRequest, ctx: AppContext): Promise<void> {
  let caseJson: unknown;
  const incoming: IncomingFile[] = [];
  const digest = createHash('sha256');
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await part.toBuffer();
      if (content.length > ctx.config.attachments.maxBytes) throw errors.attachmentTooLarge(ctx.config.attachments.maxBytes);
      if (content.length === 0) continue;
      const mediaType = sniffMediaType(content);
      if (!mediaType) throw errors.attachmentType(part.filename || part.fieldname);
      const fileName = part.filename ? part.filename.normalize('NFC').slice(0, 255) : null;
      incoming.push({ content, mediaType, fileName: fileName && fileName.isWellFormed() ? fileName : null });
      digest.update(createHash('sha256').update(content).digest());
    } else if (part.fieldname === 'case') {
      if (typeof part.value !== 'string') throw errors.malformedJson('The case field must be JSON text.');
      try {
        caseJson = JSON.parse(part.value);
      } catch {
        throw errors.malformedJson('The case field is not valid JSON.');
      }
      digest.update(part.value);
    } else {
      throw errors.field(part.fieldname, 'unrecognized_key', 'Unknown form field; send the case as JSON in "case"');
    }
  }
  if (caseJson === undefined) throw errors.field('case', 'required', 'The "case" field is required');
  request.body = caseJson;
  files.set(request, { files: incoming, fingerprint: digest.digest('hex') });
}

/** Intake and tracking routes. */
export function caseRoutes(ctx: AppContext) {
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
        preValidation: async (request) => {
          if (request.isMultipart()) await readMultipart(request, ctx);
        },
      },
      async (request, reply) => {
        const multipart = files.get(request);
        const result = await ctx.cases.create(request.body, {
          idempotencyKey: request.headers['idempotency-key'],
          requestFingerprint: multipart?.fingerprint ?? JSON.stringify(request.body),
          submitter: { kind: 'public', id: null },
          files: multipart?.files ?? [],
        });
        if (result.replayed) void reply.header('idempotent-replayed', 'true');
        return reply.status(201).header('location', `/api/v1/cases/${result.body.reference}`).send(result.body);
      },
    );

    r.get(
      '/api/v1/cases/:reference',
      {
        schema: {
          tags: ['cases'],
          summary: 'Track a case with its tracking token',
          params: referenceParamsSchema,
          querystring: trackingQuerySchema,
          headers: z.object({ 'x-tracking-token': z.string().max(100).optional() }).passthrough(),
          response: { 200: trackedCaseSchema },
        },
      },
      async (request) => {
        const token = request.headers['x-tracking-token'] ?? request.query.token;
        return ctx.cases.track(request.params.reference, token);
      },
    );

    r.get(
      '/api/v1/cases/:reference/attachments/:id',
      {
        schema: {
          tags: ['cases'],
          summary: 'Download an attachment of a tracked case',
          params: referenceParamsSchema.extend({ id: z.coerce.number().int().positive().max(2 ** 53) }),
          querystring: trackingQuerySchema,
          headers: z.object({ 'x-tracking-token': z.string().max(100).optional() }).passthrough(),
        },
      },
      async (request, reply) => {
        const token = request.headers['x-tracking-token'] ?? request.query.token;
        const file = await ctx.cases.trackedAttachment(request.params.reference, token, request.params.id);
        return reply
          .type(file.mediaType)
          .header('content-disposition', 'inline')
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, max-age=3600')
          .send(file.content);
      },
    );
  };
}
