import type { ExtractContext, Extraction, SnapshotRecord } from '../../model';
import { withRemaps } from '../console-table';
import { leadText } from '../dom';
import { readRows } from '../read-rows';
import { notRecognised, type PageAdapter } from '../types';
import {
  aliExtraction,
  aliPeriod,
  blocked,
  findTable,
  itemIdIn,
  labelledText,
  missingFields,
  noRowsOf,
  partialOf,
  withMetricFields,
} from './console';
import { SUBWAY_KEYWORD_COLUMNS, SUBWAY_KEYWORD_FIELDS, type SubwayKeywordField } from './labels';
import { hashRoute } from './page-state';

// 直通车 推广单元 keyword list (subway.simba.taobao.com/#!/manage/adgroup/detail?campaignId=…&adGroupId=…).
// A frozen left table (状态, 关键词) and a scrolling right table (质量分, 排名, 出价, metrics), each split into
// header and body tables, aligned by row index (lib/sites/split-table.ts). `-` prints for zero.

const ID = 'tmall.subway-keywords';
const EXPECTED: SubwayKeywordField[] = [
  'keyword',
  'qualityScore',
  'bid',
  'impressions',
  'clicks',
  'ctr',
  'spend',
  'cpc',
  'conversionRate',
  'roas',
  'sales',
  'orders',
];

export const SUBWAY_HOST = 'subway.simba.taobao.com';
export const SUBWAY_DATE = '#J_date_range, .date-range-text';

const shownText = (text: string | undefined) => (text && !/^[-—]+$/.test(text) ? text : undefined);

export function extractSubwayKeywords(doc: Document, ctx: ExtractContext): Extraction {
  const stop = blocked(ID, doc);
  if (stop) return stop;
  const { found, seen } = findTable(
    doc,
    withRemaps(SUBWAY_KEYWORD_COLUMNS, ctx.remaps),
    ['keyword', 'qualityScore', 'bid', 'impressions', 'clicks', 'spend'],
    ['keyword'],
    3,
  );
  if (!found) return notRecognised(ID, 'no-table', seen);
  const { grid, columns } = found;
  const missing = missingFields(columns, withMetricFields(EXPECTED, SUBWAY_KEYWORD_FIELDS), []);
  const { params } = hashRoute(ctx.url);
  const adGroupId = params.get('adGroupId') ?? '';
  const campaignId = params.get('campaignId') ?? '';
  const period = aliPeriod(doc, ctx, SUBWAY_DATE, [params.get('start'), params.get('end')]);
  const required: string[] = [];
  if (!/^\d{1,20}$/.test(adGroupId)) required.push('adGroupId');
  if (!period) required.push('period');
  if (required.length) return partialOf(ID, grid, [...required, ...missing]);

  const read = readRows(grid, columns, SUBWAY_KEYWORD_FIELDS, { decimal: '.', currency: 'CNY' });
  if (read.rows.length === 0) return noRowsOf(ID, doc, grid, read.placeholders, missing);
  const group: SnapshotRecord['attrs'] = { adGroupId };
  if (/^\d{1,20}$/.test(campaignId)) group.campaignId = campaignId;
  const campaign = labelledText(doc, /^(?:计划名称|推广计划)[:：]\s*(.+)$/);
  if (campaign) group.campaign = campaign;
  const adGroup = labelledText(doc, /^推广单元[:：]\s*(.+)$/);
  if (adGroup) group.adGroup = adGroup;
  const itemId =
    labelledText(doc, /^(?:宝贝|商品)ID[:：]\s*(\d{5,20})$/) ??
    itemIdIn(doc.querySelector('.adgroup-info') ?? undefined);
  if (itemId) group.itemId = itemId;

  return aliExtraction({
    id: ID,
    kind: 'keyword',
    doc,
    ctx,
    grid,
    rows: read.rows,
    period,
    identify: (row) => {
      const keyword = row.els.keyword ? leadText(row.els.keyword) : '';
      if (!keyword) return undefined;
      // Every cell of the row, frozen and scrolling parts alike.
      const cells = row.all.filter((c): c is Element => c !== undefined);
      const keywordId = cells.map((c) => c.closest('tr')?.getAttribute('data-keyword-id')).find(Boolean);
      const attrs: SnapshotRecord['attrs'] = { ...group };
      if (keywordId && /^\d{1,20}$/.test(keywordId)) attrs.keywordId = keywordId;
      const status = shownText(row.els.status && leadText(row.els.status));
      if (status) attrs.status = status;
      const rankPc = shownText(row.cells.rankPc);
      if (rankPc) attrs.rankPc = rankPc;
      const rankMobile = shownText(row.cells.rankMobile);
      if (rankMobile) attrs.rankMobile = rankMobile;
      if (cells.some((c) => c.querySelector('[title="优质词"], .good-word'))) attrs.goodWord = 'true';
      return { key: `${adGroupId}|${keyword}`, label: keyword, attrs };
    },
    missing: () => missingFields(columns, withMetricFields(EXPECTED, SUBWAY_KEYWORD_FIELDS), read.unreadable),
  });
}

export const subwayKeywords: PageAdapter = {
  id: ID,
  columns: SUBWAY_KEYWORD_COLUMNS,
  fields: SUBWAY_KEYWORD_FIELDS,
  match: (url) =>
    url.protocol === 'https:' &&
    url.hostname === SUBWAY_HOST &&
    hashRoute(url).path === '/manage/adgroup/detail',
  extract: extractSubwayKeywords,
};
