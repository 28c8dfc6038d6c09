import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { Kysely, PostgresDialect, sql, type PostgresPool, type PostgresPoolClient, type Transaction } from 'kysely';
import pg from 'pg';
import type { DatabaseLimits } from '../config.ts';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './database-errors.ts';
import { preparedName } from './hot-statements.ts';
import { lockDataDir } from './lock-file.ts';
import { Mutex, PGliteDialect } from './pglite-dialect.ts';
import { ReplicaMonitor, routingPool, type ReplicaSettings, type ReplicaState } from './read-replica.ts';
import type { DB } from './schema.ts';

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

// One representation in both modes: bigint ids and counts as numbers, dates as 'YYYY-MM-DD'.
pg.types.setTypeParser(INT8, (v: string) => Number(v));
pg.types.setTypeParser(NUMERIC, (v: string) => Number(v));
pg.types.setTypeParser(DATE, (v: string) => v);

/** The application's handle on its database, in either mode. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Kysely<DB>;
  /**
   * For reads that may be a few seconds stale (indicators, public figures, exports, staff lists):
   * the streaming replica of `DATABASE_READ_URL` while it is close enough behind, else the primary.
   * The same as `db` without a replica and on PGlite. Writes, and reads that must see their own
   * writes, use `db`.
   */
  readonly reader: Kysely<DB>;
  /** The replica's state (lag, in use or not), when one is configured. */
  replica?(): ReplicaState;
  /** The embedded instance, in PGlite mode. */
  readonly pglite?: PGlite;
  /** Runs a multi-statement SQL script in one transaction (migrations). */
  script(sqlText: string): Promise<void>;
  close(): Promise<void>;
  /** The connection pool's use now (PostgreSQL); PGlite has one connection and no pool. */
  poolUse?(): PoolUse;
}

/** A connection pool's size and use at one moment. */
export interface PoolUse {
  max: number;
  /** Connections open, busy or idle. */
  open: number;
  idle: number;
  /** Requests waiting for a connection. */
  waiting: number;
}

/** Asks the database the simplest question (`select 1`); rejects when it cannot answer. */
export async function ping(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** A Kysely transaction over the application schema. */
export type Tx = Transaction<DB>;

/** The limits used where none are given (the configuration's defaults). */
export const defaultDatabaseLimits: DatabaseLimits = {
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 30_000,
  idleInTransactionTimeoutMs: 60_000,
  queryTimeoutMs: 35_000,
};

/**
 * Hands Kysely the pool's clients, retiring a client whose query ran out of time or whose
 * connection was lost: its unanswered query still occupies the connection (or there is none), so
 * the client is destroyed on release instead of being reused, and any further query on it fails at
 * once rather than waiting out another limit. A connection lost while the client is handed out and
 * no query is running (between two statements of a transaction: the server restarted, the session
 * was ended by idle_in_transaction_session_timeout or by an administrator) raises an `error` event on
 * the client; the pool listens only to idle clients, so without this listener that event would end
 * the process.
 */
function retiringPool(pool: pg.Pool, prepared: boolean): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let broken: unknown;
      const lost = (error: unknown) => {
        broken ??= error;
      };
      client.on('error', lost);
      const query = (...args: unknown[]) => {
        if (broken) return Promise.reject(new DatabaseUnavailableError('The database connection was abandoned after a timeout or lost.', { cause: broken }));
        const name = prepared && typeof args[0] === 'string' ? preparedName(args[0]) : undefined;
        const result = name
          ? client.query({ name, text: args[0] as string, values: args[1] as unknown[] })
          : (client.query as (...a: unknown[]) => unknown)(...args);
        if (!(result instanceof Promise)) return result; // a cursor
        return result.catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) broken = error;
          throw error;
        });
      };
      return {
        query: query as PostgresPoolClient['query'],
        release: (destroy?: boolean) => {
          client.removeListener('error', lost);
          client.release(Boolean(destroy || broken));
        },
      };
    },
    end: () => pool.end(),
  };
}

/** A pg pool with every wait bounded (see DatabaseLimits); an idle client's lost connection is replaced on next use. */
function boundedPool(url: string, max: number, limits: DatabaseLimits, applicationName: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: applicationName,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
    query_timeout: limits.queryTimeoutMs,
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  return pool;
}

/**
 * Opens PostgreSQL at a URL with a connection pool. Every wait is bounded (see DatabaseLimits):
 * getting a connection, a statement (on the server), an idle transaction (on the server) and the
 * answer to a query (here, for a server that does not answer at all). With `replica`, `reader`
 * reads from that streaming replica while its lag is within the bound (read-replica.ts); its
 * connections are named `tawasul-read` (its lag checks' `tawasul-read-check`) and give up connecting after `answerWithinMs` (1 s).
 */
