import { type Gathered, gatherHours, type HourSums } from '../daypart/aggregate';
import type { HourBucket } from '../daypart/bucket';
import type { AdviceSettings } from '../settings/advice-settings';

// Dayparting (issue 14, ../shared/ADVICE-SOURCES.md): a bid multiplier per hour (per weekday and hour with
// enough weeks) from what a click is worth in that hour against the campaign's average. Revenue per click =
// conversion x order value, so the hour's conversion and cost per order are in it; its ratio to the whole
// schedule's is the multiplier: an hour whose click brings 1.3 times the average revenue can carry a bid 1.3
// times as high at the same ACoS. Pure: buckets and settings in, a schedule out.

export type CellReason =
  /** Enough clicks: the hour's own revenue per click against the average. */
  | 'own'
  /** Fewer clicks than the threshold: kept at 100%. */
  | 'fewClicks'
  /** A lift under the noise threshold: kept at 100%. */
  | 'noise'
  /** The hour's own figure, held to the lowest or highest multiplier. */
  | 'clamped';

export interface DaypartCell {
  hour: number;
  /** 0 = Monday … 6 = Sunday; absent in an hour-of-day schedule. */
  weekday?: number;
  /** Whole percent: 100 = the bid as it is. */
  percent: number;
  reason: CellReason;
  clicks: number;
  spend: number;
  orders: number;
  sales: number;
  /** Share of the clicks that came shared out between console readings (their split between hours is a guess). */
  spreadShare: number;
  revenuePerClick?: number;
  conversion?: number;
  costPerOrder?: number;
  /** The hour's revenue per click over the average, before clamping and noise. */
  ratio?: number;
}

export type DaypartStatus = 'ok' | 'noData' | 'notEnoughDays' | 'missingMetric' | 'noSales';

export interface DaypartSchedule {
  status: DaypartStatus;
  /** 'hour': one row of 24; 'weekday': 7 rows (Monday first) of 24. */
  shape: 'hour' | 'weekday';
  rows: DaypartCell[][];
  days: number;
  provisionalDays: string[];
  /** What is missing for a schedule (status missingMetric). */
  missing: string[];
  used: Record<string, number>;
  thresholds: Record<string, number>;
}

export const isAmazonMarket = (marketplace: string) => marketplace.startsWith('amazon.');

/** The setting that says how many recent days are provisional on this marketplace. */
export const provisionalDaysFor = (marketplace: string, s: AdviceSettings) =>
  isAmazonMarket(marketplace) ? s.daypartProvisionalDaysAmazon : s.daypartProvisionalDaysAlibaba;

// Clicks and ratios add fractions (shared-out increments, floating point): 75 clicks made of thirds are 75.
const EPS = 1e-9;

function cell(
  sums: HourSums,
  hour: number,
  average: number,
  s: AdviceSettings,
  weekday?: number,
): DaypartCell {
  const base: DaypartCell = {
    hour,
    ...(weekday === undefined ? {} : { weekday }),
    percent: 100,
    reason: 'fewClicks',
    clicks: sums.clicks,
    spend: sums.spend,
    orders: sums.orders,
    sales: sums.sales,
    spreadShare: sums.clicks > 0 ? sums.spreadClicks / sums.clicks : 0,
  };
  if (sums.clicks > 0) {
    base.revenuePerClick = sums.sales / sums.clicks;
    base.conversion = sums.orders / sums.clicks;
  }
  if (sums.orders > 0) base.costPerOrder = sums.spend / sums.orders;
  if (sums.clicks + EPS < s.daypartMinClicks) return base;
  const ratio = sums.sales / sums.clicks / average;
  base.ratio = ratio;
  if (Math.abs(ratio - 1) + EPS < s.daypartNoise) return { ...base, reason: 'noise' };
  const held = Math.min(s.daypartMaxMultiplier, Math.max(s.daypartMinMultiplier, ratio));
  return {
    ...base,
    percent: Math.round(held * 100),
    reason: Math.abs(held - ratio) > EPS ? 'clamped' : 'own',
  };
}

function thresholdsOf(s: AdviceSettings, provisional: number): Record<string, number> {
  return {
    minDays: s.daypartMinDays,
    weekdayDays: s.daypartWeekdayDays,
    minClicks: s.daypartMinClicks,
    minMultiplier: s.daypartMinMultiplier,
    maxMultiplier: s.daypartMaxMultiplier,
    noise: s.daypartNoise,
    provisionalDays: provisional,
  };
}

function scheduleOf(g: Gathered, s: AdviceSettings, thresholds: Record<string, number>): DaypartSchedule {
  const total = g.hours.reduce(
    (t, h) => ({
      clicks: t.clicks + h.clicks,
      sales: t.sales + h.sales,
      spend: t.spend + h.spend,
      orders: t.orders + h.orders,
    }),
    { clicks: 0, sales: 0, spend: 0, orders: 0 },
  );
  const head = {
    days: g.days.length,
    provisionalDays: g.provisionalDays,
    thresholds,
    missing: [] as string[],
  };
  const used: Record<string, number> = { days: g.days.length, ...total };
  const none = (status: DaypartStatus, missing: string[] = []): DaypartSchedule => ({
    ...head,
    status,
    shape: 'hour',
    rows: [],
    missing,
    used,
  });
  if (g.days.length === 0) return none('noData');
  const missing = (['clicks', 'sales'] as const).filter((m) => !g.shown.includes(m));
  if (missing.length) return none('missingMetric', missing);
  if (g.days.length + EPS < s.daypartMinDays) return none('notEnoughDays');
  if (total.clicks <= 0 || total.sales <= 0) return none('noSales');
  const average = total.sales / total.clicks;
  used.revenuePerClick = average;
  used.conversion = total.orders / total.clicks;
  if (total.orders > 0) used.costPerOrder = total.spend / total.orders;
  const byWeekday = g.singleDays + EPS >= s.daypartWeekdayDays;
  const rows = byWeekday
    ? g.weekdays.map((row, wd) => row.map((sums, h) => cell(sums, h, average, s, wd)))
    : [g.hours.map((sums, h) => cell(sums, h, average, s))];
  return { ...head, status: 'ok', shape: byWeekday ? 'weekday' : 'hour', rows, used };
}

/**
 * The schedule of one campaign from its hourly buckets. `today` is the account's date (the marketplace's
 * zone): the last provisional days are kept out and listed. Too few days, no sales or no clicks/sales figures
 * give no schedule and say why; hours with too few clicks stay at 100% and say so.
 */
export function daypartSchedule(
  buckets: readonly HourBucket[],
  today: string,
  marketplace: string,
  s: AdviceSettings,
): DaypartSchedule {
  const provisional = provisionalDaysFor(marketplace, s);
  return scheduleOf(gatherHours(buckets, today, provisional), s, thresholdsOf(s, provisional));
}
