import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeArabic, normalizeForIndex, searchTerms } from '../../src/common/arabic.ts';

/** True when every search term of `query` is found in the indexed form of `text`. */
const finds = (text: string, query: string) => searchTerms(query).every((t) => normalizeForIndex(text).includes(t));

describe('normalizeArabic', () => {
  it.each([
    ['إنارة', 'اناره'],
    ['أمن', 'امن'],
    ['آمال', 'امال'],
    ['ٱلله', 'الله'],
    ['مؤسسة', 'موسسه'],
    ['مسائل', 'مسايل'],
    ['مستشفى', 'مستشفي'],
    ['مُشكِلة', 'مشكله'],
    ['تـــراكم', 'تراكم'],
    ['مدرسةٌ', 'مدرسه'],
    ['قُرْآنٌ', 'قران'],
    ['سماء', 'سماء'],
    ['STREET Lamp', 'street lamp'],
    ['شارع ١٢٣', 'شارع 123'],
    ['شارع ۴۵', 'شارع 45'],
    ['  حفرة \t\n في   الطريق  ', 'حفره في الطريق'],
    ['\uFEFB', 'لا'],
    ['\u200Fطريق\u200F', 'طريق'],
    ['کتاب یومی', 'كتاب يومي'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normalizeArabic(normalizeArabic(s))).toBe(normalizeArabic(s));
      }),
    );
  });
});

describe('searchTerms', () => {
  it.each<[string, string[]]>([
    ['انارة الطريق', ['اناره', 'طريق']],
    ['حفرة، في الشارع؛ متى؟', ['حفره', 'في', 'شارع', 'متي']],
    ['والطريق بالشارع كالسيارة فالمدرسة للمستشفى', ['طريق', 'شارع', 'سياره', 'مدرسه', 'مستشفي']],
    ['الله', ['الله']],
    ['البيت', ['بيت']],
    ['الحي', ['الحي']],
    ['والد بالغ', ['والد', 'بالغ']],
    ['الالتزام', ['التزام']],
    ['Street, STREET street!', ['street']],
    ['رقم ٤٢-٧', ['رقم', '42', '7']],
    ['', []],
    ['  ؟،؛ ... ', []],
    ['a b c d e f g h i j k l', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']],
  ])('%j → %j', (query, expected) => {
    expect(searchTerms(query)).toEqual(expected);
  });
});

describe('normalizeForIndex', () => {
  // The surface words first (the form stored before stems existed), then the stems that differ.
  it.each([
    ['تعطل الإنارة في الطريق', 'تعطل اناره في طريق انار'],
    ['مُشكِلة تـــراكم القمامة!', 'مشكله تراكم قمامه مشكل قمام'],
    ['STREET ٤٢', 'street 42'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(normalizeForIndex(text)).toBe(expected);
  });

  it.each([
    ['إنارة', 'انارة'],
    ['انارة', 'إنارة'],
    ['الطريق', 'طريق'],
    ['طريق', 'الطريق'],
    ['حفرة', 'حفره'],
    ['حفره', 'حفرة'],
    ['مُشكِلة', 'مشكلة'],
    ['مشكلة', 'مُشكِلة'],
    ['تـــراكم', 'تراكم'],
    ['تراكم', 'تـــراكم'],
    ['مستشفى', 'مستشفي'],
    ['مستشفي', 'مستشفى'],
    ['STREET', 'street'],
    ['street', 'STREET'],
    ['شارع ١٢٣', '123'],
    ['شارع 123', '١٢٣'],
    ['توجد حفرة كبيرة في الطريق المؤدي إلى المستشفى', 'حفره طريق مستشفي'],
    ['بلاغ عن تراكم القمامة', 'القمامة'],
  ])('text %j is found by query %j', (text, query) => {
    expect(finds(text, query)).toBe(true);
  });

  it.each([
    ['حفرة في الطريق', 'إنارة'],
    ['الشارع', 'street'],
  ])('text %j is not found by query %j', (text, query) => {
    expect(finds(text, query)).toBe(false);
  });

  it('finds any text by its own search terms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(finds(text, text)).toBe(true);
      }),
    );
  });

  const arabicLetter = fc.integer({ min: 0x0628, max: 0x063a }).map((c) => String.fromCharCode(c));
  const decoration = fc.constantFrom('', '', '\u0640', '\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652');

  it('ignores diacritics and tatweel between the letters of a word', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arabicLetter, decoration), { minLength: 1, maxLength: 12 }), (pairs) => {
        const plain = pairs.map(([letter]) => letter).join('');
        const decorated = pairs.map(([letter, mark]) => letter + mark).join('');
        expect(normalizeForIndex(decorated)).toBe(normalizeForIndex(plain));
        expect(finds(decorated, plain)).toBe(true);
        expect(finds(plain, decorated)).toBe(true);
      }),
    );
  });

  it('finds a word with or without the definite article', () => {
    fc.assert(
      fc.property(fc.array(arabicLetter, { minLength: 3, maxLength: 10 }), (letters) => {
        const word = letters.join('');
        expect(finds(`ال${word}`, word)).toBe(true);
        expect(finds(word, `ال${word}`)).toBe(true);
      }),
    );
  });
});
