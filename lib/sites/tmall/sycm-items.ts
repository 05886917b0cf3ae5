import type { ExtractContext, Extraction } from '../../model';
import { withRemaps } from '../console-table';
import { textOf } from '../dom';
import { readRows } from '../read-rows';
import { notRecognised, type PageAdapter } from '../types';
import {
  aliExtraction,
  aliPeriod,
  blocked,
  findTable,
  itemIdIn,
  linkTitle,
  missingFields,
  noRowsOf,
  partialOf,
  withMetricFields,
} from './console';
import { SYCM_ITEM_COLUMNS, SYCM_ITEM_FIELDS, type SycmItemField } from './labels';

// 生意参谋 商品排行 (sycm.taobao.com/cc/item_rank) -> one `listing` record per item for the 统计日期 range.
// antd repeats the 商品 and 操作 columns in fixed overlay tables; those hold one column each and are not
// the data table (tests/fixtures/tmall/sycm-items/item-rank.html).

const ID = 'tmall.sycm-items';
const EXPECTED: SycmItemField[] = [
  'item',
  'visitors',
  'pageViews',
  'unitsOrdered',
  'orders',
  'sales',
  'conversionRate',
  'addToCart',
  'favorites',
];
const METRIC_FIELDS = (Object.keys(SYCM_ITEM_FIELDS) as SycmItemField[]).filter((f) => f !== 'item');

export const SYCM_DATE = '.oui-date-picker-current-date, [class*="date-picker-current"]';

/** The dates of a 生意参谋 address: `dateRange=2026-11-01|2026-11-07`. */
export function sycmUrlDates(url: URL): [string | null, string | null] {
  const range = url.searchParams.get('dateRange')?.split('|');
  return [range?.[0] ?? null, range?.[1] ?? null];
}

/** 生意参谋 sends signed-out users to `/custom/login.htm?_target=<the page>`: that page is still ours to judge. */
export function sycmPage(url: URL, prefix: string): boolean {
  if (url.protocol !== 'https:' || url.hostname !== 'sycm.taobao.com') return false;
  if (url.pathname.startsWith(prefix)) return true;
  if (!url.pathname.startsWith('/custom/login')) return false;
  try {
    return new URL(url.searchParams.get('_target') ?? '').pathname.startsWith(prefix);
  } catch {
    return false;
  }
}

export function extractSycmItems(doc: Document, ctx: ExtractContext): Extraction {
  const stop = blocked(ID, doc);
  if (stop) return stop;
  const { found, seen } = findTable(
    doc,
    withRemaps(SYCM_ITEM_COLUMNS, ctx.remaps),
    ['item', 'visitors', 'orders', 'sales', 'conversionRate'],
    ['item'],
  );
  if (!found) return notRecognised(ID, 'no-table', seen);
  const { grid, columns } = found;
  const missing = missingFields(columns, withMetricFields(EXPECTED, SYCM_ITEM_FIELDS), []);
  const period = aliPeriod(doc, ctx, SYCM_DATE, sycmUrlDates(ctx.url));
  const required: string[] = [];
  if (!METRIC_FIELDS.some((f) => columns[f] !== undefined)) required.push('metrics');
  if (!period) required.push('period');
  if (required.length) return partialOf(ID, grid, [...required, ...missing]);

  const read = readRows(grid, columns, SYCM_ITEM_FIELDS, { decimal: '.', currency: 'CNY' });
  if (read.rows.length === 0) return noRowsOf(ID, doc, grid, read.placeholders, missing);
  return aliExtraction({
    id: ID,
    kind: 'listing',
    doc,
    ctx,
    grid,
    rows: read.rows,
    period,
    identify: (row) => {
      const cell = row.els.item;
      const itemId = itemIdIn(cell) ?? row.element.getAttribute('data-row-key') ?? '';
      if (!/^\d{5,20}$/.test(itemId)) return undefined;
      const status = textOf(cell?.querySelector('[class*="status"], [class*="tag"]'));
      const title = linkTitle(cell);
      return {
        key: itemId,
        ...(title ? { label: title } : {}),
        attrs: { itemId, ...(status ? { status } : {}) },
      };
    },
    missing: () => missingFields(columns, withMetricFields(EXPECTED, SYCM_ITEM_FIELDS), read.unreadable),
    keyField: 'itemId',
  });
}

export const sycmItems: PageAdapter = {
  id: ID,
  columns: SYCM_ITEM_COLUMNS,
  fields: SYCM_ITEM_FIELDS,
  match: (url) => sycmPage(url, '/cc/item_rank'),
  extract: extractSycmItems,
};
