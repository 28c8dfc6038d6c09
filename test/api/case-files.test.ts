import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService, buildStaffSession, caseInputFor, type BuiltService } from '../support/factories.ts';
import { makePdf, makePng, multipart } from '../support/files.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** Files added after submission: with a reply, a request for information, a citizen's reply, a note, a resolution. */

let t: TestApp;
let service: BuiltService;
let officer: Session;
beforeAll(async () => {
  // Two files per upload and four per case, so the limits are reached in a few requests.
  t = await createTestApp({ attachments: { maxFiles: 2, maxBytes: 64 * 1024, maxPerCase: 4 } });
  service = await buildService(t.app);
  officer = await buildStaffSession(t.app, { role: 'officer', entity: service.entity.code });
});
afterAll(() => t?.close());

interface Receipt {
  reference: string;
  trackingToken: string;
}

type Part = Parameters<typeof multipart>[0][number];
const png = (name = 'photo.png', rgb: [number, number, number] = [10, 120, 200]): Part => ({ name: 'file', file: { filename: name, type: 'image/png', content: makePng(8, 8, rgb) } });
const pdf = (name = 'letter.pdf'): Part => ({ name: 'file', file: { filename: name, type: 'application/pdf', content: makePdf() } });

async function fileCase(): Promise<Receipt> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: caseInputFor(service) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const citizen = (r: Receipt) => ({ 'x-tracking-token': r.trackingToken });

async function view(r: Receipt, who: 'citizen' | Session) {
  const opts = { url: `/api/v1/cases/${r.reference}` };
  const res = await t.app.inject(who === 'citizen' ? { ...opts, headers: citizen(r) } : as(who, opts));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    version: number;
    status: string;
    attachments: { id: number; fileName: string; mediaType: string; eventId: number | null; url: string }[];
    timeline: { id: number; kind: string; body: string | null }[];
  };
}

/** Sends an action as multipart: its JSON in `action`, then the files. */
async function actWithFiles(r: Receipt, who: 'citizen' | Session, action: string, body: object, files: Part[]) {
  const version = (await view(r, who === 'citizen' ? 'citizen' : officer)).version;
  const form = multipart([{ name: 'action', value: JSON.stringify(body) }, ...files]);
  const opts = { method: 'POST' as const, url: `/api/v1/cases/${r.reference}/actions/${action}`, payload: form.payload, headers: { ...form.headers, 'if-match': String(version) } };
  return t.app.inject(who === 'citizen' ? { ...opts, headers: { ...opts.headers, ...citizen(r) } } : as(who, opts));
}

