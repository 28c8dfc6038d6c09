import { describe, expect, it } from 'vitest';
import { parseW3cDateTime, w3cDateTime } from '../../src/server/open311/open311.time.ts';

const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

describe('W3C date-times', () => {
  it('writes an instant in the configured zone with a colon in the offset', () => {
    expect(w3cDateTime(new Date('2026-11-28T07:15:00Z'), 'Asia/Bahrain')).toBe('2026-11-28T10:15:00+03:00');
    expect(w3cDateTime(new Date('2026-11-28T22:00:00.999Z'), 'Asia/Bahrain')).toBe('2026-11-29T01:00:00+03:00');
    expect(w3cDateTime('2026-11-28T07:15:00Z', 'UTC')).toBe('2026-11-28T07:15:00Z');
    expect(w3cDateTime(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe('2026-01-15T07:00:00-05:00');
    expect(w3cDateTime(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe('2026-01-15T17:30:00+05:30');
    expect(w3cDateTime(new Date(), 'Asia/Bahrain')).toMatch(W3C);
  });

  it.each([
    ['2026-11-28T10:15:00+03:00', '2026-11-28T07:15:00.000Z'],
    ['2026-11-28T10:15:00+0300', '2026-11-28T07:15:00.000Z'],
    ['2026-11-28T07:15:00Z', '2026-11-28T07:15:00.000Z'],
    ['2026-11-28T07:15:00.250z', '2026-11-28T07:15:00.250Z'],
    ['2026-11-28T10:15:00 03:00', '2026-11-28T07:15:00.000Z'], // a "+" decoded as a space
    ['2026-11-28T10:15', '2026-11-28T07:15:00.000Z'], // no zone: Bahrain's clock
    ['2026-11-28', '2026-11-27T21:00:00.000Z'], // a bare date: local midnight
    ['2026-11-28T10:15:00-05:00', '2026-11-28T15:15:00.000Z'],
  ])('reads %s', (input, iso) => {
    expect(parseW3cDateTime(input, 'Asia/Bahrain')?.toISOString()).toBe(iso);
  });

  it.each(['', 'yesterday', '2026-02-30', '2026-13-01T00:00:00Z', '2026-11-28T24:00:00Z', '28/11/2026', '2026-11-28T10:15:00+3'])(
    'refuses %j',
    (input) => {
      expect(parseW3cDateTime(input, 'Asia/Bahrain')).toBeNull();
    },
  );

  it('reads a local time across a DST change in the zone it names', () => {
    expect(parseW3cDateTime('2026-07-01T12:00:00', 'Europe/London')?.toISOString()).toBe('2026-07-01T11:00:00.000Z');
    expect(parseW3cDateTime('2026-01-01T12:00:00', 'Europe/London')?.toISOString()).toBe('2026-01-01T12:00:00.000Z');
  });
});
