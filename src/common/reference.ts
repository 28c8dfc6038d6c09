/**
 * Case reference numbers: `YY-NNNNNNN-C` — two-digit year, serial zero-padded to at least seven
 * digits, and a Damm check digit over the year and serial digits. The Damm check catches every
 * single mistyped digit and every swap of two neighbouring digits. Pure functions, no I/O.
 */
import { toAsciiDigits } from './digits.ts';

/** A reference read back from user input. */
export interface ParsedReference {
  /** Full year, e.g. 2026. */
  year: number;
  serial: number;
  /** Canonical form, e.g. `26-0000042-5`. */
  reference: string;
}

/** The Damm quasigroup of order 10 (weakly totally anti-symmetric, zero diagonal). */
const DAMM_TABLE: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

const ASCII_DIGITS = /^\d+$/;
const SERIAL_WIDTH = 7;
const MIN_DIGITS = 2 + SERIAL_WIDTH + 1;
/** Whitespace, any dash, invisible format marks (e.g. RLM picked up when copying RTL text), . / _ */
const SEPARATORS = /[\s\p{Pd}\p{Cf}./_]/gu;

function dammStep(interim: number, digit: number): number {
  const next = DAMM_TABLE[interim]?.[digit];
  if (next === undefined) throw new RangeError(`not a digit: ${digit}`);
  return next;
}

function dammInterim(digits: string): number {
  return [...digits].reduce((interim, ch) => dammStep(interim, Number(ch)), 0);
}

/** The Damm check digit for a non-empty string of ASCII digits; throws RangeError otherwise. */
export function dammCheckDigit(digits: string): number {
  if (!ASCII_DIGITS.test(digits)) throw new RangeError('dammCheckDigit expects ASCII digits');
  return dammInterim(digits);
}

/** True when a non-empty string of ASCII digits ends with its correct Damm check digit. */
export function dammValid(digitsWithCheck: string): boolean {
  return ASCII_DIGITS.test(digitsWithCheck) && dammInterim(digitsWithCheck) === 0;
}

/** Two-digit year for 2000–2099 given in full or as 0–99; throws RangeError otherwise. */
function twoDigitYear(year: number): string {
  const yy = year >= 2000 ? year - 2000 : year;
  if (!Number.isInteger(yy) || yy < 0 || yy > 99) throw new RangeError(`year out of range: ${year}`);
  return String(yy).padStart(2, '0');
}

/**
 * Canonical reference for a year (2026 or 26) and a positive integer serial, e.g.
 * `formatReference(2026, 42) === '26-0000042-5'`. Throws RangeError on a bad year or serial.
 */
export function formatReference(year: number, serial: number): string {
  const yy = twoDigitYear(year);
  if (!Number.isSafeInteger(serial) || serial < 1) throw new RangeError(`serial must be a positive integer: ${serial}`);
  const serialPart = String(serial).padStart(SERIAL_WIDTH, '0');
  return `${yy}-${serialPart}-${dammCheckDigit(yy + serialPart)}`;
}

/**
 * Reads a reference as a person typed it: ASCII, Arabic-Indic or Persian digits, with or without
 * separators (whitespace, dashes, '.', '/', '_') anywhere. Returns null when any other character
 * is present, the check digit fails, or the digits are not those of a canonical reference
 * (e.g. a serial padded wider than needed).
 */
export function parseReference(input: string): ParsedReference | null {
  const digits = toAsciiDigits(input).replace(SEPARATORS, '');
  if (digits.length < MIN_DIGITS || !dammValid(digits)) return null;
  const serial = Number(digits.slice(2, -1));
  if (!Number.isSafeInteger(serial) || serial < 1) return null;
  const year = 2000 + Number(digits.slice(0, 2));
  const reference = formatReference(year, serial);
  return reference.replaceAll('-', '') === digits ? { year, serial, reference } : null;
}
