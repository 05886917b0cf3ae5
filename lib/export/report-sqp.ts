import type { SnapshotRecord } from '../model';
import { parseDate } from '../parse';
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
  unknownMetricNote,
  unknownMetricWarning,
} from './report-common';
import { amazonMarket, NEEDS_MARKETPLACE, NEEDS_PERIOD } from './report-market';

const KIND = 'amazon-sqp';
const SOURCE = 'amazon.sqp-report';

// Brand view (`Brand Count`) and ASIN view (`ASIN Count`) of Search Query Performance.
const LABELS = {
  query: ['Search Query'],
  score: ['Search Query Score'],
  volume: ['Search Query Volume'],
  reportingDate: ['Reporting Date'],
  impTotal: ['Impressions: Total Count'],
  impOwn: ['Impressions: Brand Count', 'Impressions: ASIN Count'],
  impShare: ['Impressions: Brand Share %', 'Impressions: ASIN Share %', 'Impressions: ASIN Share'],
  clickTotal: ['Clicks: Total Count'],
  clickOwn: ['Clicks: Brand Count', 'Clicks: ASIN Count'],
  clickShare: ['Clicks: Brand Share %', 'Clicks: ASIN Share %', 'Clicks: ASIN Share'],
  cartTotal: ['Cart Adds: Total Count'],
  cartOwn: ['Cart Adds: Brand Count', 'Cart Adds: ASIN Count'],
  cartShare: ['Cart Adds: Brand Share %', 'Cart Adds: ASIN Share %'],
  purchaseTotal: ['Purchases: Total Count'],
  purchaseOwn: ['Purchases: Brand Count', 'Purchases: ASIN Count'],
  purchaseShare: ['Purchases: Brand Share %', 'Purchases: ASIN Share %'],
};
type Field = keyof typeof LABELS;

// The brand's (or ASIN's) own counts map onto the vocabulary. Market totals, shares and volume need names
// that are not in METRICS yet: listed here so they import once added, reported as left out until then.
const METRIC_COLUMNS: Partial<Record<Field, MetricColumn>> = {
  impOwn: { metric: 'impressions', kind: 'count' },
  clickOwn: { metric: 'clicks', kind: 'count' },
  cartOwn: { metric: 'addToCart', kind: 'count' },
  purchaseOwn: { metric: 'orders', kind: 'count' },
  volume: { metric: 'searchVolume', kind: 'count' },
  impTotal: { metric: 'marketImpressions', kind: 'count' },
  clickTotal: { metric: 'marketClicks', kind: 'count' },
  cartTotal: { metric: 'marketCartAdds', kind: 'count' },
  purchaseTotal: { metric: 'marketPurchases', kind: 'count' },
  // Shares are written as bare percentages: `3.45` is 3.45%.
  impShare: { metric: 'impressionShare', kind: 'rate', bare: 'percent' },
  clickShare: { metric: 'clickShare', kind: 'rate', bare: 'percent' },
  cartShare: { metric: 'cartAddShare', kind: 'rate', bare: 'percent' },
  purchaseShare: { metric: 'purchaseShare', kind: 'rate', bare: 'percent' },
};

export function detectSqpReport(rows: string[][]): HeaderMatch<Field> | undefined {
  return findHeader(rows, LABELS, ['query', 'volume']);
}

interface Meta {
  brand?: string;
  asin?: string;
  range?: string;
  period?: { from: string; to: string };
}

/** The metadata row: `Brand=["Acme"],Reporting Range=["Weekly"],Select week=["Week 47 | 2026-11-15 - 2026-11-21 2026"]`. */
function readMeta(rows: string[][]): Meta {
  const text = rows.map((r) => r.join(',')).join('\n');
  const meta: Meta = {};
  for (const m of text.matchAll(/([A-Za-z][A-Za-z ]*?)=\[\s*"*([^"\]]*)"*\s*\]/g)) {
    const name = m[1]!.trim().toLowerCase();
    const value = m[2]!.trim();
    if (name === 'brand') meta.brand = value;
    else if (name.startsWith('asin')) meta.asin = value;
    else if (name === 'reporting range') meta.range = value.toLowerCase();
  }
  const dates = /(\d{4}-\d{2}-\d{2}) - (\d{4}-\d{2}-\d{2})/.exec(text);
  if (dates && dates[1]! <= dates[2]!) meta.period = { from: dates[1]!, to: dates[2]! };
  return meta;
}

function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A row's period: the metadata's range, else its Reporting Date and the stated weekly/monthly range. */
function rowPeriod(meta: Meta, reportingDate: string | undefined, opts: ReportOptions) {
  if (meta.period) return meta.period;
  const to = reportingDate ? parseDate(reportingDate) : undefined;
  if (to && meta.range === 'weekly') return { from: shift(to, -6), to };
  if (to && meta.range === 'monthly') return { from: `${to.slice(0, 8)}01`, to };
  return opts.period;
}

export function importSqpReport(
  rows: string[][],
  header: HeaderMatch<Field>,
  opts: ReportOptions,
): ReportImport {
  const warnings: string[] = [];
  const notes: ImportNote[] = [];
  const market = amazonMarket(opts, warnings, notes);
  if (!market) return NEEDS_MARKETPLACE(KIND);
  const meta = readMeta(rows.slice(0, header.index));
  const c = header.columns;
  if (!meta.period && !opts.period && (c.reportingDate === undefined || !meta.range))
    return NEEDS_PERIOD(KIND);
  const { out, accept } = collect(KIND, warnings, notes);
  warnings.push(...unknownMetricWarning(header, METRIC_COLUMNS));
  notes.push(...unknownMetricNote(header, METRIC_COLUMNS));
  const asin = meta.asin && /^[A-Z0-9]{10}$/.test(meta.asin) ? meta.asin : undefined;
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const query = cell(row, c.query);
    if (!query) {
      out.skipped.push({
        row: i + 1,
        ...cellSkip('noId', headerOf(header, c.query, 'Search Query'), '', 'no search query'),
      });
      continue;
    }
    const period = rowPeriod(
      meta,
      c.reportingDate === undefined ? undefined : cell(row, c.reportingDate),
      opts,
    );
    if (!period) {
      const value = cell(row, c.reportingDate);
      const column = headerOf(header, c.reportingDate, 'Reporting Date');
      out.skipped.push({
        row: i + 1,
        ...cellSkip('notDate', column, value, `Reporting Date: ${JSON.stringify(value)} is not a date`),
      });
      continue;
    }
    const metrics: Record<string, number> = {};
    const error = readMetrics(row, header, METRIC_COLUMNS, { decimal: '.' }, metrics);
    if (error) {
      out.skipped.push({ row: i + 1, ...error });
      continue;
    }
    const attrs: SnapshotRecord['attrs'] = {};
    if (asin) attrs.asin = asin;
    else if (meta.brand) attrs.brand = meta.brand;
    accept(
      {
        kind: 'searchTerm',
        source: SOURCE,
        platform: 'amazon',
        marketplace: market.marketplace,
        // Brand-wide figures for a query; an ASIN view is a different entity per ASIN.
        key: asin ? `${query} | ${asin}` : query,
        label: query,
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
