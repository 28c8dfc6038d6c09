import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { errorCodes, type ErrorCode } from '../../src/common/error-codes.ts';
import type { Database } from '../../src/server/db/database.ts';
import { caseInput } from './factories.ts';
import type { TestApp } from './test-app.ts';

/** One malformed or hostile request and what the contract says about its answer. */
export interface Hostile {
  /** A family of requests, for the summary. */
  category: string;
  /** What this request does; shown when it fails. */
  label: string;
  request: InjectOptions;
  /** The exact status, when the contract fixes it (otherwise any 4xx). */
  status?: number | readonly number[];
  /** The exact problem code(s), when the contract fixes them. */
  code?: ErrorCode | readonly ErrorCode[];
}

/** A failed expectation about one answer. */
export interface Failure {
  category: string;
  label: string;
  problems: string[];
  status?: number;
  contentType?: string;
  body?: string;
}

const knownCodes = new Set<string>(errorCodes);

/** Text that betrays a stack trace or a server path in an answer. */
const stackTrace = [
  /\bat\s+(?:async\s+)?[\w$.<>[\] ]*\s*\(?(?:file:|node:|\/)[^\s)]*:\d+:\d+\)?/,
  /node:internal/,
  /node_modules\//,
  /\/src\/server\//,
  /\.ts:\d+:\d+/,
  /"stack"\s*:/,
];

function asList<T>(v: T | readonly T[] | undefined): readonly T[] | undefined {
  return v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T];
}

/**
 * Checks one answer against the error contract: a 4xx, `application/problem+json`, a body with
 * `type`, `title`, `status` (equal to the HTTP status) and a known `code`, and no stack trace.
 * Answers the list of what is wrong (empty when the answer is right).
 */
export function problemViolations(res: LightMyRequestResponse, expected: Pick<Hostile, 'status' | 'code'> = {}): string[] {
  const out: string[] = [];
  const status = res.statusCode;
  if (status < 400 || status > 499) out.push(`status ${status} is not 4xx`);
  const statuses = asList(expected.status);
  if (statuses && !statuses.includes(status)) out.push(`status ${status}, expected ${statuses.join(' or ')}`);
  const contentType = String(res.headers['content-type'] ?? '');
  if (!/^application\/problem\+json(\s*;|$)/i.test(contentType)) out.push(`content-type "${contentType}" is not application/problem+json`);
  for (const pattern of stackTrace) {
    if (pattern.test(res.body)) out.push(`body looks like a stack trace (${pattern})`);
  }
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    out.push('body is not JSON');
    return out;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    out.push('body is not a JSON object');
    return out;
  }
  const p = body as Record<string, unknown>;
  if (typeof p.type !== 'string' || p.type === '') out.push('no "type"');
  if (typeof p.title !== 'string' || p.title === '') out.push('no "title"');
  if (p.status !== status) out.push(`"status" ${JSON.stringify(p.status)} differs from HTTP ${status}`);
  if (typeof p.code !== 'string' || !knownCodes.has(p.code)) out.push(`"code" ${JSON.stringify(p.code)} is not a known error code`);
  const codes = asList(expected.code);
  if (codes && typeof p.code === 'string' && !codes.includes(p.code as ErrorCode)) {
    out.push(`code ${p.code}, expected ${codes.join(' or ')}`);
  }
  return out;
}

/**
 * Sends every request through `app.inject()`, `concurrency` at a time, and answers the failures.
 * A request that makes inject itself throw counts as a failure too.
 */
export async function barrage(app: FastifyInstance, requests: readonly Hostile[], concurrency = 20): Promise<{ failures: Failure[]; statuses: Map<number, number> }> {
  const failures: Failure[] = [];
  const statuses = new Map<number, number>();
  for (let i = 0; i < requests.length; i += concurrency) {
    const batch = requests.slice(i, i + concurrency);
    const answers = await Promise.allSettled(batch.map((h) => app.inject(h.request)));
    answers.forEach((answer, j) => {
      const h = batch[j]!;
      if (answer.status === 'rejected') {
        failures.push({ category: h.category, label: h.label, problems: [`inject threw: ${String(answer.reason)}`] });
        return;
      }
      const res = answer.value;
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      const problems = problemViolations(res, h);
      if (problems.length) {
        failures.push({
          category: h.category,
          label: h.label,
          problems,
          status: res.statusCode,
          contentType: String(res.headers['content-type'] ?? ''),
          body: res.body.slice(0, 300),
        });
      }
    });
  }
  return { failures, statuses };
}

