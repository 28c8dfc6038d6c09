import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FieldError, Problem } from '../../common/error-codes.ts';
import { AppError, errors } from './errors.ts';
import { isDatabaseUnavailable } from '../db/database-errors.ts';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Turns Fastify/zod validation issues into field errors with dotted paths. */
export function toFieldErrors(issues: ValidationIssue[], prefix?: string): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const base = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    const keys = issue.keyword === 'unrecognized_keys' ? (issue.params?.keys as string[] | undefined) : undefined;
    const withPrefix = (p: string) => [prefix, p].filter(Boolean).join('.');
    if (keys?.length) {
      for (const key of keys) {
        out.push({ path: withPrefix([base, key].filter(Boolean).join('.')), code: 'unrecognized_key', message: 'Unknown field' });
      }
    } else {
      out.push({ path: withPrefix(base), code: issue.keyword, message: issue.message ?? 'Invalid value' });
    }
  }
  return out;
}

/** Maps a PostgreSQL error caused by the data sent (not by a bug or an outage) to a 400. */
function fromDatabaseError(error: unknown): AppError | undefined {
  const code = typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : '';
  if (/^22/.test(code) || code === '23514') {
    return errors.validation([], 'A value in the request is not acceptable.');
  }
  // Down, or past a time limit (connection, statement, query, PGlite's wait): 503 with Retry-After.
  if (isDatabaseUnavailable(error)) return errors.unavailable();
  return undefined;
}

/** Classifies any thrown value into the AppError the client is answered with. */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const fieldErrors = toFieldErrors(error.validation, context === 'body' ? undefined : context);
    return errors.validation(fieldErrors);
  }
  const fe = error as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return errors.unsupportedMediaType(undefined);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return errors.payloadTooLarge();
    case 'FST_ERR_BAD_URL':
      return errors.validation([], 'The URL is not valid: a %-escape is broken or is not UTF-8.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return errors.malformedJson('The body is empty.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_PROTO_VIOLATION':
      return errors.validation([], fe.message);
  }
  if (error instanceof SyntaxError) return errors.malformedJson('The body is not valid JSON.');
  const db = fromDatabaseError(error);
  if (db) return db;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    if (status === 413) return errors.payloadTooLarge();
    if (status === 415) return errors.unsupportedMediaType(undefined);
    return new AppError(status, status === 404 ? 'not_found' : 'validation_failed', fe.message);
  }
  return undefined;
}

/** Writes a problem+json answer. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  const problem: Problem = {
    type: `https://tawasul.dev/problems/${error.code.replace(/_/g, '-')}`,
    title: titles[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    instance: request.url.split('?')[0],
  };
  if (error.errors?.length) problem.errors = error.errors;
  if (error.headers) void reply.headers(error.headers);
  return reply.status(error.status).type('application/problem+json; charset=utf-8').send(problem);
}

/**
 * Fastify's `frameworkErrors` option: failures the router meets before any route runs (a URL with a
 * broken %-escape, an over-long parameter) would otherwise be answered in Fastify's own JSON.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(error) ?? new AppError(500, 'internal_error', 'Something went wrong on our side.');
  const own = [...errorFormats].find(([prefix]) => request.url.startsWith(prefix));
  if (own) void own[1](request, reply, appError);
  else void sendProblem(reply, request, appError);
}

/** Writes an error in a protocol's own format. */
export type ErrorWriter = (request: FastifyRequest, reply: FastifyReply, error: AppError) => FastifyReply;
const errorFormats = new Map<string, ErrorWriter>();

/**
 * Lets a protocol whose clients expect their own error format (Open311) answer in it the failures
 * the router meets before any of its routes runs; its routes' own errors go through its scope's
 * error handler. Called by that protocol's routes as they register.
 */
export function useErrorFormat(pathPrefix: string, writer: ErrorWriter): void {
  errorFormats.set(pathPrefix, writer);
}

/** Installs the one error handler and the not-found handler: every failure answers problem+json, never a stack. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError) {
      if (appError.status >= 500) request.log.warn({ err: error }, 'request failed');
      return sendProblem(reply, request, appError);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, new AppError(500, 'internal_error', 'Something went wrong on our side.'));
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, request, errors.routeNotFound(request.method, request.url)));
}
