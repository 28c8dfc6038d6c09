import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drillDowns } from '../../src/server/kpi/kpi.drilldown.ts';
import {
  bucketBounds,
  bucketOf,
  bucketValue,
  compositeScore,
  defaultWeights,
  emptyLive,
  emptySums,
  figures,
  meetsTarget,
  normalisedWeights,
  parseWeights,
  pct,
  percentile,
  ranks,
} from '../../src/server/kpi/kpi.formulas.ts';
import { splitGrains, weekStart } from '../../src/server/kpi/kpi.period.ts';
import { isoInZone, startOfLocalDay } from '../../src/common/zoned-time.ts';

describe('resolution-time buckets', () => {
  it.each([
    [0, 0, 0, 0],
    [15, 15, 15, 15],
    [16, 16, 16, 16],
    [31, 31, 31, 31],
    [32, 32, 32, 33],
    [33, 32, 32, 33],
    [64, 48, 64, 67],
    [1000, 111, 992, 1023],
  ])('%i minutes fall in bucket %i = [%i, %i]', (v, b, lo, hi) => {
    expect(bucketOf(v)).toBe(b);
    expect(bucketBounds(b)).toEqual({ lo, hi });
  });

  it('every value lies in its bucket, buckets are ordered, and a bucket is at most 1/16 of its value wide', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (v, w) => {
        const { lo, hi } = bucketBounds(bucketOf(v));
        expect(v).toBeGreaterThanOrEqual(lo);
        expect(v).toBeLessThanOrEqual(hi);
        expect(hi - lo + 1).toBeLessThanOrEqual(Math.max(1, v / 16));
        if (v < w) expect(bucketOf(v)).toBeLessThanOrEqual(bucketOf(w));
        expect(Math.abs(bucketValue(bucketOf(v)) - v)).toBeLessThanOrEqual(v / 32);
      }),
    );
  });
});

describe('percentile (nearest rank, reported as the bucket middle)', () => {
  it('finds the k-th smallest value with k = ⌈p·N⌉', () => {
    const values = [5, 1, 9, 3, 7, 100, 2000];
    const hist = new Map<number, number>();
    for (const v of values) hist.set(bucketOf(v), (hist.get(bucketOf(v)) ?? 0) + 1);
    expect(percentile(hist, 0.5)).toBe(7); // 4th of 7
    expect(percentile(hist, 0.9)).toBe(bucketValue(bucketOf(2000)));
    expect(percentile(new Map(), 0.5)).toBeNull();
  });
});

describe('figures', () => {
  it('divides only what can be divided and counts late open cases as late', () => {
    const s = { ...emptySums(), received: 10, resolved: 8, frMet: 6, frLate: 1, resMet: 6, resLate: 2, rated: 4, ratingSum: 17, ratingTop: 3, rejected: 1, everResolved: 8, reopened: 1 };
    const live = { ...emptyLive(), openBreached: 2, frOverdue: 1 };
    const f = figures(s, live, new Map());
    expect(f.firstResponseCompliance).toBe(75);
    expect(f.resolutionCompliance).toBe(60);
    expect(f.meanRating).toBe(4.25);
    expect(f.satisfiedShare).toBe(75);
    expect(f.surveyResponseRate).toBe(50);
    expect(f.rejectionRate).toBe(10);
    expect(f.reopenRate).toBe(12.5);
    expect(f.medianResolutionMinutes).toBeNull();
    expect(figures(emptySums(), emptyLive(), new Map()).resolvedShare).toBeNull();
    expect(pct(1, 3)).toBe(33.33);
  });
});

