import type { Bilingual, Language } from '../../common/enums.ts';
import { csvBom, csvLine, toCsv, type Cell } from './csv.writer.ts';
import { toXlsx, xlsxStream } from './xlsx.writer.ts';
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

/** A table whose rows come later, a batch at a time (an export too large to hold). */
export interface TableStream extends Omit<Table, 'rows'> {
  batches: AsyncIterable<Cell[][]>;
}

function head<R>(title: Bilingual, columns: Column<R>[], lang: Language): Omit<Table, 'rows'> {
  return {
    title: title[lang],
    header: columns.map((c) => c.header[lang]),
    widths: columns.map((c) => c.width ?? Math.min(50, Math.max(12, c.header[lang].length + 2))),
  };
}

/** Builds a table in a language from rows and columns. */
export function table<R>(title: Bilingual, columns: Column<R>[], rows: R[], lang: Language): Table {
  return { ...head(title, columns, lang), rows: rows.map((r) => columns.map((c) => c.value(r, lang))) };
}

/** A table whose rows are read page by page as the reader of the export takes them. */
export function tableStream<R>(title: Bilingual, columns: Column<R>[], pages: AsyncIterable<R[]>, lang: Language): TableStream {
  async function* batches() {
    for await (const page of pages) yield page.map((r) => columns.map((c) => c.value(r, lang)));
  }
  return { ...head(title, columns, lang), batches: batches() };
}

const zoned = (cells: Cell[], timeZone: string) => cells.map((c) => (c instanceof Date ? isoInZone(c, timeZone) : c));

/** A table as CSV (UTF-8 with BOM); instants as ISO 8601 with the zone's offset. */
export function tableCsv(t: Table, timeZone: string): string {
  return toCsv(t.header, t.rows.map((r) => zoned(r, timeZone)));
}

/** A streamed table as CSV, one chunk a batch (the same text as {@link tableCsv}). */
export async function* tableCsvStream(t: TableStream, timeZone: string): AsyncGenerator<Buffer> {
  yield Buffer.from(csvBom + csvLine(t.header), 'utf8');
  for await (const batch of t.batches) {
    let text = '';
    for (const r of batch) text += csvLine(zoned(r, timeZone));
    if (text) yield Buffer.from(text, 'utf8');
  }
}

/** A streamed table as a one-sheet workbook; an Arabic sheet reads right to left. */
export function tableXlsxStream(t: TableStream, lang: Language, timeZone: string): AsyncGenerator<Buffer> {
  return xlsxStream({ name: t.title, rightToLeft: lang === 'ar', header: t.header, widths: t.widths }, t.batches, timeZone);
}

/** Tables as one workbook, a sheet each; Arabic sheets read right to left. */
export function tablesXlsx(tables: Table[], lang: Language, timeZone: string): Buffer {
  return toXlsx(
    tables.map((t) => ({ name: t.title, rightToLeft: lang === 'ar', header: t.header, rows: t.rows, widths: t.widths })),
    timeZone,
  );
}
