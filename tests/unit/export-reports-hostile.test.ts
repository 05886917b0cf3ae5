import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpsLensDb } from '../../lib/db';
import {
  importRecords,
  importReport,
  importReportFile,
  type ReportOptions,
  withoutId,
} from '../../lib/export';
import { file, NOV, rowsOf } from '../helpers/report-files';

describe('hostile and broken report files leave the database unchanged', () => {
  let db: OpsLensDb;
  let n = 0;
  beforeEach(async () => {
    db = new OpsLensDb(`opslens-export-reports-${n++}`);
    await db.open();
    await importRecords(
      db,
      importReport(rowsOf('business-report-legacy.csv'), {
        fileName: 'a.csv',
        marketplace: 'amazon.com',
        period: NOV,
      }).records,
    );
  });
  afterEach(async () => {
    await db.delete();
  });
  const dump = async () => ({
    snapshots: (await db.history.toArray()).map(withoutId),
    entities: await db.entities.toArray(),
  });

  async function attempt(bytes: Uint8Array | ArrayBuffer, opts: Partial<ReportOptions> = {}) {
    const before = await dump();
    const res = await importReportFile(bytes, {
      fileName: 'upload.csv',
      marketplace: 'amazon.com',
      period: NOV,
      ...opts,
    });
    if (res.records.length) await importRecords(db, res.records);
    expect(await dump()).toStrictEqual(before);
    return res;
  }
  const text = (s: string) => new TextEncoder().encode(s);

  it('an empty file', async () => {
    expect((await attempt(new Uint8Array())).error).toBe('The file is empty.');
  });
  it('a CSV with no recognisable header', async () => {
    const res = await attempt(text('Name,Price,Stock\nKettle,12.99,4\n'));
    expect(res).toMatchObject({ kind: 'unknown', records: [] });
    expect(res.error).toMatch(/^No report OpsLens can import was found in this file/);
  });
  it('binary garbage', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect((await attempt(garbage)).error).toBe(
      'This file is neither a CSV text file nor an .xlsx workbook.',
    );
  });
  it('an .xlsx that is not a zip', async () => {
    expect(
      (await attempt(text('(Child) ASIN,Sessions\nB0C1K2Z3X4,12\n'), { fileName: 'report.xlsx' })).error,
    ).toBe('This is not an Excel .xlsx file (an .xlsx file is a zip archive; this is not).');
  });
  it('an old Excel 97-2003 file', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await attempt(ole, { fileName: '商品效果.xls' })).error).toMatch(/Excel 97-2003 \(\.xls\)/);
  });
  it('a web page saved as .xls', async () => {
    const res = await attempt(text('<html><body><table><tr><td>统计日期</td></tr></table></body></html>'));
    expect(res.error).toMatch(/web page saved with a spreadsheet name/);
  });
  it('importing the same file again adds nothing', async () => {
    const res = await attempt(file('business-report-legacy.csv'), { fileName: 'again.csv' });
    expect(res.records).toHaveLength(20);
    expect(await importRecords(db, res.records)).toStrictEqual({ added: 0, skipped: 20 });
  });
  it('rows with -- cells import without those metrics, never as 0', async () => {
    const rows = [
      [
        '(Child) ASIN',
        'Title',
        'Sessions - Total',
        'Units Ordered',
        'Unit Session Percentage',
        'Ordered Product Sales',
      ],
      ['B0NEW00001', 'New kettle', '--', '-', '—', ''],
      ['B0NEW00002', 'Other', '1,200', '--', '--', '$1,234.00'],
    ];
    const res = importReport(rows, { fileName: 'x.csv', marketplace: 'amazon.com', period: NOV });
    expect(res.records.map((r) => r.metrics)).toStrictEqual([{}, { sessions: 1200, sales: 1234 }]);
    expect(await importRecords(db, res.records)).toStrictEqual({ added: 2, skipped: 0 });
  });
  it('a cell that is not a number skips its row with the reason', () => {
    const rows = [
      ['(Child) ASIN', 'Sessions', 'Units Ordered'],
      ['B0NEW00001', '12abc', '1'],
      ['not an asin', '5', '1'],
      ['B0NEW00003', '5', '1.5'],
      ['B0NEW00004', '5', '2'],
    ];
    const res = importReport(rows, { fileName: 'x.csv', marketplace: 'amazon.com', period: NOV });
    expect(res.records.map((r) => r.key)).toStrictEqual(['B0NEW00004']);
    expect(res.skipped).toStrictEqual([
      {
        row: 2,
        reason: 'Sessions: "12abc" is not a number',
        why: { code: 'notNumber', column: 'Sessions', value: '12abc' },
      },
      {
        row: 3,
        reason: 'no child ASIN ("not an asin")',
        why: { code: 'noId', column: '(Child) ASIN', value: 'not an asin' },
      },
      {
        row: 4,
        reason: 'Units Ordered: "1.5" is not a whole number',
        why: { code: 'notWhole', column: 'Units Ordered', value: '1.5' },
      },
    ]);
  });
  it('a second row for the same entity and dates is skipped, not stored as another reading', () => {
    const rows = rowsOf('sp-search-term-report.csv').slice(0, 3);
    rows.push([...rows[2]!]);
    const res = importReport(rows, { fileName: 'x.csv', marketplace: 'amazon.com' });
    expect(res.records).toHaveLength(2);
    expect(res.skipped).toStrictEqual([
      { row: 4, reason: 'the same searchTerm and dates as row 3', why: { code: 'duplicate', first: 3 } },
    ]);
  });
  it('a row whose record fails validation is skipped, not stored', () => {
    const rows = [
      ['(Child) ASIN', 'Title', 'Sessions'],
      ['B0NEW00001', 'x'.repeat(2001), '5'],
    ];
    const res = importReport(rows, { fileName: 'x.csv', marketplace: 'amazon.com', period: NOV });
    expect(res).toMatchObject({ records: [], skipped: [{ row: 2, reason: 'label: is too long' }] });
  });
});
