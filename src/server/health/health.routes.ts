import type { FastifyInstance } from 'fastify';
import { ping, type Database } from '../db/database.ts';
import { errors } from '../http/errors.ts';

/** A readiness answer comes within this time, so a load balancer can take out an instance whose database hangs. */
export const READY_CHECK_MS = 800;

/**
 * Asks the database `select 1`, at most one question at a time: while one is pending (a hung
 * database), later probes wait for the same one instead of piling up connections.
 */
function databaseProbe(database: Database): () => Promise<boolean> {
  let pending: Promise<boolean> | undefined;
  return () =>
    (pending ??= ping(database.db)
      .then(
        () => true,
        () => false,
      )
      .finally(() => (pending = undefined)));
}

/** Answers the probe's result, or false when it takes longer than `ms`. */
async function within(probe: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([probe, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers, within a
 * second; with a read replica, its state and lag as detail).
 */
export function healthRoutes(database: Database) {
  const probe = databaseProbe(database);
  return async (app: FastifyInstance) => {
    app.get('/healthz', { schema: { hide: true }, logLevel: 'warn' }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true }, logLevel: 'warn' }, async () => {
      if (!(await within(probe(), READY_CHECK_MS))) throw errors.unavailable();
      // The replica's state is told, never a reason to be unready: reads go to the primary meanwhile.
      const replica = database.replica?.();
      return { status: 'ok', database: database.kind, ...(replica ? { replica: { state: replica.state, lagSeconds: replica.lagSeconds } } : {}) };
    });
  };
}
