import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseLocaleNumber, toAsciiDigits } from '../../src/common/digits.ts';

const arabicIndic = (ascii: string) => ascii.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const persian = (ascii: string) => ascii.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

describe('toAsciiDigits', () => {
  it.each([
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['٣٫٥', '3.5'],
    ['١٬٢٣٤', '1,234'],
    ['أ، ب', 'أ، ب'],
    ['رقم ٤٢ و ۷', 'رقم 42 و 7'],
    ['abc 123', 'abc 123'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });

  it('converts any digit string in either script back to the ASCII original', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d*$/), (ascii) => {
        expect(toAsciiDigits(arabicIndic(ascii))).toBe(ascii);
        expect(toAsciiDigits(persian(ascii))).toBe(ascii);
      }),
    );
  });

  it('leaves strings without Arabic digits or separators unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        fc.pre(!/[\u0660-\u0669\u066B\u066C\u06F0-\u06F9]/.test(s));
        expect(toAsciiDigits(s)).toBe(s);
      }),
    );
  });
});

describe('parseLocaleNumber', () => {
  it.each<[string | number, number | null]>([
    [42, 42],
    [-1.5, -1.5],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ['42', 42],
    ['  ٤٢  ', 42],
    ['۴۲', 42],
    ['-٣٫٥', -3.5],
    ['+3.25', 3.25],
    ['٠٫٥', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['', null],
    ['   ', null],
    ['-', null],
    ['.', null],
    ['1,234', null],
    ['١٬٢٣٤', null],
    ['1 234', null],
    ['1e3', null],
    ['0x10', null],
    ['Infinity', null],
    ['12abc', null],
    ['--1', null],
    ['1.2.3', null],
    ['9'.repeat(400), null],
  ])('%j → %j', (input, expected) => {
    expect(parseLocaleNumber(input)).toBe(expected);
  });

  it('reads any finite number written in Arabic-Indic digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (n) => {
        const fixed = n.toFixed(4);
        expect(parseLocaleNumber(arabicIndic(fixed).replace('.', '\u066B'))).toBe(Number(fixed));
      }),
    );
  });
});
