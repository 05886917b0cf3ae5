import type { ExtractContext, Extraction, SnapshotRecord } from '../../model';
import { type NumberContext, parseNumber } from '../../parse';
import { withRemaps } from '../console-table';
import { leadText, restText } from '../dom';
import { type RowDraft, readRows } from '../read-rows';
import {
  aliExtraction,
  blocked,
  findTable,
  itemIdIn,
  linkTitle,
  missingFields,
  noRowsOf,
  withMetricFields,
} from '../tmall/console';
import { QIANNIU_COLUMNS, QIANNIU_FIELDS, type QianniuField } from '../tmall/labels';
import { notRecognised, type PageAdapter } from '../types';

// 千牛 商品管理 > 出售中的宝贝 (myseller.taobao.com/home.htm/SellManage/on_sale) -> one `listing` record per
// item: price, 库存 (available), 累计销量, 30日销量 (monthlySales). A Fusion next-table: header and body are
// separate tables (tests/fixtures/taobao/qianniu-items/on-sale.html). 30日销量 counts back from today: no period.

const ID = 'taobao.qianniu-items';
const EXPECTED: QianniuField[] = ['item', 'price', 'available', 'monthlySales'];
const NUM: NumberContext = { decimal: '.', currency: 'CNY' };

/** `¥ 128.00`, or a SKU range `¥ 138.00 - 158.00`: the low end, with the range kept as text. */
function readPrice(cell: Element | undefined): { price?: number; range?: string; unreadable?: boolean } {
  const text = cell ? leadText(cell) : '';
  const parts = text.split(/\s+[-~～]\s+/);
  const parsed = parts.map((p) => parseNumber(p, 'money', NUM));
  if (parsed.some((p) => !p.ok && p.reason !== 'empty' && p.reason !== 'dash') || parts.length > 2)
    return { unreadable: true };
  const [lo, hi] = parsed;
  if (!lo?.ok) return {};
  if (lo.currency !== 'CNY' || lo.value < 0) return { unreadable: true };
  if (hi?.ok)
    return hi.value >= lo.value
      ? { price: lo.value, range: `${lo.value}-${hi.value}` }
      : { unreadable: true };
  return { price: lo.value };
}

function itemAttrs(row: RowDraft): SnapshotRecord['attrs'] {
  const attrs: SnapshotRecord['attrs'] = {};
  const sku = /商家编码[:：]\s*(\S+)/.exec(row.cells.item ?? '')?.[1];
  if (sku) attrs.sku = sku;
  const created = row.els.created;
  const date = created ? leadText(created) : '';
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) attrs.createdAt = date;
  const status = created ? restText(created) : '';
  if (status) attrs.status = status;
  const warning = row.els.available ? restText(row.els.available) : '';
  if (warning) attrs.stockWarning = warning;
  return attrs;
}

export function extractQianniuItems(doc: Document, ctx: ExtractContext): Extraction {
  const stop = blocked(ID, doc);
  if (stop) return stop;
  const { found, seen } = findTable(
    doc,
    withRemaps(QIANNIU_COLUMNS, ctx.remaps),
    ['item', 'price', 'available', 'monthlySales'],
    ['item'],
  );
  if (!found) return notRecognised(ID, 'no-table', seen);
  const { grid, columns } = found;
  const read = readRows(grid, columns, QIANNIU_FIELDS, NUM);
  const missing = missingFields(columns, withMetricFields(EXPECTED, QIANNIU_FIELDS), read.unreadable);
  if (read.rows.length === 0) return noRowsOf(ID, doc, grid, read.placeholders, missing);
  let priceUnreadable = false;
  return aliExtraction({
    id: ID,
    kind: 'listing',
    doc,
    ctx,
    grid,
    rows: read.rows,
    identify: (row) => {
      const dataId = row.element.getAttribute('data-id') ?? '';
      const itemId = itemIdIn(row.els.item) ?? (/^\d{5,20}$/.test(dataId) ? dataId : undefined);
      if (!itemId) return undefined;
      const price = readPrice(row.els.price);
      if (price.unreadable) priceUnreadable = true;
      const title = linkTitle(row.els.item);
      return {
        key: itemId,
        ...(title ? { label: title } : {}),
        ...(price.price !== undefined ? { metrics: { price: price.price } } : {}),
        attrs: { itemId, ...(price.range ? { priceRange: price.range } : {}), ...itemAttrs(row) },
      };
    },
    missing: () => (priceUnreadable && !missing.includes('price') ? [...missing, 'price'] : missing),
    keyField: 'itemId',
  });
}

export const qianniuItems: PageAdapter = {
  id: ID,
  columns: QIANNIU_COLUMNS,
  // The price column is read apart (readPrice above), as the `price` metric.
  fields: { ...QIANNIU_FIELDS, price: { metric: 'price', unit: 'money' } },
  match: (url) =>
    url.protocol === 'https:' &&
    url.hostname === 'myseller.taobao.com' &&
    url.pathname.startsWith('/home.htm/SellManage/on_sale'),
  extract: extractQianniuItems,
};
