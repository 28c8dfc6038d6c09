import { z } from 'zod';
import { parseLocaleNumber } from '../digits.ts';

// Control characters other than tab, newline and carriage return have no place in user text
// (and PostgreSQL refuses NUL outright).
// eslint-disable-next-line no-control-regex
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * User-typed text: well-formed Unicode (no lone surrogates), no control characters, NFC-normalised
 * and trimmed, between min and max characters after trimming.
 */
export function text(opts: { min?: number; max: number; multiline?: boolean }) {
  const { min = 1, max, multiline = false } = opts;
  return z
    .string()
    .max(max * 2 + 64, { message: `At most ${max} characters` })
    .refine((s) => s.isWellFormed(), { message: 'Not valid Unicode text' })
    .refine((s) => !forbiddenControls.test(s), { message: 'Contains control characters' })
    .refine((s) => multiline || !/[\r\n]/.test(s), { message: 'Must be one line' })
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(min, { message: min === 1 ? 'Required' : `At least ${min} characters` })
        .max(max, { message: `At most ${max} characters` }),
    );
}

/** A number typed by a person: a JSON number, or a string in ASCII, Arabic-Indic or Persian digits. */
export function localeNumber() {
  return z.union([z.number(), z.string().max(40)]).transform((v, ctx) => {
    const n = parseLocaleNumber(v);
    if (n === null) {
      ctx.addIssue({ code: 'custom', message: 'Not a number' });
      return z.NEVER;
    }
    return n;
  });
}

/** An ASCII code such as a service or entity code. */
export const code = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_-]*$/, { message: 'Lower-case ASCII letters, digits, - and _' });

/** A bilingual text as stored and returned. */
export const bilingual = z.object({ ar: z.string(), en: z.string() });
