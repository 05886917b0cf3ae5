import type { Params } from '../../lib/i18n';
import type { ParamKey } from './i18n-samples';

// Sample parameters of the dayparting messages (issue 14), spread into SAMPLES in ./i18n-samples.ts, at one
// where a plural has a one form.

type Samples = { [K in ParamKey]?: Params<K> };

export const DAYPART_SAMPLES = {
  daypartWeekday: { d: 0 },
  daypartStatus_notEnoughDays: { days: 1, min: 7 },
  daypartStatus_missingMetric: { fields: ['sales'] },
  daypartBasis: {
    days: 1,
    rpc: 1.12,
    currency: 'USD',
    clicks: 2520,
    minClicks: 75,
    noise: 0.05,
    min: 0.5,
    max: 1.5,
  },
  daypartByWeekday: { days: 35 },
  daypartProvisional: { days: 1, since: '2026-12-03', n: 1 },
  daypartSpread: { share: 0.25 },
  daypartCell: {
    hour: '19:00',
    percent: 150,
    reason: 'clamped',
    clicks: 140,
    rpc: 2,
    conversion: 0.1,
    costPerOrder: 5,
    spread: 0,
    currency: 'USD',
  },
  daypartImportDone: { n: 1, skipped: 1 },
  daypartImportPreview: { file: 'hourly.csv', n: 1, skipped: 1 },
} satisfies Samples;
