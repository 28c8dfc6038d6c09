/**
 * CSV (RFC 4180): UTF-8 with a byte-order mark so spreadsheet programs read Arabic as Arabic,
 * CRLF line ends, quotes only where needed. A text cell that a spreadsheet would take for a
 * formula (= + - @ at the start) gets a leading apostrophe (CSV injection).
 */

export type Cell = string | number | boolean | Date | null | undefined;

const BOM = '\uFEFF';

/** One cell as CSV text. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line (with its CRLF). */
export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole CSV document: BOM, header line, rows. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + csvLine(header) + rows.map(csvLine).join('');
}

/** The BOM, for a CSV written in pieces. */
export const csvBom = BOM;
