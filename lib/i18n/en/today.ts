import type { Fmt } from '../fmt';
import type { Messages } from '../types';

// Text of Today (the dashboard's first view and the popup's count), alerts and experiments (issue 15).

type N = { n: number };
type Name = { name: string };
type Money = { currency?: string };

const UNITS = {
  sessions: { one: '# more session', other: '# more sessions' },
  visitors: { one: '# more visitor', other: '# more visitors' },
  clicks: { one: '# more click', other: '# more clicks' },
  impressions: { one: '# more impression', other: '# more impressions' },
  days: { one: '# more day', other: '# more days' },
} as const;
type Unit = keyof typeof UNITS;
type Side = { value: number; num: number; den: number; from: string; to: string };
const EXP_TESTS = { z: 'two-proportion z-test', poisson: 'Poisson rate test' } as const;
type TestP = { p: number; test: 'z' | 'poisson' };

const TESTS = { t: "t-test on the baseline's own spread", poisson: 'Poisson test' } as const;

export const enToday = {
  navToday: 'Today',
  todayTitle: 'What needs action today',
  todayCount: ({ n }: N, f: Fmt) => f.plural(n, { one: '# thing to act on', other: '# things to act on' }),
  todayEmpty:
    'Nothing needs action now. Advice appears here as soon as OpsLens reads a page that calls for it.',
  chartEventsTitle: 'Marked on the chart',
  chartEventChange: ({ change }: { change: string }) => `${change} changed (recorded experiment)`,
  chartEventChangeNote: ({ change, note }: { change: string; note: string }) =>
    `${change} changed (recorded experiment): ${note}`,
  chartEventStockOut: 'Out of stock in this reading',
  launchTitle: 'Launch checklist',
  launchIntro: ({ age, newDays }: { age: number; newDays: number }, f: Fmt) =>
    `New product: ${f.plural(Math.floor(age), { one: 'listed or first seen # day ago', other: 'listed or first seen # days ago' })} (new for up to ${f.count(newDays)} days, our threshold). Each step is ticked from the readings OpsLens holds.`,
  launchState_done: 'Done',
  launchState_todo: 'To do',
  launchState_unknown: 'Not read yet',
  launchStep_inStock: ({ leadTimeDays }: { leadTimeDays: number }, f: Fmt) =>
    `In stock for the lead time (${f.plural(leadTimeDays, { one: '# day', other: '# days' })})`,
  launchStep_firstSale: 'First sale',
  launchStep_traffic: ({ launchSessionsWeek }: { launchSessionsWeek: number }, f: Fmt) =>
    `Traffic: at least ${f.count(launchSessionsWeek)} sessions a week`,
  launchStep_conversion: ({ launchConversionMin }: { launchConversionMin: number }, f: Fmt) =>
    `Conversion at least ${f.pct(launchConversionMin)}`,
  launchFacts_inStock: ({ available, daysOfCover }: { available: number; daysOfCover?: number }, f: Fmt) =>
    daysOfCover === undefined
      ? `${f.count(available)} available, no sales rate yet`
      : `${f.count(available)} available: ${f.plural(Math.floor(daysOfCover), { one: '# day', other: '# days' })} of cover`,
  launchFacts_firstSale: ({ unitsOrdered }: { unitsOrdered: number }, f: Fmt) =>
    f.plural(unitsOrdered, { one: '# unit sold in the readings', other: '# units sold in the readings' }),
  launchFacts_traffic: ({ sessionsPerWeek }: { sessionsPerWeek: number }, f: Fmt) =>
    `${f.count(sessionsPerWeek)} sessions a week in the latest period`,
  launchFacts_conversion: ({ conversion, sessions }: { conversion: number; sessions: number }, f: Fmt) =>
    `${f.pct(conversion)} of ${f.plural(sessions, { one: '# session', other: '# sessions' })} in the latest period`,
  launchNotRead_inStock: 'No stock read yet: open Manage All Inventory or 千牛.',
  launchNotRead_firstSale: 'No sales read yet: open the Business Report or 生意参谋.',
  launchNotRead_traffic: 'No sessions read yet.',
  launchNotRead_conversion: 'Too few sessions in the latest period to judge.',
  firstRunTitle: 'Getting started',
  firstRunDone: 'Done:',
  firstRunToDo: 'To do:',
  firstRun_readConsole: 'Open a console page OpsLens reads.',
  firstRunHint_readConsole:
    'It reads the table you already look at and keeps each reading; history builds up with every visit.',
  firstRun_setMargin: 'Set your margin.',
  firstRunHint_setMargin:
    'Until you do, break-even is assumed: ACoS 30% on Amazon, ROI 2.5 on Tmall and Taobao, and every "lost" figure rests on it. Per marketplace or per product.',
  firstRunSetMargin: 'Open settings',
  firstRun_importReport: 'Import a report file (optional).',
  firstRunHint_importReport:
    'Business Reports, Sponsored Products search-term reports, Search Query Performance and 生意参谋 exports start history from the past.',
  firstRunImport: 'Open import',
  firstRun_watchCompetitor: 'Watch a competitor.',
  firstRunHint_watchCompetitor:
    'On an Amazon, Tmall or Taobao product page, press Watch on the OpsLens card: price, rating, reviews and rank are then kept with their history.',
  firstRunHide: 'Hide this checklist',
  consoleBusinessReports: 'Amazon Business Reports',
  consoleInventory: 'Amazon Manage All Inventory',
  consoleAds: 'Amazon advertising console',
  consoleSycm: '生意参谋 items',
  consoleSubway: '直通车',
  consoleWanxiangtai: '万相台',
  consoleQianniu: '千牛 items on sale',
  todayRankNote:
    'Ranked by money at stake (amounts in other currencies are ordered at approximate rates and shown in their own), then by days to a stock-out, then by severity.',
  problem_adsWaste: 'Ads waste',
  problem_bids: 'Bids',
  problem_stock: 'Stock',
  problem_conversion: 'Conversion',
  problem_traffic: 'Traffic',
  problem_competitors: 'Competitors',
  todayAtStake: ({ money }: { money: string }) => `${money} at stake`,
  todayStockOut: ({ days }: { days: number }, f: Fmt) =>
    f.plural(Math.floor(days), { one: 'out of stock in # day', other: 'out of stock in # days' }, 0),
  todayOpenPage: 'Open the page',
  todayOpenPageLabel: ({ name }: { name: string }) => `Open the page to act on ${name}`,
  todayDone: 'Done',
  todaySnooze: 'Snooze to tomorrow',
  todayDismiss: 'Dismiss',
  todayShowAll: ({ n }: N, f: Fmt) => `Show all ${f.count(n)}`,
  todayHiddenSummary: (
    { done, snoozed, dismissed }: { done: number; snoozed: number; dismissed: number },
    f: Fmt,
  ) => `Off the list: ${f.count(done)} done, ${f.count(snoozed)} snoozed, ${f.count(dismissed)} dismissed`,
  todayShowHidden: 'Show them',
  todayHideHidden: 'Hide them',
  todayBack: 'Back on the list',
  todayHiddenDone: 'done',
  todayHiddenSnoozed: 'snoozed',
  todayHiddenDismissed: 'dismissed',
  todayReadAt: ({ when }: { when: string }) => `read ${when}`,
  sinceTitle: ({ day }: { day: string }) => `Since ${day}`,
  sinceNew: ({ n }: N, f: Fmt) => `${f.count(n)} new`,
  sinceWorse: ({ n }: N, f: Fmt) => `${f.count(n)} worse`,
  sinceFixed: ({ n }: N, f: Fmt) => `${f.count(n)} fixed`,
  sinceTagNew: 'New',
  sinceTagWorse: 'Worse',
  sinceTagFixed: 'Fixed',
  sinceNothing: 'Nothing new, worse or fixed.',
  sinceFirstDay:
    'From tomorrow this shows what is new, what got worse and what was fixed since the day before.',
  sinceWas: ({ was }: { was: string }) => `was ${was}`,
  popupToday: ({ n }: N, f: Fmt) =>
    f.plural(n, { one: '# thing to act on today', other: '# things to act on today' }),
  // Alerts: what a new reading says that cannot wait for the next visit.
  alertsTitle: 'Alerts',
  alertsOpen: ({ n }: N, f: Fmt) => f.plural(n, { one: '# new', other: '# new' }),
  alertSeen: 'Seen',
  alertSeenAll: 'Mark all seen',
  alertRaised: ({ when }: { when: string }) => `raised ${when}`,
  alert_stock: (
    p: Name & { available: number; daysOfCover: number; leadTimeDays: number; safetyStockDays: number },
    f: Fmt,
  ) =>
    `${p.name}: ${f.count(p.available)} in stock ${f.plural(Math.floor(p.daysOfCover), { one: 'covers # day', other: 'covers # days' }, 0)}, under lead time ${f.count(p.leadTimeDays)} + safety ${f.count(p.safetyStockDays)} days.`,
  alert_traffic: (
    p: Name & {
      metric: 'sessions' | 'visitors';
      now: number;
      baseline: number;
      drop: number;
      periods: number;
      days: number;
      pValue: number;
      test: 't' | 'poisson';
    },
    f: Fmt,
  ) =>
    `${p.name}: ${p.metric === 'sessions' ? 'sessions' : 'visitors'} fell to ${f.count(p.now)} from ${f.count(p.baseline)} on average (−${f.pct(p.drop)}) over ${f.plural(p.periods, p.days === 1 ? { one: 'the same weekday before', other: 'the same weekday of # weeks before' } : { one: '# earlier period of the same length', other: '# earlier periods of the same length' }, 0)} (${TESTS[p.test]}, ${f.p(p.pValue)}).`,
  alert_conversion: (
    p: Name & { before: number; after: number; afterOrders: number; afterTraffic: number; pValue: number },
    f: Fmt,
  ) =>
    `${p.name}: conversion fell to ${f.pct(p.after, p.before)} (${f.count(p.afterOrders)}/${f.count(p.afterTraffic)}) from ${f.pct(p.before, p.after)} (two-proportion z-test, ${f.p(p.pValue)}).`,
  alert_spendNoOrders: (p: Name & Money & { spend: number; clicks: number }, f: Fmt) =>
    `${p.name}: ${f.money(p.spend, p.currency)} spent on ${f.count(p.clicks)} clicks today and no order.`,
  alert_competitorPrice: (p: Name & Money & { from: number; to: number; drop: number }, f: Fmt) =>
    `Watched ${p.name}: price down ${f.pct(p.drop)}, from ${f.money(p.from, p.currency)} to ${f.money(p.to, p.currency)}.`,
  alert_competitorStock: (p: Name) => `Watched ${p.name} is out of stock.`,
  alert_competitorRank: (p: Name & { from: number; to: number }, f: Fmt) =>
    `Watched ${p.name}: Best Sellers Rank jumped from #${f.count(p.from)} to #${f.count(p.to)}.`,
  notifyTitle: ({ n }: N, f: Fmt) =>
    f.plural(n, { one: 'OpsLens: # new alert', other: 'OpsLens: # new alerts' }),
  notifyMore: ({ n }: N, f: Fmt) => `… and ${f.count(n)} more`,
  alertSettingsTitle: 'Alerts',
  alertSettingsIntro:
    'OpsLens judges every new reading against these thresholds. Alerts are counted on the toolbar button and listed in Today; stock alerts use the lead time and safety stock of the advice settings.',
  alertNotify: 'Also show a browser notification (one per page read, however many alerts it raises)',
  alertNotifyDenied:
    'The browser did not allow notifications: alerts stay on the toolbar button and in Today.',
  alertQuiet: 'Quiet hours',
  alertQuietFrom: 'from',
  alertQuietTo: 'to',
  alertField_trafficDropMin:
    'Traffic drop that alerts (sessions or visitors under the same weekday’s baseline)',
  alertField_trafficAlpha: 'Significance level of that drop',
  alertField_baselinePeriods: 'Earlier periods in the baseline',
  alertField_conversionDropMin: 'Conversion drop that alerts (relative)',
  alertField_conversionAlpha: 'Significance level of the conversion drop (two-proportion z-test)',
  alertField_spendNoOrdersClicks: 'Clicks with spend and no order today before a campaign alerts',
  alertField_competitorPriceDrop: 'Watched competitor’s price drop that alerts',
  alertField_competitorRankJump: 'Watched competitor’s rank jump that alerts (rank number down by)',
  alertLogTitle: 'Last notifications',
  alertOutcome_shown: 'shown',
  alertOutcome_off: 'not shown: notifications are off',
  alertOutcome_noPermission: 'not shown: no permission',
  alertOutcome_quiet: 'not shown: quiet hours',
  alertOutcome_failed: 'not shown: the browser refused',
  // Experiments: a recorded change, judged before and after.
  expMetric_conversion: 'Conversion',
  expMetric_ctr: 'CTR',
  expMetric_unitsPerDay: 'Units/day',
  expRates: ({ label, before, after }: { label: string; before: Side; after: Side }, f: Fmt) =>
    `${label}: ${f.pct(before.value, after.value)} (${f.count(before.num)}/${f.count(before.den)}, ${before.from} – ${before.to}) → ${f.pct(after.value, before.value)} (${f.count(after.num)}/${f.count(after.den)}, ${after.from} – ${after.to})`,
  expPerDay: ({ label, before, after }: { label: string; before: Side; after: Side }, f: Fmt) =>
    `${label}: ${f.num(before.value)} (${f.count(before.num)} in ${f.plural(before.den, { one: '# day', other: '# days' }, 0)}, ${before.from} – ${before.to}) → ${f.num(after.value)} (${f.count(after.num)} in ${f.plural(after.den, { one: '# day', other: '# days' }, 0)}, ${after.from} – ${after.to})`,
  expOneSide: ({ label, side }: { label: string; side: 'before' | 'after' }) =>
    `${label}: no readings ${side === 'before' ? 'before' : 'after'} the change yet`,
  expSignificant: ({ p, test }: TestP, f: Fmt) => `significant (${f.p(p)}, ${EXP_TESTS[test]})`,
  expNotSignificant: ({ p, test }: TestP, f: Fmt) => `not significant (${f.p(p)}, ${EXP_TESTS[test]})`,
  expNeedsMore: (
    { n, unit, mde, power, alpha }: { n: number; unit: Unit; mde: number; power: number; alpha: number },
    f: Fmt,
  ) =>
    `needs ${f.plural(n, UNITS[unit], 0)} after the change for a verdict (power estimate: a ${f.pct(mde)} change, ${f.pct(power)} power, α = ${f.num(alpha, 3)})`,
  expBeforeShort: 'too little before the change for a verdict on a change of this size',
  expNoData:
    'No readings with sessions, clicks or units around the change yet: open the business report or the ads report after it.',
  expEnded: ({ day }: { day: string }) => `ended ${day}`,
  expEnd: 'End',
  expRemove: 'Remove',
  expListEmpty:
    'No change recorded yet: record one from a product’s card on its page, or from its history here.',
} satisfies Messages;
