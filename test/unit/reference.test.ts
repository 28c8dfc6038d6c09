import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dammCheckDigit, dammValid, formatReference, parseReference } from '../../src/common/reference.ts';

const arabicIndic = (ascii: string) => ascii.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const persian = (ascii: string) => ascii.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

const year = fc.integer({ min: 2000, max: 2099 });
const serial = fc.oneof(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));
const reference = fc.tuple(year, serial).map(([y, s]) => formatReference(y, s));
const digitsOf = (ref: string) => ref.replaceAll('-', '');

describe('dammCheckDigit / dammValid', () => {
  it.each([
    ['572', 4],
    ['0', 0],
    ['260000042', 5],
  ])('check digit of %s is %i', (digits, check) => {
    expect(dammCheckDigit(digits)).toBe(check);
    expect(dammValid(digits + check)).toBe(true);
  });

  it.each(['', '12a', '٥٧٢', '-1'])('dammCheckDigit(%j) throws', (bad) => {
    expect(() => dammCheckDigit(bad)).toThrow(RangeError);
  });

  it.each(['5723', '5742', '', 'abc', '57 24'])('dammValid(%j) is false', (bad) => {
    expect(dammValid(bad)).toBe(false);
  });
});

describe('formatReference', () => {
  it.each([
    [2026, 42, '26-0000042-5'],
    [26, 42, '26-0000042-5'],
    [26, 1, '26-0000001-4'],
    [2000, 9_999_999, '00-9999999-2'],
    [2025, 12_345_678, '25-12345678-8'],
  ])('(%i, %i) → %s', (y, s, expected) => {
    expect(formatReference(y, s)).toBe(expected);
  });

  it.each([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [2026, Number.MAX_SAFE_INTEGER + 1],
    [1999, 1],
    [2100, 1],
    [100, 1],
    [-1, 1],
    [26.5, 1],
  ])('(%d, %d) throws', (y, s) => {
    expect(() => formatReference(y, s)).toThrow(RangeError);
  });
});

describe('parseReference', () => {
  const expected = { year: 2026, serial: 42, reference: '26-0000042-5' };

  it.each([
    '26-0000042-5',
    '2600000425',
    '  26-0000042-5\n',
    '26 0000042 5',
    '26–0000042–5',
    '26—0000042—5',
    '26.0000042.5',
    '26/0000042/5',
    '26_0000042_5',
    '2 6 0 0 0 0 0 4 2 5',
    '٢٦-٠٠٠٠٠٤٢-٥',
    '٢٦٠٠٠٠٠٤٢٥',
    '۲۶-۰۰۰۰۰۴۲-۵',
    '\u200F26-0000042-5\u200F',
  ])('accepts %j', (input) => {
    expect(parseReference(input)).toEqual(expected);
  });

  it('reads a serial wider than seven digits', () => {
    expect(parseReference('25-12345678-8')).toEqual({ year: 2025, serial: 12_345_678, reference: '25-12345678-8' });
  });

  it.each([
    ['wrong check digit', '26-0000042-6'],
    ['transposed digits', '26-0000024-5'],
    ['non-digit check', '26-0000042-X'],
    ['nine digits', '26-000042-5'],
    ['letter prefix', 'T26-0000042-5'],
    ['other characters', '26-0000042-5a'],
    ['comma separator', '26,0000042,5'],
    ['serial zero', `00-0000000-${dammCheckDigit('000000000')}`],
    ['serial padded wider than needed', `26-00000042-${dammCheckDigit('2600000042')}`],
    ['empty', ''],
    ['only separators', ' - - '],
  ])('rejects %s: %j', (_why, input) => {
    expect(parseReference(input)).toBeNull();
  });

  it('round-trips parse(format(year, serial))', () => {
    fc.assert(
      fc.property(year, serial, (y, s) => {
        const ref = formatReference(y, s);
        expect(parseReference(ref)).toEqual({ year: y, serial: s, reference: ref });
        expect(formatReference(y % 100, s)).toBe(ref);
      }),
    );
  });

  it('rejects every single-digit substitution', () => {
    fc.assert(
      fc.property(reference, (ref) => {
        const digits = digitsOf(ref);
        for (let i = 0; i < digits.length; i++) {
          for (const d of '0123456789') {
            if (d === digits[i]) continue;
            expect(parseReference(digits.slice(0, i) + d + digits.slice(i + 1))).toBeNull();
          }
        }
      }),
    );
  });

  it('rejects every swap of two different adjacent digits', () => {
    fc.assert(
      fc.property(reference, (ref) => {
        const digits = digitsOf(ref);
        for (let i = 0; i + 1 < digits.length; i++) {
          const [a, b] = [digits[i], digits[i + 1]];
          if (a === b) continue;
          expect(parseReference(digits.slice(0, i) + b + a + digits.slice(i + 2))).toBeNull();
        }
      }),
    );
  });

  it('accepts any mix of digit scripts and separators', () => {
    const separator = fc.constantFrom('', '', ' ', '-', '–', '—', '.', '/', '_', '  ');
    const script = fc.constantFrom((d: string) => d, arabicIndic, persian);
    fc.assert(
      fc.property(reference, fc.infiniteStream(fc.tuple(separator, script)), (ref, stream) => {
        const typed = [...digitsOf(ref)].map((d) => {
          const next = stream.next();
          if (next.done) throw new Error('infinite stream ended');
          const [sep, toScript] = next.value;
          return sep + toScript(d);
        });
        expect(parseReference(typed.join(''))?.reference).toBe(ref);
      }),
    );
  });

  it('only ever answers with a canonical reference that parses to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9 -]{8,20}$/)), (input) => {
        const parsed = parseReference(input);
        if (parsed) expect(parseReference(parsed.reference)).toEqual(parsed);
      }),
    );
  });
});
