/**
 * SMS segment arithmetic. A message that fits the GSM 03.38 alphabet travels as 7-bit characters:
 * 160 in one segment, 153 a segment when concatenated (the extension characters such as `€` and `{`
 * take two). Anything else — Arabic included — travels as UCS-2: 70 code units in one segment, 67
 * when concatenated. Pure functions, no I/O.
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';

const basic = new Set([...GSM_BASIC]);
const extension = new Set([...GSM_EXTENSION]);

export type SmsEncoding = 'gsm7' | 'ucs2';

/** How a text travels as SMS. */
export interface SmsSize {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

const limits = {
  gsm7: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
} as const;

/** GSM-7 when every character is in the GSM alphabet (basic or extension), else UCS-2. */
export function smsEncoding(text: string): SmsEncoding {
  for (const ch of text) if (!basic.has(ch) && !extension.has(ch)) return 'ucs2';
  return 'gsm7';
}

/** Units of each character: 1 or 2 (GSM extension characters; UCS-2 surrogate pairs). */
function unitsOf(text: string, encoding: SmsEncoding): number[] {
  return [...text].map((ch) => (encoding === 'gsm7' ? (extension.has(ch) ? 2 : 1) : ch.length));
}

/** Segments of concatenated SMS: a character (an escape pair, a surrogate pair) is never split across two. */
function partsNeeded(units: number[], perPart: number): number {
  let parts = 1;
  let used = 0;
  for (const u of units) {
    if (used + u > perPart) {
      parts++;
      used = 0;
    }
    used += u;
  }
  return parts;
}

/** The encoding, length and number of segments of a text sent as SMS. */
export function smsSize(text: string): SmsSize {
  const encoding = smsEncoding(text);
  const perChar = unitsOf(text, encoding);
  const units = perChar.reduce((a, b) => a + b, 0);
  const { single, part } = limits[encoding];
  return { encoding, units, segments: units <= single ? 1 : partsNeeded(perChar, part) };
}

/**
 * Shortens a text to at most `maxSegments` segments, ending it with an ellipsis when cut ('...' in
 * GSM-7, whose alphabet has no '…', so that cutting never switches a Latin text to UCS-2).
 */
export function fitSms(text: string, maxSegments: number): string {
  const size = smsSize(text);
  if (size.segments <= maxSegments) return text;
  const ellipsis = size.encoding === 'gsm7' ? '...' : '…';
  const chars = [...text];
  const cut = (n: number) => chars.slice(0, n).join('').trimEnd() + ellipsis;
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (smsSize(cut(mid)).segments <= maxSegments) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/** The length every SMS text is written for: two segments (134 Arabic characters, 306 Latin). */
export const smsSegmentsTarget = 2;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The largest n in [1, max] for which `ok(n)` holds (`ok` shrinking as n grows), or 0. */
function largest(max: number, ok: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * As much of `text` as `frame` can hold within `maxSegments`: `frame` puts a piece of the text into
 * the whole message (with its reference and link), and the whole message is what is measured, in its
 * own encoding — so one Arabic letter or emoji anywhere makes the budget UCS-2's. Whitespace and line
 * breaks collapse to single spaces. A text that fits goes whole; a longer one is cut after a word and
 * ends with an ellipsis ('…', or '...' when the message is GSM-7, whose alphabet has no '…'); a first
 * word too long to fit is cut between characters. When not even that fits, the piece is empty.
 */
export function fitExcerpt(text: string, frame: (excerpt: string) => string, maxSegments: number): string {
  const whole = text.replace(/\s+/g, ' ').trim();
  const fits = (excerpt: string) => smsSize(frame(excerpt)).segments <= maxSegments;
  // No SMS of maxSegments holds more characters than this: what lies beyond is never measured.
  const chars = [...whole];
  const room = maxSegments * limits.gsm7.single;
  if (chars.length <= room && fits(whole)) return whole;
  const cut = (start: string) => {
    const bare = start.replace(/[\s.,;:،؛…-]+$/u, '');
    if (!bare) return '';
    return bare + (smsEncoding(frame(bare)) === 'gsm7' ? '...' : '…');
  };
  const words = chars.slice(0, room + 1).join('').split(' ');
  const kept = largest(words.length - 1, (n) => fits(cut(words.slice(0, n).join(' '))));
  if (kept > 0) return cut(words.slice(0, kept).join(' '));
  const shown = [...graphemes.segment(words[0]!)].map((g) => g.segment);
  const n = largest(shown.length - 1, (k) => fits(cut(shown.slice(0, k).join(''))));
  return cut(shown.slice(0, n).join(''));
}
