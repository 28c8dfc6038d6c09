/**
 * Every environment variable the server reads, in one schema: its name, what it means, what it
 * accepts and its default. `readEnvironment` checks them all at once, so a start with two typos
 * stops with both named; `readVariable` is how a module reads its own. config.ts builds the
 * `Config` the rest of the code uses from these values; `tawasul config check` prints them with
 * secrets masked; the README's configuration table is rendered from here (a test compares them).
 */
import { z } from 'zod';

/** One variable: its parser (from the raw text, absent as undefined) and its documentation. */
export interface Variable<T = unknown> {
  /** What it is for, as the README says it. */
  doc: string;
  /** The default as people read it (the parser applies it). */
  shown: string;
  /** Masked by `config check` (passwords, tokens, keys, secrets, the userinfo of URLs). */
  secret?: boolean;
  schema: z.ZodType<T, string | undefined>;
}

type Raw = string | undefined;

/** An absent or blank value is the default. */
const blank = (v: Raw): v is undefined => v === undefined || v.trim() === '';

function variable<T>(doc: string, shown: string, parse: (raw: Raw, fail: (message: string) => never) => T, secret = false): Variable<T> {
  const schema = z.string().optional().transform((raw, ctx) => {
    try {
      return parse(raw, (message) => {
        throw new ConfigValueError(message);
      });
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  }) as unknown as z.ZodType<T, string | undefined>;
  return { doc, shown, schema, secret };
}

class ConfigValueError extends Error {}

/** A whole number in [min, max]. */
export function wholeNumber(doc: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER, shown = String(fallback)): Variable<number> {
  const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
  return variable(doc, shown, (raw, fail) => {
    if (blank(raw)) return fallback;
    const n = Number(raw.trim());
    if (!Number.isSafeInteger(n) || n < min || n > max) fail(`expected a whole number ${range}, got "${raw}"`);
    return n;
  });
}

/** A number (fractions allowed) greater than `above` (or at least `atLeast`). */
export function decimal(doc: string, fallback: number, bound: { above?: number; atLeast?: number }, shown = String(fallback)): Variable<number> {
  return variable(doc, shown, (raw, fail) => {
    if (blank(raw)) return fallback;
    const n = Number(raw.trim());
    const ok = Number.isFinite(n) && (bound.above === undefined || n > bound.above) && (bound.atLeast === undefined || n >= bound.atLeast);
    if (!ok) fail(`expected a number ${bound.above !== undefined ? `above ${bound.above}` : `of at least ${bound.atLeast}`}, got "${raw}"`);
    return n;
  });
}

const truthy = ['1', 'on', 'true', 'yes'];
const falsy = ['0', 'off', 'false', 'no'];

/** On or off: `on/off`, `true/false`, `yes/no`, `1/0`; anything else (a typo such as `of`) stops the start. */
export function onOff<F extends boolean | undefined>(doc: string, fallback: F, shown?: string): Variable<boolean | F> {
  return variable(doc, shown ?? (fallback ? '`on`' : '`off`'), (raw, fail): boolean | F => {
    if (blank(raw)) return fallback;
    const word = raw.trim().toLowerCase();
    if (truthy.includes(word)) return true;
    if (falsy.includes(word)) return false;
    return fail(`expected on or off (also true/false, yes/no, 1/0), got "${raw}"`);
  });
}

/** Any text; blank is the default. */
export function text(doc: string, fallback: string | undefined, shown = fallback ?? '—', secret = false): Variable<string | undefined> {
  return variable(doc, shown, (raw) => (blank(raw) ? fallback : raw.trim()), secret);
}

/** One of a few words. */
export function oneOf<const W extends string>(doc: string, words: readonly W[], fallback: W): Variable<W> {
  return variable(doc, fallback, (raw, fail) => {
    if (blank(raw)) return fallback;
    const word = raw.trim().toLowerCase() as W;
    if (!words.includes(word)) fail(`expected one of ${words.join(', ')}, got "${raw}"`);
    return word;
  });
}

/** A URL with one of the given schemes; its userinfo is a secret for `config check`. */
export function url(doc: string, schemes: readonly string[], fallback: string | undefined = undefined, shown = fallback ?? '—'): Variable<string | undefined> {
  return variable(
    doc,
    shown,
    (raw, fail) => {
      if (blank(raw)) return fallback;
      let parsed: URL;
      try {
        parsed = new URL(raw.trim());
      } catch {
        return fail(`expected a URL (${schemes.map((s) => `${s}//…`).join(' or ')}), got "${maskUrl(raw)}"`);
      }
      if (!schemes.includes(parsed.protocol)) fail(`expected a URL starting ${schemes.map((s) => `${s}//`).join(' or ')}, got "${maskUrl(raw)}"`);
      return raw.trim();
    },
    true,
  );
}

/** An IANA time zone this Node knows (Asia/Bahrain, Europe/London…). */
export function timeZone(doc: string, fallback: string): Variable<string> {
  return variable(doc, fallback, (raw, fail) => {
    if (blank(raw)) return fallback;
    const zone = raw.trim();
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      fail(`expected an IANA time zone such as Asia/Bahrain or Asia/Riyadh, got "${raw}"`);
    }
    return zone;
  });
}

/** A value parsed by a function of the module that owns it (lists, maps, JSON); its error message is kept. */
export function parsed<T>(doc: string, shown: string, parse: (raw: Raw) => T, secret = false): Variable<T> {
  return variable(doc, shown, (raw) => parse(blank(raw) ? undefined : raw.trim()), secret);
}

/** `scheme://user:password@host` → `scheme://user:***@host`. */
export function maskUrl(value: string): string {
  const masked = value.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@\s]*)@/i, (_m, scheme: string, userinfo: string) => `${scheme}${userinfo.includes(':') ? `${userinfo.split(':')[0]}:***` : '***'}@`);
  // Not a URL's shape: whatever stands before an @ may still be a password.
  return masked === value && value.includes('@') ? `***@${value.slice(value.lastIndexOf('@') + 1)}` : masked;
}

/** The message of a start stopped by its configuration: every bad variable, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Configuration error${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type Registry = Record<string, Variable>;
export type Values<R extends Registry> = { [K in keyof R]: R[K] extends Variable<infer T> ? T : never };

/** Reads every variable of `registry` from `env`; all problems at once in one ConfigError. */
export function readVariables<R extends Registry>(registry: R, env: Record<string, Raw>): Values<R> {
  const out: Record<string, unknown> = {};
  const problems: { variable: string; message: string }[] = [];
  for (const [name, v] of Object.entries(registry)) {
    const result = v.schema.safeParse(env[name]);
    if (result.success) out[name] = result.data;
    else problems.push({ variable: name, message: result.error.issues.map((i) => i.message).join('; ') });
  }
  if (problems.length) throw new ConfigError(problems);
  return out as Values<R>;
}

/** Variables that look like ours but are not known: most often a typo (TAWASUL_DEMO_CASE). */
export function unknownVariables(registry: Registry, env: Record<string, Raw>, prefixes: readonly string[] = ['TAWASUL_']): { name: string; suggestion?: string }[] {
  const known = Object.keys(registry);
  return Object.keys(env)
    .filter((name) => prefixes.some((p) => name.startsWith(p)) && !(name in registry))
    .sort()
    .map((name) => {
      const best = known.map((k) => ({ k, d: editDistance(name, k) })).sort((a, b) => a.d - b.d)[0];
      return best && best.d <= 3 ? { name, suggestion: best.k } : { name };
    });
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
