import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/common/enums.ts';
import { fitExcerpt, smsSize } from '../../src/server/notify/sms-segments.ts';
import { renderTemplate } from '../../src/server/notify/template-render.ts';
import { templates } from '../../src/server/notify/templates.ts';

const reference = '26-0000042-5';
const rateUrl = `https://tawasul.example/track/${reference}#rate`;

/** The resolution SMS of a case whose answer is `message`. */
const resolved = (message: string, language: Language, smsSegments?: number) =>
  renderTemplate(templates.case_resolved.texts[language], { reference, rateUrl, message }, language, smsSegments ? { smsSegments } : {}).sms;

/** The answer's part of a resolution SMS: between the template's fixed words. */
function excerptOf(sms: string, language: Language): string {
  const [before, after] = language === 'ar' ? [`${reference}. `, ' للتقييم: '] : [`${reference} is resolved. `, ' Rate the service: '];
  return sms.slice(sms.indexOf(before) + before.length, sms.lastIndexOf(after));
}

/** The SMS had the excerpt held one more word: to show the cut took as much as fits. */
function withOneMoreWord(sms: string, message: string, language: Language, ellipsis: string): string {
  const kept = excerptOf(sms, language).slice(0, -ellipsis.length);
  const words = message.split(' ');
  const next = words.slice(0, kept.split(' ').length + 1).join(' ');
  expect(next.startsWith(kept)).toBe(true);
  return sms.replace(excerptOf(sms, language), next + ellipsis);
}

const arabicAnswer =
  'أصلحنا العطل في عمود الإنارة المقابل للمدرسة الابتدائية، واستبدلت الفرق المختصة المصباح التالف بمصباح جديد موفر للطاقة، وسيتم فحص بقية الأعمدة في المجمع خلال الأسبوع القادم للتأكد من سلامتها.';
const englishAnswer =
  'The street light opposite the school was repaired this morning: the crew replaced the broken lamp with a new energy-saving one, checked the cabling of the whole block and found no other fault. We will inspect the remaining poles on the road next week and tell you if anything else needs work. Thank you for reporting it.';

