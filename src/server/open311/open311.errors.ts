import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toAppError, useErrorFormat } from '../http/error-handler.ts';
import { AppError } from '../http/errors.ts';
import { open311FieldName } from './open311.intake.ts';
import { presentError, xmlItemNames } from './open311.presenter.ts';
import { xmlDocument, type XmlValue } from './xml.ts';

/** The two wire formats, chosen by the path's suffix. */
export type Open311Format = 'xml' | 'json';

/** The format of a request by its path: `.json` is JSON, anything else XML (the required format). */
export function formatOfUrl(url: string): Open311Format {
  return url.split('?')[0]!.replace(/\/+$/, '').toLowerCase().endsWith('.json') ? 'json' : 'xml';
}

/** Writes an Open311 document in either format, UTF-8. */
export function sendOpen311(reply: FastifyReply, format: Open311Format, root: string, value: XmlValue, status = 200): FastifyReply {
  void reply.status(status);
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
  return reply.type('text/xml; charset=utf-8').send(xmlDocument(root, value, xmlItemNames));
}

/** The Open311 status of an error: 404 and 403 (401 too) as they are, 429 and 5xx as they are, 400 for the rest. */
export function open311ErrorStatus(status: number): number {
  if (status === 404 || status === 403 || status === 429 || status >= 500) return status;
  if (status === 401) return 403;
  return 400;
}

/** The `[{code, description}]` list for an error: one entry per field problem, named as Open311 names it. */
export function open311Errors(error: AppError): { status: number; list: XmlValue[] } {
  const status = open311ErrorStatus(error.status);
  const fields = error.errors ?? [];
  const list = fields.length
    ? fields.map((f) => presentError(status, `${open311FieldName(f.path)}: ${f.message}`))
    : [presentError(status, error.message)];
  return { status, list };
}

/** Answers an error in the Open311 format of the request's suffix. */
export function sendOpen311Error(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const { status, list } = open311Errors(error);
  if (error.headers) void reply.headers(error.headers);
  return sendOpen311(reply, formatOfUrl(request.url), 'errors', list, status);
}

/** Errors and unknown paths of the Open311 scope answer in the Open311 error format, never problem+json. */
export function installOpen311Errors(scope: FastifyInstance): void {
  // Failures before routing (a broken %-escape in the path) too.
  useErrorFormat('/open311/', sendOpen311Error);
  scope.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError) {
      if (appError.status >= 500) request.log.warn({ err: error }, 'open311 request failed');
      return sendOpen311Error(request, reply, appError);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendOpen311Error(request, reply, new AppError(500, 'internal_error', 'Something went wrong on our side.'));
  });
  scope.setNotFoundHandler(sendOpen311NotFound);
}

/**
 * The 404 of an unknown Open311 path. Also routed explicitly (`/open311/v2/*`), because the web
 * app's catch-all GET route would otherwise answer unknown GETs with the JSON API's not-found.
 */
export function sendOpen311NotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendOpen311Error(request, reply, new AppError(404, 'route_not_found', `No Open311 resource ${request.method} ${request.url.split('?')[0]}.`));
}
