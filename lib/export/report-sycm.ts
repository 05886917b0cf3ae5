import type { SnapshotRecord } from '../model';
import { parsePeriod } from '../parse';
import {
  capturedAtFor,
  cell,
  cellSkip,
  collect,
  fileUrl,
  findHeader,
  type HeaderMatch,
  headerOf,
  isBlank,
  type MetricColumn,
  type ReportImport,
  type ReportOptions,
  readMetrics,
  resolveBareRate,
} from './report-common';
import { alibabaMarket, cannotImport } from './report-market';

const KIND = 'sycm-items';
const SOURCE_TMALL = 'tmall.sycm-export';
const SOURCE_TAOBAO = 'taobao.sycm-export';

// 生意参谋 item exports (商品效果 / 商品排行); shop overviews have the same metric names but no 商品ID.
const LABELS = {
  date: ['统计日期', '统计时间', '日期'],
  itemId: ['商品ID', '商品id'],
  title: ['商品名称', '商品标题'],
  code: ['货号', '商家编码'],
  status: ['商品状态'],
  visitors: ['商品访客数', '访客数'],
  pageViews: ['商品浏览量', '浏览量'],
  unitsOrdered: ['支付件数'],
  orders: ['支付买家数'],
  sales: ['支付金额'],
  conversionRate: ['支付转化率', '商品支付转化率'],
  addToCart: ['商品加购件数', '加购件数'],
  favorites: ['商品收藏人数', '收藏人数'],
};
type Field = keyof typeof LABELS;

const METRIC_COLUMNS: Partial<Record<Field, MetricColumn>> = {
  visitors: { metric: 'visitors', kind: 'count' },
  pageViews: { metric: 'pageViews', kind: 'count' },
  unitsOrdered: { metric: 'unitsOrdered', kind: 'count' },
  orders: { metric: 'orders', kind: 'count' },
  sales: { metric: 'sales', kind: 'money' },
  conversionRate: { metric: 'conversionRate', kind: 'rate', bare: 'check' },
  addToCart: { metric: 'addToCart', kind: 'count' },
  favorites: { metric: 'favorites', kind: 'count' },
};

const hasMetric = (h: HeaderMatch<Field>) =>
  Object.keys(METRIC_COLUMNS).some((f) => h.columns[f as Field] !== undefined);

export function detectSycmItems(rows: string[][]): HeaderMatch<Field> | undefined {
  const h = findHeader(rows, LABELS, ['itemId']);
  return h && hasMetric(h) ? h : undefined;
}

export function detectSycmShop(rows: string[][]): HeaderMatch<Field> | undefined {
  const h = findHeader(rows, LABELS, ['date', 'visitors']);
  return h && h.columns.itemId === undefined ? h : undefined;
}

export const SHOP_OVERVIEW_REFUSAL = cannotImport(
  'sycm-shop',
  '这是全店概况导出（没有“商品ID”列）：OpsLens 按商品记录历史，请导出“商品效果”或“商品排行”。 ' +
    'This is a whole-shop overview (no 商品ID column); OpsLens keeps history per item: export 商品效果 or 商品排行 instead.',
  'shopOverview',
);

/** A period written above the header: `统计时间：2026-11-14 ~ 2026-11-20`. */
function preamblePeriod(rows: string[][]) {
  for (const row of rows)
    for (const c of row) {
      const p = parsePeriod(c.replace(/^.*?[:：]\s*/, ''));
      if (p) return p;
    }
  return undefined;
}

export function importSycmItems(
  rows: string[][],
  header: HeaderMatch<Field>,
  opts: ReportOptions,
): ReportImport {
  const market = alibabaMarket(opts);
  const c = header.columns;
  const fallback = preamblePeriod(rows.slice(0, header.index)) ?? opts.period;
  if (c.date === undefined && !fallback)
    return cannotImport(
      KIND,
      'The file does not say which dates it covers: choose the date range.',
      'needsPeriod',
      ['period'],
    );
  const { out, accept } = collect(KIND, []);
  if (!opts.marketplace) {
    out.warnings.push('Imported as a Tmall store; choose Taobao if the shop is a Taobao shop.');
    out.notes?.push({ code: 'tmallAssumed' });
  }
  const ctx = { decimal: market.decimal, currency: market.currency };
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const id = cell(row, c.itemId);
    if (!/^\d{5,20}$/.test(id)) {
      out.skipped.push({
        row: i + 1,
        ...cellSkip(
          'noId',
          headerOf(header, c.itemId, '商品ID'),
          id,
          `商品ID: ${JSON.stringify(id)} is not an item id`,
        ),
      });
      continue;
    }
    const period = c.date === undefined ? fallback : (parsePeriod(cell(row, c.date)) ?? undefined);
    if (!period) {
      const value = cell(row, c.date);
      out.skipped.push({
        row: i + 1,
        ...cellSkip(
          'notDate',
          headerOf(header, c.date, '统计日期'),
          value,
          `统计日期: ${JSON.stringify(value)} is not a date`,
        ),
      });
      continue;
    }
    const metrics: Record<string, number> = {};
    const bare: Record<string, number> = {};
    const error = readMetrics(row, header, METRIC_COLUMNS, ctx, metrics, bare);
    if (error) {
      out.skipped.push({ row: i + 1, ...error });
      continue;
    }
    if (bare.conversionRate !== undefined) {
      const derived = metrics.visitors ? (metrics.orders ?? Number.NaN) / metrics.visitors : undefined;
      const v = resolveBareRate(bare.conversionRate, derived);
      if (v !== undefined) metrics.conversionRate = v;
    }
    const attrs: SnapshotRecord['attrs'] = { itemId: id };
    if (cell(row, c.code)) attrs.sku = cell(row, c.code);
    if (cell(row, c.status)) attrs.status = cell(row, c.status);
    const title = cell(row, c.title);
    accept(
      {
        kind: 'listing',
        source: market.platform === 'taobao' ? SOURCE_TAOBAO : SOURCE_TMALL,
        platform: market.platform,
        marketplace: market.marketplace,
        key: id,
        ...(title ? { label: title } : {}),
        currency: market.currency,
        period,
        capturedAt: capturedAtFor(period),
        url: fileUrl(opts.fileName),
        metrics,
        attrs,
      },
      i + 1,
    );
  }
  return out;
}
