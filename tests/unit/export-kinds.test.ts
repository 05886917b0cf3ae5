import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import { describe, expect, it } from 'vitest';
import { chunksToBlob } from '../../lib/export';
import { kindsInUse, sourceName } from '../../lib/export/kind-columns';
import { kindToCsvChunks, percentText, snapshotsToXlsxByKind } from '../../lib/export/kind-export';
import { localIso, localStamp } from '../../lib/export/local-time';
import type { SnapshotRecord } from '../../lib/model';

const base = {
  platform: 'amazon',
  marketplace: 'amazon.com',
  currency: 'USD',
  url: 'https://sellercentral.amazon.com/x',
  attrs: {},
} as const;

// Read at 10:00 UTC: 18:00 in Shanghai (UTC+8, no daylight saving).
const AT = '2026-11-21T10:00:00.000Z';
const listing: SnapshotRecord = {
  ...base,
  kind: 'listing',
  source: 'amazon.business-report',
  key: 'B0C1K2Z3X4',
  label: 'Electric kettle 1.7 L',
  period: { from: '2026-11-14', to: '2026-11-20' },
  capturedAt: AT,
  metrics: { sessions: 1200, conversionRate: 0.125, sales: 1234.5 },
  attrs: { asin: 'B0C1K2Z3X4', sku: 'KET-17' },
};
const campaign: SnapshotRecord = {
  ...base,
  kind: 'campaign',
  source: 'amazon.ads-campaigns',
  key: '412096385710462',
  label: 'Kettles - auto',
  capturedAt: AT,
  metrics: { spend: 76.53, clicks: 42, acos: 0.3017 },
};
const keyword: SnapshotRecord = {
  ...base,
  kind: 'keyword',
  source: 'amazon.ads-keywords',
  key: 'electric kettle|exact',
  label: 'electric kettle',
  capturedAt: AT,
  metrics: { clicks: 30, acos: 0.42 },
  attrs: { matchType: 'exact', campaign: 'Kettles - manual', adGroup: 'Kettles' },
};
const ALL = [listing, campaign, keyword];
const TZ = 'Asia/Shanghai';

async function csvOf(
  records: SnapshotRecord[],
  kind: SnapshotRecord['kind'],
  headers: 'ui' | 'machine',
  lang: 'en' | 'zh' = 'en',
) {
  const use = (await kindsInUse([records])).find((u) => u.kind === kind)!;
  const text = await (
    await chunksToBlob(kindToCsvChunks([records], use, { lang, headers, timeZone: TZ }), 'text/csv')
  ).text();
  return text.replace(/^\uFEFF/, '').split('\r\n');
}

describe('local times', () => {
  it('the wall clock of the time zone, Excel-readable, and ISO with its offset', () => {
    expect(localStamp(AT, TZ)).toBe('2026-11-21 18:00:00');
    // New York is on EST (UTC-5) in late November: 10:00 UTC is 05:00.
    expect(localStamp(AT, 'America/New_York')).toBe('2026-11-21 05:00:00');
    expect(localIso(AT, TZ)).toBe('2026-11-21T18:00:00.000+08:00');
    expect(localIso(AT, 'America/New_York')).toBe('2026-11-21T05:00:00.000-05:00');
    expect(Date.parse(localIso(AT, 'America/New_York'))).toBe(Date.parse(AT));
    // 23:30 UTC on Nov 21 is already Nov 22 in Shanghai (07:30).
    expect(localStamp('2026-11-21T23:30:15.000Z', TZ)).toBe('2026-11-22 07:30:15');
  });
});

describe('what each kind uses', () => {
  it('rows, metrics in METRICS order and only the attributes an export writes', async () => {
    expect(
      await kindsInUse([
        [listing, campaign],
        [keyword, { ...listing, key: 'B0OTHER001', metrics: { pageViews: 3 } }],
      ]),
    ).toStrictEqual([
      {
        kind: 'listing',
        rows: 2,
        metrics: ['sales', 'sessions', 'pageViews', 'conversionRate'],
        attrs: ['asin', 'sku'],
      },
      { kind: 'campaign', rows: 1, metrics: ['spend', 'clicks', 'acos'], attrs: [] },
      { kind: 'keyword', rows: 1, metrics: ['clicks', 'acos'], attrs: ['campaign', 'adGroup', 'matchType'] },
    ]);
  });
  it('kinds come in the model’s order (listings first), not in the order the store holds them', async () => {
    const competitor = { ...listing, kind: 'competitor' as const, key: 'B0COMP0001' };
    const uses = await kindsInUse([[competitor], [keyword, campaign], [listing]]);
    expect(uses.map((u) => u.kind)).toStrictEqual(['listing', 'campaign', 'keyword', 'competitor']);
  });
  it('nothing stored: no kind, so there is nothing to export', async () => {
    expect(await kindsInUse([])).toStrictEqual([]);
    expect(await kindsInUse([[]])).toStrictEqual([]);
  });
});

