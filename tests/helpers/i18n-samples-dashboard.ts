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
} satisfies Samples;
