import type { ErrorCode, FieldError, Problem } from '../../common/error-codes.ts';

/** Codes the client adds for failures that never reached the API's error handler. */
export type ClientErrorCode = 'network_error' | 'unknown_error';

/** A failed API call: the problem+json document's code and field errors, or a client-side code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    readonly fieldErrors: FieldError[] = [],
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'ApiError';
  }

  /** Field errors whose path is `path` or lies under it (`contact` matches `contact.phone`). */
  errorsAt(path: string): FieldError[] {
    return this.fieldErrors.filter((e) => e.path === path || e.path.startsWith(`${path}.`));
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as Problem).code === 'string';
}

/** Reads an error answer: problem+json when the server sent one, else a generic code by status. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isProblem(body)) return new ApiError(response.status, body.code, body.errors ?? [], body.detail);
  return new ApiError(response.status, response.status >= 500 ? 'service_unavailable' : 'unknown_error');
}

/** Any thrown value as an ApiError (fetch's TypeError means the network failed). */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof TypeError) return new ApiError(0, 'network_error');
  return new ApiError(0, 'unknown_error');
}
