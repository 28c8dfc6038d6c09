import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { unzip } from '../support/unzip.ts';

/** Exports: case lists and indicator reports as CSV and XLSX, Arabic intact, scoped, without personal data. */
let t: TestApp;
let analyst: Session;
let capitalOfficer: Session;

const get = (s: Session | null, url: string) => t.app.inject(s ? as(s, { method: 'GET', url }) : { method: 'GET', url });

beforeAll(async () => {
  t = await createTestApp();
  await generateCases(t.ctx.database.db, { cases: 300, months: 3, seed: 9, events: false });
  t.ctx.access.invalidate();
  analyst = await signInStaff(t.app, 'analyst@ministry.demo');
  capitalOfficer = await signInStaff(t.app, 'officer@capital.demo');
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('case exports', () => {
  it('CSV: the same cases as the list, Arabic with a BOM, no personal data or free text', async () => {
    const listed: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { reference: string }[]; nextCursor: string | null } = (
        await get(capitalOfficer, `/api/v1/cases?status=resolved,closed&limit=100${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      listed.push(...page.items.map((i) => i.reference));
      cursor = page.nextCursor;
    } while (cursor);
    const res = await get(capitalOfficer, '/api/v1/exports/cases.csv?status=resolved,closed');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="tawasul-cases-.*\.csv"/);
    const lines = res.body.split('\r\n').filter(Boolean);
    expect(lines[0]!.startsWith('\uFEFFالرقم المرجعي,النوع,الحالة')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(listed);
    expect(res.body).toContain('أمانة العاصمة');
    expect(res.body).not.toContain('بلدية المحرق');
    const rows = await t.ctx.database.db
      .selectFrom('cases')
      .select(['contact_name', 'contact_phone', 'contact_email', 'contact_national_id', 'description'])
      .where('reference', 'in', listed)
      .execute();
    for (const r of rows) {
      for (const v of [r.contact_name, r.contact_phone, r.contact_email, r.contact_national_id, r.description]) {
        if (v) expect(res.body.includes(v), `leaked ${v}`).toBe(false);
      }
    }
  });

  it('XLSX: Arabic inline in a right-to-left sheet (streamed: no shared strings); English on request', async () => {
    const res = await get(analyst, '/api/v1/exports/cases.xlsx?type=complaint');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzip(res.rawPayload);
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toMatch(/<sheetView [^>]*rightToLeft="1"/);
    expect(files.has('xl/sharedStrings.xml')).toBe(false);
    expect(sheet).toContain('<is><t xml:space="preserve">الرقم المرجعي</t></is>');
    expect(sheet).toContain('شكوى');
    expect(sheet).toContain('بلدية المحرق');
    const en = unzip((await get(analyst, '/api/v1/exports/cases.xlsx?type=complaint&lang=en')).rawPayload);
    expect(en.get('xl/worksheets/sheet1.xml')).not.toContain('rightToLeft');
    expect(en.get('xl/worksheets/sheet1.xml')).toContain('Reference');
    expect(en.get('xl/worksheets/sheet1.xml')).toContain('Muharraq Municipality');
  });

  it('only for staff, with the same filters as the list', async () => {
    expect((await get(null, '/api/v1/exports/cases.csv')).statusCode).toBe(401);
    expect((await get(analyst, '/api/v1/exports/cases.csv?status=nonsense')).statusCode).toBe(400);
    expect((await get(analyst, '/api/v1/exports/cases.csv?bogus=1')).statusCode).toBe(400);
  });
});

describe('report exports', () => {
  it('every indicator report as CSV and XLSX, in the scope of the caller', async () => {
    for (const report of ['entities', 'breakdown?by=service', 'trends?by=month', 'breaches']) {
      const [name, q] = report.split('?');
      const csv = await get(capitalOfficer, `/api/v1/exports/kpi/${name}.csv${q ? `?${q}` : ''}`);
      expect(csv.statusCode, report).toBe(200);
      expect(csv.body.startsWith('\uFEFF')).toBe(true);
      const xlsx = await get(analyst, `/api/v1/exports/kpi/${name}.xlsx${q ? `?${q}&` : '?'}lang=ar`);
      expect(xlsx.statusCode, report).toBe(200);
      expect(unzip(xlsx.rawPayload).get('xl/worksheets/sheet1.xml')).toContain('rightToLeft="1"');
    }
    const entities = (await get(capitalOfficer, '/api/v1/exports/kpi/entities.csv')).body;
    expect(entities).toContain('أمانة العاصمة');
    expect(entities).not.toContain('بلدية المحرق');
    expect(entities).toContain('المجموع الوطني');
    expect((await get(capitalOfficer, '/api/v1/exports/kpi/breakdown.csv?by=service&entity=muharraq')).statusCode).toBe(404);
  });
});

describe('monthly report', () => {
  it('builds one message per entity for its administrators, with a workbook and a summary', async () => {
    const messages = await t.ctx.kpi.monthlyReports.monthlyReports(new Date());
    const codes = messages.map((m) => m.entity.code).sort();
    expect(codes).toEqual(['capital', 'ministry', 'muharraq', 'northern', 'southern']);
    const capital = messages.find((m) => m.entity.code === 'capital')!;
    expect(capital.to.map((x) => x.email)).toEqual(['entity_admin@capital.demo']);
    expect(capital.recipient).toEqual({ kind: 'entity_staff', entityIds: [capital.entity.id], roles: ['entity_admin'] });
    expect(capital.summary.ar).toContain('أمانة العاصمة');
    expect(capital.summary.en).toContain('Capital Trusteeship');
    const files = unzip(capital.attachments.ar!.content);
    expect([...files.keys()].filter((k) => k.startsWith('xl/worksheets/'))).toHaveLength(4);
    expect(files.get('xl/worksheets/sheet1.xml')).toContain('rightToLeft="1"');
    expect(files.get('xl/sharedStrings.xml')).toContain('الالتزام بمدة الحل %');
  });
});
