import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService, buildStaffSession, caseInputFor, type BuiltService } from '../support/factories.ts';
import { makePdf, makePng, multipart } from '../support/files.ts';
import { as, signInCitizen, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * A signed-in citizen's side of the conversation with files: their photo sits with their reply, the
 * officer's public file with the officer's reply, and a note's file (internal) is neither listed nor
 * downloadable for them, nor is the note itself.
 */

let t: TestApp;
let service: BuiltService;
let officer: Session;
let citizen: Session;
beforeAll(async () => {
  t = await createTestApp();
  service = await buildService(t.app);
  [officer, citizen] = await Promise.all([
    buildStaffSession(t.app, { role: 'officer', entity: service.entity.code }),
    signInCitizen(t.app, t.notifier, '36470333', '+97336470333'),
  ]);
});
afterAll(() => t?.close());

type Part = Parameters<typeof multipart>[0][number];
const png: Part = { name: 'files', file: { filename: 'pole.png', type: 'image/png', content: makePng(8, 8, [200, 10, 10]) } };
const pdf = (filename: string): Part => ({ name: 'files', file: { filename, type: 'application/pdf', content: makePdf() } });

interface View {
  version: number;
  attachments: { id: number; fileName: string; eventId: number | null; url: string }[];
  timeline: { id: number; kind: string }[];
}

async function view(reference: string, who: Session): Promise<View> {
  const res = await t.app.inject(as(who, { url: `/api/v1/cases/${reference}` }));
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function act(reference: string, who: Session, action: string, body: object, files: Part[]) {
  const { version } = await view(reference, who);
  const form = multipart([{ name: 'action', value: JSON.stringify(body) }, ...files]);
  const res = await t.app.inject(as(who, { method: 'POST', url: `/api/v1/cases/${reference}/actions/${action}`, payload: form.payload, headers: { ...form.headers, 'if-match': String(version) } }));
  expect(res.statusCode, res.body).toBe(200);
}

describe("a signed-in citizen's files", () => {
  it("the citizen's photo and the officer's public file show with their own messages; the note's file stays with staff", async () => {
    const filed = await t.app.inject(as(citizen, { method: 'POST', url: '/api/v1/cases', payload: caseInputFor(service, { contact: undefined }) }));
    expect(filed.statusCode, filed.body).toBe(201);
    const { reference } = filed.json() as { reference: string };

    await act(reference, citizen, 'citizen-reply', { body: 'صورة العمود' }, [png]);
    await act(reference, officer, 'note', { body: 'تقرير داخلي' }, [pdf('internal-report.pdf')]);
    await act(reference, officer, 'reply', { body: 'أمر العمل مرفق' }, [pdf('work-order.pdf')]);

    const mine = await view(reference, citizen);
    const eventOf = (kind: string) => mine.timeline.find((e) => e.kind === kind)?.id;
    const byName = Object.fromEntries(mine.attachments.map((a) => [a.fileName, a.eventId]));
    expect(byName).toEqual({ 'pole.png': eventOf('citizen_replied'), 'work-order.pdf': eventOf('public_reply') });
    expect(mine.timeline.map((e) => e.kind)).not.toContain('internal_note');

    const staff = await view(reference, officer);
    const internal = staff.attachments.find((a) => a.fileName === 'internal-report.pdf')!;
    expect(internal).toBeDefined();
    expect((await t.app.inject(as(citizen, { url: internal.url }))).statusCode).toBe(404);
    const publicFile = mine.attachments.find((a) => a.fileName === 'work-order.pdf')!;
    expect((await t.app.inject(as(citizen, { url: publicFile.url }))).statusCode).toBe(200);
  });
});
