import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCase } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let officer: Session;
const refs: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  officer = await signInStaff(t.app, 'officer@muharraq.demo');
  const texts = {
    lighting: 'إنارة الطريق الرئيسي معطلة منذ أيام',
    pothole: 'حفرة عميقة أمام المدرسة تشكل خطراً',
    diacritics: 'مُشْكِلَةٌ في تَصْرِيفِ مياهِ الأمطار',
    english: 'The STREET Lights near the roundabout are broken',
    other: 'تراكم النفايات خلف السوق',
  };
  for (const [key, description] of Object.entries(texts)) refs[key] = (await buildCase(t.app, { description })).reference;
});
afterAll(() => t?.close());

async function search(q: string): Promise<string[]> {
  const res = await t.app.inject(as(officer, { url: `/api/v1/cases?limit=100&q=${encodeURIComponent(q)}` }));
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i: { reference: string }) => i.reference);
}

describe('Arabic-aware case search', () => {
  it.each([
    ['إنارة', 'lighting'],
    ['انارة', 'lighting'],
    ['اناره', 'lighting'],
    ['الطريق', 'lighting'],
    ['طريق', 'lighting'],
    ['حفرة', 'pothole'],
    ['حفره', 'pothole'],
    ['الحفرة', 'pothole'],
    ['مشكلة', 'diacritics'],
    ['مُشكِلة', 'diacritics'],
    ['تصريف الامطار', 'diacritics'],
    ['street', 'english'],
    ['LIGHT', 'english'],
    ['broken lights', 'english'],
  ])('%s finds the %s case and nothing unrelated', async (q, key) => {
    const found = await search(q);
    expect(found).toContain(refs[key]);
    expect(found).not.toContain(refs.other);
  });

  it('every word must match', async () => {
    expect(await search('حفرة النفايات')).toEqual([]);
  });

  it('a reference typed in any form finds its case', async () => {
    const typed = refs.pothole!.replace(/-/g, ' ').replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));
    expect(await search(typed)).toEqual([refs.pothole]);
  });
});

describe('list filters and pages', () => {
  it('combines filters and walks pages with a cursor without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/cases?limit=2&status=new&type=complaint&governorate=muharraq${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.app.inject(as(officer, { url }))).json();
      for (const i of page.items) {
        expect(i).toMatchObject({ status: 'new', type: 'complaint', governorate: 'muharraq' });
        seen.push(i.reference);
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(new Set(seen).size);
    expect(seen).toEqual(expect.arrayContaining(Object.values(refs)));
  });

  it('refuses an unknown status and a forged cursor', async () => {
    expect((await t.app.inject(as(officer, { url: '/api/v1/cases?status=bogus' }))).statusCode).toBe(400);
    expect((await t.app.inject(as(officer, { url: '/api/v1/cases?cursor=abc' }))).statusCode).toBe(400);
  });

  it('answers 401 to an anonymous list request', async () => {
    expect((await t.app.inject('/api/v1/cases')).statusCode).toBe(401);
  });
});
