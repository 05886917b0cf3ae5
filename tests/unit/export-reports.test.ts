import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpsLensDb } from '../../lib/db';
import {
  detectReport,
  importRecords,
  importReport,
  importReportFile,
  parseCsv,
  type ReportOptions,
  withoutId,
} from '../../lib/export';
import { SnapshotRecord } from '../../lib/model';
import { FIXTURES } from '../helpers/fixtures';

const file = (name: string) => readFileSync(join(FIXTURES, 'reports', name));
const rowsOf = (name: string) => parseCsv(file(name).toString('utf8'));
const NOV = { from: '2026-11-01', to: '2026-11-20' };

function expectValid(records: SnapshotRecord[]) {
  for (const r of records) expect(SnapshotRecord.safeParse(r).success).toBe(true);
}

describe('detectReport', () => {
  it('tells every fixture apart by its header', () => {
    expect(detectReport(rowsOf('business-report-current.csv'))).toBe('amazon-business-report');
    expect(detectReport(rowsOf('business-report-legacy.csv'))).toBe('amazon-business-report');
    expect(detectReport(rowsOf('sp-search-term-report.csv'))).toBe('amazon-search-terms');
    expect(detectReport(rowsOf('sp-search-term-report-legacy.csv'))).toBe('amazon-search-terms');
    expect(detectReport(rowsOf('sqp-brand-weekly.csv'))).toBe('amazon-sqp');
    expect(detectReport(rowsOf('sycm-items.csv'))).toBe('sycm-items');
    expect(detectReport(rowsOf('sycm-shop-overview.csv'))).toBe('sycm-shop');
    expect(
      detectReport([
        ['Name', 'Price'],
        ['Kettle', '12'],
      ]),
    ).toBeUndefined();
  });
});

describe('Amazon Business Report', () => {
  const opts: ReportOptions = {
    fileName: 'BusinessReport-11-21-26.csv',
    marketplace: 'amazon.com',
    period: NOV,
  };

  it('imports every child ASIN of the current header generation, ignoring the B2B twins', () => {
    const res = importReport(rowsOf('business-report-current.csv'), opts);
    expect(res).toMatchObject({ kind: 'amazon-business-report', skipped: [], warnings: [] });
    expect(res.records).toHaveLength(20);
    expectValid(res.records);
    expect(res.records[0]).toStrictEqual({
      kind: 'listing',
      source: 'amazon.business-report-file',
      platform: 'amazon',
      marketplace: 'amazon.com',
      key: 'B0C1K2Z3X4',
      label: 'Electric Kettle 1.7L, Stainless Steel, BPA-Free',
      currency: 'USD',
      period: NOV,
      capturedAt: '2026-11-20T23:59:59.000Z',
      url: 'file:BusinessReport-11-21-26.csv',
      metrics: {
        sessions: 1530,
        pageViews: 2064,
        buyBoxPct: 1,
        unitsOrdered: 206,
        conversionRate: 0.1346,
        sales: 7207.94,
        orders: 206,
      },
      attrs: { asin: 'B0C1K2Z3X4', parentAsin: 'B0C1K2PARN' },
    });
    expect(res.records[2]?.label).toBe('Electric Kettle 1.7L, "Limited" Copper Edition');
  });

  it('reads the older header generation to the same records', () => {
    const current = importReport(rowsOf('business-report-current.csv'), opts).records;
    const legacy = importReport(rowsOf('business-report-legacy.csv'), opts).records;
    expect(legacy).toStrictEqual(current);
  });

  it('asks for the period and the marketplace when the file does not give them', () => {
    const rows = rowsOf('business-report-current.csv');
    expect(importReport(rows, { ...opts, period: undefined })).toMatchObject({
      records: [],
      needs: ['period'],
    });
    expect(importReport(rows, { ...opts, marketplace: undefined })).toMatchObject({
      records: [],
      needs: ['marketplace'],
      error: 'The file does not say which marketplace it is for: choose one.',
    });
  });

  it('takes the period from a Date column, in the marketplace’s number and date formats', () => {
    const rows = [
      [
        'Datum',
        '(Untergeordnete) ASIN',
        'Titel',
        'Sitzungen - Summe',
        'Durch bestellte Produkte erzielter Umsatz',
      ],
      ['03/11/2026', 'B0C1K2Z3X4', 'Wasserkocher', '1.234', '2.345,67 €'],
      ['04/11/2026', 'B0C1K2Z3X4', 'Wasserkocher', '--', '$12.00'],
    ];
    const res = importReport(rows, { fileName: 'de.csv', marketplace: 'www.amazon.de' });
    expect(res.records).toHaveLength(1);
    expect(res.records[0]).toMatchObject({
      marketplace: 'amazon.de',
      currency: 'EUR',
      period: { from: '2026-11-03', to: '2026-11-03' },
      metrics: { sessions: 1234, sales: 2345.67 },
    });
    expect(res.skipped).toStrictEqual([
      {
        row: 3,
        reason: 'Durch bestellte Produkte erzielter Umsatz: "$12.00" is in USD, the report is in EUR',
      },
    ]);
  });
});

