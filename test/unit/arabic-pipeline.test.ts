import { describe, expect, it } from 'vitest';
import { normalizeForIndex, searchTermGroups, textStems, wordStem } from '../../src/common/arabic.ts';

/** True when every word of `query` is found in the indexed form of `text` by one of its alternatives. */
const finds = (text: string, query: string) => {
  const words = new Set(normalizeForIndex(text).split(' '));
  return searchTermGroups(query).every((alternatives) => alternatives.some((a) => words.has(a)));
};

describe('the Arabic text pipeline', () => {
  it.each([
    // Broken plurals meet their singular.
    ['شوارع', 'شارع'], ['الشوارع', 'شارع'], ['حفر', 'حفرة'], ['أعمدة', 'عمود'], ['مصابيح', 'مصباح'], ['أرصفة', 'رصيف'],
    ['حاويات', 'حاوية'], ['أشجار', 'شجرة'], ['كلاب', 'كلب'],
    // Attached conjunctions, prepositions and the article.
    ['والشارع', 'شارع'], ['بالشارع', 'شارع'], ['للشارع', 'شارع'], ['فالحفرة', 'حفرة'], ['كالعمود', 'عمود'], ['وحفرة', 'حفرة'],
    // Suffixes: plurals, pronouns, ta marbuta before a pronoun, nisba.
    ['إنارات', 'إنارة'], ['حفريات', 'حفر'], ['منطقتنا', 'المنطقة'], ['شارعنا', 'شارع'], ['سيارتي', 'سيارة'], ['بيوتهم', 'بيت'],
    ['موظفين', 'موظف'], ['عاملون', 'عامل'], ['كهربائي', 'كهرباء'],
    // Hamza, alef maqsura, ta marbuta, tatweel, diacritics.
    ['الإنـــارة', 'انارة'], ['مُشْكِلَةٌ', 'مشكله'], ['مستشفى', 'مستشفي'], ['أرصفة', 'ارصفه'],
    // Gulf spellings.
    ['ليت', 'إنارة'], ['الليتات', 'الإنارة'], ['زبالة', 'قمامة'], ['الزبالة', 'القمامة'], ['طافي', 'مطفأ'], ['منهول', 'منهل'],
    // English plurals and endings.
    ['lights', 'light'], ['flooding', 'flood'], ['potholes', 'pothole'],
  ])('%s and %s share a stem', (a, b) => {
    expect(wordStem(normalizeForIndex(a).split(' ')[0]!)).toBe(wordStem(normalizeForIndex(b).split(' ')[0]!));
  });

  it.each([
    // Stems keep three letters: short words are never merged, a و that is part of the word stays.
    ['وزارة', 'زارة'], ['بلد', 'بلح'], ['بيت', 'بيتا'], ['ورشة', 'رشة'], ['متراكمة', 'مترا'], ['حفرة', 'حفلة'], ['شارع', 'شراع'],
  ])('%s and %s stay apart', (a, b) => {
    expect(wordStem(normalizeForIndex(a).split(' ')[0]!)).not.toBe(wordStem(normalizeForIndex(b).split(' ')[0]!));
  });

  it.each([
    ['أعمدة الإنارة في شوارعنا مطفأة', 'عمود انارة الشارع'],
    ['حفر كثيرة في الطريق', 'حفرة'],
    ['حفرة كبيرة', 'الحفر'],
    ['الليت طافي من أمس', 'إنارة مطفأة'],
    ['تراكم الزبالة عند البيت', 'القمامة'],
    ['شارع ١٢ مظلم', '12'],
    ['The street lights are broken', 'light'],
  ])('text %j is found by %j', (text, query) => {
    expect(finds(text, query)).toBe(true);
  });

  it('keeps the surface words first, so rows stored before stems still match their old queries', () => {
    expect(normalizeForIndex('أعمدة الإنارة').split(' ').slice(0, 2)).toEqual(['اعمده', 'اناره']);
  });

  it('drops words that say nothing, unless nothing else is left', () => {
    expect(searchTermGroups('حفرة في الشارع').map((g) => g[0])).toEqual(['حفره', 'شارع']);
    expect(searchTermGroups('في')).toEqual([['في']]);
    expect(textStems('يا جماعة الليت طافي في فريجنا من اسبوع')).toEqual(['جماع', 'انار', 'مطفا', 'حي', 'اسبوع']);
  });
});