/** Tables a refused request must never touch. */
export const guardedTables = ['cases', 'case_events', 'attachments', 'idempotency_keys'] as const;

/** Row counts of the guarded tables. */
export async function countRows(database: Database): Promise<Record<(typeof guardedTables)[number], number>> {
  const out = {} as Record<(typeof guardedTables)[number], number>;
  for (const table of guardedTables) {
    const r = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}

/** Every file under a directory (recursively), as paths relative to it; none when it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)));
}

/** A deep copy of a JSON value. */
export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Sets `a.b.c` inside a JSON object (creating objects on the way); `undefined` deletes the key. */
export function withPath(obj: Record<string, unknown>, dotted: string, value: unknown): Record<string, unknown> {
  const copy = clone(obj);
  const keys = dotted.split('.');
  let node = copy;
  for (const k of keys.slice(0, -1)) {
    const next = node[k];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** A POST of raw bytes or text to the intake endpoint with the given content type (none when null). */
export function postRaw(payload: string | Buffer, contentType: string | null = 'application/json', headers: Record<string, string | string[]> = {}): InjectOptions {
  return {
    method: 'POST',
    url: '/api/v1/cases',
    payload,
    headers: { ...(contentType === null ? {} : { 'content-type': contentType }), ...headers },
  };
}

/** A POST of a JSON value (serialised with JSON.stringify, so lone surrogates become `\ud800` escapes). */
export function postJson(body: unknown, headers: Record<string, string | string[]> = {}): InjectOptions {
  return postRaw(JSON.stringify(body), 'application/json', headers);
}

// ─── Shared by the hostile-*.test.ts files ───────────────────────────────────────────────────

/** The seed of every random sample, so a failure names the same request on the next run. */
export const SEED = 20260611;

/** The attachment limits the hostile tests run the app with (small, so "over the limit" is cheap). */
export const hostileLimits = { maxFiles: 5, maxBytes: 64 * 1024 };

/** A JSON object, as the generators build them. */
export type Json = Record<string, unknown>;

/** A valid submission: street-light fault in Muharraq with a phone contact. */
export const base = (): Json => clone(caseInput()) as unknown as Json;
/** The valid submission as JSON text. */
export const validJson = (): string => JSON.stringify(base());

/** SQL that must never reach a query as code. */
export const sqlPayloads = [
  "'; drop table cases; --",
  "' or 1=1 --",
  '" or ""="',
  '1; select pg_sleep(5)',
  "' union select * from staff_users --",
  "admin'--",
  "%' and 1=0 union select null, version() --",
  '$$; drop table cases; $$',
  "\\'; truncate case_events; --",
  "') or ('1'='1",
];
/** Markup, templates and paths that must never be rendered or followed. */
export const htmlPayloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(document.cookie)',
  '{{7*7}}',
  '${7*7}',
  '<!--#exec cmd="ls"-->',
  '../../../../etc/passwd',
  '\u202e<script>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
];
/** Both lists, for fields, references and codes. */
export const injectionPayloads = [...sqlPayloads, ...htmlPayloads];

/**
 * Sends a barrage and expects every request to be refused by the contract, with no row written
 * to the guarded tables and no file left in the attachment store.
 */
export async function expectAllRefused(t: TestApp, requests: readonly Hostile[]): Promise<void> {
  const attachmentsDir = path.join(t.config.dataDir, 'attachments');
  const rowsBefore = await countRows(t.ctx.database);
  const filesBefore = filesUnder(attachmentsDir);
  const perCategory: Record<string, number> = {};
  for (const r of requests) perCategory[r.category] = (perCategory[r.category] ?? 0) + 1;

  const { failures } = await barrage(t.app, requests, 20);
  const report = failures
    .map((f) => `[${f.category}] ${f.label.slice(0, 80)}: ${f.problems.slice(0, 2).join('; ')} (${f.contentType}) ${(f.body ?? '').slice(0, 160)}`)
    .join('\n');
  expect(failures.length, `${failures.length} of ${requests.length} requests (${JSON.stringify(perCategory)}) were answered wrongly:\n${report}`).toBe(0);

  expect(await countRows(t.ctx.database)).toEqual(rowsBefore);
  expect(filesUnder(attachmentsDir)).toEqual(filesBefore);
}