describe('composite score and rank', () => {
  const base = figures({ ...emptySums(), received: 10, resolved: 10, resMet: 9, resLate: 1, frMet: 10, rated: 5, ratingTop: 4, everResolved: 10, reopened: 1 }, emptyLive(), new Map());

  it('weighs the parts that have a value and renormalises the weights', () => {
    // 0.35·90 + 0.20·100 + 0.20·80 + 0.15·100 + 0.10·(100−10) = 91.5
    expect(compositeScore(base, defaultWeights)).toBe(91.5);
    const noRatings = { ...base, satisfiedShare: null };
    expect(compositeScore(noRatings, defaultWeights)).toBe(Math.round((100 * (35 * 90 + 20 * 100 + 15 * 100 + 10 * 90)) / 80) / 100);
    expect(compositeScore({ ...base, received: 0 }, defaultWeights)).toBeNull();
  });

  it('ranks by competition ranking and leaves nulls unranked', () => {
    expect(ranks([80, 90, 80, null, 70])).toEqual([2, 1, 2, null, 4]);
  });

  it('parses weights and refuses nonsense', () => {
    expect(parseWeights('resolutionCompliance=50,satisfiedShare:50').resolutionCompliance).toBe(50);
    expect(() => parseWeights('speed=3')).toThrow(RangeError);
    expect(() => parseWeights('resolutionCompliance=0,firstResponseCompliance=0,satisfiedShare=0,resolvedShare=0,reopenRate=0')).toThrow();
    const n = normalisedWeights(defaultWeights);
    expect(Object.values(n).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('meets a target in the direction that is better', () => {
    expect(meetsTarget('resolutionCompliance', 90, 90)).toBe(true);
    expect(meetsTarget('reopenRate', 6, 5)).toBe(false);
    expect(meetsTarget('reopenRate', null, 5)).toBeNull();
  });
});

describe('periods', () => {
  it('splits a period into whole months and loose days', () => {
    expect(splitGrains({ from: '2026-01-12', to: '2026-04-03' })).toEqual({
      months: { from: '2026-02-01', to: '2026-04-01' },
      days: [
        { from: '2026-01-12', to: '2026-01-31' },
        { from: '2026-04-01', to: '2026-04-03' },
      ],
    });
    expect(splitGrains({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ months: { from: '2026-01-01', to: '2027-01-01' }, days: [] });
    expect(splitGrains({ from: '2026-01-05', to: '2026-01-20' })).toEqual({ months: null, days: [{ from: '2026-01-05', to: '2026-01-20' }] });
  });

  it('starts weeks on Sunday and days at local midnight', () => {
    expect(weekStart('2026-11-28')).toBe('2026-11-22'); // a Saturday → the Sunday before
    expect(weekStart('2026-11-22')).toBe('2026-11-22');
    expect(startOfLocalDay('2026-03-01', 'Asia/Bahrain').toISOString()).toBe('2026-02-28T21:00:00.000Z');
    expect(startOfLocalDay('2026-03-29', 'Europe/London').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(isoInZone(new Date('2026-02-28T21:00:00Z'), 'Asia/Bahrain')).toBe('2026-03-01T00:00:00+03:00');
  });
});

describe('drill-down', () => {
  it('names a case-list query for every figure and says which are not yet exact', () => {
    const d = drillDowns({ under3Days: {}, days3to7: {}, days8to30: {}, over30Days: {} });
    expect(d.resolved).toEqual({ cases: [{ status: 'resolved,closed,implemented' }], exact: true });
    expect(d.resolutionCompliance).toEqual({ cases: [{ resolution: 'met' }], of: [{ resolution: 'met,late,overdue' }], exact: true });
    expect(d.firstResponseCompliance).toEqual({ cases: [{ firstResponse: 'met' }], of: [{ firstResponse: 'met,late,overdue' }], exact: true });
    expect(d.satisfiedShare).toEqual({ cases: [{ rated: 'true', rating: '4,5' }], of: [{ rated: 'true' }], exact: true });
    // Percentiles are the one kind of figure a list cannot hold exactly: it would need an order.
    const approximate = Object.entries(d).filter(([, v]) => !v.exact);
    expect(approximate.map(([k, v]) => [k, v.needs])).toEqual([
      ['medianResolutionMinutes', { sort: 'resolutionWorkingMinutes' }],
      ['p90ResolutionMinutes', { sort: 'resolutionWorkingMinutes' }],
    ]);
  });
});
