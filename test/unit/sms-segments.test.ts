import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSms, smsEncoding, smsSize } from '../../src/server/notify/sms-segments.ts';

describe('SMS segments', () => {
  const cases: [string, string, { encoding: string; units: number; segments: number }][] = [
    ['empty', '', { encoding: 'gsm7', units: 0, segments: 1 }],
    ['160 Latin', 'a'.repeat(160), { encoding: 'gsm7', units: 160, segments: 1 }],
    ['161 Latin', 'a'.repeat(161), { encoding: 'gsm7', units: 161, segments: 2 }],
    ['306 Latin', 'a'.repeat(306), { encoding: 'gsm7', units: 306, segments: 2 }],
    ['307 Latin', 'a'.repeat(307), { encoding: 'gsm7', units: 307, segments: 3 }],
    ['GSM extension counts twice', '€'.repeat(80), { encoding: 'gsm7', units: 160, segments: 1 }],
    ['extension over the limit', '€'.repeat(81), { encoding: 'gsm7', units: 162, segments: 2 }],
    ['an escape pair is never split', 'a'.repeat(152) + '€' + 'a'.repeat(10), { encoding: 'gsm7', units: 164, segments: 2 }],
    ['70 Arabic', 'ب'.repeat(70), { encoding: 'ucs2', units: 70, segments: 1 }],
    ['71 Arabic', 'ب'.repeat(71), { encoding: 'ucs2', units: 71, segments: 2 }],
    ['134 Arabic', 'ب'.repeat(134), { encoding: 'ucs2', units: 134, segments: 2 }],
    ['135 Arabic', 'ب'.repeat(135), { encoding: 'ucs2', units: 135, segments: 3 }],
    ['one Arabic letter makes it UCS-2', 'a'.repeat(69) + 'ب', { encoding: 'ucs2', units: 70, segments: 1 }],
    ['Arabic-Indic digits are UCS-2', '٢٦-٠٠٠٠٠٤٢-٥', { encoding: 'ucs2', units: 12, segments: 1 }],
    ['a surrogate pair counts two and is never split', 'ب'.repeat(66) + '😀' + 'ب'.repeat(5), { encoding: 'ucs2', units: 73, segments: 2 }],
    ['curly quotes are not GSM', 'It’s', { encoding: 'ucs2', units: 4, segments: 1 }],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => expect(smsSize(text)).toEqual(expected));
  }

  it('knows the GSM alphabet', () => {
    expect(smsEncoding('Hello @ £5 {ok} ÄÖ')).toBe('gsm7');
    expect(smsEncoding('Tawasul: case 26-0000042-5')).toBe('gsm7');
    expect(smsEncoding('تواصل')).toBe('ucs2');
  });

  it('leaves a text that fits alone', () => {
    expect(fitSms('ب'.repeat(134), 2)).toBe('ب'.repeat(134));
  });

  it('shortens an Arabic text to the limit with an ellipsis', () => {
    const fitted = fitSms('ب'.repeat(300), 2);
    expect(smsSize(fitted)).toEqual({ encoding: 'ucs2', units: 134, segments: 2 });
    expect(fitted.endsWith('…')).toBe(true);
  });

  it('shortens a Latin text without turning it into UCS-2', () => {
    const fitted = fitSms('a'.repeat(500), 1);
    expect(fitted).toBe('a'.repeat(157) + '...');
    expect(smsSize(fitted).encoding).toBe('gsm7');
  });

  it('always fits, and keeps a prefix of the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.integer({ min: 1, max: 4 }), (text, max) => {
        const fitted = fitSms(text, max);
        expect(smsSize(fitted).segments).toBeLessThanOrEqual(max);
        if (fitted !== text) expect(text.startsWith(fitted.replace(/(…|\.\.\.)$/, '').trimEnd())).toBe(true);
      }),
    );
  });
});
