import { describe, expect, it } from 'vitest';
import { guessLanguage, ownWords } from '../../src/server/inbound/inbound.service.ts';
import { findReferences } from '../../src/server/inbound/reference-scan.ts';
import { signRelayBody, verifyRelaySignature } from '../../src/server/inbound/relay-signature.ts';

describe('references quoted in messages', () => {
  const table: [string, string[]][] = [
    ['my case is 26-0000042-5 thanks', ['26-0000042-5']],
    ['رقم البلاغ ٢٦-٠٠٠٠٠٤٢-٥ لو سمحت', ['26-0000042-5']],
    ['۲۶۰۰۰۰۰۴۲۵', ['26-0000042-5']],
    ['ref: 26 0000042 5, pole 12', ['26-0000042-5']],
    ['(26-0000042-5)،', ['26-0000042-5']],
    ['Re: [Tawasul 26-0000042-5] and 26-0000017-7', ['26-0000042-5', '26-0000017-7']],
    ['26-0000042-5 12 lamps', ['26-0000042-5']],
    ['wrong check digit 26-0000042-4', []],
    ['call me on 36001234', []],
    ['', []],
  ];
  for (const [text, refs] of table) it(JSON.stringify(text), () => expect(findReferences(text)).toEqual(refs));
});

describe('relay signatures', () => {
  const raw = Buffer.from('{"messageId":"1","text":"سلام"}');
  const now = 1_800_000_000_000;
  const ts = String(now / 1000);
  const base = { secrets: ['s1', 's2'], timestamp: ts, raw, nowMs: now, toleranceSeconds: 300 };

  it('accepts a signature by any current secret', () => {
    expect(verifyRelaySignature({ ...base, signature: signRelayBody('s1', ts, raw) })).toEqual({ ok: true });
    expect(verifyRelaySignature({ ...base, signature: signRelayBody('s2', ts, raw).toUpperCase().replace('SHA256=', 'sha256=') })).toEqual({ ok: true });
  });

  it('refuses a wrong secret, a changed body, a changed timestamp, a missing header, an old or future time', () => {
    const sig = signRelayBody('s1', ts, raw);
    expect(verifyRelaySignature({ ...base, signature: signRelayBody('s3', ts, raw) })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyRelaySignature({ ...base, signature: sig, raw: Buffer.from('{}') })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyRelaySignature({ ...base, signature: sig, timestamp: String(Number(ts) + 1) })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyRelaySignature({ ...base, signature: undefined })).toEqual({ ok: false, reason: 'unsigned' });
    expect(verifyRelaySignature({ ...base, signature: sig, nowMs: now + 301_000 })).toEqual({ ok: false, reason: 'stale' });
    expect(verifyRelaySignature({ ...base, signature: sig, nowMs: now - 301_000 })).toEqual({ ok: false, reason: 'stale' });
    expect(verifyRelaySignature({ ...base, signature: sig, timestamp: '1e9' })).toEqual({ ok: false, reason: 'stale' });
    expect(verifyRelaySignature({ ...base, secrets: undefined, signature: sig })).toEqual({ ok: false, reason: 'no_secret' });
  });
});

describe('inbound text', () => {
  it('keeps an email reply’s own words', () => {
    expect(ownWords('Still broken.\n\nOn Mon, 1 Dec 2026, Tawasul wrote:\n> old text')).toBe('Still broken.');
    expect(ownWords('ما زالت المشكلة قائمة\n\nفي الإثنين ١ ديسمبر، تواصل كتب:\n> نص قديم')).toBe('ما زالت المشكلة قائمة');
    expect(ownWords('> only a quote')).toBe('> only a quote');
  });

  it('guesses the language from the letters', () => {
    expect(guessLanguage('الإنارة مطفأة on road 415')).toBe('ar');
    expect(guessLanguage('The light is off, شكرا')).toBe('en');
  });
});
