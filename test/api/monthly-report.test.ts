import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import { addMonths, monthEnd, monthStart } from '../../src/server/kpi/kpi.period.ts';
import { localDate } from '../../src/common/zoned-time.ts';
import { reportCommand } from '../../src/server/reports/monthly-report.cli.ts';
import { monthlyReportDelivery } from '../../src/server/reports/monthly-report.loops.ts';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../support/smtp.ts';
import { as, signInStaff } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { unzip } from '../support/unzip.ts';

/**
 * The monthly report by email, through a real SMTP server: each entity's administrators get their
 * entity's report in their language with the workbook attached, the national coordinator the
 * national report; a second run, or two at once, sends nothing more.
 */
let t: TestApp;
let smtp: TestSmtpServer;
const db = () => t.ctx.database.db;
/** The delivery as the worker builds it, over this test's application. */
const newDelivery = () => monthlyReportDelivery({ db: db(), reports: t.ctx.kpi.monthlyReports, timeZone: t.ctx.config.timeZone, log: t.ctx.log });
const zone = 'Asia/Bahrain';
const thisMonth = monthStart(localDate(new Date(), zone));
/** 07:00 in Bahrain on the 1st of this month: last month's reports are due. */
const dueAt = new Date(`${thisMonth}T04:00:00Z`);
const month = addMonths(thisMonth, -1).slice(0, 7);

beforeAll(async () => {
  smtp = await startSmtpServer({ user: 'tawasul', pass: 'smtp-secret' });
  const notify = loadConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'تواصل <no-reply@tawasul.example>' }).notify;
  t = await createTestApp({ notify, timeZone: zone });
  await generateCases(db(), { cases: 300, months: 3, seed: 21, events: false });
  t.ctx.access.invalidate();
  // The capital's administrator reads English; the southern one has left; the northern entity is closed.
  await db().updateTable('staff_users').set({ language: 'en' }).where('email', '=', 'entity_admin@capital.demo').execute();
  await db().updateTable('staff_users').set({ active: false }).where('email', '=', 'entity_admin@southern.demo').execute();
  await db().updateTable('entities').set({ active: false }).where('code', '=', 'northern').execute();
}, 180_000);

afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

// ---- reading what arrived: MIME attachments, the zip, the sheet ----

interface Part {
  headers: Record<string, string>;
  body: string;
}

function mimeParts(raw: string): Part[] {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at);
  const body = raw.slice(at + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] ??= line.slice(i + 1).trim();
  }
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary || !/^multipart\//i.test(headers['content-type'] ?? '')) return [{ headers, body }];
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((p) => !p.startsWith('--'))
    .flatMap((p) => mimeParts(p.replace(/^\r\n/, '')));
}

function attachments(mail: ReceivedMail): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const p of mimeParts(mail.raw)) {
    const name = /filename="?([^";]+)"?/i.exec(p.headers['content-disposition'] ?? '')?.[1];
    if (name) out.set(name, Buffer.from(p.body.replace(/\s+/g, ''), 'base64'));
  }
  return out;
}

const unxml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The first sheet of a workbook as rows of cell values (shared strings resolved). */
function firstSheet(xlsx: Buffer): (string | number)[][] {
  const files = unzip(xlsx);
  const strings = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) => unxml(m[1]!));
  const sheet = files.get('xl/worksheets/sheet1.xml')!;
  return [...sheet.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1]!.matchAll(/<c r="[A-Z]+\d+"([^>]*)><v>([^<]*)<\/v><\/c>/g)].map((c) => (c[1]!.includes('t="s"') ? strings[Number(c[2])]! : Number(c[2]))),
  );
}

const valueOf = (rows: (string | number)[][], label: string) => rows.find((r) => r[0] === label)?.[1];

async function kpiOfMonth() {
  const coordinator = await signInStaff(t.app, 'coordinator@ministry.demo');
  const from = `${month}-01`;
  const res = await t.app.inject(as(coordinator, { method: 'GET', url: `/api/v1/kpi/entities?from=${from}&to=${monthEnd(from)}` }));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { national: { received: number }; items: { entity: { code: string }; figures: { received: number } }[] };
}

const reportRows = () => db().selectFrom('notification_outbox').select(['id', 'address', 'language', 'template', 'status']).where('template', 'like', 'monthly_report%').execute();