describe('the answer in an SMS', () => {
  it('goes whole when it is short, in the template around it', () => {
    const sms = resolved('تم إصلاح العطل. شكرًا لك.', 'ar');
    expect(sms).toBe(`تواصل: تمت معالجة بلاغك ${reference}. تم إصلاح العطل. شكرًا لك. للتقييم: ${rateUrl}`);
    expect(resolved('The lamp was replaced.', 'en')).toBe(`Tawasul: your case ${reference} is resolved. The lamp was replaced. Rate the service: ${rateUrl}`);
  });

  it('collapses line breaks and runs of spaces', () => {
    expect(excerptOf(resolved('تم إصلاح\n\nالعطل   اليوم.\r\nشكرًا', 'ar'), 'ar')).toBe('تم إصلاح العطل اليوم. شكرًا');
  });

  it('cuts a long Arabic answer after a word, with "…", keeping the link, within two UCS-2 segments', () => {
    const sms = resolved(arabicAnswer, 'ar');
    const excerpt = excerptOf(sms, 'ar');
    expect(excerpt.endsWith('…')).toBe(true);
    expect(arabicAnswer.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(arabicAnswer[excerpt.length - 1]).toMatch(/[\s،]/); // the cut falls between words
    expect(excerpt.split(' ').length).toBeGreaterThanOrEqual(5); // a real start of the answer, not a word or two
    expect(sms.endsWith(rateUrl)).toBe(true);
    expect(smsSize(sms)).toMatchObject({ encoding: 'ucs2', segments: 2 });
    expect(smsSize(sms).units).toBeLessThanOrEqual(134);
    // As much as fits: one more word takes a third segment.
    expect(smsSize(withOneMoreWord(sms, arabicAnswer, 'ar', '…')).segments).toBe(3);
  });

  it('cuts a long English answer within two GSM-7 segments, with "..." so it stays GSM-7', () => {
    const sms = resolved(englishAnswer, 'en');
    const excerpt = excerptOf(sms, 'en');
    expect(excerpt.endsWith('...')).toBe(true);
    expect(englishAnswer.startsWith(excerpt.slice(0, -3))).toBe(true);
    expect(englishAnswer[excerpt.length - 3]).toMatch(/[\s.,:]/); // the cut falls between words
    expect(smsSize(sms)).toMatchObject({ encoding: 'gsm7', segments: 2 });
    expect(smsSize(sms).units).toBeGreaterThan(280); // the GSM-7 budget (306), not the UCS-2 one (134)
    expect(smsSize(withOneMoreWord(sms, englishAnswer, 'en', '...')).segments).toBe(3);
  });

  it('fits an English answer holding one Arabic word to the UCS-2 budget', () => {
    const message = `Fixed (تم) today: ${englishAnswer}`;
    const sms = resolved(message, 'en');
    expect(sms).toContain('Fixed (تم) today: The');
    expect(smsSize(sms)).toMatchObject({ encoding: 'ucs2', segments: 2 });
    expect(smsSize(sms).units).toBeLessThanOrEqual(134);
    expect(excerptOf(sms, 'en').endsWith('…')).toBe(true);
    expect(smsSize(withOneMoreWord(sms, message, 'en', '…')).segments).toBe(3);
  });

  it('keeps the GSM-7 budget when the cut falls before the only Arabic word', () => {
    // Whole, the answer would travel as UCS-2 and leave room for a few words; cut before the Arabic word it stays GSM-7.
    const message = englishAnswer.replace('school', 'school (مدرسة)');
    const sms = resolved(message, 'en');
    expect(sms).not.toContain('مدرسة');
    expect(excerptOf(sms, 'en')).toBe('The street light opposite the school...');
    expect(smsSize(sms).encoding).toBe('gsm7');
    // An Arabic last word past the cut leaves the whole GSM-7 budget to the rest.
    const late = resolved(`${englishAnswer} شكرًا`, 'en');
    expect(late).not.toContain('شكرًا');
    expect(smsSize(late)).toMatchObject({ encoding: 'gsm7', segments: 2 });
    expect(smsSize(late).units).toBeGreaterThan(280);
  });

  it('counts an emoji as UCS-2 and never splits it', () => {
    const sms = resolved(`Done 👍 ${englishAnswer}`, 'en');
    expect(smsSize(sms)).toMatchObject({ encoding: 'ucs2', segments: 2 });
    expect(excerptOf(sms, 'en').startsWith('Done 👍 The street')).toBe(true);
  });

  it('cuts one 500-character word between characters', () => {
    const word = 'ب'.repeat(500);
    const sms = resolved(word, 'ar');
    const excerpt = excerptOf(sms, 'ar');
    expect(excerpt).toMatch(/^ب+…$/);
    expect(smsSize(sms)).toMatchObject({ encoding: 'ucs2', units: 134, segments: 2 });
    const latin = resolved('x'.repeat(500), 'en');
    expect(excerptOf(latin, 'en')).toMatch(/^x+\.\.\.$/);
    expect(smsSize(latin)).toMatchObject({ encoding: 'gsm7', units: 306, segments: 2 });
    // Cut between whole characters as people see them: a thumb keeps its skin tone.
    for (const lead of ['', 'ب', 'بب']) {
      const thumbs = excerptOf(resolved(lead + '👍🏽'.repeat(100), 'ar'), 'ar');
      expect(thumbs).toMatch(new RegExp(`^${lead}(👍🏽)+…$`, 'u'));
    }
  });

  it('leaves out an empty answer and reads without it', () => {
    expect(resolved('', 'ar')).toBe(`تواصل: تمت معالجة بلاغك ${reference}. للتقييم: ${rateUrl}`);
    expect(resolved(' \n ', 'en')).toBe(`Tawasul: your case ${reference} is resolved. Rate the service: ${rateUrl}`);
  });

  it('fits a budget of one segment when asked', () => {
    const sms = resolved(englishAnswer, 'en', 1);
    expect(smsSize(sms)).toMatchObject({ encoding: 'gsm7', segments: 1 });
    expect(excerptOf(sms, 'en')).toMatch(/^The street light\b.*\.\.\.$/);
  });

  it('gives the email the whole answer, with its line breaks', () => {
    const r = renderTemplate(templates.case_resolved.texts.ar, { reference, rateUrl, message: `${arabicAnswer}\n\nمع التحية` }, 'ar');
    expect(r.text).toContain(`${arabicAnswer}\n\nمع التحية`);
  });

  it('always fits and keeps a start of the answer (property)', () => {
    const frame = (excerpt: string) => `Tawasul ${reference}: ${excerpt} ${rateUrl}`;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), fc.integer({ min: 1, max: 3 }), (text, max) => {
        const excerpt = fitExcerpt(text, frame, max);
        expect(smsSize(frame(excerpt)).segments).toBeLessThanOrEqual(max);
        const whole = text.replace(/\s+/g, ' ').trim();
        expect(whole.startsWith(excerpt.replace(/(…|\.\.\.)$/, ''))).toBe(true);
      }),
    );
  });
});
