import type { SnapshotRecord } from '../model';

// Units sold a day, from the readings we hold of one item (issue 14): periods of units ordered (Business
// Report, 生意参谋 支付件数), or 千牛's 30日销量 (30 days back from the reading, no period). Only 千牛's
// 30日销量 is a count of the shop's own sales: a product page's "2K+ bought" or 月销 is a rounded lower bound.

/** The one page whose `monthlySales` is the shop's own count of units sold in the last 30 days. */
export const OWN_MONTHLY_SOURCE = 'taobao.qianniu-items';

const DAY_MS = 86_400_000;
export const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export interface DemandDay {
  date: string;
  units: number;
  /** Days of the period the units were read for: 1 is a day's own figure, 7 a week spread evenly. */
  span: number;
}

export interface Demand {
  /** Every day a reading covers, oldest first (a day no reading covers is missing, not zero). */
  days: DemandDay[];
  /** Units a day over those days. */
  perDay: number;
  /** Days covered. */
  historyDays: number;
  /** The latest day covered. */
  lastDay?: string;
  /** Where the figure comes from: periods of units sold, or 千牛's 30日销量. */
  from: 'periods' | 'monthly';
}

/**
 * The daily series: the latest reading of each period (its numbers settle), each day taken from the
 * shortest period that covers it, the period's units spread evenly over its days. Without periods, the
 * latest 30日销量 as 30 days at its average. Undefined without either.
 */
export function dailyDemand(readings: SnapshotRecord[]): Demand | undefined {
  const latest = new Map<string, SnapshotRecord>();
  for (const r of [...readings].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)))
    if (r.period && r.metrics.unitsOrdered !== undefined) latest.set(`${r.period.from}~${r.period.to}`, r);
  const periods = [...latest.values()].map((r) => ({
    from: r.period!.from,
    span: daysBetween(r.period!.from, r.period!.to) + 1,
    units: r.metrics.unitsOrdered!,
  }));
  periods.sort((a, b) => a.span - b.span);
  const byDay = new Map<string, DemandDay>();
  for (const p of periods) {
    if (p.span < 1) continue;
    for (let i = 0; i < p.span; i++) {
      const date = addDays(p.from, i);
      if (!byDay.has(date)) byDay.set(date, { date, units: p.units / p.span, span: p.span });
    }
  }
  if (byDay.size) {
    const days = [...byDay.values()].sort((a, b) => a.date.localeCompare(b.date));
    const units = days.reduce((a, d) => a + d.units, 0);
    return {
      days,
      perDay: units / days.length,
      historyDays: days.length,
      lastDay: days.at(-1)!.date,
      from: 'periods',
    };
  }
  const monthly = [...readings]
    .filter((r) => r.source === OWN_MONTHLY_SOURCE && r.metrics.monthlySales !== undefined)
    .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))
    .at(-1);
  if (!monthly) return undefined;
  const end = addDays(monthly.capturedAt.slice(0, 10), -1);
  const perDay = monthly.metrics.monthlySales! / 30;
  const days = Array.from({ length: 30 }, (_, i) => ({
    date: addDays(end, i - 29),
    units: perDay,
    span: 30,
  }));
  return { days, perDay, historyDays: 30, lastDay: end, from: 'monthly' };
}

/** The days of the latest unbroken run of one-day figures, oldest first: what a weekly model can learn from. */
export function dailyRun(d: Demand): number[] {
  const out: number[] = [];
  let after: string | undefined;
  for (let i = d.days.length - 1; i >= 0; i--) {
    const day = d.days[i]!;
    if (day.span !== 1 || (after !== undefined && daysBetween(day.date, after) !== 1)) break;
    out.unshift(day.units);
    after = day.date;
  }
  return out;
}

/** Units sold over the last `window` days of the series, when it covers all of them. */
export function unitsOver(d: Demand, window: number): number | undefined {
  if (!d.lastDay) return undefined;
  const start = addDays(d.lastDay, 1 - window);
  const inside = d.days.filter((x) => x.date >= start);
  return inside.length >= window ? inside.reduce((a, x) => a + x.units, 0) : undefined;
}
