import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import { ExportJobRepository } from '../../src/server/exports/jobs/export-job.repository.ts';
import { buildStaffSession } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { unzip } from '../support/unzip.ts';

/**
 * Case exports over TAWASUL_EXPORT_BACKGROUND_ROWS rows run as background jobs: the request
 * answers 202 with the job, the run counts its rows page by page, the file is the direct
 * download's bytes and only its owner gets it, until the housekeeping purges it; a job whose
 * process died is taken over, and a job that cannot be written is recorded failed.
 */
const CASES = 320;
const THRESHOLD = 100;
let t: TestApp;
let owner: Session;
let other: Session;
let total: number;

const get = (s: Session, url: string) => t.app.inject(as(s, { method: 'GET', url }));
const ask = (s: Session, payload: Record<string, unknown>) => t.app.inject(as(s, { method: 'POST', url: '/api/v1/exports/cases', payload }));
const db = () => t.ctx.database.db;
const exportsDir = () => path.join(t.config.dataDir, 'exports');

beforeAll(async () => {
  const env = { TAWASUL_EXPORT_BACKGROUND_ROWS: String(THRESHOLD), TAWASUL_EXPORT_KEEP_HOURS: '2' };
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    t = await createTestApp();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  await generateCases(db(), { cases: CASES, months: 3, seed: 123, events: false });
  t.ctx.access.invalidate();
  owner = await signInStaff(t.app, 'analyst@ministry.demo');
  other = await buildStaffSession(t.app, { role: 'analyst', entity: 'ministry' });
  const n = await db().selectFrom('cases').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  total = Number(n.n);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

/** A large export asked and answered 202: the job. */
async function queued(format: 'csv' | 'xlsx', filters: Record<string, unknown> = {}) {
  const res = await ask(owner, { format, ...filters });
  expect(res.statusCode, res.body).toBe(202);
  const { mode, job } = res.json();
  expect(mode).toBe('job');
  return job as { id: number; state: string; rowsTotal: number; rowsDone: number; fileUrl: string | null };
}

describe('background case exports', () => {
  it('a filter of at most the threshold answers the direct download address, which serves its rows', async () => {
    const newest = await db().selectFrom('cases').select('created_at').orderBy('created_at', 'desc').offset(20).limit(1).executeTakeFirstOrThrow();
    const res = await ask(owner, { format: 'csv', createdFrom: newest.created_at.toISOString(), lang: 'en' });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json();
    expect(answer).toMatchObject({ mode: 'direct', truncated: false });
    expect(answer.rowsTotal).toBeGreaterThan(0);
    expect(answer.rowsTotal).toBeLessThanOrEqual(THRESHOLD);
    expect(answer.url).toMatch(/^\/api\/v1\/exports\/cases\.csv\?/);
    expect(new URL(answer.url, 'http://x').searchParams.get('lang')).toBe('en');
    const file = await get(owner, answer.url);
    expect(file.statusCode).toBe(200);
    expect(file.body.split('\r\n').filter(Boolean)).toHaveLength(answer.rowsTotal + 1);
    // No job was made for it.
    expect((await get(owner, '/api/v1/exports/jobs')).json().items).toHaveLength(0);
  });

  it('a larger one answers 202 with a queued job; the run counts rows every page; the file is the direct download byte for byte', async () => {
    const job = await queued('csv');
    expect(job).toMatchObject({ state: 'queued', rowsTotal: total, rowsDone: 0, fileUrl: null });
    expect((await get(owner, `/api/v1/exports/jobs/${job.id}`)).json().state).toBe('queued');

    const progress = vi.spyOn(ExportJobRepository.prototype, 'progress');
    try {
      expect(await t.ctx.exportJobs.runner.run()).toBe(1);
      // Pages of 250: the rows done move after each page.
      expect(progress.mock.calls.map((c) => c[2])).toEqual([250, total]);
    } finally {
      progress.mockRestore();
    }
    const done = (await get(owner, `/api/v1/exports/jobs/${job.id}`)).json();
    expect(done).toMatchObject({ state: 'done', rowsDone: total, rowsTotal: total, fileUrl: `/api/v1/exports/jobs/${job.id}/file` });

    const file = await get(owner, done.fileUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    expect(file.headers['content-disposition']).toMatch(/attachment; filename="tawasul-cases-/);
    expect(file.body.split('\r\n').filter(Boolean)).toHaveLength(total + 1);
    expect(done.sizeBytes).toBe(file.rawPayload.length);
    const direct = await get(owner, '/api/v1/exports/cases.csv');
    expect(file.rawPayload.equals(direct.rawPayload)).toBe(true);
  });

  it('an XLSX job holds the same workbook as the direct download, in the language asked', async () => {
    const job = await queued('xlsx', { type: undefined, lang: 'en', sort: 'createdAt' });
    await t.ctx.exportJobs.runner.run();
    const file = await get(owner, `/api/v1/exports/jobs/${job.id}/file`);
    expect(file.statusCode).toBe(200);
    const direct = await get(owner, '/api/v1/exports/cases.xlsx?lang=en&sort=createdAt');
    const [a, b] = [unzip(file.rawPayload), unzip(direct.rawPayload)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, text] of a) expect(text, name).toBe(b.get(name));
    expect(a.get('xl/worksheets/sheet1.xml')!.match(/<row r="/g)).toHaveLength(total + 1);
    expect(a.get('xl/worksheets/sheet1.xml')).not.toMatch(/rightToLeft="1"/);
  });

  it("lists one's own jobs newest first; another staff member's are not found, and anonymous callers are refused", async () => {
    const mine = (await get(owner, '/api/v1/exports/jobs')).json().items as { id: number; format: string }[];
    expect(mine.map((j) => j.format)).toEqual(['xlsx', 'csv']);
    expect(mine[0]!.id).toBeGreaterThan(mine[1]!.id);
    expect((await get(other, '/api/v1/exports/jobs')).json().items).toEqual([]);
    for (const url of [`/api/v1/exports/jobs/${mine[0]!.id}`, `/api/v1/exports/jobs/${mine[0]!.id}/file`]) {
      expect((await get(other, url)).statusCode).toBe(404);
    }
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/exports/cases', payload: { format: 'csv' } });
    expect(anonymous.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/exports/jobs/${mine[0]!.id}/file` })).statusCode).toBe(401);
  });

  it('a job past its keeping time gives no file, and the housekeeping deletes the file and the job', async () => {
    const job = await queued('csv', { sort: 'updatedAt' });
    await t.ctx.exportJobs.runner.run();
    const row = await db().selectFrom('export_jobs').select(['file_name', 'expires_at', 'created_at']).where('id', '=', job.id).executeTakeFirstOrThrow();
    // Kept TAWASUL_EXPORT_KEEP_HOURS (2 here).
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBeGreaterThan(2 * 3_600_000 - 60_000);
    const file = path.join(exportsDir(), row.file_name!);
    expect(fs.existsSync(file)).toBe(true);
    expect(await t.ctx.exportJobs.runner.purge()).toBe(0);

    await db().updateTable('export_jobs').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', job.id).execute();
    expect((await get(owner, `/api/v1/exports/jobs/${job.id}`)).json().fileUrl).toBeNull();
    expect((await get(owner, `/api/v1/exports/jobs/${job.id}/file`)).statusCode).toBe(404);
    expect(await t.ctx.exportJobs.runner.purge()).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
    expect((await get(owner, `/api/v1/exports/jobs/${job.id}`)).statusCode).toBe(404);
  });

  it('a job left running by a process that died is taken over from the start; after the last attempt it is failed', async () => {
    const stale = new Date(Date.now() - 10 * 60_000);
    const a = await queued('csv');
    await db().updateTable('export_jobs').set({ state: 'running', attempts: 1, rows_done: 250, heartbeat_at: stale }).where('id', '=', a.id).execute();
    const b = await queued('csv', { lang: 'en' });
    await db().updateTable('export_jobs').set({ state: 'running', attempts: 3, rows_done: 250, heartbeat_at: stale }).where('id', '=', b.id).execute();
    // A job still beating is left to its run.
    const c = await queued('csv', { sort: 'createdAt' });
    await db().updateTable('export_jobs').set({ state: 'running', attempts: 1, heartbeat_at: new Date() }).where('id', '=', c.id).execute();

    expect(await t.ctx.exportJobs.runner.run()).toBe(1);
    const jobs = await db().selectFrom('export_jobs').select(['id', 'state', 'attempts', 'rows_done', 'error']).where('id', 'in', [a.id, b.id, c.id]).orderBy('id').execute();
    expect(jobs.map(({ state, attempts }) => ({ state, attempts }))).toEqual([
      { state: 'done', attempts: 2 },
      { state: 'failed', attempts: 3 },
      { state: 'running', attempts: 1 },
    ]);
    expect(jobs[0]!.rows_done).toBe(total);
    expect(jobs[1]!.error).toMatch(/interrupted/);
    expect((await get(owner, `/api/v1/exports/jobs/${b.id}`)).json()).toMatchObject({ state: 'failed', fileUrl: null });
  });

  it('a job whose file cannot be written is recorded failed, and leaves no partial file', async () => {
    const job = await queued('csv');
    // Something in the way of its file: a folder where the file is written.
    const blocker = path.join(exportsDir(), `${job.id}-1.csv.part`);
    fs.mkdirSync(blocker, { recursive: true });
    fs.writeFileSync(path.join(blocker, 'x'), 'x');
    try {
      await t.ctx.exportJobs.runner.run();
    } finally {
      fs.rmSync(blocker, { recursive: true, force: true });
    }
    const failed = (await get(owner, `/api/v1/exports/jobs/${job.id}`)).json();
    expect(failed).toMatchObject({ state: 'failed', fileUrl: null, sizeBytes: null });
    const row = await db().selectFrom('export_jobs').select('error').where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(row.error).toMatch(/EISDIR|directory/i);
    expect((await get(owner, `/api/v1/exports/jobs/${job.id}/file`)).statusCode).toBe(404);
  });

  it("each export is written to the audit trail, directly or as a job, without a caller's phone or the search words", async () => {
    // A hotline agent may look a caller up by phone.
    const agent = await signInStaff(t.app, 'agent@ministry.demo');
    const direct = await get(agent, `/api/v1/exports/cases.csv?phone=36001234&q=${encodeURIComponent('محمد')}&type=complaint`);
    expect(direct.statusCode, direct.body).toBe(200);
    const job = await queued('xlsx', { lang: 'en' });
    const rows = await db().selectFrom('audit_log').select(['target_id', 'actor_staff_id', 'after']).where('action', '=', 'cases.export').orderBy('id', 'desc').limit(2).execute();
    expect(rows[0]).toMatchObject({ target_id: String(job.id), actor_staff_id: owner.user.id, after: { mode: 'job', format: 'xlsx', rows: total, truncated: false } });
    expect(rows[1]).toMatchObject({ target_id: null, actor_staff_id: agent.user.id, after: { mode: 'direct', format: 'csv', searched: true, filters: { type: 'complaint' } } });
    expect(JSON.stringify(rows[1]!.after)).not.toMatch(/36001234|محمد/);
  });

  it('at most three of one\'s exports wait at once: a fourth is refused (429) until one is done; others may still ask', async () => {
    // Two wait from the tests before (one held by another run, one queued); one more.
    const waiting = await db().selectFrom('export_jobs').select('id').where('staff_id', '=', owner.user.id).where('state', 'in', ['queued', 'running']).execute();
    expect(waiting).toHaveLength(2);
    await queued('csv');
    const fourth = await ask(owner, { format: 'csv' });
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().code).toBe('rate_limited');
    expect(fourth.headers['retry-after']).toBe('10');
    // Someone else's exports are their own count.
    expect((await ask(other, { format: 'csv' })).statusCode).toBe(202);
    await t.ctx.exportJobs.runner.run();
    await queued('csv');
  });
});
