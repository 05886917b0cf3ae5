import type { Params } from '../../lib/i18n';
import type { ParamKey } from './i18n-samples';

// Sample parameters of the Today, alert and experiment messages (issue 15), spread into SAMPLES in
// ./i18n-samples.ts, at one where a plural has a one form.

type Samples = { [K in ParamKey]?: Params<K> };

export const TODAY_SAMPLES = {
  todayCount: { n: 1 },
  todayAtStake: { money: '$1,200.00' },
  todayStockOut: { days: 1.5 },
  todayOpenPageLabel: { name: 'Kettle' },
  todayShowAll: { n: 40 },
  todayHiddenSummary: { done: 1, snoozed: 2, dismissed: 3 },
  todayReadAt: { when: 'Nov 21, 2026' },
  sinceTitle: { day: '2026-11-20' },
  sinceNew: { n: 1 },
  sinceWorse: { n: 1 },
  sinceFixed: { n: 1 },
  sinceWas: { was: '$900.00' },
  popupToday: { n: 1 },
  alertsOpen: { n: 1 },
  alertRaised: { when: '5 minutes ago' },
  alert_stock: { name: 'Kettle', available: 1, daysOfCover: 1.2, leadTimeDays: 30, safetyStockDays: 14 },
  alert_traffic: {
    name: 'Kettle',
    metric: 'visitors',
    now: 3000,
    baseline: 8050,
    drop: 0.627,
    periods: 1,
    days: 7,
    pValue: 0.0001,
    test: 'poisson',
  },
  alert_conversion: {
    name: 'Kettle',
    before: 0.1,
    after: 0.06,
    afterOrders: 60,
    afterTraffic: 1000,
    pValue: 0.0002,
  },
  alert_spendNoOrders: { name: 'SP Kettles', spend: 31.2, currency: 'USD', clicks: 24 },
  alert_competitorPrice: { name: 'COSORI', from: 39.99, to: 34.99, drop: 0.125, currency: 'USD' },
  alert_competitorStock: { name: 'COSORI' },
  alert_competitorRank: { name: 'COSORI', from: 140, to: 14 },
  notifyTitle: { n: 1 },
  notifyMore: { n: 499 },
  expRecorded: { change: 'Price', day: '2026-11-01' },
  expRates: {
    label: 'Conversion',
    before: { value: 0.1, num: 400, den: 4000, from: '2026-10-04', to: '2026-10-31' },
    after: { value: 0.06, num: 240, den: 4000, from: '2026-11-01', to: '2026-11-28' },
  },
  expPerDay: {
    label: 'Units/day',
    before: { value: 1, num: 1, den: 1, from: '2026-10-31', to: '2026-10-31' },
    after: { value: 2, num: 2, den: 1, from: '2026-11-01', to: '2026-11-01' },
  },
  expOneSide: { label: 'CTR', side: 'after' },
  expSignificant: { p: 0.0001, test: 'z' },
  expNotSignificant: { p: 0.41, test: 'poisson' },
  expNeedsMore: { n: 1, unit: 'sessions', mde: 0.2, power: 0.8, alpha: 0.05 },
  expEnded: { day: '2026-11-30' },
  expSaveFailed: { error: 'quota exceeded' },
} satisfies Samples;
