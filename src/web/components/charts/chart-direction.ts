/*
 * How a chart reads in the page's direction. Right to left, time runs from the right (the first
 * month at the right edge) and the value axis stands on the right; a bar chart laid on its side
 * has its names on the right and its bars growing leftwards — the mirror of the left-to-right
 * drawing, as Arabic readers read a line of text.
 */

export type Direction = 'ltr' | 'rtl';

/** Axis settings (recharts' XAxis/YAxis props) for a chart in a direction. */
export function chartAxes(dir: Direction, opts: { vertical?: boolean; percent?: boolean } = {}) {
  const rtl = dir === 'rtl';
  const domain = opts.percent ? { domain: [0, 100] } : {};
  if (opts.vertical) {
    // Names on the category (Y) axis, values along X.
    return { xAxisProps: { reversed: rtl, ...domain }, yAxisProps: { width: 160, orientation: rtl ? ('right' as const) : ('left' as const) } };
  }
  return { xAxisProps: { reversed: rtl }, yAxisProps: { orientation: rtl ? ('right' as const) : ('left' as const), ...domain } };
}

/**
 * Whether a period's figures are still coming in: it ends on or after today (local dates,
 * YYYY-MM-DD). A partial month is marked, so a short last bar is not read as a fall.
 */
export function isPartial(periodEnd: string, today: string): boolean {
  return periodEnd >= today;
}

/** A month's last day (for YYYY-MM). */
export function monthLastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** First strong isolate … pop directional isolate: keeps a figure ("٪٤٥", "+973 3600 1234") in one piece inside text of the other direction. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
