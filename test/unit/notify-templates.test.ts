import { describe, expect, it } from 'vitest';
import { languages } from '../../src/common/enums.ts';
import { smsSize } from '../../src/server/notify/sms-segments.ts';
import { bodyHtml, derivedPlaceholders, placeholdersOf, renderTemplate } from '../../src/server/notify/template-render.ts';
import { sampleParams, templateKeys, templates } from '../../src/server/notify/templates.ts';

/** Every event the issue names, plus the existing account messages. */
const required = [
  'case_acknowledged',
  'info_requested',
  'entity_replied',
  'case_resolved',
  'case_reopened',
  'case_merged',
  'staff_assigned',
  'staff_sla_warning',
  'staff_escalated',
  'staff_transferred',
  'otp_code',
  'password_reset',
];

describe('notification templates', () => {
  it('cover every event', () => {
    expect(templateKeys).toEqual(expect.arrayContaining(required));
  });

  for (const key of templateKeys) {
    describe(key, () => {
      const def = templates[key];

      it('exists in Arabic and English, every text non-empty', () => {
        for (const language of languages) {
          const text = def.texts[language];
          expect(text, `${key}.${language}`).toBeDefined();
          for (const field of ['subject', 'body', 'sms'] as const) expect(text[field].trim(), `${key}.${language}.${field}`).not.toBe('');
        }
      });

      it('uses only its declared placeholders, and each in both languages', () => {
        for (const language of languages) {
          const t = def.texts[language];
          const used = new Set([t.subject, t.body, t.sms].flatMap(placeholdersOf));
          for (const p of used) expect(def.params, `${key}.${language} uses {${p}}`).toContain(p);
          for (const p of def.params) expect([...used], `${key}.${language} lacks {${p}}`).toContain(p);
        }
      });

      it('names the case in the subject when it concerns one', () => {
        if (!def.params.includes('reference')) return;
        for (const language of languages) expect(def.texts[language].subject).toContain('{reference}');
      });

      it('has sample values for previews (the renderer fills the excerpt from the message)', () => {
        for (const p of def.params.filter((p) => !derivedPlaceholders.includes(p))) expect(sampleParams[p], p).toBeDefined();
        if (def.params.includes('excerpt')) expect(def.params).toContain('message');
      });

      it('fits its SMS in at most 2 segments with realistic values (Arabic as UCS-2)', () => {
        for (const language of languages) {
          const sms = renderTemplate(def.texts[language], sampleParams, language).sms;
          const size = smsSize(sms);
          expect(size.segments, `${key}.${language}: ${sms}`).toBeLessThanOrEqual(2);
          if (language === 'ar') expect(size.encoding).toBe('ucs2');
        }
      });
    });
  }
});

describe('rendering', () => {
  it('escapes values and the template text in HTML, links URLs, keeps paragraphs', () => {
    const html = bodyHtml('<i>Hi</i> {name}\n\n{message}\nSee {trackingUrl}', {
      name: '<script>alert(1)</script>',
      message: 'a & b "quoted"',
      trackingUrl: 'https://t.example/track/1?token=a&b',
    });
    expect(html).toBe(
      '<p>&lt;i&gt;Hi&lt;/i&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>a &amp; b &quot;quoted&quot;<br>\nSee <a href="https://t.example/track/1?token=a&amp;b">https://t.example/track/1?token=a&amp;b</a></p>',
    );
  });

  it('does not link a value that is not an http(s) URL', () => {
    expect(bodyHtml('{trackingUrl}', { trackingUrl: 'javascript:alert(1)' })).toBe('<p>javascript:alert(1)</p>');
  });

  it('picks the language of bilingual values, drops empty lines, keeps the subject on one line', () => {
    const r = renderTemplate(
      { subject: 'Case {reference}\n{reason}', body: 'Reason: {reason}\n\n{message}\n\n\nEnd', sms: '{reason}' },
      { reference: '26-0000042-5', reason: { ar: 'مكرر', en: 'Duplicate' }, message: '' },
      'en',
    );
    expect(r.subject).toBe('Case 26-0000042-5 Duplicate');
    expect(r.text.startsWith('Reason: Duplicate\n\nEnd')).toBe(true);
    expect(r.sms).toBe('Duplicate');
    expect(r.html).toContain('<html lang="en" dir="ltr">');
  });
});
