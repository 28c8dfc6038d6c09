import { describe, expect, it } from 'vitest';
import { chartAxes, isolate, isPartial, monthLastDay } from '../../src/web/components/charts/chart-direction.ts';
import { formatPercent, formatWeight } from '../../src/web/components/charts/figures-format.ts';

describe('charts read in the page direction', () => {
  it('mirrors the time axis and puts the value axis on the right in Arabic', () => {
    expect(chartAxes('rtl')).toEqual({ xAxisProps: { reversed: true }, yAxisProps: { orientation: 'right' } });
    expect(chartAxes('ltr')).toEqual({ xAxisProps: { reversed: false }, yAxisProps: { orientation: 'left' } });
    expect(chartAxes('rtl', { percent: true }).yAxisProps).toEqual({ orientation: 'right', domain: [0, 100] });
  });

  it('lays bars on their side from the right in Arabic: names on the right, bars growing leftwards', () => {
    expect(chartAxes('rtl', { vertical: true })).toEqual({ xAxisProps: { reversed: true }, yAxisProps: { width: 160, orientation: 'right' } });
    expect(chartAxes('ltr', { vertical: true })).toEqual({ xAxisProps: { reversed: false }, yAxisProps: { width: 160, orientation: 'left' } });
  });
});

describe('the period still running', () => {
  it('is partial until its last day has passed', () => {
    expect(monthLastDay('2026-02')).toBe('2026-02-28');
    expect(monthLastDay('2024-02')).toBe('2024-02-29');
    expect(isPartial(monthLastDay('2026-11'), '2026-11-17')).toBe(true);
    expect(isPartial(monthLastDay('2026-11'), '2026-11-30')).toBe(true);
    expect(isPartial(monthLastDay('2026-10'), '2026-11-01')).toBe(false);
  });
});

describe('figures isolated for bidi', () => {
  it('wraps percentages and weights in first-strong isolates, in both languages; a missing value stays a dash', () => {
    for (const lng of ['ar', 'en'] as const) {
      expect(formatPercent(45.25, lng)).toMatch(/^\u2068[^\u2068\u2069]+\u2069$/);
      expect(formatWeight(0.35, lng)).toMatch(/^\u2068[^\u2068\u2069]+\u2069$/);
    }
    expect(formatPercent(null, 'ar')).toBe('—');
    expect(isolate('+973 3600 1234')).toBe('\u2068+973 3600 1234\u2069');
  });
});
