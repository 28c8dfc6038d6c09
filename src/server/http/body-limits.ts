import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors, type AppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The most a multipart/form-data body may carry on this route, files and fields together.
     * Other bodies keep the route's `bodyLimit`.
     */
    multipartBodyLimit?: number;
  }
}

const isMultipart = (request: FastifyRequest) => /^\s*multipart\//i.test(request.headers['content-type'] ?? '');

/** The most a request's body may be on its route. */
export function bodyLimitOf(request: FastifyRequest): number {
  const multipart = request.routeOptions.config.multipartBodyLimit;
  if (multipart !== undefined && isMultipart(request)) return multipart;
  return request.routeOptions.bodyLimit;
}

/**
 * Stops reading a body that is being refused: no more bytes are taken from the socket (so TCP
 * back-pressure stops the client), and the answer closes the connection. Left alone, Node would
 * read and discard the rest of the body after the answer, to keep the connection for another request.
 */
export function stopReadingBody(request: FastifyRequest, reply: FastifyReply): void {
  if (request.raw.readableEnded || request.raw.complete) return;
  request.raw.unpipe();
  request.raw.pause();
  void reply.header('connection', 'close');
}

function tooLarge(request: FastifyRequest, reply: FastifyReply, limit: number): AppError {
  stopReadingBody(request, reply);
  return errors.payloadTooLarge(`The request body is larger than the ${limit} bytes accepted here.`);
}

/**
 * Refuses a body whose declared Content-Length is over its route's limit before any of it is
 * read (Fastify's own check runs only for the bodies it parses itself, not for multipart).
 */
export function installEarlyBodyLimit(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const declared = request.headers['content-length'];
    if (declared === undefined || !/^\d+$/.test(declared)) return;
    const limit = bodyLimitOf(request);
    if (Number(declared) > limit) throw tooLarge(request, reply, limit);
  });
}

/**
 * Counts the bytes of a body read by a consumer that takes them from the raw request itself (the
 * multipart reader pipes it): when they pass `limit` — a body sent without a length, or longer than
 * it said — reading stops at once and `exceeded` rejects with the 413. Call `stop` when done.
 */
export function watchBodySize(request: FastifyRequest, reply: FastifyReply, limit: number, onExceeded?: (error: AppError) => void) {
  let seen = 0;
  let fail: (error: AppError) => void = () => {};
  const exceeded = new Promise<never>((_resolve, reject) => {
    fail = reject;
  });
  exceeded.catch(() => {}); // observed by whoever races it
  const onData = (chunk: Buffer) => {
    seen += chunk.length;
    if (seen <= limit) return;
    request.raw.off('data', onData);
    const error = tooLarge(request, reply, limit);
    onExceeded?.(error);
    fail(error);
  };
  request.raw.on('data', onData);
  return { exceeded, stop: () => request.raw.off('data', onData) };
}
