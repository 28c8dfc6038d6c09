/**
 * Phone numbers to E.164, parsed and checked with libphonenumber-js's full metadata (the numbering
 * plan's ranges, not only lengths: 9999 9999 is no Bahraini number) for the country a
 * local number is dialled in (the installation's country: TAWASUL_COUNTRY). Pure functions, no I/O.
 */
import { parsePhoneNumberFromString, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { toAsciiDigits } from './digits.ts';

export type { CountryCode } from 'libphonenumber-js/max';

/** Spaces, dashes, dots and parentheses people type between digits. */
const FORMATTING = /[\s\-.()]/g;
/** An optional international prefix ('+' or '00') and digits only — no letters, slashes or extensions. */
const DIALLED = /^(\+|00)?\d+$/;

/** True when `code` is an ISO 3166-1 alpha-2 country the phone metadata knows (BH, SA, GB…). */
export function isPhoneCountry(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

/**
 * Normalises a typed phone number to E.164, or null when it is not a valid number.
 * Accepts ASCII, Arabic-Indic and Persian digits, spaces, dashes, dots and parentheses. A leading
 * '+' or '00' means an international number; otherwise it is read as dialled in `country` (its
 * trunk prefix dropped; one leading 0 is forgiven where the country has none). Throws RangeError when `country` is not a known country code.
 */
export function normalizePhone(input: string, country: string = 'BH'): string | null {
  if (!isPhoneCountry(country)) throw new RangeError(`bad country: ${country}`);
  const typed = toAsciiDigits(input).replace(FORMATTING, '');
  if (!DIALLED.test(typed)) return null;
  const dialled = typed.startsWith('00') ? `+${typed.slice(2)}` : typed;
  const phone = parsePhoneNumberFromString(dialled, country);
  if (phone?.isValid()) return phone.number;
  // A habit from countries with a trunk '0' (Bahrain has none): 036001234 is meant as 36001234.
  if (/^0[1-9]/.test(dialled)) return normalizePhone(dialled.slice(1), country);
  return null;
}
