import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './lock-file.ts';
import { Mutex, PGliteDialect } from './pglite-dialect.ts';
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
  /** The embedded instance, in PGlite mode. */
  readonly pglite?: PGlite;
  /** Runs a multi-statement SQL script in one transaction (migrations). */
  script(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

/** A Kysely transaction over the application schema. */
export type Tx = Transaction<DB>;

/** Opens PostgreSQL at a URL with a connection pool. */
export function openPostgres(url: string, poolSize = 20): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'tawasul' });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    async script(sqlText) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(sqlText);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

/** Opens (creating if needed) the embedded PGlite database in a directory, or in memory when dir is undefined. */
export async function openPGlite(dir: string | undefined, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  let unlock = () => {};
  let dataDir: string | undefined;
  if (dir) {
    unlock = lockDataDir(dir);
    dataDir = path.join(dir, 'pgdata');
    fs.mkdirSync(dataDir, { recursive: true });
  }
  try {
    const pglite = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: { [INT8]: Number, [NUMERIC]: Number, [DATE]: (v: string) => v },
    });
    const mutex = new Mutex();
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite, mutex) });
    return {
      kind: 'pglite',
      db,
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
export async function openDatabase(config: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPGlite(config.dataDir);
}
