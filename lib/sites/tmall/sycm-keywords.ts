import type { ExtractContext, Extraction } from '../../model';
import { withRemaps } from '../console-table';
import { leadText, textOf } from '../dom';
import { readRows } from '../read-rows';
import { parentOf } from '../reader/tree';
import { notRecognised, type PageAdapter } from '../types';
import {
  aliExtraction,
  aliPeriod,
  blocked,
  findTable,
  missingFields,
  noRowsOf,
  partialOf,
  withMetricFields,
} from './console';
import { SYCM_KEYWORD_COLUMNS, SYCM_KEYWORD_FIELDS, type SycmKeywordField } from './labels';
import { SYCM_DATE, sycmPage, sycmUrlDates } from './sycm-items';

// 生意参谋 商品360 流量来源 (sycm.taobao.com/cc/item_archives?activeKey=flow&itemId=…): the keyword table of
// the selected source (`手淘搜索 · 关键词`) -> one `searchTerm` record per keyword. The page also shows a
// 流量来源 overview table; only a table with a 关键词 column is read (tests/fixtures/tmall/sycm-keywords/keywords.html).

const ID = 'tmall.sycm-keywords';
const EXPECTED: SycmKeywordField[] = ['keyword', 'visitors', 'pageViews', 'orders', 'conversionRate'];
const CARD_TITLE = /^(.+?)\s*[·・]\s*(?:关键词|搜索词)$/;

/** The traffic source named in the title of the card around the table (`手淘搜索 · 关键词`). */
function sourceOf(table: Element): string | undefined {
  // Up the composed tree: the table may sit in a web component's shadow root, the card title outside it.
  for (let el = parentOf(table); el; el = parentOf(el)) {
    for (const t of Array.from(el.querySelectorAll('[class*="title"]'))) {
      const m = CARD_TITLE.exec(textOf(t));
      if (m?.[1]) return m[1];
    }
  }
  return undefined;
}

export function extractSycmKeywords(doc: Document, ctx: ExtractContext): Extraction {
  const stop = blocked(ID, doc);
  if (stop) return stop;
  const { found, seen } = findTable(
    doc,
    withRemaps(SYCM_KEYWORD_COLUMNS, ctx.remaps),
    ['keyword', 'visitors', 'orders', 'conversionRate'],
    ['keyword'],
  );
  if (!found) return notRecognised(ID, 'no-table', seen);
  const { grid, columns } = found;
  const missing = missingFields(columns, withMetricFields(EXPECTED, SYCM_KEYWORD_FIELDS), []);
  const itemId = ctx.url.searchParams.get('itemId') ?? '';
  const period = aliPeriod(doc, ctx, SYCM_DATE, sycmUrlDates(ctx.url));
  const required: string[] = [];
  if (!/^\d{5,20}$/.test(itemId)) required.push('itemId');
  if (!period) required.push('period');
  if (required.length) return partialOf(ID, grid, [...required, ...missing]);

  const read = readRows(grid, columns, SYCM_KEYWORD_FIELDS, { decimal: '.', currency: 'CNY' });
  if (read.rows.length === 0) return noRowsOf(ID, doc, grid, read.placeholders, missing);
  const source = sourceOf(grid.root);
  return aliExtraction({
    id: ID,
    kind: 'searchTerm',
    doc,
    ctx,
    grid,
    rows: read.rows,
    period,
    identify: (row) => {
      const keyword = row.els.keyword ? leadText(row.els.keyword) : '';
      if (!keyword) return undefined;
      return {
        // The same word reaches different items through different sources: each pair is its own history.
        key: [itemId, source, keyword].filter(Boolean).join('|'),
        label: keyword,
        attrs: { itemId, ...(source ? { trafficSource: source } : {}) },
      };
    },
    missing: () => missingFields(columns, withMetricFields(EXPECTED, SYCM_KEYWORD_FIELDS), read.unreadable),
  });
}

export const sycmKeywords: PageAdapter = {
  id: ID,
  columns: SYCM_KEYWORD_COLUMNS,
  fields: SYCM_KEYWORD_FIELDS,
  match: (url) => sycmPage(url, '/cc/item_archives'),
  extract: extractSycmKeywords,
};
