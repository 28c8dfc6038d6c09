/**
 * Finds case references quoted in free text (a WhatsApp message, an email subject and body): any
 * spelling `parseReference` accepts — ASCII, Arabic-Indic or Persian digits, with or without
 * dashes — and a reference split by spaces ("26 0000042 5"). Pure functions, no I/O.
 */
import { parseReference } from '../../common/reference.ts';

/** Runs of digits joined by separators a person might type inside a reference. */
const CANDIDATE = /[0-9\u0660-\u0669\u06F0-\u06F9](?:[0-9\u0660-\u0669\u06F0-\u06F9]|[\s\-\u2010-\u2015./_\u200E\u200F\u061C](?=[0-9\u0660-\u0669\u06F0-\u06F9\s\-\u2010-\u2015./_]))*/g;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** Every distinct canonical reference in a text, in order of appearance. */
export function findReferences(text: string): string[] {
  const found: string[] = [];
  const add = (s: string) => {
    const parsed = parseReference(s);
    if (parsed && !found.includes(parsed.reference)) found.push(parsed.reference);
  };
  for (const m of text.matchAll(CANDIDATE)) {
    const run = m[0];
    add(run);
    // A run can hold more than a reference ("26-0000042-5 12"): try each of its pieces and
    // each sequence of up to three neighbouring pieces split by whitespace.
    const pieces = run.split(/\s+/).filter((p) => DIGIT.test(p));
    for (let i = 0; i < pieces.length; i++) {
      for (let n = 1; n <= 3 && i + n <= pieces.length; n++) add(pieces.slice(i, i + n).join(' '));
    }
  }
  return found;
}