describe('CSV, one file per kind', () => {
  it('a campaign file holds campaigns only, its own columns, English headers, ACoS as 30.17%, local time', async () => {
    expect(await csvOf(ALL, 'campaign', 'ui')).toStrictEqual([
      'Marketplace,Campaign id or name,Name,Period from,Period to,Read at (local time),Currency,Spend,Clicks,ACoS,Page,Address',
      'amazon.com,412096385710462,Kettles - auto,,,2026-11-21 18:00:00,USD,76.53,42,30.17%,Amazon ads: campaigns,https://sellercentral.amazon.com/x',
      '',
    ]);
  });
  it('headers in Chinese when the UI is Chinese; a keyword file shows match type and ad group', async () => {
    const [head, row] = await csvOf(ALL, 'keyword', 'ui', 'zh');
    expect(head).toBe(
      '站点,关键词（匹配方式）,名称,广告计划,广告组,匹配方式,统计开始日,统计结束日,读取时间（本地）,币种,点击量,ACoS,来源页面,网址',
    );
    expect(row).toBe(
      'amazon.com,electric kettle|exact,electric kettle,Kettles - manual,Kettles,exact,,,2026-11-21 18:00:00,USD,30,42%,亚马逊广告：关键词,https://sellercentral.amazon.com/x',
    );
  });
  it('machine-readable headers: field names, capturedAt with its offset, rates still as percent', async () => {
    const [head, row] = await csvOf(ALL, 'listing', 'machine');
    expect(head).toBe(
      'kind,source,platform,marketplace,key,label,currency,periodFrom,periodTo,capturedAt,url,sales,sessions,conversionRate,attr.asin,attr.sku',
    );
    // 0.125 -> 12.5%.
    expect(row).toBe(
      'listing,amazon.business-report,amazon,amazon.com,B0C1K2Z3X4,Electric kettle 1.7 L,USD,2026-11-14,2026-11-20,2026-11-21T18:00:00.000+08:00,https://sellercentral.amazon.com/x,1234.5,1200,12.5%,B0C1K2Z3X4,KET-17',
    );
  });
  it('percent text as Excel shows it, without float noise', () => {
    expect(percentText(0.3017)).toBe('30.17%');
    // 0.5617 * 100 is 56.169999999999995 in floating point, 0.07 * 100 is 7.000000000000001.
    expect(percentText(0.5617)).toBe('56.17%');
    expect(percentText(0.07)).toBe('7%');
    expect(percentText(0)).toBe('0%');
    expect(percentText(1)).toBe('100%');
    expect(percentText(0.000123)).toBe('0.0123%');
  });
  it('a page without a human name keeps its id rather than nothing', () => {
    expect(sourceName('en', 'amazon.ads-search-terms')).toBe('Amazon ads: search terms');
    expect(sourceName('zh', 'tmall.subway-keywords')).toBe('直通车关键词');
    expect(sourceName('en', 'acme.new-page')).toBe('acme.new-page');
  });
});

describe('XLSX, one sheet per kind', () => {
  it('sheets named by kind in the UI language, percent-formatted ACoS, local time as a date cell', async () => {
    const uses = await kindsInUse([ALL]);
    const buf = await snapshotsToXlsxByKind([ALL], uses, { lang: 'zh', headers: 'ui', timeZone: TZ });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    expect(wb.worksheets.map((w) => w.name)).toStrictEqual(['商品', '广告计划', '关键词']);
    const ws = wb.getWorksheet('广告计划')!;
    expect(ws.rowCount).toBe(2);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toStrictEqual([
      '站点',
      '广告计划 ID 或名称',
      '名称',
      '统计开始日',
      '统计结束日',
      '读取时间（本地）',
      '币种',
      '花费',
      '点击量',
      'ACoS',
      '来源页面',
      '网址',
    ]);
    const row = ws.getRow(2);
    expect(row.getCell(10).value).toBe(0.3017);
    expect(row.getCell(10).numFmt).toBe('0.00%');
    expect(row.getCell(9).value).toBe(42);
    expect(row.getCell(9).numFmt).toBe('#,##0');
    expect(row.getCell(8).numFmt).toBe('#,##0.00');
    // Excel dates have no zone: the cell holds 18:00, the Shanghai wall clock.
    expect(row.getCell(6).value).toStrictEqual(new Date(Date.UTC(2026, 10, 21, 18, 0, 0)));
    expect(row.getCell(6).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(row.getCell(11).value).toBe('亚马逊广告：广告活动');
    const listingSheet = wb.getWorksheet('商品')!;
    expect(listingSheet.getRow(2).getCell(6).value).toStrictEqual(new Date(Date.UTC(2026, 10, 14)));
    expect(listingSheet.getRow(2).getCell(6).numFmt).toBe('yyyy-mm-dd');
  });
  it('machine-readable sheets are named by kind id', async () => {
    const buf = await snapshotsToXlsxByKind([ALL], await kindsInUse([ALL]), {
      lang: 'en',
      headers: 'machine',
      timeZone: TZ,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    expect(wb.worksheets.map((w) => w.name)).toStrictEqual(['listing', 'campaign', 'keyword']);
    expect(wb.getWorksheet('listing')!.getRow(2).getCell(10).value).toBe('2026-11-21T18:00:00.000+08:00');
  });
});
