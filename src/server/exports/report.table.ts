import type { Bilingual, Language } from '../../common/enums.ts';
import { toCsv, type Cell } from './csv.writer.ts';
import { toXlsx } from './xlsx.writer.ts';
import { isoInZone } from '../../common/zoned-time.ts';

/** A report table in one language: a title, column headers and rows. */
export interface Table {
  title: string;
  header: string[];
  rows: Cell[][];
  widths?: number[];
}

/** A column of a report: its bilingual header and how to read it from a row. */
export interface Column<R> {
  header: Bilingual;
  value: (row: R, lang: Language) => Cell;
  width?: number;
}

/** Builds a table in a language from rows and columns. */
export function table<R>(title: Bilingual, columns: Column<R>[], rows: R[], lang: Language): Table {
  return {
    title: title[lang],
    header: columns.map((c) => c.header[lang]),
    rows: rows.map((r) => columns.map((c) => c.value(r, lang))),
    widths: columns.map((c) => c.width ?? Math.min(50, Math.max(12, c.header[lang].length + 2))),
  };
}

/** A table as CSV (UTF-8 with BOM); instants as ISO 8601 with the zone's offset. */
export function tableCsv(t: Table, timeZone: string): string {
  return toCsv(t.header, t.rows.map((r) => r.map((c) => (c instanceof Date ? isoInZone(c, timeZone) : c))));
}

/** Tables as one workbook, a sheet each; Arabic sheets read right to left. */
export function tablesXlsx(tables: Table[], lang: Language, timeZone: string): Buffer {
  return toXlsx(
    tables.map((t) => ({ name: t.title, rightToLeft: lang === 'ar', header: t.header, rows: t.rows, widths: t.widths })),
    timeZone,
  );
}