export function openPostgres(
  url: string,
  poolSize = 20,
  limits: DatabaseLimits = defaultDatabaseLimits,
  replica?: ReplicaSettings,
  options: { prepared?: boolean } = {},
): Database {
  const prepared = options.prepared ?? true;
  const pool = boundedPool(url, poolSize, limits, 'tawasul');
  const primary = retiringPool(pool, prepared);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: primary }) });
  let reader = db;
  let monitor: ReplicaMonitor | undefined;
  if (replica) {
    const quick = { ...limits, connectTimeoutMs: replica.answerWithinMs ?? 1_000 };
    const replicaPool = boundedPool(replica.url, poolSize, quick, 'tawasul-read');
    // The checks have a connection of their own, so they never wait behind the reads.
    monitor = new ReplicaMonitor(pool, boundedPool(replica.url, 1, quick, 'tawasul-read-check'), replica);
    monitor.start();
    reader = new Kysely<DB>({ dialect: new PostgresDialect({ pool: routingPool(primary, retiringPool(replicaPool, prepared), monitor) }) });
  }
  return {
    kind: 'postgres',
    db,
    reader,
    ...(monitor ? { replica: () => monitor.state() } : {}),
    poolUse: () => ({ max: poolSize, open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async script(sqlText) {
      // Migrations may rightly run long (an index on a large table): a client of their own, with
      // no statement or query limit, but the connection itself still bounded.
      const client = new pg.Client({ connectionString: url, application_name: 'tawasul', connectionTimeoutMillis: limits.connectTimeoutMs });
      await client.connect();
      try {
        await client.query('begin');
        await client.query(sqlText);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        await client.end().catch(() => {});
      }
    },
    async close() {
      await monitor?.stop();
      if (reader !== db) await reader.destroy();
      await db.destroy();
    },
  };
}

interface NodeFsModule {
  stream_ops: { fsync?: (stream: { nfd?: number }) => number };
}

/**
 * PGlite's Node file system without a working fsync: Emscripten's NODEFS has no `fsync` operation,
 * so PostgreSQL's fsync calls did nothing. This one passes them to the operating system.
 */
class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    preRun.push((mod) => {
      const nodefs = (mod as unknown as { NODEFS: NodeFsModule }).NODEFS;
      nodefs.stream_ops.fsync = (stream) => {
        if (stream.nfd !== undefined) fs.fsyncSync(stream.nfd);
        return 0;
      };
    });
    result.emscriptenOpts.preRun = preRun;
    return result;
  }
}

/**
 * PGlite's start parameters without `-F` (fsync off), and with WAL flushes through fsync: Emscripten
 * turns fdatasync, PostgreSQL's default on Linux, into nothing.
 */
function durableStartParams(): string[] {
  return [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'];
}

/** Flushes every file and directory under dir to disk (a freshly created cluster was written unsynced). */
function syncTree(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) syncTree(full);
    else if (entry.isFile()) syncFile(full);
  }
  syncFile(dir);
}

function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** How the embedded database is opened. */
export interface PGliteOptions {
  /** Starts from this dumped data directory (test fixtures). */
  loadDataDir?: Blob;
  /** In a directory: each commit reaches the disk before it is acknowledged (default true). */
  durable?: boolean;
  /** Longest wait for the one connection before a DatabaseUnavailableError (default 30 s; the server passes its connect limit). */
  waitMs?: number;
}

/**
 * Opens (creating if needed) the embedded PGlite database in a directory, or in memory when dir is
 * undefined. In a directory it is durable unless `durable: false`: PostgreSQL's fsync is on and
 * reaches the disk, so an acknowledged commit survives a power cut, at a cost in intake speed
 * (README, benchmarks).
 */
export async function openPGlite(dir: string | undefined, options: PGliteOptions = {}): Promise<Database> {
  let unlock = () => {};
  let dataDir: string | undefined;
  let fresh = false;
  if (dir) {
    unlock = lockDataDir(dir);
    dataDir = path.join(dir, 'pgdata');
    fs.mkdirSync(dataDir, { recursive: true });
    fresh = fs.readdirSync(dataDir).length === 0;
  }
  const durable = Boolean(dataDir) && options.durable !== false;
  try {
    const pglite = await PGlite.create({
      ...(dataDir ? (durable ? { fs: new DurableNodeFS(dataDir), startParams: durableStartParams() } : { dataDir }) : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: { [INT8]: Number, [NUMERIC]: Number, [DATE]: (v: string) => v },
    });
    if (durable && fresh && dataDir) syncTree(dataDir);
    const mutex = new Mutex(options.waitMs);
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite, mutex) });
    return {
      kind: 'pglite',
      db,
      reader: db,
      pglite,
      script: (sqlText) => mutex.run(() => pglite.transaction(async (tx) => void (await tx.exec(sqlText)))),
      async close() {
        await db.destroy();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Opens the database the configuration names: PostgreSQL when a URL is given, else PGlite in the data directory. */
export async function openDatabase(config: {
  databaseUrl: string | undefined;
  dataDir: string;
  dbLimits?: DatabaseLimits;
  pgliteDurable?: boolean;
  /** A streaming replica of DATABASE_URL for reads that may be stale (ignored without DATABASE_URL). */
  databaseReadUrl?: string | undefined;
  readMaxLagSeconds?: number;
  /** Prepare the hot statements once per PostgreSQL connection (db/hot-statements.ts; default on). */
  dbPrepared?: boolean;
}): Promise<Database> {
  const limits = config.dbLimits ?? defaultDatabaseLimits;
  const replica = config.databaseReadUrl ? { url: config.databaseReadUrl, maxLagSeconds: config.readMaxLagSeconds ?? 5 } : undefined;
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, 20, limits, replica, { prepared: config.dbPrepared ?? true })
    : openPGlite(config.dataDir, { durable: config.pgliteDurable ?? true, waitMs: limits.connectTimeoutMs });
}