describe('the monthly report by email', () => {
  it('is not due before 06:00 on the 1st, and is due from then on', () => {
    const d = newDelivery();
    expect(d.dueMonth(new Date(`${thisMonth}T02:59:00Z`))).toBeNull();
    expect(d.dueMonth(new Date(`${thisMonth}T03:00:00Z`))).toBe(month);
    expect(d.dueMonth(new Date(`${thisMonth.slice(0, 8)}17T20:00:00Z`))).toBe(month);
  });

  it('goes to each active administrator in their language with the workbook, and the national report to the coordinator', async () => {
    const delivery = newDelivery();
    expect(await delivery.run(new Date(`${thisMonth}T02:00:00Z`))).toEqual([]);
    const outcomes = await delivery.run(dueAt);
    const byTarget = Object.fromEntries(outcomes.map((o) => [o.target, o]));
    expect(byTarget.capital).toMatchObject({ status: 'queued', messages: 1, month });
    expect(byTarget.muharraq).toMatchObject({ status: 'queued', messages: 1 });
    expect(byTarget.ministry).toMatchObject({ status: 'queued', messages: 1 });
    expect(byTarget.national).toMatchObject({ status: 'queued', messages: 1 });
    expect(byTarget.southern).toMatchObject({ status: 'no_recipients', messages: 0 });
    expect(byTarget.northern).toBeUndefined();

    const before = smtp.mails.length;
    const sent = await t.ctx.notify.dispatcher.drain();
    expect(sent).toMatchObject({ sent: 4, failed: 0, parked: 0 });
    const mails = (await smtp.waitFor(before + 4)).slice(before);
    const to = (address: string) => mails.filter((m) => m.envelope.to.includes(address));
    for (const a of ['entity_admin@capital.demo', 'entity_admin@muharraq.demo', 'entity_admin@ministry.demo', 'coordinator@ministry.demo']) {
      expect(to(a), a).toHaveLength(1);
    }
    const kpi = await kpiOfMonth();
    const received = (code: string) => kpi.items.find((i) => i.entity.code === code)!.figures.received;
    expect(received('capital')).toBeGreaterThan(0);

    // English, for the capital's administrator.
    const capital = to('entity_admin@capital.demo')[0]!;
    expect(capital.subject).toBe(`Monthly performance report — Capital Trusteeship — ${month}`);
    expect(capital.headers['content-language']).toBe('en');
    expect(capital.text).toContain(`Cases received: ${received('capital')}`);
    expect(capital.text).toMatch(/Resolution compliance: .+ \(national: .+\)/);
    expect(capital.text).toMatch(/Mean rating: .+ of 5 \(national: .+\)/);
    const capitalFiles = attachments(capital);
    expect([...capitalFiles.keys()].sort()).toEqual([`tawasul-capital-${month}-summary.csv`, `tawasul-capital-${month}.xlsx`]);
    const capitalSheet = firstSheet(capitalFiles.get(`tawasul-capital-${month}.xlsx`)!);
    expect(valueOf(capitalSheet, 'Entity')).toBe('Capital Trusteeship');
    expect(valueOf(capitalSheet, 'Received')).toBe(received('capital'));
    expect(unzip(capitalFiles.get(`tawasul-capital-${month}.xlsx`)!).get('xl/worksheets/sheet1.xml')).not.toContain('rightToLeft');
    expect(capitalFiles.get(`tawasul-capital-${month}-summary.csv`)!.toString('utf8')).toContain('Capital Trusteeship');

    // Arabic, for Muharraq's.
    const muharraq = to('entity_admin@muharraq.demo')[0]!;
    expect(muharraq.subject).toBe(`تقرير الأداء الشهري — بلدية المحرق — ${month}`);
    expect(muharraq.headers['content-language']).toBe('ar');
    expect(muharraq.text).toContain(`الطلبات المستلمة: ${received('muharraq')}`);
    const muharraqXlsx = attachments(muharraq).get(`tawasul-muharraq-${month}.xlsx`)!;
    const muharraqSheet = firstSheet(muharraqXlsx);
    expect(valueOf(muharraqSheet, 'الجهة')).toBe('بلدية المحرق');
    expect(valueOf(muharraqSheet, 'الطلبات المستلمة')).toBe(received('muharraq'));
    expect(unzip(muharraqXlsx).get('xl/worksheets/sheet1.xml')).toContain('rightToLeft="1"');

    // The national report, for the coordinator at the ministry (in Arabic).
    const national = to('coordinator@ministry.demo')[0]!;
    expect(national.subject).toBe(`التقرير الوطني الشهري لمؤشرات الأداء — ${month}`);
    expect(national.text).toContain(`الطلبات المستلمة: ${kpi.national.received}`);
    const nationalSheet = firstSheet(attachments(national).get(`tawasul-national-${month}.xlsx`)!);
    expect(valueOf(nationalSheet, 'الطلبات المستلمة')).toBe(kpi.national.received);
    expect(unzip(attachments(national).get(`tawasul-national-${month}.xlsx`)!).get('xl/sharedStrings.xml')).toContain('أمانة العاصمة');

    // The ministry's administrator gets the ministry's own figures: everything it holds, and the
    // entities below it — the national total at the top of the hierarchy — not its first child's.
    const ministry = to('entity_admin@ministry.demo')[0]!;
    expect(ministry.text).toContain(`الطلبات المستلمة: ${kpi.national.received}`);
    const ministrySheet = firstSheet(attachments(ministry).get(`tawasul-ministry-${month}.xlsx`)!);
    expect(valueOf(ministrySheet, 'الجهة')).toBe('وزارة الأشغال وشؤون البلديات والتخطيط العمراني');
    expect(valueOf(ministrySheet, 'الطلبات المستلمة')).toBe(kpi.national.received);
    expect(kpi.national.received).toBeGreaterThan(received('capital'));

    // Nobody else got anything.
    expect(mails.map((m) => m.envelope.to[0]).sort()).toEqual(
      ['coordinator@ministry.demo', 'entity_admin@capital.demo', 'entity_admin@ministry.demo', 'entity_admin@muharraq.demo'].sort(),
    );
    const runs = await db().selectFrom('monthly_report_runs').selectAll().execute();
    expect(runs.map((r) => [r.entity_id === null ? 'national' : r.entity_id, r.month, r.trigger, r.messages])).toHaveLength(4);
    expect(runs.every((r) => r.month === `${month}-01` && r.trigger === 'schedule' && r.messages === 1)).toBe(true);
  });

  it('sends nothing more on a second run, from a restarted worker, or from two at once', async () => {
    const rows = (await reportRows()).length;
    const mails = smtp.mails.length;
    const again = await newDelivery().run(dueAt);
    expect(again.filter((o) => o.status === 'queued')).toEqual([]);
    const later = new Date(dueAt.getTime() + 3 * 86_400_000);
    const [a, b] = await Promise.all([newDelivery().run(later), newDelivery().run(later)]);
    expect([...a!, ...b!].filter((o) => o.status === 'queued')).toEqual([]);
    await t.ctx.notify.dispatcher.drain();
    expect((await reportRows()).length).toBe(rows);
    expect(smtp.mails.length).toBe(mails);
  });

  it('two workers racing on a month nobody sent yet: each report is queued once', async () => {
    const older = addMonths(thisMonth, -2).slice(0, 7);
    const d1 = newDelivery();
    const d2 = newDelivery();
    const [a, b] = await Promise.all([d1.send({ month: older, trigger: 'schedule' }), d2.send({ month: older, trigger: 'schedule' })]);
    const queued = [...a, ...b].filter((o) => o.status === 'queued').map((o) => o.target).sort();
    expect(queued).toEqual(['capital', 'ministry', 'muharraq', 'national']);
    const rows = (await reportRows()).filter((r) => r.status === 'pending');
    expect(rows).toHaveLength(4);
    const runs = await db().selectFrom('monthly_report_runs').select(['entity_id']).where('month', '=', `${older}-01`).execute();
    expect(runs).toHaveLength(4);
    const before = smtp.mails.length;
    expect((await t.ctx.notify.dispatcher.drain()).sent).toBe(4);
    await smtp.waitFor(before + 4);
  });

  it('sends on demand from the command line: one entity, skipped when sent, again with --force', async () => {
    const lines: string[] = [];
    const out = (l: string) => lines.push(l);
    const before = smtp.mails.length;
    expect(await reportCommand(t.ctx, ['monthly', '--month', month, '--entity', 'capital'], out)).toBe(0);
    expect(lines.join('\n')).toContain(`${month} capital: already sent`);
    expect(smtp.mails.length).toBe(before);

    lines.length = 0;
    expect(await reportCommand(t.ctx, ['monthly', '--month', month, '--entity', 'capital', '--force'], out)).toBe(0);
    expect(lines.join('\n')).toContain(`${month} capital: 1 email(s) queued`);
    const mail = (await smtp.waitFor(before + 1)).at(-1)!;
    expect(mail.envelope.to).toEqual(['entity_admin@capital.demo']);
    expect(attachments(mail).has(`tawasul-capital-${month}.xlsx`)).toBe(true);

    lines.length = 0;
    expect(await reportCommand(t.ctx, ['monthly', '--month', thisMonth.slice(0, 7)], out)).toBe(2);
    expect(lines.join('\n')).toContain('has not ended');
    expect(await reportCommand(t.ctx, ['monthly', '--month', month, '--entity', 'atlantis'], out)).toBe(2);
    expect(await reportCommand(t.ctx, ['monthly', '--month', '2026-13'], out)).toBe(2);
    expect(await reportCommand(t.ctx, ['weekly'], out)).toBe(2);
  });

  it('never attaches files to an SMS', async () => {
    const rows = await db()
      .selectFrom('notification_outbox_attachments as l')
      .innerJoin('notification_outbox as o', 'o.id', 'l.outbox_id')
      .select('o.channel')
      .distinct()
      .execute();
    expect(rows.map((r) => r.channel)).toEqual(['email']);
  });
});
