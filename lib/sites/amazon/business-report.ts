import { type ConsoleTableSpec, consoleTableSteps, extractConsoleTable } from '../console-table';
import type { FieldSpec } from '../read-rows';
import type { PageAdapter } from '../types';
import { BUSINESS_REPORT_COLUMNS, type BusinessReportField } from './business-report-labels';
import { amazonMarketOrAsk, amazonPeriodOrAsk } from './console-context';
import { isSellerCentralHost, sellerCentralSignedOut } from './seller-central';

const ASIN = /^[A-Z0-9]{10}$/;

const FIELDS: Record<BusinessReportField, FieldSpec> = {
  parentAsin: {},
  childAsin: {},
  sku: {},
  title: {},
  sessions: { metric: 'sessions', unit: 'count' },
  pageViews: { metric: 'pageViews', unit: 'count' },
  buyBoxPct: { metric: 'buyBoxPct', unit: 'rate' },
  unitsOrdered: { metric: 'unitsOrdered', unit: 'count' },
  conversionRate: { metric: 'conversionRate', unit: 'rate' },
  sales: { metric: 'sales', unit: 'money' },
  orders: { metric: 'orders', unit: 'count' },
};

export const BUSINESS_REPORT: ConsoleTableSpec<BusinessReportField> = {
  id: 'amazon.business-report',
  kind: 'listing',
  columns: BUSINESS_REPORT_COLUMNS,
  fields: FIELDS,
  signature: ['childAsin', 'sessions', 'unitsOrdered', 'sales', 'title'],
  keyFields: ['childAsin', 'sku'],
  quiet: ['sku', 'parentAsin'],
  needsPeriod: true,
  market: amazonMarketOrAsk,
  period: amazonPeriodOrAsk,
  signedOut: sellerCentralSignedOut,
  identify(row) {
    const { childAsin, parentAsin, sku, title } = row.cells;
    const asin = childAsin && ASIN.test(childAsin) ? childAsin : undefined;
    const key = asin ?? sku;
    if (!key) return undefined;
    const attrs: Record<string, string> = {};
    if (asin) attrs.asin = asin;
    if (parentAsin && ASIN.test(parentAsin)) attrs.parentAsin = parentAsin;
    if (sku) attrs.sku = sku;
    return title ? { key, label: title, attrs } : { key, attrs };
  },
};

export const amazonBusinessReport: PageAdapter = {
  id: BUSINESS_REPORT.id,
  columns: BUSINESS_REPORT.columns,
  fields: BUSINESS_REPORT.fields,
  match: (url) =>
    isSellerCentralHost(url.hostname) &&
    (url.pathname.startsWith('/business-reports') || url.pathname.startsWith('/gp/site-metrics/report.html')),
  extract: (doc, ctx) => extractConsoleTable(BUSINESS_REPORT, doc, ctx),
  steps: (doc, ctx) => consoleTableSteps(BUSINESS_REPORT, doc, ctx),
};
