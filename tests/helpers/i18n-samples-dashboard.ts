import type { Params } from '../../lib/i18n';
import type { ParamKey } from './i18n-samples';

// Sample parameters of the dashboard's export, import, chart and compare messages (issue 13), spread into
// SAMPLES in ./i18n-samples.ts, at one where a plural has a one form.

type Samples = { [K in ParamKey]?: Params<K> };

export const DASHBOARD_SAMPLES = {
  exportCsvKind: { kind: 'Listing', n: 1 },
  exportFailed: { reason: 'The disk is full.' },
  fileProblem_tooLarge: { mb: 100 },
  importFailed: { reason: 'The file is empty.' },
  importDetail: { detail: 'snapshots[3].metrics.acos: out of range' },
  importSkippedRow: { row: 12, reason: 'no child ASIN' },
  readingsCount: { n: 1 },
  conversionTest: { a: '9.8%', b: '12.3%', test: 'significant (p = 0.012)' },
  notSaved: { why: 'storage is full' },
  ppChange: { v: '2.5' },
  chartDays: { n: 1 },
  rowProblem_noId: { column: '(Child) ASIN', value: 'not an asin' },
  rowProblem_notDate: { column: 'Date', value: '31/02/2026' },
  rowProblem_notNumber: { column: 'Sessions', value: '12abc' },
  rowProblem_notWhole: { column: 'Units Ordered', value: '1.5' },
  rowProblem_otherCurrency: { column: 'Sales', value: '$12.00', currency: 'USD', expected: 'EUR' },
  rowProblem_outOfRange: { column: 'CTR', value: '140%' },
  rowProblem_duplicate: { first: 3 },
  rowProblem_invalid: { detail: 'label: is too long' },
  importNote_marketplaceFromName: { marketplace: 'amazon.de' },
  importNote_ambiguousRate: { column: 'acos' },
  importNote_unknownMetrics: { columns: 'Search Query Score' },
} satisfies Samples;
