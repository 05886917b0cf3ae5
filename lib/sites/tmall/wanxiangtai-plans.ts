import type { ExtractContext, Extraction, SnapshotRecord } from '../../model';
import { withRemaps } from '../console-table';
import { leadText, textOf } from '../dom';
import { type RowDraft, readRows } from '../read-rows';
import { notRecognised, type PageAdapter } from '../types';
import {
  aliExtraction,
  aliPeriod,
  blocked,
  findTable,
  linkParam,
  linkTitle,
  missingFields,
  noRowsOf,
  partialOf,
  withMetricFields,
} from './console';
import { WANXIANGTAI_COLUMNS, WANXIANGTAI_FIELDS, type WanxiangtaiField } from './labels';
import { hashRoute } from './page-state';

// 万相台无界版 计划报表 (one.alimama.com/index.html#!/report/campaign?…&startTime=…&endTime=…) -> one `campaign`
// record per plan. A Magix sticky table: labels and rows in separate tables; the 合计 row is the last body
// row; class names are hashed per release (tests/fixtures/tmall/wanxiangtai-plans/plans.html). Money has no sign.

const ID = 'tmall.wanxiangtai-plans';
const EXPECTED: WanxiangtaiField[] = [
  'campaign',
  'spend',
  'sales',
  'roas',
  'impressions',
  'clicks',
  'ctr',
  'cpc',
  'orders',
  'conversionRate',
  'addToCart',
];
const DATE = '[mx-view*="rangepicker"], [class*="rangepicker"], [class*="date-range"]';

// The name cell stacks the plan link over `计划组：破壁机` and a bidding tag (`智能出价`).
function planAttrs(row: RowDraft): SnapshotRecord['attrs'] {
  const cell = row.els.campaign;
  const attrs: SnapshotRecord['attrs'] = {};
  const groupEl = Array.from(cell?.querySelectorAll('span, div') ?? []).find(
    (el) => /^计划组[:：]/.test(textOf(el)) && !el.querySelector('span, div'),
  );
  const group = textOf(groupEl).replace(/^计划组[:：]\s*/, '');
  if (group && !/^[-—]+$/.test(group)) attrs.campaignGroup = group;
  const tag = textOf(groupEl?.nextElementSibling);
  if (tag) attrs.bidMode = tag;
  const status = row.els.status && leadText(row.els.status);
  if (status) attrs.status = status;
  if (row.cells.scene) attrs.scene = row.cells.scene;
  return attrs;
}

function campaignIdOf(row: RowDraft): string | undefined {
  const fromLink = linkParam(row.els.campaign, 'campaignId');
  if (fromLink) return fromLink;
  const id = row.element.getAttribute('data-id') ?? '';
  return /^\d{1,20}$/.test(id) ? id : undefined;
}

export function extractWanxiangtaiPlans(doc: Document, ctx: ExtractContext): Extraction {
  const stop = blocked(ID, doc);
  if (stop) return stop;
  const { found, seen } = findTable(
    doc,
    withRemaps(WANXIANGTAI_COLUMNS, ctx.remaps),
    ['campaign', 'spend', 'sales', 'roas', 'clicks'],
    ['campaign'],
    3,
  );
  if (!found) return notRecognised(ID, 'no-table', seen);
  const { grid, columns } = found;
  const missing = missingFields(columns, withMetricFields(EXPECTED, WANXIANGTAI_FIELDS), []);
  const { params } = hashRoute(ctx.url);
  const period = aliPeriod(doc, ctx, DATE, [params.get('startTime'), params.get('endTime')]);
  if (!period) return partialOf(ID, grid, ['period', ...missing]);

  const read = readRows(grid, columns, WANXIANGTAI_FIELDS, { decimal: '.', currency: 'CNY' });
  const rows = read.rows.filter((r) => !/^(合计|总计)$/.test(r.cells.campaign ?? ''));
  if (rows.length === 0) return noRowsOf(ID, doc, grid, read.placeholders, missing);
  return aliExtraction({
    id: ID,
    kind: 'campaign',
    doc,
    ctx,
    grid,
    rows,
    period,
    identify: (row) => {
      const campaignId = campaignIdOf(row);
      if (!campaignId) return undefined;
      const name = linkTitle(row.els.campaign);
      return {
        key: campaignId,
        ...(name ? { label: name } : {}),
        attrs: { campaignId, ...(name ? { campaign: name } : {}), ...planAttrs(row) },
      };
    },
    missing: () => missingFields(columns, withMetricFields(EXPECTED, WANXIANGTAI_FIELDS), read.unreadable),
    keyField: 'campaignId',
  });
}

export const wanxiangtaiPlans: PageAdapter = {
  id: ID,
  columns: WANXIANGTAI_COLUMNS,
  fields: WANXIANGTAI_FIELDS,
  match: (url) =>
    url.protocol === 'https:' &&
    url.hostname === 'one.alimama.com' &&
    hashRoute(url).path === '/report/campaign',
  extract: extractWanxiangtaiPlans,
};
