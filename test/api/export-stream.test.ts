import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available as procCpuAvailable, mainThreadCpuMs } from '../../bench/support/proc-cpu.ts';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { unzip } from '../support/unzip.ts';

/**
 * Case exports are streamed: a few thousand cases come out page by page with the same headers,
 * labels and right-to-left sheet as before, capped by TAWASUL_EXPORT_MAX_ROWS, without holding
 * the event loop, and a client that leaves mid-download leaves nothing held.
 */
const CASES = 3500;
const CAP = 3000;
let t: TestApp;
let analyst: Session;
let total: number;
let complaints: number;

const get = (url: string) => t.app.inject(as(analyst, { method: 'GET', url }));

beforeAll(async () => {
  const before = process.env.TAWASUL_EXPORT_MAX_ROWS;
  process.env.TAWASUL_EXPORT_MAX_ROWS = String(CAP);
  try {
    t = await createTestApp();
  } finally {
    if (before === undefined) delete process.env.TAWASUL_EXPORT_MAX_ROWS;
    else process.env.TAWASUL_EXPORT_MAX_ROWS = before;
  }
  await generateCases(t.ctx.database.db, { cases: CASES, months: 6, seed: 18, events: false });
  t.ctx.access.invalidate();
  analyst = await signInStaff(t.app, 'analyst@ministry.demo');
  const count = (type?: 'complaint') =>
    t.ctx.database.db
      .selectFrom('cases')
      .$if(type !== undefined, (q) => q.where('type', '=', type!))
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  total = await count();
  complaints = await count('complaint');
}, 180_000);

afterAll(async () => {
  await t?.close();
});

/** The references of a CSV export, in order. */
const csvReferences = (body: string) => body.split('\r\n').filter(Boolean).slice(1).map((l) => l.split(',')[0]);

describe('streamed case exports', () => {
  it('CSV and XLSX carry the same cases in the same order, Arabic headers and labels, a right-to-left sheet', async () => {
    expect(complaints).toBeGreaterThan(1000);
    expect(complaints).toBeLessThanOrEqual(CAP);
    const csv = await get('/api/v1/exports/cases.csv?type=complaint');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['x-export-truncated']).toBe('false');
    expect(csv.body.startsWith('\uFEFFالرقم المرجعي,النوع,الحالة,الأولوية,القناة,رمز الخدمة,الخدمة')).toBe(true);
    const refs = csvReferences(csv.body);
    expect(refs).toHaveLength(complaints);
    expect(new Set(refs).size).toBe(complaints);
    expect(csv.body.split('\r\n')[1]).toContain(',شكوى,');

    const xlsx = await get('/api/v1/exports/cases.xlsx?type=complaint');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['x-export-truncated']).toBe('false');
    // Entries written as they come: "sizes follow" in each local header, a data descriptor after the data.
    expect(xlsx.rawPayload.readUInt16LE(6) & 0x08).toBe(0x08);
    const files = unzip(xlsx.rawPayload);
    expect([...files.keys()]).toContain('xl/workbook.xml');
    expect(files.get('[Content_Types].xml')).not.toContain('sharedStrings');
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toMatch(/<sheetView [^>]*rightToLeft="1"/);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain(`<autoFilter ref="A1:Y${complaints + 1}"/>`);
    expect(sheet.match(/<row r="/g)).toHaveLength(complaints + 1);
    const header = /<row r="1">(.*?)<\/row>/.exec(sheet)![1]!;
    expect(header).toContain('<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">الرقم المرجعي</t></is></c>');
    expect(header).toContain('تاريخ الاستلام');
    // Column A of each row, in order, is the CSV's reference column.
    const xlsxRefs = [...sheet.matchAll(/<c r="A(\d+)" t="inlineStr"><is><t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[2]);
    expect(xlsxRefs).toEqual(refs);
    expect(sheet).toContain('>شكوى<');
    // Dates are date cells (style 2), not text.
    expect(sheet).toMatch(/<c r="N2" s="2"><v>\d+\.?\d*<\/v><\/c>/);
  });

  it('stops at TAWASUL_EXPORT_MAX_ROWS and says so', async () => {
    expect(total).toBeGreaterThan(CAP);
    const csv = await get('/api/v1/exports/cases.csv');
    expect(csv.headers['x-export-truncated']).toBe('true');
    expect(csvReferences(csv.body)).toHaveLength(CAP);
    const sheet = unzip((await get('/api/v1/exports/cases.xlsx?lang=en')).rawPayload).get('xl/worksheets/sheet1.xml')!;
    expect(sheet.match(/<row r="/g)).toHaveLength(CAP + 1);
    expect(sheet).not.toContain('rightToLeft');
  });

  it('does not hold the event loop: the liveness probe answers while thousands of rows are written', async () => {
    // Warm: the first request of a process also compiles code and plans queries.
    expect((await get('/api/v1/exports/cases.csv?type=inquiry')).statusCode).toBe(200);
    // The longest stretch between two turns of the loop, in CPU time of the thread that runs it: on a
    // shared, loaded machine the wall-clock gap also counts the time the process was not scheduled at
    // all, and the whole process's CPU counts the threads beside the loop (zlib deflating the workbook,
    // the collector's helpers), which ran in parallel and held nothing.
    expect(procCpuAvailable).toBe(true);
    const cpu = mainThreadCpuMs;
    let last = cpu();
    let worst = 0;
    const timer = setInterval(() => {
      const now = cpu();
      worst = Math.max(worst, now - last);
      last = now;
    }, 2);
    const probes: number[] = [];
    let exporting = true;
    const probing = (async () => {
      while (exporting) {
        probes.push((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    try {
      const [xlsx, csv] = await Promise.all([get('/api/v1/exports/cases.xlsx'), get('/api/v1/exports/cases.csv')]);
      expect(xlsx.statusCode).toBe(200);
      expect(csv.statusCode).toBe(200);
    } finally {
      exporting = false;
      clearInterval(timer);
      await probing;
    }
    expect(probes.length).toBeGreaterThan(2);
    expect(probes.every((s) => s === 200)).toBe(true);
    // A generous bound, not a speed target: building the whole file at once holds the loop far longer.
    expect(worst).toBeLessThan(200);
  });

  it('a client that leaves mid-download holds nothing: the next export and requests work', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    expect(address).toContain(String(port));
    for (const format of ['csv', 'xlsx']) {
      const firstBytes = await new Promise<number>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port, path: `/api/v1/exports/cases.${format}`, headers: { cookie: analyst.cookie } }, (res) => {
          if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode}`));
          res.once('data', (chunk: Buffer) => {
            req.destroy();
            resolve(chunk.length);
          });
        });
        req.on('error', () => undefined);
      });
      expect(firstBytes).toBeGreaterThan(0);
    }
    // On PGlite (one connection) a page or cursor left open would make these wait for ever.
    const again = await get('/api/v1/exports/cases.csv?type=complaint');
    expect(csvReferences(again.body)).toHaveLength(complaints);
    expect((await get('/api/v1/cases?limit=5')).statusCode).toBe(200);
  });
});
