/**
 * The one Arabic text pipeline, used by case search, catalogue search, the service suggester and
 * duplicate matching. Pure functions.
 *
 * 1. `normalizeArabic`: the same word with or without diacritics, tatweel, hamza on alef, ta
 *    marbuta, alef maqsura, Arabic-Indic digits is one string.
 * 2. Words: split on anything that is not a letter, digit or mark; the definite article (with an
 *    attached و ف ب ك ل) is dropped — the *surface* form, what `searchTerms` and the first part of
 *    `normalizeForIndex` hold (unchanged since the first release, so stored rows keep matching).
 * 3. `wordStem`: a light stem of a surface word — a leading conjunction و, pronoun and plural
 *    suffixes (ات ون ين ها هم نا ي ه …), broken plurals and Gulf spellings through a small lexicon
 *    (arabic-lexicon.ts); English loses its plural and -ing/-ed. A stem keeps at least three letters,
 *    so short words are never merged.
 */
import { brokenPlurals, gulfWords, stopWords } from './arabic-lexicon.ts';
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
 * Text to store for search: the surface words (as `searchTerms` produces them) in order, then the
 * stems that differ from every surface word. Each of `searchTerms(q)` can be matched as a
 * substring, and each alternative of `searchTermGroups(q)` as a word. A superset of the form stored
 * before stems existed, so older rows still match every query they matched then.
 */
export function normalizeForIndex(s: string): string {
  const surface = stems(s);
  const seen = new Set(surface);
  const extra: string[] = [];
  for (const w of surface) {
    const stem = wordStem(w);
    if (!seen.has(stem)) {
      seen.add(stem);
      extra.push(stem);
    }
  }
  return [...surface, ...extra].join(' ');
}

/**
 * Search terms with their alternatives: for each word of the query (as `searchTerms`), the
 * surface form and its stem. A text matches a word when it holds any alternative. Words that say
 * nothing (في، من، the …) are dropped unless nothing else is left.
 */
export function searchTermGroups(q: string): string[][] {
  const groups = searchTerms(q).map((t) => [...new Set([t, wordStem(t)])]);
  const meaningful = groups.filter((g) => !STOP.has(g[0]!));
  return meaningful.length > 0 ? meaningful : groups;
}

/** The stems of a text's meaningful words, in order, repeats kept: the suggester's and duplicate finder's words. */
export function textStems(s: string): string[] {
  return stems(s)
    .filter((w) => !STOP.has(w))
    .map(wordStem)
    .filter((w) => !STOP.has(w) && !/^[0-9]+$/.test(w));
}

/** Whether a normalised word says nothing on its own (a preposition, a pronoun, a filler). */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

const norm = (w: string) => stripArticle(normalizeArabic(w));
const STOP = new Set(stopWords.flatMap((w) => [normalizeArabic(w), norm(w)]));
/** Lexicon keys and values normalised once: surface form → the word it stands for. */
const LEXICON = new Map<string, string>(
  Object.entries({ ...brokenPlurals, ...gulfWords }).map(([from, to]) => [norm(from), norm(to)]),
);
/** Words that begin with و as a root letter, common in complaints: never read as "and …". */
const WAW_ROOTS = new Set(['وزاره', 'وزير', 'ورشه', 'ورش', 'واجهه', 'وحده', 'وظيفه', 'وثيقه', 'وكاله', 'وسيله', 'وافد', 'وايت', 'وادي', 'وقود', 'وصله', 'وجبه', 'ورقه', 'ولايه', 'وقوف'].map(normalizeArabic));
/**
 * Suffixes, longest first: pronouns (ها هم هما نا ي), plurals (ات ون ين تين) and the ta marbuta
 * (folded to ه, or يه). After a pronoun a plural or ta marbuta may follow (مخالفاتها); after a
 * plural only the nisba ي (حفريات → حفري → حفر); after a ta marbuta nothing (متراكمة stays متراكم).
 */
const PRONOUN_SUFFIXES = ['هما', 'ها', 'هم', 'نا', 'ي'];
const PLURAL_SUFFIXES = ['تين', 'ات', 'ون', 'ين'];
const TA_MARBUTA_SUFFIXES = ['يه', 'ه'];
const FIRST_PASS = [...PRONOUN_SUFFIXES, ...PLURAL_SUFFIXES, ...TA_MARBUTA_SUFFIXES].sort((a, b) => b.length - a.length);
const AFTER: Readonly<Record<string, readonly string[]>> = {
  pronoun: [...PLURAL_SUFFIXES, ...TA_MARBUTA_SUFFIXES].sort((a, b) => b.length - a.length),
  plural: ['ي'],
  ta: [],
};
const kindOf = (suffix: string) => (PRONOUN_SUFFIXES.includes(suffix) ? 'pronoun' : PLURAL_SUFFIXES.includes(suffix) ? 'plural' : 'ta');
const letters = (w: string) => [...w].length;

/**
 * The light stem of one surface word (already normalised, article dropped): lexicon first, then a
 * leading و, then up to two suffixes, looking the word up in the lexicon after each step. Never
 * shorter than three letters; digits and unknown scripts are returned as they are.
 */
export function wordStem(word: string): string {
  if (/^[a-z]/.test(word)) return englishStem(word);
  if (!/^[\u0621-\u064A]+$/.test(word)) return word;
  let w = word;
  const hit = () => LEXICON.get(w);
  if (hit()) return lightSuffixes(hit()!);
  if (w.startsWith('و') && letters(w) - 1 >= 4 && !WAW_ROOTS.has(w)) {
    w = stripArticle(w.slice(1));
    if (hit()) return lightSuffixes(hit()!);
  }
  return lightSuffixes(w);
}

/** Drops up to two suffixes (see `AFTER`), consulting the lexicon after each. */
function lightSuffixes(word: string): string {
  let w = word;
  let allowed: readonly string[] = FIRST_PASS;
  while (allowed.length > 0) {
    const suffix = allowed.find((x) => w.endsWith(x) && letters(w) - x.length >= MIN_STEM_LETTERS);
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
    const kind = kindOf(suffix);
    // A ta marbuta before a pronoun is written ت: منطقتنا is منطقة + نا (unless the word is known: بيوت).
    if (kind === 'pronoun' && w.endsWith('ت') && letters(w) >= 4 && !LEXICON.has(w)) w = w.slice(0, -1);
    const lexical = LEXICON.get(w);
    if (lexical) return lexical === word ? w : lightSuffixes(lexical);
    allowed = AFTER[kind]!;
  }
  // A final hamza after alef (كهرباء) and its seat before a suffix (كهربائي) are dropped, so they meet.
  if ((w.endsWith('اء') || w.endsWith('اي')) && letters(w) > 4) w = w.slice(0, -1);
  return w;
}

/** Plural and -ing/-ed endings of an English word, keeping at least three letters. */
function englishStem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  return w;
}
