import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/server/exports/csv.writer.ts';
import { crc32, zip } from '../../src/server/exports/zip.writer.ts';
import { columnName, toXlsx, xmlText } from '../../src/server/exports/xlsx.writer.ts';

/** Reads a zip by its central directory and inflates each entry (checking sizes and CRCs). */
function unzip(buf: Buffer): Map<string, Buffer> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const packed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + packed);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    out.set(name, data);
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

describe('zip writer', () => {
  it('writes entries any reader can inflate, with CRC-32 and UTF-8 names', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const files = unzip(zip([{ name: 'a.txt', data: Buffer.from('hello') }, { name: 'مجلد/ب.xml', data: Buffer.from('<x>نص</x>') }]));
    expect(files.get('a.txt')!.toString()).toBe('hello');
    expect(files.get('مجلد/ب.xml')!.toString()).toBe('<x>نص</x>');
  });
});

describe('xlsx writer', () => {
  const arabic = 'تراكم النفايات في مجمع ٢٠٤ — "عاجل" & <مهم>';
  const book = toXlsx(
    [
      { name: 'الطلبات', rightToLeft: true, header: ['الرقم المرجعي', 'الوصف', 'التاريخ', 'العدد'], rows: [['26-0000001-5', arabic, new Date('2026-03-01T09:30:00Z'), 42]] },
      { name: 'Cases: [en]', rightToLeft: false, header: ['Reference'], rows: [['26-0000001-5']] },
    ],
    'Asia/Bahrain',
  );
  const files = unzip(book);

  it('holds the parts of a workbook', () => {
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      expect(files.has(part), part).toBe(true);
    }
  });

  it('keeps Arabic intact in the shared strings, escaped as XML', () => {
    const sst = files.get('xl/sharedStrings.xml')!.toString('utf8');
    expect(sst).toContain(xmlText(arabic));
    expect(sst).toContain('تراكم النفايات في مجمع ٢٠٤');
    expect(sst).toContain('&amp; &lt;مهم&gt;');
    expect(sst).toContain('الرقم المرجعي');
  });

  it('sets Arabic sheets right to left and English ones not', () => {
    const s1 = files.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    const s2 = files.get('xl/worksheets/sheet2.xml')!.toString('utf8');
    expect(s1).toMatch(/<sheetView [^>]*rightToLeft="1"/);
    expect(s2).not.toContain('rightToLeft');
    expect(s1).toContain('<c r="D2"><v>42</v></c>');
    // 2026-03-01 12:30 in Bahrain as an Excel serial with the date style
    expect(s1).toMatch(/<c r="C2" s="2"><v>46082\.52083/);
    const wb = files.get('xl/workbook.xml')!.toString('utf8');
    expect(wb).toContain('name="الطلبات"');
    expect(wb).toContain('name="Cases   en"');
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('csv writer', () => {
  it('starts with a BOM, quotes only when needed, and defuses formulas', () => {
    const csv = toCsv(['الخدمة', 'n'], [['إنارة، "شارع"', 3], ['=1+1', -2], [null, 1.5]]);
    expect(csv.startsWith('\uFEFFالخدمة,n\r\n')).toBe(true);
    expect(csv).toContain('"إنارة، ""شارع""",3\r\n');
    expect(csv).toContain("'=1+1,-2\r\n");
    expect(csv).toContain(',1.5\r\n');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
