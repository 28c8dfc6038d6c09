import { describe, expect, it } from 'vitest';
import { parseThreshold, thresholdText } from '../../src/web/features/admin/suggester/threshold-input.ts';

describe('the auto-choose threshold field', () => {
  it('reads empty as never and a confidence in (0, 1] in any digits', () => {
    expect(parseThreshold('  ')).toEqual({ ok: true, value: null });
    expect(parseThreshold('0.6')).toEqual({ ok: true, value: 0.6 });
    expect(parseThreshold('١')).toEqual({ ok: true, value: 1 });
    expect(parseThreshold('٠٫٧٥')).toEqual({ ok: true, value: 0.75 });
    for (const bad of ['0', '1.01', '-0.2', 'abc', '60%', '1e-1']) expect(parseThreshold(bad), bad).toEqual({ ok: false });
    expect(thresholdText(null)).toBe('');
    expect(thresholdText(0.45)).toBe('0.45');
  });
});
