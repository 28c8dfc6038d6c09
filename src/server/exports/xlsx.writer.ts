import { offsetMinutes } from '../../common/zoned-time.ts';
import type { Cell } from './csv.writer.ts';
import { zip, zipStream } from './zip.writer.ts';

/**
 * A minimal XLSX (Office Open XML SpreadsheetML) writer: shared strings, a bold frozen header row,
 * dates as real date cells in the given zone, numbers as numbers, and right-to-left sheets for
 * Arabic. Written by hand — a workbook is a zip of a few XML parts. `xlsxStream` writes a sheet
 * whose rows come in batches, with inline strings, as the rows come.
 */

export interface Sheet {
  name: string;
  rightToLeft: boolean;
  header: string[];
  rows: Cell[][];
  /** Column widths in characters. */
  widths?: number[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data (characters XML 1.0 forbids are dropped). */
export function xmlText(s: string): string {
  return s.replace(notXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let n = base;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)} ${i}`;
  taken.add(n.toLowerCase());
  return n;
}

class SharedStrings {
  readonly list: string[] = [];
  readonly #index = new Map<string, number>();
  id(s: string): number {
    let i = this.#index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.#index.set(s, i);
    }
    return i;
  }
}

function cellXml(ref: string, v: Cell, strings: SharedStrings | null, timeZone: string, style = 0): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${v}</v></c>` : '';
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) {
    const serial = (v.getTime() + offsetMinutes(v.getTime(), timeZone) * 60_000) / 86_400_000 + 25569;
    return `<c r="${ref}" s="2"><v>${serial}</v></c>`;
  }
  if (!strings) return '';
  return `<c r="${ref}" t="s"${style ? ` s="${style}"` : ''}><v>${strings.id(v)}</v></c>`;
}

function sheetXml(sheet: Sheet, strings: SharedStrings, timeZone: string): string {
  const rows = [sheet.header as Cell[], ...sheet.rows];
  const lastCol = columnName(Math.max(sheet.header.length, 1) - 1);
  const widths = sheet.header.map((h, i) => sheet.widths?.[i] ?? Math.min(60, Math.max(10, h.length + 4)));
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const body = rows
    .map((cells, r) => {
      const xml = cells.map((v, c) => cellXml(`${columnName(c)}${r + 1}`, v, strings, timeZone, r === 0 ? 1 : 0)).join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${lastCol}${rows.length}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${sheet.rightToLeft ? ' rightToLeft="1"' : ''}>` +
    `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${cols}</cols><sheetData>${body}</sheetData>` +
    (sheet.rows.length ? `<autoFilter ref="A1:${lastCol}${rows.length}"/>` : '') +
    `</worksheet>`
  );
}

const styles =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

/** The parts of a workbook besides its sheets (and shared strings): package, workbook, styles. */
function workbookParts(names: string[], sharedStrings: boolean): { name: string; data: Buffer }[] {
  const sstRel = sharedStrings ? `<Relationship Id="rId${names.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '';
  const sstType = sharedStrings
    ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
    : '';
  const workbook =
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<bookViews><workbookView/></bookViews><sheets>` +
    names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets></workbook>`;
  const wbRels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${names.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    sstRel +
    `</Relationships>`;
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    names
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('') +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    sstType +
    `</Types>`;
  const rootRels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  return [
    { name: '[Content_Types].xml', data: utf8(contentTypes) },
    { name: '_rels/.rels', data: utf8(rootRels) },
    { name: 'xl/workbook.xml', data: utf8(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: utf8(wbRels) },
    { name: 'xl/styles.xml', data: utf8(styles) },
  ];
}

/** A workbook of one or more sheets, as the bytes of an .xlsx file. */
export function toXlsx(sheets: Sheet[], timeZone = 'UTC'): Buffer {
  const strings = new SharedStrings();
  const taken = new Set<string>();
  const names = sheets.map((s) => sheetName(s.name, taken));
  const sheetParts = sheets.map((s) => sheetXml(s, strings, timeZone));
  const sst =
    `${XML_HEAD}<sst xmlns="${MAIN}" count="${strings.list.length}" uniqueCount="${strings.list.length}">` +
    strings.list.map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`).join('') +
    `</sst>`;
  return zip([
    ...workbookParts(names, true),
    { name: 'xl/sharedStrings.xml', data: Buffer.from(sst, 'utf8') },
    ...sheetParts.map((xml, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.from(xml, 'utf8') })),
  ]);
}

/** A sheet whose rows come later, a batch at a time. */
export type SheetHead = Omit<Sheet, 'rows'>;

/** One cell of a streamed sheet: text inline (no shared strings to keep), dates in the zone. */
function inlineCellXml(ref: string, v: Cell, timeZone: string, style = 0): string {
  if (typeof v === 'string' && v !== '') {
    return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
  }
  return cellXml(ref, v, null, timeZone, style);
}

/** A worksheet's XML, written a batch of rows at a time; the filter's range is known at the end. */
async function* sheetStream(sheet: SheetHead, batches: AsyncIterable<Cell[][]>, timeZone: string): AsyncGenerator<Buffer> {
  const letters = sheet.header.map((_, i) => columnName(i));
  const lastCol = columnName(Math.max(sheet.header.length, 1) - 1);
  const widths = sheet.header.map((h, i) => sheet.widths?.[i] ?? Math.min(60, Math.max(10, h.length + 4)));
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const row = (cells: Cell[], r: number, style: number) =>
    `<row r="${r}">${cells.map((v, c) => inlineCellXml(`${letters[c] ?? columnName(c)}${r}`, v, timeZone, style)).join('')}</row>`;
  yield Buffer.from(
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<sheetViews><sheetView workbookViewId="0"${sheet.rightToLeft ? ' rightToLeft="1"' : ''}>` +
      `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      `<cols>${cols}</cols><sheetData>${row(sheet.header, 1, 1)}`,
    'utf8',
  );
  let n = 1;
  for await (const batch of batches) {
    let xml = '';
    for (const cells of batch) xml += row(cells, ++n, 0);
    if (xml) yield Buffer.from(xml, 'utf8');
  }
  yield Buffer.from(`</sheetData>${n > 1 ? `<autoFilter ref="A1:${lastCol}${n}"/>` : ''}</worksheet>`, 'utf8');
}

/**
 * A one-sheet workbook written as its rows come (batches of rows in, chunks of the .xlsx out):
 * inline strings instead of shared ones, so nothing grows with the rows but the row count.
 */
export function xlsxStream(sheet: SheetHead, batches: AsyncIterable<Cell[][]>, timeZone = 'UTC'): AsyncGenerator<Buffer> {
  const name = sheetName(sheet.name, new Set());
  return zipStream([...workbookParts([name], false), { name: 'xl/worksheets/sheet1.xml', data: sheetStream(sheet, batches, timeZone) }]);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
