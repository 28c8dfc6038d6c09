/**
 * Fills a template's texts with a message's values: plain text for the email body and SMS, and an
 * HTML part in which every value (and the template's own text, which administrators may edit) is
 * escaped. Pure functions, no I/O.
 */
import type { Bilingual, Language } from '../../common/enums.ts';
import { fitExcerpt, smsSegmentsTarget } from './sms-segments.ts';
import type { TemplateText } from './templates.ts';

/** A value for a placeholder: the same in both languages, or one per language. */
export type ParamValue = string | number | Bilingual;
export type Params = Record<string, ParamValue>;

/** A message ready to send. */
export interface Rendered {
  subject: string;
  text: string;
  html: string;
  sms: string;
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/**
 * Placeholders the renderer fills itself rather than the message's params: `{excerpt}` is as much of
 * `{message}` as the SMS has room for (everywhere else, the whole message).
 */
export const derivedPlaceholders: readonly string[] = ['excerpt'];

/** The placeholders a text uses, in order of first use. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** The values in one language, as strings. */
export function valuesIn(params: Params, language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'object' && v !== null ? v[language] : String(v);
  return out;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_, k: string) => values[k] ?? '');
}

/** Blank lines left by empty values collapse; lines lose trailing spaces. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const isLink = (key: string, value: string) => (key.endsWith('Url') || key === 'link') && /^https?:\/\/\S+$/.test(value);

/** The body as HTML: text and values escaped, link values as anchors, blank lines as paragraphs. */
export function bodyHtml(body: string, values: Record<string, string>): string {
  let html = '';
  let last = 0;
  for (const m of body.matchAll(PLACEHOLDER)) {
    html += escapeHtml(body.slice(last, m.index));
    const key = m[1]!;
    const value = values[key] ?? '';
    html += isLink(key, value) ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>` : escapeHtml(value);
    last = m.index + m[0].length;
  }
  html += escapeHtml(body.slice(last));
  return tidy(html)
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

const footers: Record<Language, string> = {
  ar: 'هذه رسالة آلية من منصة تواصل للمقترحات والشكاوى.',
  en: 'This is an automatic message from Tawasul, the suggestions and complaints platform.',
};

function htmlDocument(subject: string, content: string, language: Language): string {
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  return [
    '<!doctype html>',
    `<html lang="${language}" dir="${dir}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Tahoma, Arial, sans-serif; line-height: 1.6; direction: ${dir}; text-align: start">`,
    content,
    `<hr><p style="color: #666; font-size: 12px">${escapeHtml(footers[language])}</p>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * The SMS on one line, its `{excerpt}` holding as much of the message as keeps the whole SMS within
 * `segments` (the link stays: the whole answer is there).
 */
function smsOf(sms: string, values: Record<string, string>, segments: number): string {
  const line = (excerpt: string) => fill(sms, { ...values, excerpt }).replace(/\s+/g, ' ').trim();
  return line(placeholdersOf(sms).includes('excerpt') ? fitExcerpt(values.message ?? '', line, segments) : '');
}

/** How to render: `smsSegments` is the length the SMS's `{excerpt}` is fitted to (two by default). */
export interface RenderOptions {
  smsSegments?: number;
}

/** The subject, plain body, HTML body and SMS of a template filled with values in one language. */
export function renderTemplate(text: TemplateText, params: Params, language: Language, options: RenderOptions = {}): Rendered {
  const values = valuesIn(params, language);
  // The excerpt is the SMS's alone: in the subject and the email it is the whole message.
  const full = { ...values, excerpt: values.message ?? '' };
  const subject = fill(text.subject, full).replace(/\s+/g, ' ').trim().slice(0, 250);
  const body = tidy(fill(text.body, full));
  return {
    subject,
    text: `${body}\n\n-- \n${footers[language]}`,
    html: htmlDocument(subject, bodyHtml(text.body, full), language),
    sms: smsOf(text.sms, values, options.smsSegments ?? smsSegmentsTarget),
  };
}