describe('files after submission', () => {
  it('a citizen replies with a photo by tracking token: the officer sees it beside the reply, and both may download it', async () => {
    const r = await fileCase();
    const res = await actWithFiles(r, 'citizen', 'citizen-reply', { body: 'صورة العمود بعد المطر' }, [png('عمود.png')]);
    expect(res.statusCode, res.body).toBe(200);
    const staffView = await view(r, officer);
    const reply = staffView.timeline.find((e) => e.kind === 'citizen_replied')!;
    const file = staffView.attachments.find((a) => a.eventId === reply.id)!;
    expect(file).toMatchObject({ fileName: 'عمود.png', mediaType: 'image/png' });
    const asOfficer = await t.app.inject(as(officer, { url: file.url }));
    expect(asOfficer.statusCode).toBe(200);
    expect(asOfficer.rawPayload.equals(makePng(8, 8, [10, 120, 200]))).toBe(true);
    const asCitizen = await t.app.inject({ url: file.url, headers: citizen(r) });
    expect(asCitizen.statusCode).toBe(200);
    expect(await t.app.inject({ url: file.url })).toMatchObject({ statusCode: 404 });
  });

  it('the officer replies, asks for information and resolves with files; each file sits with its event in the citizen view', async () => {
    const r = await fileCase();
    expect((await actWithFiles(r, officer, 'reply', { body: 'مرفق جدول الصيانة' }, [pdf('schedule.pdf')])).statusCode).toBe(200);
    const version = (await view(r, officer)).version;
    const assigned = await t.app.inject(
      as(officer, { method: 'POST', url: `/api/v1/cases/${r.reference}/actions/assign`, payload: { assigneeId: officer.user.id }, headers: { 'if-match': String(version) } }),
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect((await actWithFiles(r, officer, 'request-info', { body: 'أرسل صورة أقرب' }, [png('example.png')])).statusCode).toBe(200);
    const resolved = await actWithFiles(r, officer, 'resolve', { body: 'تم الإصلاح' }, [png('after.png', [0, 200, 0])]);
    expect(resolved.statusCode, resolved.body).toBe(200);
    const mine = await view(r, 'citizen');
    expect(mine.status).toBe('resolved');
    const byEvent = (kind: string) => {
      const ids = mine.timeline.filter((e) => e.kind === kind).map((e) => e.id);
      return mine.attachments.filter((a) => a.eventId !== null && ids.includes(a.eventId)).map((a) => a.fileName);
    };
    expect(byEvent('public_reply')).toEqual(['schedule.pdf', 'after.png']);
    expect(byEvent('info_requested')).toEqual(['example.png']);
  });

  it("a note's files are internal: staff see them, the citizen neither sees nor downloads them", async () => {
    const r = await fileCase();
    expect((await actWithFiles(r, officer, 'note', { body: 'تقرير الفني الداخلي' }, [pdf('internal.pdf')])).statusCode).toBe(200);
    const staffFile = (await view(r, officer)).attachments.find((a) => a.fileName === 'internal.pdf');
    expect(staffFile).toBeDefined();
    expect((await view(r, 'citizen')).attachments.map((a) => a.fileName)).not.toContain('internal.pdf');
    const download = await t.app.inject({ url: staffFile!.url, headers: citizen(r) });
    expect(download.statusCode).toBe(404);
  });

  it('refuses a file whose content is not an allowed type, whatever its name says, and keeps nothing', async () => {
    const r = await fileCase();
    const fake: Part = { name: 'file', file: { filename: 'photo.png', type: 'image/png', content: Buffer.from('<html><script>alert(1)</script></html>') } };
    const res = await actWithFiles(r, 'citizen', 'citizen-reply', { body: 'ملف' }, [fake]);
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('attachment_type_not_allowed');
    const after = await view(r, officer);
    expect(after.attachments).toEqual([]);
    expect(after.timeline.some((e) => e.kind === 'citizen_replied')).toBe(false);
  });

  it('refuses a file over the size limit and more files than one upload may carry', async () => {
    const r = await fileCase();
    const big: Part = { name: 'file', file: { filename: 'big.pdf', type: 'application/pdf', content: Buffer.concat([makePdf(), Buffer.alloc(70 * 1024, 0x20)]) } };
    expect((await actWithFiles(r, 'citizen', 'citizen-reply', { body: 'كبير' }, [big])).statusCode).toBe(413);
    expect((await actWithFiles(r, 'citizen', 'citizen-reply', { body: 'ثلاثة' }, [png('a.png'), png('b.png'), png('c.png')])).statusCode).toBe(413);
    expect((await view(r, officer)).attachments).toEqual([]);
  });

  it('counts files per case: past the case total (submission files included) the action is refused whole', async () => {
    const form = multipart([{ name: 'case', value: JSON.stringify(caseInputFor(service)) }, png('1.png', [1, 1, 1]), png('2.png', [2, 2, 2])]);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: form.payload, headers: form.headers });
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json() as Receipt;
    expect((await actWithFiles(r, 'citizen', 'citizen-reply', { body: 'ثالث ورابع' }, [png('3.png'), png('4.png')])).statusCode).toBe(200);
    const over = await actWithFiles(r, officer, 'reply', { body: 'خامس' }, [pdf('5.pdf')]);
    expect(over.statusCode).toBe(413);
    expect(over.json().code).toBe('too_many_attachments');
    const after = await view(r, officer);
    expect(after.attachments).toHaveLength(4);
    expect(after.timeline.filter((e) => e.kind === 'public_reply')).toHaveLength(0);
  });

  it('an action that carries no files refuses them; a plain JSON action still works as before', async () => {
    const r = await fileCase();
    const refused = await actWithFiles(r, officer, 'start', {}, [png()]);
    expect(refused.statusCode).toBe(400);
    const version = (await view(r, officer)).version;
    const plain = await t.app.inject(
      as(officer, { method: 'POST', url: `/api/v1/cases/${r.reference}/actions/reply`, payload: { body: 'رد بلا ملفات' }, headers: { 'if-match': String(version) } }),
    );
    expect(plain.statusCode, plain.body).toBe(200);
  });
});
