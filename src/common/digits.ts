/**
 * Digits as people type them: ASCII, Arabic-Indic (٠–٩) and Extended Arabic-Indic / Persian (۰–۹).
 * Pure functions, no I/O.
 */

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;
const ARABIC_DECIMAL_SEPARATOR = '\u066B';
const ARABIC_THOUSANDS_SEPARATOR = '\u066C';
const NON_ASCII_DIGIT_OR_SEPARATOR = /[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/g;

/** A plain decimal number: optional sign, digits, optional fraction. No exponent, no grouping. */
const DECIMAL_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function asciiFor(ch: string): string {
  if (ch === ARABIC_DECIMAL_SEPARATOR) return '.';
  if (ch === ARABIC_THOUSANDS_SEPARATOR) return ',';
  const code = ch.charCodeAt(0);
  return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
}

/**
 * Converts Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII 0–9, the Arabic
 * decimal separator (U+066B) to '.' and the Arabic thousands separator (U+066C) to ','.
 * Everything else, the Arabic comma (U+060C) included, is left as it is.
 */
export function toAsciiDigits(s: string): string {
  return s.replace(NON_ASCII_DIGIT_OR_SEPARATOR, asciiFor);
}

/**
 * Reads a number typed in any of the supported digit sets: optional sign, optional decimal point
 * ('.' or U+066B), surrounding whitespace allowed; no thousands separators, no exponent.
 * Returns null when the input is not a finite number.
 */
export function parseLocaleNumber(input: string | number): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  const text = toAsciiDigits(input).trim();
  if (!DECIMAL_NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
