import { describe, expect, it } from 'vitest';
import { escapeXml, xmlDocument } from '../../src/server/open311/xml.ts';

const DECL = '<?xml version="1.0" encoding="utf-8"?>';

describe('Open311 XML writer', () => {
  it('escapes the five XML characters and keeps CR as a character reference', () => {
    expect(escapeXml(`a & b < c > d " e ' f\r\ng`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f&#13;\ng');
    expect(xmlDocument('x', '<script>&amp;</script>')).toBe(`${DECL}<x>&lt;script&gt;&amp;amp;&lt;/script&gt;</x>`);
  });

  it('leaves Arabic, emoji and other non-ASCII text intact', () => {
    const text = 'عمود الإنارة مطفأ — ١٢ 💡 café';
    expect(xmlDocument('description', text)).toBe(`${DECL}<description>${text}</description>`);
  });

  it('drops characters XML 1.0 cannot carry instead of writing an unreadable document', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('tab\tand\nnewline')).toBe('tab\tand\nnewline');
    expect(escapeXml('😀')).toBe('😀');
  });

  it('nests objects, names list items by their list, and writes no attributes or whitespace', () => {
    const xml = xmlDocument(
      'service_definition',
      { service_code: 'pothole', attributes: [{ code: 'lanes', required: false, order: 2, values: [{ key: 'left', name: 'يسار' }] }] },
      { attributes: 'attribute', values: 'value' },
    );
    expect(xml).toBe(
      `${DECL}<service_definition><service_code>pothole</service_code><attributes><attribute><code>lanes</code><required>false</required><order>2</order><values><value><key>left</key><name>يسار</name></value></values></attribute></attributes></service_definition>`,
    );
    expect(xml.slice(DECL.length)).not.toMatch(/>\s+</);
    expect(xml.slice(DECL.length)).not.toMatch(/<[a-z_]+ /);
  });

  it('writes a root list, empty lists, null as an empty element, and omits undefined', () => {
    expect(xmlDocument('services', [{ a: 1 }, { a: 2 }], { services: 'service' })).toBe(
      `${DECL}<services><service><a>1</a></service><service><a>2</a></service></services>`,
    );
    expect(xmlDocument('services', [], { services: 'service' })).toBe(`${DECL}<services></services>`);
    expect(xmlDocument('r', { a: null, b: undefined, c: 0, d: true })).toBe(`${DECL}<r><a></a><c>0</c><d>true</d></r>`);
    expect(xmlDocument('r', { lanes: ['x', 'y'] })).toBe(`${DECL}<r><lanes><value>x</value><value>y</value></lanes></r>`);
  });

  it('writes errors as the specification shows them', () => {
    expect(xmlDocument('errors', [{ code: 403, description: 'Invalid api_key' }], { errors: 'error' })).toBe(
      `${DECL}<errors><error><code>403</code><description>Invalid api_key</description></error></errors>`,
    );
  });

  it('refuses an element name XML cannot carry', () => {
    expect(() => xmlDocument('r', { 'bad name': 1 })).toThrow(/element name/);
    expect(() => xmlDocument('r', { '1abc': 1 })).toThrow(/element name/);
  });
});
