import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicMapResponseSchema, publicStatsResponseSchema } from '../../src/common/schemas/kpi.schema.ts';
import { PublicCache } from '../../src/server/http/public-cache.ts';
import { buildCase, buildService, caseInputFor, coordinatorSession } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** Public answers are computed once per generation of the figures, sent with an ETag, and never personal. */
let t: TestApp;
let coordinator: Session;
const saved = process.env.TAWASUL_PUBLIC_CHECK_MS;

beforeAll(async () => {
  // Read the generation at every request here, so a fold shows at once (the interval is tested below).
  process.env.TAWASUL_PUBLIC_CHECK_MS = '0';
  t = await createTestApp();
  coordinator = await coordinatorSession(t.app);
}, 120_000);

afterAll(async () => {
  if (saved === undefined) delete process.env.TAWASUL_PUBLIC_CHECK_MS;
  else process.env.TAWASUL_PUBLIC_CHECK_MS = saved;
  await t?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const withoutAsOf = (body: Record<string, unknown>) => ({ ...body, asOf: undefined });

describe('the public cache', () => {
  it('serves the second request from the cache with the same ETag, 304 on If-None-Match, and the caching headers', async () => {
    const cache = t.ctx.kpi.publicCache;
    const url = '/api/v1/public/stats?from=2026-01&to=2026-06';
    const first = await get(url);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const computed = cache.computed;
    const second = await get(url);
    expect(second.headers.etag).toBe(etag);
    expect(second.body).toBe(first.body);
    expect(cache.computed).toBe(computed);
    const notModified = await get(url, { 'if-none-match': `W/"other", ${etag}` });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    expect(notModified.headers.etag).toBe(etag);
    expect(notModified.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    expect((await get(url, { 'if-none-match': '"other"' })).statusCode).toBe(200);
    expect(first.headers.vary).toBe('accept-encoding');
    // Gzipped once for clients that accept it: its own ETag, the same answer.
    const zipped = await get(url, { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).toBe(`${etag.slice(0, -1)}-gz"`);
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(first.body);
    expect((await get(url, { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag as string })).statusCode).toBe(304);
    // The same query written differently is the same answer.
    const reordered = await get('/api/v1/public/stats?to=2026-06&from=2026-01');
    expect(reordered.headers.etag).toBe(etag);
    expect(cache.computed).toBe(computed);
  });

  it('computes once for many concurrent callers of one key', async () => {
    const cache = t.ctx.kpi.publicCache;
    const computed = cache.computed;
    const answers = await Promise.all(Array.from({ length: 8 }, () => get('/api/v1/public/map?from=2025-03&to=2025-09')));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
    expect(cache.computed).toBe(computed + 1);
  });

  it('answers the same as the uncached computation, for the statistics, the map and open data', async () => {
    const { publicStats } = t.ctx.kpi;
    const q = { from: '2026-01', to: '2026-06' };
    const stats = await get('/api/v1/public/stats?from=2026-01&to=2026-06');
    expect(withoutAsOf(stats.json())).toEqual(withoutAsOf(JSON.parse(JSON.stringify(z.encode(publicStatsResponseSchema, await publicStats.stats(q))))));
    const map = await get('/api/v1/public/map?from=2026-01&to=2026-06');
    expect(withoutAsOf(map.json())).toEqual(withoutAsOf(JSON.parse(JSON.stringify(z.encode(publicMapResponseSchema, await publicStats.map(q))))));
    const csv = await get('/api/v1/public/stats.csv?from=2026-01&to=2026-06');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="tawasul-open-data-2026-01-2026-06.csv"');
    const again = await get('/api/v1/public/stats.csv?from=2026-01&to=2026-06');
    expect(again.body).toBe(csv.body);
    expect(again.headers['content-disposition']).toBe(csv.headers['content-disposition']);
    const json = await get('/api/v1/public/stats.json?from=2026-01&to=2026-06');
    expect(json.json().rows).toEqual((await publicStats.openData(q)).rows);
  });

  it('gives a changed answer once a new case is folded', async () => {
    const service = await buildService(t.app);
    const url = `/api/v1/public/stats`;
    const before = await get(url);
    expect((await get(url)).headers.etag).toBe(before.headers.etag);
    const received = before.json().national.totals.received as number;
    await buildCase(t.app, caseInputFor(service));
    await t.ctx.kpi.folder.foldAll();
    const after = await get(url);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.json().national.totals.received).toBe(received + 1);
    expect((await get(url, { 'if-none-match': before.headers.etag as string })).statusCode).toBe(200);
    const entity = after.json().entities.find((e: { entity: { code: string } }) => e.entity.code === service.entity.code);
    expect(entity.totals.received).toBe(1);
  });

  it('never keeps a staff route, and a staff answer carries no public caching header', async () => {
    const cache = t.ctx.kpi.publicCache;
    const size = cache.size;
    const computed = cache.computed;
    for (const url of ['/api/v1/kpi/entities', '/api/v1/kpi/recognition']) {
      const res = await t.app.inject(as(coordinator, { url }));
      expect(res.statusCode, `${url} ${res.body}`).toBe(200);
      expect(res.headers.etag, url).toBeUndefined();
      expect(String(res.headers['cache-control'] ?? ''), url).not.toMatch(/public/);
    }
    expect(cache.size).toBe(size);
    expect(cache.computed).toBe(computed);
    const refused = await get('/api/v1/kpi/entities');
    expect(refused.statusCode).toBe(401);
    expect(refused.headers.etag).toBeUndefined();
  });

  it('keeps the anonymous board and the survey figures, the board briefly and varying by cookie', async () => {
    const board = await get('/api/v1/public/suggestions');
    expect(board.statusCode, board.body).toBe(200);
    expect(board.headers['cache-control']).toBe('public, max-age=10, stale-while-revalidate=300');
    expect(board.headers.vary).toBe('accept-encoding, cookie');
    expect((await get('/api/v1/public/suggestions', { 'if-none-match': board.headers.etag as string })).statusCode).toBe(304);
    const survey = await get('/api/v1/public/survey');
    expect(survey.statusCode, survey.body).toBe(200);
    expect(survey.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    expect((await get('/api/v1/public/survey')).headers.etag).toBe(survey.headers.etag);
  });

  it('does not keep an answer that failed', async () => {
    const size = t.ctx.kpi.publicCache.size;
    const bad = await get('/api/v1/public/stats?from=2026-06&to=2026-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers.etag).toBeUndefined();
    expect(t.ctx.kpi.publicCache.size).toBe(size);
  });
});

describe('PublicCache', () => {
  const settings = { maxAgeSeconds: 60, staleSeconds: 300, checkEveryMs: 2000, maxEntries: 3, maxBytes: 1000 };
  const answer = (body: string) => async () => ({ body, type: 'text/plain' });

  it('is bounded in entries and bytes, the least recently used first out', async () => {
    const cache = new PublicCache(async () => 'g', settings);
    for (const k of ['a', 'b', 'c']) await cache.get(k, answer(k));
    await cache.get('a', answer('a'));
    await cache.get('d', answer('d'));
    expect(cache.size).toBe(3);
    const computed = cache.computed;
    await cache.get('a', answer('a'));
    expect(cache.computed).toBe(computed);
    await cache.get('b', answer('b'));
    expect(cache.computed).toBe(computed + 1);
    await cache.get('big', answer(randomBytes(300).toString('hex')));
    expect(cache.bytes).toBeLessThanOrEqual(settings.maxBytes);
    const before = cache.computed;
    await cache.get('huge', answer(randomBytes(2000).toString('hex')));
    await cache.get('huge', answer(randomBytes(2000).toString('hex')));
    expect(cache.computed).toBe(before + 2);
    expect(cache.bytes).toBeLessThanOrEqual(settings.maxBytes);
    for (let i = 0; i < 100; i++) await cache.get(`k${i}`, answer(String(i)));
    expect(cache.size).toBe(3);
  });

  it('reads the generation at most once per interval, and an answer expires after max-age', async () => {
    let clock = 0;
    let reads = 0;
    let generation = 1;
    const cache = new PublicCache(async () => {
      reads++;
      return String(generation);
    }, settings, () => clock);
    await cache.get('k', answer('one'));
    generation = 2;
    clock = 1999;
    expect((await cache.get('k', answer('two'))).body).toBe('one');
    expect(reads).toBe(1);
    clock = 2000;
    expect((await cache.get('k', answer('two'))).body).toBe('two');
    expect(reads).toBe(2);
    clock = 2000 + 59_999;
    expect((await cache.get('k', answer('three'))).body).toBe('two');
    clock = 2000 + 60_000;
    expect((await cache.get('k', answer('three'))).body).toBe('three');
  });
});
