import {
  addDays,
  daysBetween,
  HOUR_METRICS,
  type HourBucket,
  type HourMetric,
  isIncrement,
  weekdayOf,
} from './bucket';

// Which buckets count, and their sums per hour (or weekday and hour). Recent days are provisional: Amazon
// restates attributed orders for days after the click, 直通车 settles the day after. They are kept out.

export type HourSums = Record<HourMetric, number> & {
  /** Clicks that came shared out over several hours (increments between console readings): their split is a guess. */
  spreadClicks: number;
};

export interface Gathered {
  /** Distinct settled days with figures. */
  days: string[];
  /** Distinct days kept out as provisional. */
  provisionalDays: string[];
  /** Metrics every counted bucket showed (an hour missing one cannot be judged on it). */
  shown: HourMetric[];
  /** Sums per hour, 24 of them. */
  hours: HourSums[];
  /** Sums per weekday (0 = Monday) and hour, from single-day buckets only (a range's days are not told apart). */
  weekdays: HourSums[][];
  /** Days of single-day buckets: what a weekday-by-hour schedule rests on. */
  singleDays: number;
}

const empty = (): HourSums => ({ impressions: 0, clicks: 0, spend: 0, orders: 0, sales: 0, spreadClicks: 0 });

function add(to: HourSums, b: HourBucket) {
  for (const m of HOUR_METRICS) to[m] += b.metrics[m] ?? 0;
  if (b.spread > 1) to.spreadClicks += b.metrics.clicks ?? 0;
}

const dayList = (from: string, to: string) =>
  Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));

/**
 * The buckets that count, summed. Each day and hour is counted once: a source that reports the hour itself
 * wins over increments between readings for the whole day; among them the latest reading wins (a
 * restated day read again replaces the earlier reading); a range of days counts only where no other bucket
 * covers any of its days. `today` is the account's date; days after `today - provisionalDays` are provisional.
 */
export function gatherHours(
  buckets: readonly HourBucket[],
  today: string,
  provisionalDays: number,
): Gathered {
  const lastSettled = addDays(today, -Math.max(0, Math.round(provisionalDays)));
  const provisional = new Set<string>();
  const settled: HourBucket[] = [];
  for (const b of buckets) {
    if (b.hour < 0 || b.hour > 23 || b.to < b.from) continue;
    if (b.to > lastSettled) {
      for (const d of dayList(b.from, b.to)) if (d > lastSettled) provisional.add(d);
      continue;
    }
    settled.push(b);
  }
  const newestFirst = [...settled].sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : -1));
  // Single days reported per hour: latest reading of each day and hour.
  const exact = new Map<string, HourBucket>();
  const exactDays = new Set<string>();
  for (const b of newestFirst) {
    if (b.from !== b.to || isIncrement(b)) continue;
    const id = `${b.from}|${b.hour}`;
    if (!exact.has(id)) exact.set(id, b);
    exactDays.add(b.from);
  }
  const counted: HourBucket[] = [...exact.values()];
  // Increments of days no source reported per hour; every increment counts (they do not overlap).
  counted.push(...settled.filter((b) => b.from === b.to && isIncrement(b) && !exactDays.has(b.from)));
  const taken = new Map<number, Set<string>>();
  for (const b of counted) {
    const set = taken.get(b.hour) ?? new Set<string>();
    set.add(b.from);
    taken.set(b.hour, set);
  }
  for (const b of newestFirst) {
    if (b.from === b.to) continue;
    const days = dayList(b.from, b.to);
    const set = taken.get(b.hour) ?? new Set<string>();
    if (days.some((d) => set.has(d))) continue;
    for (const d of days) set.add(d);
    taken.set(b.hour, set);
    counted.push(b);
  }
  const hours = Array.from({ length: 24 }, empty);
  const weekdays = Array.from({ length: 7 }, () => Array.from({ length: 24 }, empty));
  const days = new Set<string>();
  const single = new Set<string>();
  for (const b of counted) {
    add(hours[b.hour]!, b);
    for (const d of dayList(b.from, b.to)) days.add(d);
    if (b.from === b.to) {
      add(weekdays[weekdayOf(b.from)]![b.hour]!, b);
      single.add(b.from);
    }
  }
  const shown = HOUR_METRICS.filter(
    (m) => counted.length > 0 && counted.every((b) => b.metrics[m] !== undefined),
  );
  return {
    days: [...days].sort(),
    provisionalDays: [...provisional].sort(),
    shown,
    hours,
    weekdays,
    singleDays: single.size,
  };
}
