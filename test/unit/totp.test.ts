import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, groupsOfFour, hotp, matchTotp, otpauthUri, totpAt, type TotpAlgorithm } from '../../src/server/auth/totp.ts';

// RFC 6238, Appendix B: the seeds are the ASCII digits repeated to the hash's key length.
const seeds: Record<TotpAlgorithm, Buffer> = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};
const vectors: [number, TotpAlgorithm, string][] = [
  [59, 'sha1', '94287082'], [59, 'sha256', '46119246'], [59, 'sha512', '90693936'],
  [1111111109, 'sha1', '07081804'], [1111111109, 'sha256', '68084774'], [1111111109, 'sha512', '25091201'],
  [1111111111, 'sha1', '14050471'], [1111111111, 'sha256', '67062674'], [1111111111, 'sha512', '99943326'],
  [1234567890, 'sha1', '89005924'], [1234567890, 'sha256', '91819424'], [1234567890, 'sha512', '93441116'],
  [2000000000, 'sha1', '69279037'], [2000000000, 'sha256', '90698825'], [2000000000, 'sha512', '38618901'],
  [20000000000, 'sha1', '65353130'], [20000000000, 'sha256', '77737706'], [20000000000, 'sha512', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(vectors)('at %i s with %s gives %s', (seconds, algorithm, code) => {
    expect(totpAt(seeds[algorithm], seconds * 1000, { digits: 8, algorithm })).toBe(code);
  });

  it("matches RFC 4226's HOTP values (Appendix D)", () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, i) => hotp(seeds.sha1, i))).toEqual(expected);
  });

  it('accepts a code one step early or late, not two, and says which step it was', () => {
    const secret = base32Encode(seeds.sha1);
    const now = 1111111111 * 1000;
    const step = Math.floor(now / 30_000);
    expect(matchTotp(secret, totpAt(seeds.sha1, now), now)).toBe(step);
    expect(matchTotp(secret, totpAt(seeds.sha1, now - 30_000), now)).toBe(step - 1);
    expect(matchTotp(secret, totpAt(seeds.sha1, now + 30_000), now)).toBe(step + 1);
    expect(matchTotp(secret, totpAt(seeds.sha1, now - 60_000), now)).toBeNull();
    expect(matchTotp(secret, totpAt(seeds.sha1, now + 60_000), now)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now)).toBeNull();
  });

  it('round-trips base32 and writes the URI and the grouped secret an app takes', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('mzxw 6ytb oi').toString()).toBe('foobar');
    expect(groupsOfFour('GEZDGNBVGY3TQOJQ')).toBe('GEZD GNBV GY3T QOJQ');
    const text = otpauthUri('Tawasul', 'a@b.example', 'GEZDGNBV');
    expect(text.startsWith('otpauth://totp/Tawasul%3Aa%40b.example?')).toBe(true);
    const uri = new URL(text);
    expect(uri.searchParams.get('secret')).toBe('GEZDGNBV');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});
