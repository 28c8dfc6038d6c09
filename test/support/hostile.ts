import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { errorCodes, type ErrorCode } from '../../src/common/error-codes.ts';
import type { Database } from '../../src/server/db/database.ts';

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
