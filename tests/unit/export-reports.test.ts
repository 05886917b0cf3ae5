import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import { describe, expect, it } from 'vitest';
import { detectReport, importReport, importReportFile, type ReportOptions } from '../../lib/export';
import { expectValid, file, NOV, rowsOf } from '../helpers/report-files';

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
        why: {
          code: 'otherCurrency',
          column: 'Durch bestellte Produkte erzielter Umsatz',
          value: '$12.00',
          currency: 'USD',
          expected: 'EUR',
        },
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

describe('CSV as spreadsheets and other tools write it', () => {
  const opts: ReportOptions = { fileName: 'report.csv', marketplace: 'amazon.com', period: NOV };
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

  it('reads a business report written with a blank after each comma (`, "1,530"`) to the same records', async () => {
    const text = file('business-report-legacy.csv').toString('utf8');
    const padded = await importReportFile(Buffer.from(text.replaceAll(',"', ', "')), opts);
    expect(padded.records).toHaveLength(20);
    expect(padded).toStrictEqual(await importReportFile(Buffer.from(text), opts));
  });

  it('reads a tab-delimited UTF-16 export whose filter line above the header is longer than 4 KB', async () => {
    const rows = rowsOf('sp-search-term-report.csv');
    const filter = `Campaigns: ${Array.from({ length: 300 }, (_, i) => `SP - Kettle ${i}`).join(', ')}`;
    const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const text = [[filter], ...rows].map((r) => r.map(quoted).join('\t')).join('\r\n');
    const res = await importReportFile(utf16(text), opts);
    expect(res.records).toHaveLength(25);
    expect(res.records).toStrictEqual(importReport(rows, opts).records);
  });
});
