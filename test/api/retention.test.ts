import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { createHousekeeping } from '../../src/server/housekeeping/housekeeping.loops.ts';
import { buildCase } from '../support/factories.ts';
import { createTestApp, testDbKind, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  // Contact details kept 30 days after a case's final state; batches of two, so a run takes several.
  const housekeeping = { ...loadConfig({ TAWASUL_RETENTION_DAYS: '30' }).housekeeping, batchSize: 2 };
  t = await createTestApp({ housekeeping });
});
afterAll(() => t?.close());

const db = () => t.ctx.database.db;
const DAY = 86_400_000;

const location = { governorate: 'muharraq' as const, lat: 26.25, lng: 50.61, block: '204', road: '415', address: 'منزل السيد حمد قرب المسجد' };
const contact = { name: 'فاطمة علي', phone: '36001234', email: 'fatima@example.com' };

/** A case filed with full contact details and an address, then put in `status` `daysAgo` days ago. */
async function caseIn(status: 'closed' | 'rejected' | 'in_progress' | 'implemented', daysAgo: number) {
  const { reference } = await buildCase(t.app, { contact, location });
  const at = new Date(Date.now() - daysAgo * DAY);
  const row = await db()
    .updateTable('cases')
    .set({ status, closed_at: status === 'closed' ? at : null, resolved_at: status === 'closed' ? at : null, updated_at: at, created_at: new Date(at.getTime() - DAY) })
    .where('reference', '=', reference)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db()
    .insertInto('case_followers')
    .values({ case_id: row.id, follower_key: `p:+97339${String(row.id).padStart(6, '0')}`, phone: `+97339${String(row.id).padStart(6, '0')}`, source: 'mine_too' })
    .execute();
  return reference;
}

const personal = (reference: string) =>
  db()
    .selectFrom('cases')
    .select(['contact_name', 'contact_phone', 'contact_email', 'contact_national_id', 'address', 'citizen_id', 'search_text', 'status', 'description', 'block', 'road', 'lat', 'closed_at'])
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
const followers = async (reference: string) =>
  (
    await db()
      .selectFrom('case_followers as f')
      .innerJoin('cases as c', 'c.id', 'f.case_id')
      .select('f.id')
      .where('c.reference', '=', reference)
      .execute()
  ).length;

describe(`retention of personal data (${testDbKind})`, () => {
  it('is off by default: TAWASUL_RETENTION_DAYS unset or 0 keeps contact details, and a bad value stops the start', () => {
    expect(loadConfig({}).housekeeping.personalDataDays).toBe(0);
    expect(loadConfig({ TAWASUL_RETENTION_DAYS: '0' }).housekeeping.personalDataDays).toBe(0);
    expect(loadConfig({ TAWASUL_RETENTION_DAYS: '365' }).housekeeping.personalDataDays).toBe(365);
    for (const bad of ['-1', '1.5', 'a year']) expect(() => loadConfig({ TAWASUL_RETENTION_DAYS: bad })).toThrow(/TAWASUL_RETENTION_DAYS/);
  });

  it('erases the contact details of cases final for longer than the period, keeps the cases and the figures, and a second run does nothing', async () => {
    const oldClosed = [await caseIn('closed', 90), await caseIn('closed', 45), await caseIn('closed', 31)];
    const oldRejected = await caseIn('rejected', 60);
    const oldImplemented = await caseIn('implemented', 40);
    const recentClosed = await caseIn('closed', 10);
    const oldOpen = await caseIn('in_progress', 200);
    const erased = [...oldClosed, oldRejected, oldImplemented];

    const before = new Map(await Promise.all([...erased, recentClosed, oldOpen].map(async (r) => [r, await personal(r)] as const)));
    expect(before.get(oldClosed[0]!)!.search_text).toContain('حمد');
    const stats = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/public/stats.json' })).body;
    const statsBefore = await stats();
    const eventsBefore = await db().selectFrom('case_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

    const housekeeping = createHousekeeping(db(), t.config, t.ctx.log);
    const first = await housekeeping.run(new Date());
    expect(first.personalData).toBe(erased.length);

    for (const reference of erased) {
      const row = await personal(reference);
      expect(row).toMatchObject({ contact_name: null, contact_phone: null, contact_email: null, contact_national_id: null, address: null, citizen_id: null });
      expect(row.search_text).not.toContain('حمد');
      // The case, its place and its state stay for the figures.
      const was = before.get(reference)!;
      expect({ status: row.status, description: row.description, block: row.block, road: row.road, lat: row.lat, closed_at: row.closed_at }).toEqual({
        status: was.status,
        description: was.description,
        block: was.block,
        road: was.road,
        lat: was.lat,
        closed_at: was.closed_at,
      });
      expect(await followers(reference)).toBe(0);
    }
    for (const reference of [recentClosed, oldOpen]) {
      expect(await personal(reference)).toEqual(before.get(reference));
      expect(await followers(reference)).toBe(1);
    }

    // The public figures and the events are what they were.
    expect(await stats()).toBe(statsBefore);
    expect(await db().selectFrom('case_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual(eventsBefore);

    // Each batch left one audit entry naming its cases.
    const audit = await db().selectFrom('audit_log').select(['actor_label', 'after']).where('action', '=', 'case.personal_data_erased').execute();
    expect(audit.length).toBe(3);
    const named = audit.flatMap((a) => (typeof a.after === 'string' ? JSON.parse(a.after) : a.after).references as string[]);
    expect(named.sort()).toEqual([...erased].sort());
    expect(audit.every((a) => a.actor_label === 'retention')).toBe(true);

    // Idempotent: nothing is left to erase, and nothing more is audited.
    const second = await housekeeping.run(new Date());
    expect(second.personalData).toBe(0);
    expect((await db().selectFrom('audit_log').select('id').where('action', '=', 'case.personal_data_erased').execute()).length).toBe(3);
  });

  it("erases the followers of a case whose followers were given rating links: a given rating stays, tied to nobody; an unused link goes", async () => {
    const reference = await caseIn('closed', 90);
    const c = await db().selectFrom('cases').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
    const [rater] = await db().selectFrom('case_followers').select('id').where('case_id', '=', c.id).execute();
    const other = await db()
      .insertInto('case_followers')
      .values({ case_id: c.id, follower_key: `e:follower.${c.id}@example.com`, email: `follower.${c.id}@example.com`, source: 'merged' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const hash = (n: string) => n.repeat(64).slice(0, 64);
    await db()
      .insertInto('case_follower_ratings')
      .values([
        { case_id: c.id, follower_id: rater!.id, token_hash: hash('a'), rating: 4, month: '2026-09', rated_at: new Date() },
        { case_id: c.id, follower_id: other.id, token_hash: hash('b') },
      ])
      .execute();

    const result = await createHousekeeping(db(), t.config, t.ctx.log).run(new Date());
    expect(result.personalData).toBe(1);
    expect(await followers(reference)).toBe(0);
    expect((await personal(reference)).contact_phone).toBeNull();
    const ratings = await db().selectFrom('case_follower_ratings').select(['follower_id', 'rating', 'month']).where('case_id', '=', c.id).execute();
    expect(ratings).toEqual([{ follower_id: null, rating: 4, month: '2026-09' }]);
  });

  it('does nothing when the period is 0, however old the closed case', async () => {
    const reference = await caseIn('closed', 400);
    const before = await personal(reference);
    const result = await createHousekeeping(db(), { ...t.config, housekeeping: { ...t.config.housekeeping, personalDataDays: 0 } }, t.ctx.log).run(new Date());
    expect(result.personalData).toBe(0);
    expect(await personal(reference)).toEqual(before);
  });
});
