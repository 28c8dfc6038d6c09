import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventKinds } from '../../src/common/enums.ts';
import { demoEntities } from '../../src/server/seed/demo-seed.ts';
import { buildCase } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** The database knows the same event kinds as the code, and refuses any other. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('case event kinds and populations', () => {
  it('the kinds table lists exactly eventKinds', async () => {
    const rows = await t.ctx.database.db.selectFrom('case_event_kinds').select('kind').execute();
    expect(rows.map((r) => r.kind).sort()).toEqual([...eventKinds].sort());
  });

  it('an event of an unknown kind is refused', async () => {
    const { reference } = await buildCase(t.app);
    const caseId = (await t.ctx.database.db.selectFrom('cases').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id;
    await expect(
      t.ctx.database.db
        .insertInto('case_events')
        .values({ case_id: caseId, kind: 'no_such_kind' as any, visibility: 'internal', actor_type: 'system', data: '{}' } as any)
        .execute(),
    ).rejects.toThrow(/case_events_kind_fkey/);
  });

  it('the demo entities carry their populations', async () => {
    const rows = await t.ctx.database.db.selectFrom('entities').select(['code', 'population']).execute();
    for (const e of demoEntities) expect(rows.find((r) => r.code === e.code)?.population).toBe(e.population);
  });
});
