/** Phone numbers to E.164 (`+` and 8–15 digits). Pure functions, no I/O. */
import { toAsciiDigits } from './digits.ts';

const FORMATTING = /[\s\-.()]/g;
/** An optional international prefix ('+' or '00') and the digits. */
const DIALLED = /^(\+|00)?(\d+)$/;
const COUNTRY_CODE = /^[1-9]\d{0,2}$/;
/** Country code first (never 0), 8–15 digits in all. */
const E164_DIGITS = /^[1-9]\d{7,14}$/;
const BAHRAIN = '973';
/** Bahrain: eight digits — 1 landline, 3/6 mobile, 7 landline, 8 toll-free. */
const BAHRAIN_NATIONAL = /^[13678]\d{7}$/;

function isValidE164Digits(digits: string): boolean {
  if (!E164_DIGITS.test(digits)) return false;
  return !digits.startsWith(BAHRAIN) || BAHRAIN_NATIONAL.test(digits.slice(BAHRAIN.length));
}

/**
 * Normalises a typed phone number to E.164, or null when it is not a valid number.
 * Accepts ASCII, Arabic-Indic and Persian digits, spaces, dashes, dots and parentheses. A leading
 * '+' or '00' means an international number; otherwise one leading trunk '0' is dropped and
 * `defaultCountryCode` prefixed. Bahrain (+973) numbers must have an 8-digit national number.
 * Throws RangeError when `defaultCountryCode` is not 1–3 digits.
 */
export function normalizePhone(input: string, defaultCountryCode = BAHRAIN): string | null {
  if (!COUNTRY_CODE.test(defaultCountryCode)) throw new RangeError(`bad country code: ${defaultCountryCode}`);
  const match = DIALLED.exec(toAsciiDigits(input).replace(FORMATTING, ''));
  if (!match) return null;
  const [, international, number = ''] = match;
  const digits = international ? number : defaultCountryCode + number.replace(/^0/, '');
  return isValidE164Digits(digits) ? `+${digits}` : null;
}
