import {
  type AdviceRow,
  type AlertLike,
  groupItems,
  itemOf,
  itemOfAlert,
  rankItems,
  type TodayGroup,
  type TodayItem,
} from './items';
import { type DayRow, type SinceYesterday, sinceYesterday, toDayItem } from './since';
import { type Hidden, hiddenBy, type TodayStatus } from './status';

export interface TodayList {
  /** Every actionable item, ranked, whatever its status (what the day's snapshot keeps). */
  all: TodayItem[];
  /** The items on the list, ranked, grouped by problem. */
  groups: TodayGroup<TodayItem>[];
  visible: number;
  /** Items off the list and why. */
  hidden: { item: TodayItem; by: Hidden }[];
  since: SinceYesterday | undefined;
}

/** Today from the stored advice, the operator's statuses and dismissals, and the last snapshot of an earlier day. */
export function todayList(
  rows: readonly AdviceRow[],
  status: TodayStatus,
  dismissed: readonly string[],
  previous: DayRow | undefined,
  now: number,
  alerts: readonly AlertLike[] = [],
): TodayList {
  const all = rankItems([
    ...rows.flatMap((r) => itemOf(r) ?? []),
    ...alerts.flatMap((a) => itemOfAlert(a, now) ?? []),
  ]);
  const gone = new Set(dismissed);
  const shown: TodayItem[] = [];
  const hidden: TodayList['hidden'] = [];
  for (const item of all) {
    const by = hiddenBy(item, status, gone, now);
    if (by) hidden.push({ item, by });
    else shown.push(item);
  }
  return {
    all,
    groups: groupItems(shown),
    visible: shown.length,
    hidden,
    since: sinceYesterday(all.map(toDayItem), previous),
  };
}