describe('Sponsored Products search term report', () => {
  const opts: ReportOptions = {
    fileName: 'Sponsored_Products_Search_term_report.csv',
    marketplace: 'amazon.com',
  };

  it('imports one searchTerm per row with ad attrs and the report period', () => {
    const res = importReport(rowsOf('sp-search-term-report.csv'), opts);
    expect(res).toMatchObject({ kind: 'amazon-search-terms', skipped: [], warnings: [] });
    expect(res.records).toHaveLength(25);
    expectValid(res.records);
    expect(res.records[0]).toStrictEqual({
      kind: 'searchTerm',
      source: 'amazon.sp-search-term-report',
      platform: 'amazon',
      marketplace: 'amazon.com',
      key: 'electric kettle | SP - Kettle - Auto | Auto - All | close-match',
      label: 'electric kettle',
      currency: 'USD',
      period: { from: '2026-06-03', to: '2026-07-02' },
      capturedAt: '2026-07-02T23:59:59.000Z',
      url: 'file:Sponsored_Products_Search_term_report.csv',
      metrics: {
        impressions: 2052,
        clicks: 4,
        ctr: 0.001949,
        cpc: 1.01,
        spend: 4.04,
        sales: 139.96,
        acos: 0.0289,
        roas: 34.64,
        orders: 4,
        unitsOrdered: 5,
        conversionRate: 1,
      },
      attrs: { campaign: 'SP - Kettle - Auto', adGroup: 'Auto - All', targeting: 'close-match' },
    });
    // No sales: ACOS is blank in the file and absent here, not 0.
    const unsold = res.records.find((r) => r.metrics.sales === 0);
    expect(unsold?.metrics).not.toHaveProperty('acos');
    expect(res.records.find((r) => r.label === 'tea kettle electric')?.attrs).toStrictEqual({
      campaign: 'SP | Kettle | Exact',
      adGroup: 'Kettle Exact',
      targeting: 'tea kettle electric',
      matchType: 'EXACT',
      portfolio: 'Kitchen',
    });
  });

  it('reads the older spellings (trailing spaces, ACoS/RoAS, Click Thru) with rates as bare fractions', () => {
    const res = importReport(rowsOf('sp-search-term-report-legacy.csv'), opts);
    expect(res.records).toHaveLength(8);
    expect(res.warnings).toStrictEqual([]);
    expect(res.records[0]?.metrics).toStrictEqual({
      impressions: 2052,
      clicks: 4,
      ctr: 0.0019,
      cpc: 1.01,
      spend: 4.04,
      sales: 139.96,
      acos: 0.0289,
      roas: 34.64,
      orders: 4,
      unitsOrdered: 5,
      conversionRate: 1,
    });
  });

  it('reads the xlsx export: numbers as numbers, percent-formatted rates, the same records as the CSV', async () => {
    const rows = rowsOf('sp-search-term-report-legacy.csv');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sponsored Product Search Term R');
    ws.addRow(rows[0]);
    for (const r of rows.slice(1))
      ws.addRow(r.map((c, i) => (i >= 8 && c !== '' ? Number(c) : c))).eachCell((cell, col) => {
        if ([11, 15, 19].includes(col)) cell.numFmt = '0.00%';
      });
    const res = await importReportFile(await wb.xlsx.writeBuffer(), { ...opts, fileName: 'report.xlsx' });
    const csv = importReport(rows, { ...opts, fileName: 'report.xlsx' });
    expect(res.records).toStrictEqual(csv.records);
  });

  it('leaves out a bare rate that fits neither a fraction nor a percentage of its counts', () => {
    const rows = rowsOf('sp-search-term-report-legacy.csv').slice(0, 2);
    rows[1]![10] = '0.5'; // CTR of 4 clicks in 2,052 impressions is 0.0019, not 0.5 nor 0.005
    const res = importReport(rows, opts);
    expect(res.records[0]?.metrics).not.toHaveProperty('ctr');
    expect(res.warnings).toStrictEqual([
      'ctr: values without a % sign that match neither a fraction nor a percentage of the counts were left out.',
    ]);
  });
});

