/**
 * Intake's statements are prepared once per PostgreSQL connection (TAWASUL_DB_PREPARED, default
 * on): after two submissions on one connection the server holds one prepared statement per hot
 * shape, the same for the second case as for the first, and nothing else; off, none.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/server/db/database.ts';
import { hot } from '../../src/server/db/hot-statements.ts';
import { buildCase } from '../support/factories.ts';
import { createTestApp, createTestAppOn, openTestDatabase, testDbKind } from '../support/test-app.ts';

async function preparedAfterTwoCases(prepared: boolean): Promise<string[]> {
  const base = await openTestDatabase();
  // One connection, so the statements listed are those the submissions prepared on it.
  const t = await createTestAppOn(openPostgres(base.url!, 1, undefined, undefined, { prepared }));
  try {
    const names = async () =>
      (await sql<{ name: string }>`select name from pg_prepared_statements order by name`.execute(t.ctx.database.db)).rows.map((r) => r.name);
    await buildCase(t.app, { description: 'حفرة كبيرة أمام المدرسة' });
    const first = await names();
    await buildCase(t.app, { description: 'عمود الإنارة طافي', contact: { phone: '+97336001122' } });
    expect(await names()).toEqual(first);
    return first;
  } finally {
    await t.close();
    await base.close();
  }
}

if (testDbKind === 'postgres') describe('prepared statements (postgres)', () => {
  it('prepares the case insert and its recipients look-up once per connection, and reuses them', async () => {
    const names = await preparedAfterTwoCases(true);
    expect(names.filter((n) => n.startsWith('tawasul_insert_case_'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('tawasul_recipients_'))).toHaveLength(1);
    expect(names.every((n) => n.startsWith('tawasul_'))).toBe(true);
  });

  it('prepares nothing when turned off (behind an older PgBouncer)', async () => {
    expect(await preparedAfterTwoCases(false)).toEqual([]);
  });
});
else describe('marked statements on PGlite (pglite)', () => {
  it('run as any other: PGlite has one connection and prepares nothing by name', async () => {
    const t = await createTestApp();
    try {
      const { rows } = await t.ctx.database.db.executeQuery(hot('probe', t.ctx.database.db.selectFrom('entities').select('code').where('code', '=', 'capital')));
      expect(rows).toEqual([{ code: 'capital' }]);
      await buildCase(t.app, { description: 'حفرة كبيرة أمام المدرسة' });
    } finally {
      await t.close();
    }
  });
});
