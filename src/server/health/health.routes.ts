import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { errors } from '../http/errors.ts';

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers). */
export function healthRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.get('/healthz', { schema: { hide: true }, logLevel: 'warn' }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true }, logLevel: 'warn' }, async () => {
      try {
        await sql`select 1`.execute(ctx.database.db);
      } catch {
        throw errors.unavailable();
      }
      return { status: 'ok', database: ctx.database.kind };
    });
  };
}
