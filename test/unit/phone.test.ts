import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizePhone } from '../../src/common/phone.ts';

describe('normalizePhone (default Bahrain)', () => {
  it.each([
    ['+973 3600 1234', '+97336001234'],
    ['36001234', '+97336001234'],
    ['٣٦٠٠١٢٣٤', '+97336001234'],
    ['۳۶۰۰۱۲۳۴', '+97336001234'],
    ['00973-1717-1234', '+97317171234'],
    ['(+973) 17 17 12 34', '+97317171234'],
    ['+٩٧٣ ٦٦٦٦ ٠٠٠٠', '+97366660000'],
    ['  3600.1234  ', '+97336001234'],
    ['036001234', '+97336001234'],
    ['80008000', '+97380008000'],
    ['77001234', '+97377001234'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+1 (212) 555-0100', '+12125550100'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ['garbage', 'call me maybe'],
    ['letters mixed in', '3600 12ab'],
    ['empty', ''],
    ['only formatting', ' ( ) - '],
    ['too short (Bahrain)', '3600123'],
    ['too long (Bahrain)', '360012345'],
    ['too long international Bahrain', '+973 3600 12345'],
    ['Bahrain number without a valid first digit', '+973 2600 1234'],
    ['Bahrain number starting with 0', '+973 0600 1234'],
    ['Bahrain range not allocated (9)', '9999 9999'],
    ['Bahrain range not allocated (61)', '6100 1234'],
    ['too short (E.164)', '+44 1234'],
    ['too long (E.164)', '+44 1234 5678 9012 34'],
    ['country code 0', '+0 1234 5678 9'],
    ['plus in the middle', '3600+1234'],
    ['two pluses', '++97336001234'],
    ['slash', '3600/1234'],
  ])('rejects %s: %j', (_why, input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('always answers null or + and 8–15 digits, Bahrain numbers with 8 national digits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\+?[0-9 ()-]{0,20}$/)), (input) => {
        const phone = normalizePhone(input);
        if (phone === null) return;
        expect(phone).toMatch(/^\+[1-9]\d{7,14}$/);
        if (phone.startsWith('+973')) expect(phone).toMatch(/^\+973[13678]\d{7}$/);
      }),
    );
  });

  it('is stable: a normalised number normalises to itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[136-8]\d{7}$/), (national) => {
        const phone = normalizePhone(national);
        // Bahrain's plan leaves some of these ranges unallocated; every allocated one keeps its digits.
        if (phone === null) return;
        expect(phone).toBe(`+973${national}`);
        expect(normalizePhone(phone)).toBe(phone);
      }),
    );
  });
});

describe('normalizePhone (another country)', () => {
  it.each([
    ['020 7946 0958', 'GB', '+442079460958'],
    ['2079460958', 'GB', '+442079460958'],
    ['+973 3600 1234', 'GB', '+97336001234'],
    ['0501234567', 'SA', '+966501234567'],
    ['٠٥٠١٢٣٤٥٦٧', 'SA', '+966501234567'],
    ['501234567', 'SA', '+966501234567'],
    ['04 330 3030', 'AE', '+97143303030'],
    ['050 123 4567', 'AE', '+971501234567'],
  ])('%j dialled in %s → %j', (input, country, expected) => {
    expect(normalizePhone(input, country)).toBe(expected);
  });

  it.each([
    ['a Bahraini local number dialled in Saudi Arabia', '36001234', 'SA'],
    ['a Saudi mobile too short', '050123456', 'SA'],
    ['a British number too short', '020 7946', 'GB'],
  ])('rejects %s', (_why, input, country) => {
    expect(normalizePhone(input, country)).toBeNull();
  });

  it.each(['', '0', '973', '+44', 'ab', 'XX', 'bh'])('throws on country %j', (country) => {
    expect(() => normalizePhone('36001234', country)).toThrow(RangeError);
  });
});
