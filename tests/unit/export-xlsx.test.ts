import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import { describe, expect, it } from 'vitest';
import { ReportFileError, readXlsxRows, snapshotsToXlsx } from '../../lib/export';
import { competitor } from '../helpers/records';

describe('snapshotsToXlsx', () => {
  it('writes one bold, frozen-header sheet with numbers as numbers and formula-like text as text', async () => {
    const recs = [
      competitor({ label: '=HYPERLINK("http://evil","click")', metrics: { price: 39.99, ctr: 0.125 } }),
      competitor({ key: 'B0OTHER0001', metrics: { price: 12 }, attrs: { asin: 'B0OTHER0001' } }),
    ];
    const buf = await snapshotsToXlsx([recs], { metrics: ['price', 'ctr'], attrs: ['asin'] });
    expect(buf).toBeInstanceOf(ArrayBuffer);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    expect(wb.worksheets.map((w) => w.name)).toStrictEqual(['snapshots']);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toStrictEqual([
      ...'kind,source,platform,marketplace,key,label,currency,periodFrom,periodTo,capturedAt,url,price,ctr,attr.asin'.split(
        ',',
      ),
    ]);
    const row = ws.getRow(2);
    expect(row.getCell(12).value).toBe(39.99);
    expect(row.getCell(13).value).toBe(0.125);
    expect(row.getCell(13).numFmt).toBe('0.00%');
    expect(row.getCell(6).value).toBe('=HYPERLINK("http://evil","click")');
    expect(row.getCell(6).formula).toBeUndefined();
    expect(ws.getRow(3).getCell(13).value).toBeNull();

    const rows = await readXlsxRows(buf);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(11)).toStrictEqual(['39.99', '12.5%', 'B0C1K2Z3X4']);
    expect(rows[2]?.[4]).toBe('B0OTHER0001');
  });
});

describe('readXlsxRows', () => {
  it('renders cells as a CSV would: percentages, dates, formulas by their result, blank rows kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sponsored_Products_Search_term_');
    ws.addRow(['Start Date', 'Clicks', 'CTR', 'Spend', 'Total']);
    ws.addRow([new Date(Date.UTC(2026, 5, 3)), 12, 0.0035, 10.5, { formula: 'B2*2', result: 24 }]);
    ws.getCell('C2').numFmt = '0.00%';
    ws.addRow([]);
    ws.addRow([{ richText: [{ text: 'rich ' }, { text: 'text' }] }]);
    const rows = await readXlsxRows(await wb.xlsx.writeBuffer());
    expect(rows).toStrictEqual([
      ['Start Date', 'Clicks', 'CTR', 'Spend', 'Total'],
      ['2026-06-03', '12', '0.35%', '10.5', '24'],
      [],
      ['rich text'],
    ]);
  });

  it('refuses a file that is not a zip, an old .xls, and a damaged zip, saying which', async () => {
    const text = new TextEncoder().encode('Start Date,Clicks\nJun 03, 2026,12\n');
    await expect(readXlsxRows(text)).rejects.toThrow(/not an Excel \.xlsx file/);
    await expect(readXlsxRows(text)).rejects.toBeInstanceOf(ReportFileError);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readXlsxRows(ole)).rejects.toThrow(/Excel 97-2003 \(\.xls\).*save it as \.xlsx or CSV/);
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(readXlsxRows(brokenZip)).rejects.toThrow(/damaged or not a workbook/);
  });
});
