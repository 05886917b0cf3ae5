import type { Fmt } from '../fmt';
import type { Messages } from '../types';

// Text of Today (the dashboard's first view and the popup's count), alerts and experiments (issue 15).

type N = { n: number };

export const enToday = {
  navToday: 'Today',
  todayTitle: 'What needs action today',
  todayCount: ({ n }: N, f: Fmt) => f.plural(n, { one: '# thing to act on', other: '# things to act on' }),
  todayEmpty:
    'Nothing needs action now. Advice appears here as soon as OpsLens reads a page that calls for it.',
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
} satisfies Messages;
