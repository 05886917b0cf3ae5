import type { ExtractContext, Extraction, SnapshotRecord } from '../../model';
import { withRemaps } from '../console-table';
import { leadText } from '../dom';
import { type RowDraft, readRows, rowParts } from '../read-rows';
import { notRecognised, type PageAdapter } from '../types';
import {
  aliExtraction,
  aliPeriod,
  blocked,
  findTable,
  itemIdIn,
  linkParam,
  linkTitle,
  missingFields,
  noRowsOf,
  partialOf,
  withMetricFields,
} from './console';
import { SUBWAY_REPORT_COLUMNS, SUBWAY_REPORT_FIELDS, type SubwayReportField } from './labels';
import { hashRoute } from './page-state';
import { SUBWAY_DATE, SUBWAY_HOST } from './subway-keywords';

// 直通车 报表 (subway.simba.taobao.com/#!/report/bpreport/index?…&start=…&end=…) -> `campaign` records: one per
// 推广单元 on the unit tab (an item promoted in two plans is two units: keyed by unit, not item), one per
// plan on the plan tab. The 合计 row sits in <tfoot> (tests/fixtures/tmall/subway-report/report.html). `-` prints for zero.

const ID = 'tmall.subway-report';
const EXPECTED: SubwayReportField[] = [
  'campaign',
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

function identity(
  row: RowDraft,
  unitTab: boolean,
): { key?: string; label?: string; attrs: SnapshotRecord['attrs'] } {
  const attrs: SnapshotRecord['attrs'] = {};
  const campaignId = linkParam(row.els.campaign, 'campaignId');
  const campaign = linkTitle(row.els.campaign) ?? row.cells.campaign;
  if (campaignId) attrs.campaignId = campaignId;
  if (campaign) attrs.campaign = campaign;
  const status = row.els.status && leadText(row.els.status);
  if (status) attrs.status = status;
  if (!unitTab) return { key: campaignId, label: campaign, attrs };
  const parts = rowParts(row);
  const adGroupId =
    parts.map((p) => p.getAttribute('data-adgroup-id')).find(Boolean) ??
    parts.map((p) => linkParam(p, 'adGroupId')).find(Boolean);
  const itemId = itemIdIn(row.els.item);
  const title = linkTitle(row.els.item) ?? row.cells.item;
  if (adGroupId && /^\d{1,20}$/.test(adGroupId)) attrs.adGroupId = adGroupId;
  if (itemId) attrs.itemId = itemId;
  if (title) attrs.adGroup = title;
  if (row.cells.adGroupType) attrs.adGroupType = row.cells.adGroupType;
  return { key: attrs.adGroupId, label: title, attrs };
}

export function extractSubwayReport(doc: Document, ctx: ExtractContext): Extraction {
  const stop = blocked(ID, doc);
  if (stop) return stop;
  const { found, seen } = findTable(
    doc,
    withRemaps(SUBWAY_REPORT_COLUMNS, ctx.remaps),
    ['campaign', 'impressions', 'clicks', 'spend', 'sales'],
    ['campaign'],
    3,
  );
  if (!found) return notRecognised(ID, 'no-table', seen);
  const { grid, columns } = found;
  const missing = missingFields(columns, withMetricFields(EXPECTED, SUBWAY_REPORT_FIELDS), []);
  const { params } = hashRoute(ctx.url);
  const period = aliPeriod(doc, ctx, SUBWAY_DATE, [params.get('start'), params.get('end')]);
  if (!period) return partialOf(ID, grid, ['period', ...missing]);

  const read = readRows(grid, columns, SUBWAY_REPORT_FIELDS, { decimal: '.', currency: 'CNY' });
  const rows = read.rows.filter((r) => !/^(合计|总计)/.test(r.cells.status ?? r.cells.campaign ?? ''));
  if (rows.length === 0) return noRowsOf(ID, doc, grid, read.placeholders, missing);
  // The address names the tab: a unit (推广单元) tab whose item column could not be read is still a unit
  // tab, and its rows are never keyed by their campaign.
  const unitTab = columns.item !== undefined || params.get('tab') === 'adgroup';
  return aliExtraction({
    id: ID,
    kind: 'campaign',
    doc,
    ctx,
    grid,
    rows,
    period,
    identify: (row) => {
      const { key, label, attrs } = identity(row, unitTab);
      return key ? { key, ...(label ? { label } : {}), attrs } : undefined;
    },
    missing: () => missingFields(columns, withMetricFields(EXPECTED, SUBWAY_REPORT_FIELDS), read.unreadable),
    keyField: unitTab ? 'adGroupId' : 'campaignId',
  });
}

export const subwayReport: PageAdapter = {
  id: ID,
  columns: SUBWAY_REPORT_COLUMNS,
  fields: SUBWAY_REPORT_FIELDS,
  match: (url) =>
    url.protocol === 'https:' &&
    url.hostname === SUBWAY_HOST &&
    hashRoute(url).path === '/report/bpreport/index',
  extract: extractSubwayReport,
};
