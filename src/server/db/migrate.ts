import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

function readMigrations(): MigrationFile[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(migrationsDir, file), 'utf8');
      return { name: file.replace(/\.sql$/, ''), sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

function quote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * Applies every migration not yet applied, each in its own transaction, in name order. Forward-only:
 * a landed migration whose file changed stops the run. Safe when several processes start together —
 * the loser of a race on a migration's row rolls back and finds it applied.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.script(
    'create table if not exists schema_migrations (name text primary key, checksum text not null, applied_at timestamptz not null default now())',
  );
  const applied: string[] = [];
  for (const m of readMigrations()) {
    const row = await database.db
      .selectFrom(sql<{ name: string; checksum: string }>`schema_migrations`.as('m'))
      .select(['m.name', 'm.checksum'])
      .where('m.name', '=', m.name)
      .executeTakeFirst();
    if (row) {
      if (row.checksum !== m.checksum) {
        throw new Error(`Migration ${m.name} was changed after it was applied; add a new migration instead.`);
      }
      continue;
    }
    try {
      await database.script(
        `insert into schema_migrations (name, checksum) values (${quote(m.name)}, ${quote(m.checksum)});\n${m.sql}`,
      );
      applied.push(m.name);
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error; // another process applied it first
    }
  }
  return applied;
}
