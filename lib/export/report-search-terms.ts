import type { SnapshotRecord } from '../model';
import { parseDate } from '../parse';
import type { ImportNote, RowSkip } from './problems';
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
  resolveBareRate,
} from './report-common';
import { amazonMarket, NEEDS_MARKETPLACE, NEEDS_PERIOD } from './report-market';

const KIND = 'amazon-search-terms';
const SOURCE = 'amazon.sp-search-term-report';

// Current and older spellings (PAGE-FACTS.md); case, trailing spaces and spacing are folded by normalizeLabel.
const LABELS = {
  startDate: ['Start Date'],
  endDate: ['End Date'],
  date: ['Date'],
  portfolio: ['Portfolio name'],
  currency: ['Currency'],
  campaign: ['Campaign Name'],
  adGroup: ['Ad Group Name'],
  targeting: ['Targeting'],
  matchType: ['Match Type'],
  term: ['Customer Search Term'],
  impressions: ['Impressions'],
  clicks: ['Clicks'],
  ctr: ['Click-Thru Rate (CTR)', 'Click Thru Rate (CTR)', 'CTR'],
  cpc: ['Cost Per Click (CPC)', 'CPC'],
  spend: ['Spend'],
  sales: ['7 Day Total Sales', '14 Day Total Sales', '7 Day Total Sales ($)'],
  acos: ['Total Advertising Cost of Sales (ACOS)', 'ACOS'],
  roas: ['Total Return on Advertising Spend (ROAS)', 'ROAS'],
  orders: ['7 Day Total Orders (#)', '14 Day Total Orders (#)'],
  units: ['7 Day Total Units (#)', '14 Day Total Units (#)'],
  conversionRate: ['7 Day Conversion Rate', '14 Day Conversion Rate'],
};
type Field = keyof typeof LABELS;

// A rate written without `%` (the xlsx stores fractions) is told apart by the counts it derives from.
const METRIC_COLUMNS: Partial<Record<Field, MetricColumn>> = {
  impressions: { metric: 'impressions', kind: 'count' },
  clicks: { metric: 'clicks', kind: 'count' },
  ctr: { metric: 'ctr', kind: 'rate', bare: 'check' },
  cpc: { metric: 'cpc', kind: 'money' },
  spend: { metric: 'spend', kind: 'money' },
  sales: { metric: 'sales', kind: 'money' },
  acos: { metric: 'acos', kind: 'rate', bare: 'check' },
  roas: { metric: 'roas', kind: 'ratio' },
  orders: { metric: 'orders', kind: 'count' },
  units: { metric: 'unitsOrdered', kind: 'count' },
  conversionRate: { metric: 'conversionRate', kind: 'rate', bare: 'check' },
};

const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? a / b : undefined;

export function detectSearchTermReport(rows: string[][]): HeaderMatch<Field> | undefined {
  const h = findHeader(rows, LABELS, ['term', 'campaign']);
  return h && (h.columns.impressions !== undefined || h.columns.clicks !== undefined) ? h : undefined;
}

function rowPeriod(
  row: string[],
  header: HeaderMatch<Field>,
  order: 'mdy' | 'dmy',
): { from: string; to: string } | RowSkip {
  const c = header.columns;
  if (c.date !== undefined) {
    const d = parseDate(cell(row, c.date), order);
    const value = cell(row, c.date);
    return d
      ? { from: d, to: d }
      : cellSkip(
          'notDate',
          headerOf(header, c.date, 'Date'),
          value,
          `Date: ${JSON.stringify(value)} is not a date`,
        );
  }
  const from = parseDate(cell(row, c.startDate), order);
  const to = parseDate(cell(row, c.endDate), order);
  if (from && to && from <= to) return { from, to };
  const value = `${cell(row, c.startDate)} – ${cell(row, c.endDate)}`;
  const column = `${headerOf(header, c.startDate, 'Start Date')} / ${headerOf(header, c.endDate, 'End Date')}`;
  return cellSkip(
    'notDate',
    column,
    value,
    `Start Date / End Date: ${JSON.stringify(value)} is not a date range`,
  );
}

export function importSearchTermReport(
  rows: string[][],
  header: HeaderMatch<Field>,
  opts: ReportOptions,
): ReportImport {
  const warnings: string[] = [];
  const notes: ImportNote[] = [];
  const market = amazonMarket(opts, warnings, notes);
  if (!market) return NEEDS_MARKETPLACE(KIND);
  const c = header.columns;
  const dated = c.date !== undefined || (c.startDate !== undefined && c.endDate !== undefined);
  if (!dated && !opts.period) return NEEDS_PERIOD(KIND);
  const { out, accept } = collect(KIND, warnings, notes);
  const ambiguous = new Set<string>();
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const term = cell(row, c.term);
    if (!term) {
      out.skipped.push({
        row: i + 1,
        ...cellSkip('noId', headerOf(header, c.term, 'Customer Search Term'), '', 'no customer search term'),
      });
      continue;
    }
    const period = dated ? rowPeriod(row, header, market.dateOrder) : opts.period!;
    if ('reason' in period) {
      out.skipped.push({ row: i + 1, ...period });
      continue;
    }
    const currency = /^[A-Z]{3}$/.test(cell(row, c.currency)) ? cell(row, c.currency) : market.currency;
    const metrics: Record<string, number> = {};
    const bare: Record<string, number> = {};
    const error = readMetrics(
      row,
      header,
      METRIC_COLUMNS,
      { decimal: market.decimal, currency },
      metrics,
      bare,
    );
    if (error) {
      out.skipped.push({ row: i + 1, ...error });
      continue;
    }
    const derived: Record<string, number | undefined> = {
      ctr: ratio(metrics.clicks, metrics.impressions),
      acos: ratio(metrics.spend, metrics.sales),
      conversionRate: ratio(metrics.orders, metrics.clicks),
    };
    for (const [m, v] of Object.entries(bare)) {
      const value = resolveBareRate(v, derived[m]);
      if (value === undefined) ambiguous.add(m);
      else metrics[m] = value;
    }
    const attrs: SnapshotRecord['attrs'] = {};
    const parts = {
      campaign: c.campaign,
      adGroup: c.adGroup,
      targeting: c.targeting,
      matchType: c.matchType,
    };
    for (const [name, at] of Object.entries({ ...parts, portfolio: c.portfolio })) {
      const text = cell(row, at);
      if (text && !/^[-–—]+$/.test(text)) attrs[name] = text; // auto targets have Match Type `-`
    }
    // One search term shows up under several campaigns, ad groups and targets: each is its own entity.
    // The page adapter keys by ad group id, which the report lacks: names stand in for it here.
    const key = [term, attrs.campaign, attrs.adGroup, attrs.targeting, attrs.matchType]
      .filter(Boolean)
      .join(' | ');
    accept(
      {
        kind: 'searchTerm',
        source: SOURCE,
        platform: 'amazon',
        marketplace: market.marketplace,
        key,
        label: term,
        currency,
        period,
        capturedAt: capturedAtFor(period),
        url: fileUrl(opts.fileName),
        metrics,
        attrs,
      },
      i + 1,
    );
  }
  for (const m of ambiguous) {
    warnings.push(
      `${m}: values without a % sign that match neither a fraction nor a percentage of the counts were left out.`,
    );
    notes.push({ code: 'ambiguousRate', column: m });
  }
  return out;
}
