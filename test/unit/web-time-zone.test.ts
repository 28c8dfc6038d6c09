import { afterEach, describe, expect, it } from 'vitest';
import { runtimeConfig } from '../../src/web/app/runtime-config.ts';
import { todayLocal } from '../../src/web/features/dashboards/period.ts';
import { formatDualDate } from '../../src/web/i18n/format.ts';

// 2026-03-01 22:30 UTC: already 2 March in Bahrain (UTC+3), still 1 March in New York (UTC-5).
const instant = '2026-03-01T22:30:00Z';

describe("dates in the web app follow the installation's time zone", () => {
  const initial = runtimeConfig.timeZone;
  afterEach(() => {
    runtimeConfig.timeZone = initial;
  });

  it("shows Bahrain's time by default", () => {
    expect(initial).toBe('Asia/Bahrain');
    expect(formatDualDate(instant, 'en').gregorian).toMatch(/2 Mar 2026, 01:30/);
    expect(todayLocal(new Date(instant))).toBe('2026-03-02');
  });

  it('shows another zone when the server says so', () => {
    runtimeConfig.timeZone = 'America/New_York';
    expect(formatDualDate(instant, 'en').gregorian).toMatch(/1 Mar 2026, 17:30/);
    expect(todayLocal(new Date(instant))).toBe('2026-03-01');
  });
});
