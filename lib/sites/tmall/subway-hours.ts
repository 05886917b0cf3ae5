import { hourRecordKey } from '../../daypart/records';
import type { ExtractContext, Extraction } from '../../model';
import { withRemaps } from '../console-table';
import { readRows } from '../read-rows';
import { notRecognised, type PageAdapter } from '../types';
import {
  aliExtraction,
  aliPeriod,
  blocked,
  findTable,
  labelledText,
  missingFields,
  noRowsOf,
  partialOf,
  withMetricFields,
} from './console';
import { SUBWAY_HOUR_COLUMNS, SUBWAY_HOUR_FIELDS, type SubwayHourField } from './labels';
import { hashRoute } from './page-state';
import { SUBWAY_DATE, SUBWAY_HOST } from './subway-keywords';

// 直通车 计划 分时报表: one row per hour of the day for one plan (campaignId in the address), summed over the
// page's dates. Its markup is not known (PAGE-FACTS.md): it is read by header labels only, in the shapes of
// tests/fixtures/tmall/subway-hours/. The address is inferred too: a report route naming hours
// (`#!/report/hourreport/index?campaignId=…&start=…&end=…`). Rows become hour records (lib/daypart/records.ts), kept as hourly buckets.

const ID = 'tmall.subway-hours';
const EXPECTED: SubwayHourField[] = ['hour', 'impressions', 'clicks', 'spend', 'sales', 'orders'];

/** The hour a row is about: `9`, `09`, `09:00`, `09:00-10:00`, `9点`, `9时`; not a half hour, not a range of several. */
export function hourOf(text: string | undefined): number | undefined {
  const m =
    /^(\d{1,2})(?:[:：](\d{2}))?\s*(?:点|时)?\s*(?:[-~～至到]\s*(\d{1,2})(?:[:：](\d{2}))?\s*(?:点|时)?)?$/.exec(
      (text ?? '').trim(),
    );
  if (!m) return undefined;
  const hour = Number(m[1]);
  if (hour > 23 || (m[2] && m[2] !== '00')) return undefined;
  if (m[3] !== undefined) {
    const end = Number(m[3]);
    // `09:00-09:59` and `09:00-10:00` are the hour; `09:00-12:00` is not one hour.
    const sameHour = end === hour && m[4] === '59';
    if (!sameHour && end !== hour + 1) return undefined;
  }
  return hour;
}

export function extractSubwayHours(doc: Document, ctx: ExtractContext): Extraction {
  const stop = blocked(ID, doc);
  if (stop) return stop;
  const { found, seen } = findTable(
    doc,
    withRemaps(SUBWAY_HOUR_COLUMNS, ctx.remaps),
    ['hour', 'impressions', 'clicks', 'spend', 'sales'],
    ['hour', 'clicks'],
    3,
  );
  if (!found) return notRecognised(ID, 'no-table', seen);
  const { grid, columns } = found;
  const expected = withMetricFields(EXPECTED, SUBWAY_HOUR_FIELDS);
  const missing = missingFields(columns, expected, []);
  const { params } = hashRoute(ctx.url);
  const campaignId = params.get('campaignId') ?? '';
  const period = aliPeriod(doc, ctx, SUBWAY_DATE, [params.get('start'), params.get('end')]);
  const required: string[] = [];
  if (!/^\d{1,20}$/.test(campaignId)) required.push('campaignId');
  if (!period) required.push('period');
  if (required.length) return partialOf(ID, grid, [...required, ...missing]);

  const read = readRows(grid, columns, SUBWAY_HOUR_FIELDS, { decimal: '.', currency: 'CNY' });
  // Not hours: the 合计 row, and rows with nothing in them (antd's aria-hidden measure row).
  const rows = read.rows.filter(
    (r) => !/^(合计|总计|汇总)/.test(r.cells.hour ?? '') && (r.cells.hour || Object.keys(r.metrics).length),
  );
  if (rows.length === 0) return noRowsOf(ID, doc, grid, read.placeholders, missing);
  const campaign = labelledText(doc, /^(?:计划名称|推广计划)[:：]\s*(.+)$/);
  const seenHours = new Set<number>();
  return aliExtraction({
    id: ID,
    kind: 'campaign',
    doc,
    ctx,
    grid,
    rows,
    period,
    identify: (row) => {
      const hour = hourOf(row.cells.hour);
      // A row whose hour cannot be told, or an hour shown twice, is left out: never guessed.
      if (hour === undefined || seenHours.has(hour)) return undefined;
      seenHours.add(hour);
      const hh = String(hour).padStart(2, '0');
      return {
        key: hourRecordKey(campaignId, hour),
        ...(campaign ? { label: `${campaign} ${hh}:00` } : {}),
        attrs: { hour: hh, campaignKey: campaignId, campaignId, ...(campaign ? { campaign } : {}) },
      };
    },
    missing: () => missingFields(columns, expected, read.unreadable),
    keyField: 'hour',
  });
}

const HOUR_ROUTE = /^\/report\/[a-z]*hour[a-z]*\/index$/i;

export const subwayHours: PageAdapter = {
  id: ID,
  columns: SUBWAY_HOUR_COLUMNS,
  fields: SUBWAY_HOUR_FIELDS,
  match: (url) =>
    url.protocol === 'https:' && url.hostname === SUBWAY_HOST && HOUR_ROUTE.test(hashRoute(url).path),
  extract: extractSubwayHours,
};
