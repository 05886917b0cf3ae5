import type { Severity } from '../advice/types';
import type { Problem } from './problems';
import { SEVERITY_ORDER } from './stake';

/** What the day's snapshot keeps of a Today item: enough to name it and to tell whether it got worse. */
export interface DayItem {
  id: string;
  problem: Problem;
  name: string;
  severity: Severity;
  money?: number;
  currency?: string;
  days?: number;
}

/** The Today list as it stood at the end of a day (the last time the background updated it that day). */
export interface DayRow {
  day: string;
  at: string;
  items: DayItem[];
}

export const toDayItem = (i: {
  id: string;
  problem: Problem;
  label?: string;
  ref: { key: string };
  severity: Severity;
  money?: number;
  currency?: string;
  days?: number;
}): DayItem => ({
  id: i.id,
  problem: i.problem,
  name: i.label ?? i.ref.key,
  severity: i.severity,
  ...(i.money !== undefined ? { money: i.money } : {}),
  ...(i.currency !== undefined ? { currency: i.currency } : {}),
  ...(i.days !== undefined ? { days: i.days } : {}),
});

/** Money at stake must grow by this share to count as worse (a few cents of noise is not news). */
export const WORSE_MONEY = 0.1;

/** Worse than the day before: more money at stake (same currency), fewer days to a stock-out, or more severe. */
export function isWorse(now: DayItem, before: DayItem): boolean {
  if (
    now.money !== undefined &&
    now.currency === before.currency &&
    now.money > (before.money ?? 0) * (1 + WORSE_MONEY) &&
    before.money !== undefined
  )
    return true;
  if (now.days !== undefined && before.days !== undefined && Math.floor(now.days) < Math.floor(before.days))
    return true;
  return SEVERITY_ORDER[now.severity] < SEVERITY_ORDER[before.severity];
}

export interface SinceYesterday {
  /** The day compared with. */
  since: string;
  added: DayItem[];
  worse: { now: DayItem; before: DayItem }[];
  fixed: DayItem[];
}

/** Today's items against the last snapshot of an earlier day: what is new, what got worse, what went away. */
export function sinceYesterday(
  current: readonly DayItem[],
  previous: DayRow | undefined,
): SinceYesterday | undefined {
  if (!previous) return undefined;
  const before = new Map(previous.items.map((i) => [i.id, i]));
  const now = new Set(current.map((i) => i.id));
  const added: DayItem[] = [];
  const worse: SinceYesterday['worse'] = [];
  for (const item of current) {
    const b = before.get(item.id);
    if (!b) added.push(item);
    else if (isWorse(item, b)) worse.push({ now: item, before: b });
  }
  return { since: previous.day, added, worse, fixed: previous.items.filter((i) => !now.has(i.id)) };
}
