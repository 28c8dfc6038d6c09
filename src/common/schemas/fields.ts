import { z } from 'zod';
import { parseLocaleNumber } from '../digits.ts';

/**
 * Control characters other than tab, newline and carriage return have no place in user text
 * (and PostgreSQL refuses NUL outright): C0, DEL and the C1 range (U+0080–U+009F, which mostly
 * arrive from text mis-decoded as Windows-1252).
 */
// eslint-disable-next-line no-control-regex
export const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const anyControl = /[\u0000-\u001F\u007F-\u009F]/;

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

/**
 * A short single value typed by a person that the server parses further (a phone number, an email
 * address, an ID): at most `max` characters, well-formed Unicode, no control characters at all.
 */
export function plain(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => s.isWellFormed(), { message: 'Not valid Unicode text' })
    .refine((s) => !anyControl.test(s), { message: 'Contains control characters' });
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
