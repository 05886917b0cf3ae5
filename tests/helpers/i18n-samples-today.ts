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
} satisfies Samples;