describe('Brand Analytics Search Query Performance', () => {
  it('reads past the BOM and metadata row, period from the selected week, own counts as metrics', async () => {
    const res = await importReportFile(file('sqp-brand-weekly.csv'), {
      fileName: 'US_Search_Query_Performance_Brand_View_Simple_Week_2026_11_21.csv',
    });
    expect(res.kind).toBe('amazon-sqp');
    expect(res.records).toHaveLength(12);
    expectValid(res.records);
    expect(res.warnings).toStrictEqual(['Marketplace amazon.com taken from the file name.']);
    const [first] = res.records;
    expect(first).toMatchObject({
      kind: 'searchTerm',
      source: 'amazon.sqp-report',
      marketplace: 'amazon.com',
      key: 'electric kettle',
      label: 'electric kettle',
      period: { from: '2026-11-15', to: '2026-11-21' },
      attrs: { brand: 'Brewline' },
    });
    // Brand counts are the brand's own; the market-wide totals and shares sit beside them.
    expect(first!.metrics).toStrictEqual({
      searchVolume: 30447,
      impressions: 24046,
      marketImpressions: 852516,
      impressionShare: 0.0282,
      clicks: 752,
      marketClicks: 39095,
      clickShare: 0.0192,
      addToCart: 328,
      marketCartAdds: 6899,
      cartAddShare: 0.0475,
      orders: 74,
      marketPurchases: 3340,
      purchaseShare: 0.0222,
    });
    expect(first).not.toHaveProperty('currency');
  });

  it('without a marketplace in the name or the options, asks for one', async () => {
    const res = await importReportFile(file('sqp-brand-weekly.csv'), { fileName: 'sqp.csv' });
    expect(res).toMatchObject({ kind: 'amazon-sqp', records: [], needs: ['marketplace'] });
  });
});

describe('生意参谋 exports', () => {
  it('imports item rows per day; "-" cells are left out, not 0', async () => {
    const res = await importReportFile(file('sycm-items.csv'), { fileName: '商品效果.csv' });
    expect(res).toMatchObject({ kind: 'sycm-items', skipped: [] });
    expect(res.records).toHaveLength(11);
    expectValid(res.records);
    expect(res.records[0]).toStrictEqual({
      kind: 'listing',
      source: 'tmall.sycm-export',
      platform: 'tmall',
      marketplace: 'tmall.com',
      key: '723456789012',
      label: '电热水壶家用烧水壶304不锈钢 1.7L 大容量',
      currency: 'CNY',
      period: { from: '2026-11-19', to: '2026-11-19' },
      capturedAt: '2026-11-19T23:59:59.000Z',
      url: 'file:商品效果.csv',
      metrics: {
        visitors: 405152,
        pageViews: 585956,
        unitsOrdered: 5247,
        orders: 4770,
        sales: 676863,
        conversionRate: 0.0118,
        addToCart: 20257,
        favorites: 8103,
      },
      attrs: { itemId: '723456789012', sku: 'KT-1701', status: '当前在线' },
    });
    expect(res.records.at(-1)?.metrics).toStrictEqual({ visitors: 12, pageViews: 15 });
  });

  it('reads a GBK-encoded export like the UTF-8 one, and a Taobao store when told', async () => {
    const gbk = await importReportFile(file('sycm-items-gbk.csv'), {
      fileName: 'x.csv',
      marketplace: 'taobao.com',
    });
    const utf8 = await importReportFile(file('sycm-items.csv'), {
      fileName: 'x.csv',
      marketplace: 'taobao.com',
    });
    expect(gbk.records).toStrictEqual(utf8.records.slice(0, 3));
    expect(gbk.records[0]).toMatchObject({
      platform: 'taobao',
      marketplace: 'taobao.com',
      source: 'taobao.sycm-export',
    });
    expect(gbk.warnings).toStrictEqual([]);
  });

  it('refuses a whole-shop overview, saying why in both languages', async () => {
    const res = await importReportFile(file('sycm-shop-overview.csv'), { fileName: 'overview.csv' });
    expect(res).toMatchObject({ kind: 'sycm-shop', records: [] });
    expect(res.error).toMatch(/没有“商品ID”列.*no 商品ID column/);
  });
});

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
    snapshots: (await db.snapshots.orderBy('id').toArray()).map(withoutId),
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
      { row: 2, reason: 'Sessions: "12abc" is not a number' },
      { row: 3, reason: 'no child ASIN ("not an asin")' },
      { row: 4, reason: 'Units Ordered: "1.5" is not a whole number' },
    ]);
  });
  it('a second row for the same entity and dates is skipped, not stored as another reading', () => {
    const rows = rowsOf('sp-search-term-report.csv').slice(0, 3);
    rows.push([...rows[2]!]);
    const res = importReport(rows, { fileName: 'x.csv', marketplace: 'amazon.com' });
    expect(res.records).toHaveLength(2);
    expect(res.skipped).toStrictEqual([{ row: 4, reason: 'the same searchTerm and dates as row 3' }]);
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
