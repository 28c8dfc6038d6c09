import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** What a backup holds, as the database answers it: the manifest's figures. */
export interface Inventory {
  /** Applied migrations, by name, in order. */
  migrations: string[];
  counts: { cases: number; events: number; attachments: number };
  /** The distinct files the attachment rows refer to (hex SHA-256). */
  attachmentFiles: string[];
}

/** The reads a backup and a restore need; no rules. */
export class BackupRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async inventory(db: Kysely<DB> = this.db): Promise<Inventory> {
    const migrations = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(db);
    const count = async (table: 'cases' | 'case_events' | 'attachments') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const files = await db.selectFrom('attachments').select('sha256').distinct().orderBy('sha256').execute();
    return {
      migrations: migrations.rows.map((r) => r.name),
      counts: { cases: await count('cases'), events: await count('case_events'), attachments: await count('attachments') },
      attachmentFiles: files.map((f) => f.sha256),
    };
  }

  /**
   * PostgreSQL: runs `dump(snapshot)` while a repeatable-read transaction holds the snapshot it
   * exported, and answers the inventory read in that same snapshot — so the figures are exactly
   * those of the dump that `pg_dump --snapshot` writes.
   */
  async inSnapshot(dump: (snapshot: string) => Promise<void>): Promise<Inventory> {
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        const { rows } = await sql<{ s: string }>`select pg_export_snapshot() as s`.execute(tx);
        const inventory = await this.inventory(tx);
        await dump(rows[0]!.s);
        return inventory;
      });
  }

  /** Tables in the public schema: a restore goes only into a database that has none. */
  async tableCount(): Promise<number> {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_tables where schemaname = 'public'`.execute(this.db);
    return Number(rows[0]!.n);
  }
}
