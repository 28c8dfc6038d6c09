/**
 * Arabic-aware text normalisation for search: the same word with or without diacritics, tatweel,
 * hamza on alef, ta marbuta, alef maqsura or the definite article should match. Pure functions.
 */
import { toAsciiDigits } from './digits.ts';

/**
 * Tatweel, harakat and Quranic marks, plus invisible format characters (RLM/LRM, ZWNJ, …) that
 * copy-pasted Arabic text often carries.
 */
const IGNORED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\p{Cf}]/gu;

/** Letter variants folded to one form. Farsi yeh and keheh come from Persian keyboards. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // آ → ا
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // ی → ي
  '\u0629': '\u0647', // ة → ه
  '\u06A9': '\u0643', // ک → ك
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** A word is a run of letters, digits and marks; everything else separates words. */
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/u;

/** Definite-article prefixes (already normalised), longest first. */
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'] as const;
const MIN_STEM_LETTERS = 3;
const MAX_SEARCH_TERMS = 10;

/**
 * NFKC, lower-case, drop tatweel, diacritics and invisible marks, fold alef/hamza forms (أ إ آ ٱ → ا,
 * ؤ → و, ئ → ي), alef maqsura ى → ي, ta marbuta ة → ه, digits to ASCII, collapse whitespace, trim.
 * Standalone hamza ء is kept.
 */
export function normalizeArabic(s: string): string {
  const folded = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(IGNORED, '')
    .replace(FOLDABLE, (ch) => LETTER_FOLDS[ch] ?? ch);
  return toAsciiDigits(folded).replace(/\s+/g, ' ').trim();
}

/** Drops a leading definite article (ال، وال، بال، كال، فال، لل) when at least three letters remain. */
function stripArticle(word: string): string {
  const article = ARTICLES.find((a) => word.startsWith(a) && [...word].length - a.length >= MIN_STEM_LETTERS);
  return article ? word.slice(article.length) : word;
}

/** Normalised words with the article stripped, in order. */
function stems(text: string): string[] {
  return normalizeArabic(text)
    .split(NON_WORD)
    .filter((word) => word.length > 0)
    .map(stripArticle);
}

/**
 * Search terms for a query: normalised, split on whitespace and punctuation (، ؛ ؟ included),
 * definite article stripped, unique, at most ten.
 */
export function searchTerms(q: string): string[] {
  return [...new Set(stems(q))].slice(0, MAX_SEARCH_TERMS);
}

/**
 * Text to store for search: the same words as `searchTerms` would produce, joined by single
 * spaces, so that each of `searchTerms(q)` can be matched as a substring.
 */
export function normalizeForIndex(s: string): string {
  return stems(s).join(' ');
}
