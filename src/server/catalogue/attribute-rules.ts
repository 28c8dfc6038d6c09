import { parseLocaleNumber, toAsciiDigits } from '../../common/digits.ts';
import type { FieldError } from '../../common/error-codes.ts';
import { forbiddenControls } from '../../common/schemas/fields.ts';
import type { ServiceAttribute } from './catalogue.service.ts';

/** The outcome of checking a case's answers against its service's questions. */
export interface AttributeCheck {
  values: Record<string, string | number | string[]>;
  errors: FieldError[];
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

function checkOne(a: ServiceAttribute, raw: unknown): { value?: string | number | string[]; error?: string } {
  const keys = new Set(a.values.map((v) => v.key));
  switch (a.datatype) {
    case 'string':
    case 'text': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { error: 'Expected text' };
      const given = String(raw);
      if (!given.isWellFormed() || forbiddenControls.test(given)) return { error: 'Not valid text' };
      const s = given.normalize('NFC').trim();
      const max = a.datatype === 'string' ? 200 : 4000;
      if (s.length > max) return { error: `At most ${max} characters` };
      if (a.datatype === 'string' && /[\r\n]/.test(s)) return { error: 'Must be one line' };
      return { value: s };
    }
    case 'number': {
      const n = typeof raw === 'number' || typeof raw === 'string' ? parseLocaleNumber(raw) : null;
      return n === null ? { error: 'Expected a number' } : { value: n };
    }
    case 'datetime': {
      const s = typeof raw === 'string' ? toAsciiDigits(raw.trim()) : '';
      const t = isoDateTime.test(s) ? Date.parse(s) : NaN;
      return Number.isNaN(t) ? { error: 'Expected an ISO 8601 date and time' } : { value: new Date(t).toISOString() };
    }
    case 'singlevaluelist': {
      const s = typeof raw === 'string' ? raw : Array.isArray(raw) && raw.length === 1 ? raw[0] : undefined;
      return typeof s === 'string' && keys.has(s) ? { value: s } : { error: 'Not one of the allowed values' };
    }
    case 'multivaluelist': {
      const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : undefined;
      if (!list || !list.every((v) => typeof v === 'string' && keys.has(v))) return { error: 'Not among the allowed values' };
      return { value: [...new Set(list as string[])] };
    }
  }
}

/**
 * Checks answers against a service's extra questions: required ones present (unless nobody could
 * have been asked them: a service chosen without a person), each value of its datatype (list
 * answers among the allowed keys). Unknown codes are refused, or ignored where a standard says so
 * (Open311).
 */
export function checkAttributes(
  questions: ServiceAttribute[],
  answers: Record<string, unknown> | undefined,
  options: { unknown: 'reject' | 'ignore'; pathPrefix?: string; unasked?: boolean } = { unknown: 'reject' },
): AttributeCheck {
  const prefix = options.pathPrefix ?? 'attributes';
  const given = answers ?? {};
  const values: AttributeCheck['values'] = {};
  const errors: FieldError[] = [];
  const byCode = new Map(questions.map((q) => [q.code, q]));
  if (options.unknown === 'reject') {
    for (const key of Object.keys(given)) {
      if (!byCode.has(key)) errors.push({ path: `${prefix}.${key}`, code: 'unrecognized_key', message: 'Unknown question' });
    }
  }
  for (const q of questions) {
    const raw = Object.hasOwn(given, q.code) ? given[q.code] : undefined;
    if (isBlank(raw)) {
      if (q.required && !options.unasked) errors.push({ path: `${prefix}.${q.code}`, code: 'required', message: 'Required' });
      continue;
    }
    const { value, error } = checkOne(q, raw);
    if (error) errors.push({ path: `${prefix}.${q.code}`, code: 'invalid_value', message: error });
    else if (value !== undefined) values[q.code] = value;
  }
  return { values, errors };
}
