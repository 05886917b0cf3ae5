import type { SnapshotRecord } from '../model';
import { parseDate } from '../parse';
import { BUSINESS_REPORT_COLUMNS } from '../sites/amazon/business-report-labels';
import type { ImportNote } from './problems';
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
} from './report-common';
import { amazonMarket, NEEDS_MARKETPLACE, NEEDS_PERIOD } from './report-market';

const KIND = 'amazon-business-report';
const SOURCE = 'amazon.business-report-file';

// The same labels as the page adapter, plus the Date column of the by-date variants.
const LABELS = { ...BUSINESS_REPORT_COLUMNS, date: ['Date', 'Datum', '日付', '日期'] };
type Field = keyof typeof LABELS;

const METRIC_COLUMNS: Partial<Record<Field, MetricColumn>> = {
  sessions: { metric: 'sessions', kind: 'count' },
  pageViews: { metric: 'pageViews', kind: 'count' },
  buyBoxPct: { metric: 'buyBoxPct', kind: 'rate' },
  unitsOrdered: { metric: 'unitsOrdered', kind: 'count' },
  conversionRate: { metric: 'conversionRate', kind: 'rate' },
  sales: { metric: 'sales', kind: 'money' },
  orders: { metric: 'orders', kind: 'count' },
};

export function detectBusinessReport(rows: string[][]): HeaderMatch<Field> | undefined {
  const h = findHeader(rows, LABELS, ['childAsin']);
  return h && Object.keys(METRIC_COLUMNS).some((f) => h.columns[f as Field] !== undefined) ? h : undefined;
}

const ASIN = /^[A-Z0-9]{10}$/;

export function importBusinessReport(
  rows: string[][],
  header: HeaderMatch<Field>,
  opts: ReportOptions,
): ReportImport {
  const warnings: string[] = [];
  const notes: ImportNote[] = [];
  const market = amazonMarket(opts, warnings, notes);
  if (!market) return NEEDS_MARKETPLACE(KIND);
  const dated = header.columns.date !== undefined;
  if (!dated && !opts.period) return NEEDS_PERIOD(KIND);
  const { out, accept } = collect(KIND, warnings, notes);
  const ctx = { decimal: market.decimal, currency: market.currency };
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const asin = cell(row, header.columns.childAsin);
    if (!ASIN.test(asin)) {
      const column = headerOf(header, header.columns.childAsin, '(Child) ASIN');
      out.skipped.push({
        row: i + 1,
        ...cellSkip('noId', column, asin, `no child ASIN (${JSON.stringify(asin)})`),
      });
      continue;
    }
    let period = opts.period;
    if (dated) {
      const day = parseDate(cell(row, header.columns.date), market.dateOrder);
      if (!day) {
        const value = cell(row, header.columns.date);
        const column = headerOf(header, header.columns.date, 'Date');
        out.skipped.push({
          row: i + 1,
          ...cellSkip('notDate', column, value, `Date: ${JSON.stringify(value)} is not a date`),
        });
        continue;
      }
      period = { from: day, to: day };
    }
    const metrics: Record<string, number> = {};
    const error = readMetrics(row, header, METRIC_COLUMNS, ctx, metrics);
    if (error) {
      out.skipped.push({ row: i + 1, ...error });
      continue;
    }
    const attrs: SnapshotRecord['attrs'] = { asin };
    const parent = cell(row, header.columns.parentAsin);
    if (ASIN.test(parent)) attrs.parentAsin = parent;
    const sku = cell(row, header.columns.sku);
    if (sku) attrs.sku = sku;
    const title = cell(row, header.columns.title);
    accept(
      {
        kind: 'listing',
        source: SOURCE,
        platform: 'amazon',
        marketplace: market.marketplace,
        key: asin,
        ...(title ? { label: title } : {}),
        currency: market.currency,
        period: period!,
        capturedAt: capturedAtFor(period!),
        url: fileUrl(opts.fileName),
        metrics,
        attrs,
      },
      i + 1,
    );
  }
  return out;
}
