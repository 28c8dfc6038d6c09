import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCalendar, buildCase, buildPolicy, buildService, caseInputFor } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** GET /metrics: refused without the token or an allowed address; each figure right after a known set of cases. */

const token = 'metrics-token-0123456789';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ metrics: { token, allow: ['127.0.0.0/8'], cacheSeconds: 0 } });
});
afterAll(() => t?.close());

const outside = { remoteAddress: '10.9.8.7' };

async function scrape(): Promise<string> {
  const res = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` }, ...outside });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('text/plain');
  return res.body;
}

/** The value of one series: `name{labels}` exactly as exported (labels in the order declared); undefined when absent. */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const always = [0, 1, 2, 3, 4, 5, 6].map(() => [{ start: 0, end: 1440 }]);

describe('GET /metrics', () => {
  it('refuses a request from elsewhere without the token, or with a wrong one; lets in the token and the allowed network', async () => {
    expect((await t.app.inject({ url: '/metrics', ...outside })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong-token-0123456789' }, ...outside })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/metrics', headers: { authorization: token }, ...outside })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` }, ...outside })).statusCode).toBe(200);
  });

  it('is answered by the metrics route, not by the web app fallback', async () => {
    const res = await t.app.inject({ url: '/metrics', ...outside });
    expect(res.headers['content-type']).toContain('application/problem+json');
    const text = await scrape();
    expect(text).toContain('# TYPE tawasul_http_requests_total counter');
    expect(text).not.toContain('<html');
  });

  it('counts requests by route pattern and status, never by raw URL', async () => {
    const before = await scrape();
    const series = 'tawasul_http_requests_total{method="GET",route="/api/v1/services/:code",status="404"}';
    const was = value(before, series) ?? 0;
    await t.app.inject({ url: '/api/v1/services/no-such-service-1' });
    await t.app.inject({ url: '/api/v1/services/no-such-service-2' });
    const after = await scrape();
    expect(value(after, series)).toBe(was + 2);
    expect(after).not.toContain('no-such-service');
    expect(value(after, 'tawasul_http_request_duration_seconds_count{method="GET",route="/api/v1/services/:code",status="404"}')).toBe(was + 2);
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(value(after, 'tawasul_db_pool_max')).toBe(t.ctx.database.kind === 'postgres' ? 10 : 1);
    expect(value(after, 'tawasul_db_pool_open')).toBeGreaterThanOrEqual(1);
  });

  it('shows open cases by entity and SLA state, at risk and breached, after a sweep with a moved clock', async () => {
    const calendarCode = (await buildCalendar(t.app, { week: always })).code;
    const policy = async (minutes: number) =>
      (await buildPolicy(t.app, { calendarCode, targets: [{ caseType: null, priority: null, firstResponseTarget: minutes, resolutionTarget: minutes }] })).code;
    const fast = await buildService(t.app, { slaPolicyCode: await policy(100) });
    const middling = await buildService(t.app, { slaPolicyCode: await policy(180) });
    const slow = await buildService(t.app, { slaPolicyCode: await policy(100_000) });
    const before = await scrape();
    for (const s of [fast, fast, middling, slow, slow, slow]) await buildCase(t.app, caseInputFor(s));
    await t.ctx.sweeper.sweep(new Date(Date.now() + 150 * 60_000));
    const text = await scrape();
    const open = (entity: string, state: string) => value(text, `tawasul_cases_open{entity="${entity}",sla_state="${state}"}`);
    expect(open(fast.entity.code, 'breached')).toBe(2);
    expect(open(middling.entity.code, 'at_risk')).toBe(1);
    expect(open(slow.entity.code, 'on_track')).toBe(3);
    expect(open(fast.entity.code, 'on_track')).toBeUndefined();
    const total = (t: string, state: string) =>
      t.split('\n').filter((l) => l.startsWith('tawasul_cases_open{') && l.includes(`sla_state="${state}"`)).reduce((n, l) => n + Number(l.split(' ')[1]), 0);
    expect(value(text, 'tawasul_cases_breached')).toBe(total(text, 'breached'));
    expect(value(text, 'tawasul_cases_at_risk')).toBe(total(text, 'at_risk'));
    expect(value(text, 'tawasul_cases_breached')).toBeGreaterThanOrEqual((value(before, 'tawasul_cases_breached') ?? 0) + 2);
  });

  it('shows the last successful sweep and its duration, from the table the sweep writes', async () => {
    const start = Date.now();
    await t.ctx.sweeper.sweep();
    const text = await scrape();
    const at = value(text, 'tawasul_sla_sweep_last_success_timestamp_seconds')!;
    expect(at * 1000).toBeGreaterThanOrEqual(start - 1000);
    expect(at * 1000).toBeLessThanOrEqual(Date.now() + 1000);
    const row = await t.ctx.database.db.selectFrom('loop_runs').selectAll().where('loop', '=', 'sla-sweep').executeTakeFirstOrThrow();
    expect(value(text, 'tawasul_sla_sweep_last_duration_seconds')).toBe(row.duration_ms / 1000);
    expect(row.finished_at.getTime() / 1000).toBe(at);
  });

  it('shows outbox messages due and parked and notification failures by channel', async () => {
    const before = await scrape();
    const past = new Date(Date.now() - 60_000);
    const later = new Date(Date.now() + 3_600_000);
    const row = (over: Record<string, unknown>) => ({ channel: 'sms' as const, address: '+97333000000', language: 'ar' as const, template: 'case_received', params: JSON.stringify({}), ...over });
    await t.ctx.database.db
      .insertInto('notification_outbox')
      .values([
        row({ next_attempt_at: past }),
        row({ next_attempt_at: past }),
        row({ next_attempt_at: later, attempts: 2, last_error: 'gateway 502' }),
        row({ status: 'parked', attempts: 8, last_error: 'gateway 502' }),
        row({ channel: 'email', address: 'a@example.org', status: 'parked', attempts: 8 }),
        row({ status: 'sent', sent_at: past }),
      ] as never)
      .execute();
    const text = await scrape();
    const moved = (series: string) => (value(text, series) ?? 0) - (value(before, series) ?? 0);
    expect(moved('tawasul_outbox_due{channel="sms"}')).toBe(2);
    expect(moved('tawasul_outbox_parked{channel="sms"}')).toBe(1);
    expect(moved('tawasul_outbox_parked{channel="email"}')).toBe(1);
    expect(moved('tawasul_notification_failures{channel="sms"}')).toBe(1);
    expect(moved('tawasul_outbox_due{channel="email"}')).toBe(0);
  });

  it('shows the indicator deltas waiting to be folded, and none once folded', async () => {
    await t.ctx.kpi.folder.foldAll();
    expect(value(await scrape(), 'tawasul_kpi_deltas_pending')).toBe(0);
    await buildCase(t.app);
    expect(value(await scrape(), 'tawasul_kpi_deltas_pending')).toBeGreaterThanOrEqual(1);
    await t.ctx.kpi.folder.foldAll();
    expect(value(await scrape(), 'tawasul_kpi_deltas_pending')).toBe(0);
  });
});
