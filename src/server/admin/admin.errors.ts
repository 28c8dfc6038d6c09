import { AppError } from '../http/errors.ts';

/** Refusals particular to administration, each with a field path the admin form can point at. */
export const adminErrors = {
  /** A code, name or email already in use: 409. */
  taken: (path: string, what: string) =>
    new AppError(409, 'validation_failed', `That ${what} is already in use.`, [{ path, code: 'taken', message: 'Already in use' }]),
  /** A reference to something that does not exist (a group, an entity, a policy): 422. */
  unknown: (path: string, what: string) =>
    new AppError(422, 'validation_failed', `There is no such ${what}.`, [{ path, code: 'unknown', message: `No such ${what}` }]),
  /** A well-formed value the rules refuse: 422. */
  invalid: (path: string, code: string, message: string) => new AppError(422, 'validation_failed', message, [{ path, code, message }]),
};

/** Whether a database error is a unique-constraint violation (a race lost to a concurrent insert). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === '23505';
}
