import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTermGroups } from '../../src/common/arabic.ts';
import { CaseListRepository, type CaseListFilter } from '../../src/server/cases/case-list.repository.ts';
import { buildCase, coordinatorSession } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * A list searched by words that match few cases reads the matches through the full-text index
 * first and orders them (`searchFirst`); otherwise it walks the cases in order. Both ways answer
 * the same cases in the same order, page after page.
 */

let t: TestApp;
let coordinator: Session;
const culvert: { id: number; reference: string }[] = [];
let repo: CaseListRepository;

const texts = [
  'قنطرة مكسورة تحت الطريق وزجاج متناثر حولها',
  'القنطرة مسدودة بالمخلفات منذ أيام',
  'زجاج مكسور على الرصيف أمام المدرسة',
  'قنطرة تصريف المياه تفيض عند المطر',
  'تراكم النفايات خلف السوق',
  'قنطرات الحي بحاجة إلى تنظيف وزجاج النوافذ محطم',
  'الإنارة معطلة في الشارع',
  'قنطرة قديمة آيلة للسقوط',
];

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await coordinatorSession(t.app);
  const db = t.ctx.database.db;
  for (const description of texts) {
    const { reference } = await buildCase(t.app, { description });
    const row = await db.selectFrom('cases').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
    if (/قنطر/.test(description)) culvert.push({ id: Number(row.id), reference });
  }
  // Ties: three matches created at the same moment, so the order falls to the id; updates out of creation order.
  const moment = new Date('2026-10-01T08:00:00Z');
  await db.updateTable('cases').set({ created_at: moment }).where('id', 'in', culvert.slice(1, 4).map((c) => c.id)).execute();
  for (const [i, c] of culvert.entries()) {
    await db.updateTable('cases').set({ updated_at: new Date(Date.UTC(2026, 10, 1 + ((i * 3) % 5), 9)) }).where('id', '=', c.id).execute();
  }
  repo = new CaseListRepository(db);
});
afterAll(() => t?.close());

type Sort = CaseListFilter['sort'];
/** Every page of the list, two cases at a time, following the cursor as the case list does. */
async function allPages(f: Omit<CaseListFilter, 'limit' | 'now'>, searchFirst: boolean): Promise<number[]> {
  const ids: number[] = [];
  let after: CaseListFilter['after'];
  for (let page = 0; page < 20; page++) {
    const rows = await repo.list({ ...f, limit: 2, now: new Date(), after, searchFirst });
    ids.push(...rows.slice(0, 2).map((r) => Number(r.id)));
    if (rows.length <= 2) return ids;
    const last = rows[1]!;
    after = { value: new Date(f.sort.column === 'updated_at' ? last.updated_at : last.created_at).toISOString(), id: Number(last.id) };
  }
  throw new Error('more pages than cases');
}

describe('search first through the full-text index', () => {
  const sorts: Sort[] = [
    { column: 'created_at', desc: true },
    { column: 'created_at', desc: false },
    { column: 'updated_at', desc: true },
  ];

  it.each(sorts)('answers the same cases in the same order as walking the cases, page after page (%o)', async (sort) => {
    const byWord = { terms: searchTermGroups('قنطرة'), sort };
    const walked = await allPages(byWord, false);
    expect(walked).toHaveLength(culvert.length);
    expect(await allPages(byWord, true)).toEqual(walked);

    const bothWords = { terms: searchTermGroups('قنطرة زجاج'), sort };
    const walkedBoth = await allPages(bothWords, false);
    expect(walkedBoth.length).toBeGreaterThan(0);
    expect(walkedBoth.length).toBeLessThan(culvert.length);
    expect(await allPages(bothWords, true)).toEqual(walkedBoth);
  });

  it('applies the other filters to the matches it found first', async () => {
    const someone = (await t.ctx.database.db.selectFrom('cases').select('entity_id').where('id', '=', culvert[0]!.id).executeTakeFirstOrThrow()).entity_id;
    const f = { terms: searchTermGroups('قنطرة'), sort: sorts[0]!, entityIds: [Number(someone)], statuses: ['new' as const] };
    const walked = await allPages(f, false);
    expect(walked).toContain(culvert[0]!.id);
    expect(await allPages(f, true)).toEqual(walked);
    expect(await allPages({ ...f, entityIds: [-1] }, true)).toEqual([]);
  });

  it('finds the matches first when the rarest word is estimated to match few cases, and walks the cases otherwise', async () => {
    const f: CaseListFilter = { terms: searchTermGroups('قنطرة'), sort: sorts[0]!, limit: 25, now: new Date() };
    expect((await repo.explain(f)).searchFirst).toBe(true);
    expect((await new CaseListRepository(t.ctx.database.db, 0).explain(f)).searchFirst).toBe(false);
    expect((await repo.explain({ ...f, searchFirst: false })).searchFirst).toBe(false);
  });

  it('the case list pages through a search in order of creation, newest first', async () => {
    const expected = (
      await t.ctx.database.db
        .selectFrom('cases')
        .select(['id', 'reference'])
        .where('id', 'in', culvert.map((c) => c.id))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute()
    ).map((r) => r.reference);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/cases?limit=3&q=${encodeURIComponent('قنطرة')}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await t.app.inject(as(coordinator, { url }));
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: { reference: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((i) => i.reference));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
  });
});
