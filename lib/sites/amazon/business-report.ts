import type { ExtractContext, Extraction, SnapshotRecord } from '../../model';
import { parseDate } from '../../parse';
import { textOf } from '../dom';
import { type FieldSpec, readRows } from '../read-rows';
import { bestGrid, findGrids } from '../table';
import { notRecognised, type PageAdapter } from '../types';
import { BUSINESS_REPORT_COLUMNS, type BusinessReportField } from './business-report-labels';
import { consoleDateOrder, consoleMarketplace } from './console-context';
import { isSellerCentralHost, sellerCentralSignedOut } from './seller-central';

const ID = 'amazon.business-report';

const FIELDS: Record<BusinessReportField, FieldSpec> = {
  parentAsin: { attr: 'parentAsin' },
  childAsin: { attr: 'asin' },
  sku: { attr: 'sku' },
  title: {},
  sessions: { metric: 'sessions', unit: 'count' },
  pageViews: { metric: 'pageViews', unit: 'count' },
  buyBoxPct: { metric: 'buyBoxPct', unit: 'rate' },
  unitsOrdered: { metric: 'unitsOrdered', unit: 'count' },
  conversionRate: { metric: 'conversionRate', unit: 'rate' },
  sales: { metric: 'sales', unit: 'money' },
  orders: { metric: 'orders', unit: 'count' },
};
const METRIC_FIELDS: BusinessReportField[] = [
  'sessions',
  'pageViews',
  'buyBoxPct',
  'unitsOrdered',
  'conversionRate',
  'sales',
  'orders',
];

function reportPeriod(doc: Document): SnapshotRecord['period'] {
  const order = consoleDateOrder(doc);
  const picker = doc.querySelector('kat-date-range-picker[start-value][end-value]');
  let from = picker?.getAttribute('start-value');
  let to = picker?.getAttribute('end-value');
  if (!from || !to) {
    from = doc.querySelector<HTMLInputElement>('input[name="fromDate"]')?.getAttribute('value');
    to = doc.querySelector<HTMLInputElement>('input[name="toDate"]')?.getAttribute('value');
  }
  const f = from ? parseDate(from, order) : undefined;
  const t = to ? parseDate(to, order) : undefined;
  return f && t && f <= t ? { from: f, to: t } : undefined;
}

export function extractBusinessReport(doc: Document, ctx: ExtractContext): Extraction {
  if (sellerCentralSignedOut(doc)) return notRecognised(ID, 'sign-in');
  const found = bestGrid(
    findGrids(doc),
    BUSINESS_REPORT_COLUMNS,
    ['childAsin', 'sessions', 'unitsOrdered', 'sales', 'title'],
    2,
  );
  if (!found)
    return notRecognised(
      ID,
      'no-report-table',
      findGrids(doc).flatMap((g) => g.headers),
    );
  const { grid, columns } = found;
  const seen = grid.headers;
  const missing = (Object.keys(FIELDS) as BusinessReportField[]).filter(
    (f) => columns[f] === undefined && f !== 'sku' && f !== 'parentAsin',
  );
  const market = consoleMarketplace(doc);
  const period = reportPeriod(doc);
  const required: string[] = [];
  if (columns.childAsin === undefined && columns.sku === undefined) required.push('childAsin');
  if (!METRIC_FIELDS.some((f) => columns[f] !== undefined)) required.push('sessions', 'unitsOrdered');
  if (!market) required.push('marketplace');
  if (!period) required.push('period');
  if (required.length)
    return {
      adapter: ID,
      status: 'partial',
      records: [],
      missing: [...required, ...missing.filter((m) => !required.includes(m))],
      seen,
    };

  const read = readRows(grid, columns, FIELDS, { decimal: market!.decimal, currency: market!.currency });
  if (read.rows.length === 0) {
    return { adapter: ID, status: read.placeholders > 0 ? 'loading' : 'empty', records: [], missing, seen };
  }
  const records: SnapshotRecord[] = [];
  const unkeyed: number[] = [];
  for (const [i, row] of read.rows.entries()) {
    const asin = /^[A-Z0-9]{10}$/.test(row.cells.childAsin ?? '') ? row.cells.childAsin : undefined;
    const key = asin ?? row.cells.sku;
    if (!key) {
      unkeyed.push(i);
      continue;
    }
    const attrs: SnapshotRecord['attrs'] = {};
    if (asin) attrs.asin = asin;
    if (row.cells.parentAsin && /^[A-Z0-9]{10}$/.test(row.cells.parentAsin))
      attrs.parentAsin = row.cells.parentAsin;
    if (row.cells.sku) attrs.sku = row.cells.sku;
    records.push({
      kind: 'listing',
      source: ID,
      platform: 'amazon',
      marketplace: market!.marketplace,
      key,
      ...(row.cells.title ? { label: row.cells.title } : {}),
      currency: market!.currency,
      period,
      capturedAt: ctx.capturedAt,
      url: ctx.url.href,
      metrics: row.metrics,
      attrs,
    });
  }
  const allMissing = [
    ...missing,
    ...read.unreadable.filter((u) => !missing.includes(u as BusinessReportField)),
  ];
  if (unkeyed.length) allMissing.push('childAsin');
  return {
    adapter: ID,
    status: 'ok',
    records,
    missing: allMissing,
    seen,
    anchors: {
      table: grid.root,
      rows: read.rows.filter((_, i) => !unkeyed.includes(i)).map((r) => r.element),
    },
  };
}

export const amazonBusinessReport: PageAdapter = {
  id: ID,
  match: (url) =>
    isSellerCentralHost(url.hostname) &&
    (url.pathname.startsWith('/business-reports') || url.pathname.startsWith('/gp/site-metrics/report.html')),
  extract: extractBusinessReport,
};
