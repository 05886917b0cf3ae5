import { formatCount, formatMoney, formatRate } from '../lib/format';
import { type Lang, localeOf } from '../lib/i18n';
import type { MetricName, MetricUnit, SnapshotRecord } from '../lib/model';

const DAY = 86_400_000;

export interface TimePoint {
  x: number;
  y: number;
  /** The dates the value measures, for the tooltip; absent for a reading of a moment. */
  period?: { from: string; to: string };
}

type Reading = Pick<SnapshotRecord, 'capturedAt' | 'period' | 'metrics'>;

/** Local midnight of a `YYYY-MM-DD` day: where the time axis puts that day's tick. */
export function dayStart(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
}

/**
 * Where a reading sits on the time axis. A value that measures a period (a report's week, a console's
 * date range) sits on the period's last day, the way the report dates it: a daily figure on its own day's
 * tick, a week on the day it ends. End rather than midpoint, so the newest point never sits before the
 * day it covers and a week and its last day line up. When OpsLens read it does not matter. A reading of a
 * moment (a product page's price, BSR) sits at its capture time.
 */
export function plotTime(r: Pick<SnapshotRecord, 'capturedAt' | 'period'>): number {
  return r.period ? dayStart(r.period.to) : Date.parse(r.capturedAt);
}

/**
 * One metric's points in time order. The same period read twice (a report imported again after Amazon
 * revised it) is one point, the later reading; readings come in capture order.
 */
export function pointsOf(readings: readonly Reading[], metric: MetricName): TimePoint[] {
  const byPeriod = new Map<string, TimePoint>();
  for (const r of readings) {
    const y = r.metrics[metric];
    if (y === undefined) continue;
    const x = plotTime(r);
    byPeriod.set(r.period ? `${r.period.from}/${r.period.to}` : r.capturedAt, {
      x,
      y,
      ...(r.period ? { period: r.period } : {}),
    });
  }
  return [...byPeriod.values()].sort((a, b) => a.x - b.x);
}

export type TimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Whole days around the points (a day either side of a single day), so ticks fall inside the axis. */
export function dayBounds(xs: readonly number[]): { min: number; max: number } {
  const floor = (t: number) => {
    const d = new Date(t);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  };
  const min = floor(Math.min(...xs));
  const last = Math.max(...xs);
  const max = floor(last) === last ? last : floor(last + DAY);
  return min === max ? { min: min - DAY, max: max + DAY } : { min, max };
}

/** The tick unit for a span: a dozen ticks or so, each on a day, a week, a month, a quarter or a year. */
export function timeUnit(span: { min: number; max: number }): TimeUnit {
  const days = (span.max - span.min) / DAY;
  if (days <= 14) return 'day';
  if (days <= 7 * 14) return 'week';
  if (days <= 731) return 'month';
  if (days <= 6 * 366) return 'quarter';
  return 'year';
}

/** date-fns patterns per unit; the Chinese ones are digits and 年月日, so no date-fns locale is bundled. */
export const DISPLAY_FORMATS: Record<Lang, Record<TimeUnit, string>> = {
  en: { day: 'MMM d', week: 'MMM d', month: 'MMM yyyy', quarter: 'QQQ yyyy', year: 'yyyy' },
  zh: { day: 'M月d日', week: 'M月d日', month: 'yyyy年M月', quarter: 'yyyy年第Q季度', year: 'yyyy年' },
};

/** How long a reading's period is, in days (1 for a day, 7 for a week); undefined for a reading of a moment. */
export function periodDays(r: Pick<SnapshotRecord, 'period'>): number | undefined {
  return r.period ? Math.round((dayStart(r.period.to) - dayStart(r.period.from)) / DAY) + 1 : undefined;
}

/**
 * The period lengths among readings, most readings first (ties: the shorter first); `0` stands for readings
 * of a moment. A week's sessions beside a day's on one line would read as a jump: a chart plots one length.
 */
export function periodLengths(readings: readonly Pick<SnapshotRecord, 'period'>[]): number[] {
  const n = new Map<number, number>();
  for (const r of readings) {
    const d = periodDays(r) ?? 0;
    n.set(d, (n.get(d) ?? 0) + 1);
  }
  return [...n].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([d]) => d);
}

/** A value axis in its metric's unit: whole-number ticks for counts and ranks, rank 1 at the top, money in its currency. */
export function valueAxis(unit: MetricUnit | undefined, currency: string | undefined, lang: Lang) {
  const whole = unit === 'count' || unit === 'rank';
  const label = (v: number): string => {
    if (unit === 'rate') return formatRate(v, lang);
    if (unit === 'money') return formatMoney(v, currency, lang);
    if (unit === 'rank') return `#${formatCount(v, lang)}`;
    if (unit === 'count') return formatCount(v, lang);
    return v.toLocaleString(localeOf(lang));
  };
  return {
    reverse: unit === 'rank',
    beginAtZero: unit === 'count',
    ticks: { ...(whole ? { precision: 0 } : {}), callback: (v: string | number) => label(Number(v)) },
  };
}

/** One metric's points from the readings of one period length (`0`: readings of a moment). */
export function seriesPoints(
  readings: readonly Reading[],
  metric: MetricName,
  length: number | undefined,
): TimePoint[] {
  const of = length === undefined ? readings : readings.filter((r) => (periodDays(r) ?? 0) === length);
  return pointsOf(of, metric);
}
