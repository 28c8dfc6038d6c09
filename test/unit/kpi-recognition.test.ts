import { describe, expect, it } from 'vitest';
import { isRankedPeer, MIN_RANKED_FOR_STANDING, standings } from '../../src/server/kpi/kpi.formulas.ts';
import { lastEndedPeriod, recognitionPeriodOf } from '../../src/server/kpi/recognition.ts';

describe('standing: top and bottom three', () => {
  it('marks none among fewer than seven ranked', () => {
    expect(MIN_RANKED_FOR_STANDING).toBe(7);
    expect(standings([1, 2, 3, 4, 5, 6])).toEqual([null, null, null, null, null, null]);
    expect(standings([1, 2, 3, 4, 5, 6, null, null])).toEqual(Array(8).fill(null));
  });

  it('marks the first three and the last three among seven or more; unranked never', () => {
    expect(standings([1, 2, 3, 4, 5, 6, 7])).toEqual(['top', 'top', 'top', null, 'bottom', 'bottom', 'bottom']);
    expect(standings([3, 1, null, 2, 8, 7, 6, 5, 4])).toEqual(['top', 'top', null, 'top', 'bottom', 'bottom', 'bottom', null, null]);
  });
});

describe('ranked peers', () => {
  const tree = [
    { id: 1, parentId: null, kind: 'ministry' },
    { id: 2, parentId: 1, kind: 'municipality' },
    { id: 3, parentId: 2, kind: 'unit' },
  ];
  it('leaves out an entity that has an entity below it; units below do not count', () => {
    expect(isRankedPeer(tree[0]!, tree)).toBe(false);
    expect(isRankedPeer(tree[1]!, tree)).toBe(true);
  });
});

describe('recognition periods', () => {
  it.each([
    ['quarter', '2026-05-17', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-12-31', '2026-10-01', '2026-12-31'],
    ['half', '2026-07-01', '2026-07-01', '2026-12-31'],
    ['month', '2024-02-10', '2024-02-01', '2024-02-29'],
    ['year', '2026-03-03', '2026-01-01', '2026-12-31'],
  ] as const)('%s holding %s is %s to %s', (kind, day, from, to) => {
    expect(recognitionPeriodOf(kind, day)).toEqual({ from, to });
  });

  it('the last ended period is the one before today’s', () => {
    expect(lastEndedPeriod('quarter', '2026-01-15')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(lastEndedPeriod('quarter', '2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });
});
