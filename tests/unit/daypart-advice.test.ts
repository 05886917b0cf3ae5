import { describe, expect, it } from 'vitest';
import { daypartSchedule } from '../../lib/advice/daypart';
import { scheduleLines } from '../../lib/advice/daypart-text';
import type { HourBucket } from '../../lib/daypart/bucket';
import { ADVICE_DEFAULTS } from '../../lib/settings/advice-settings';
import { PEAK_PERCENTS, peakDay } from '../helpers/daypart-week';

const S = { ...ADVICE_DEFAULTS };
const TODAY = '2026-12-03'; // a Thursday
// Amazon keeps the last 3 days out: 12-01, 12-02, 12-03; the settled week is 11-24 (Tuesday) .. 11-30 (Monday).
const WEEK = [
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-28',
  '2026-11-29',
  '2026-11-30',
];

type Day = { clicks: number; sales?: number; orders?: number; spend?: number };
function bucket(day: string, hour: number, m: Day, extra: Partial<HourBucket> = {}): HourBucket {
  const metrics: HourBucket['metrics'] = { clicks: m.clicks, spend: m.spend ?? m.clicks * 0.5 };
  if (m.sales !== undefined) metrics.sales = m.sales;
  if (m.orders !== undefined) metrics.orders = m.orders;
  return {
    entity: 'campaign|amazon.com|C1',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key: 'C1',
    from: day,
    to: day,
    hour,
    spread: 1,
    metrics,
    source: 'amazon.hourly-report',
    capturedAt: '2026-12-03T10:00:00.000Z',
    ...extra,
  };
}
const everyDay = (days: string[], fill: (hour: number) => Day) =>
  days.flatMap((d) => Array.from({ length: 24 }, (_, h) => bucket(d, h, fill(h))));

// The known-peak week (tests/helpers/daypart-week.ts), per day and hour:
//   00-07: 5 clicks, $5 sales        -> 35 clicks a week, under 75: kept at 100%
//   08-11, 13-17: 20 clicks, $20     -> $1.00 a click
//   12: 20 clicks, $26               -> $1.30
//   18: 20 clicks, $21.50            -> $1.075
//   19-21: 20 clicks, $40            -> $2.00 (the peak)
//   22-23: 20 clicks, $8             -> $0.40
// A day: clicks 8x5 + 16x20 = 360; sales 8x5 + 9x20 + 26 + 21.5 + 3x40 + 2x8 = 403.5; the week is 7 times both,
// so the average is 403.5 / 360 = $1.120833 a click. Multipliers (hour's $/click over the average):
//   08-11, 13-17: 1 / 1.120833 = 0.8922 -> 89%
//   12: 1.3 / 1.120833 = 1.1599 -> 116%
//   18: 1.075 / 1.120833 = 0.9591: a lift of 4.1%, under 5%: noise, 100%
//   19-21: 2 / 1.120833 = 1.7844 -> held to 150%
//   22-23: 0.4 / 1.120833 = 0.3569 -> held to 50%

describe('dayparting schedule', () => {
  it('a synthetic week with a known peak', () => {
    const s = daypartSchedule(everyDay(WEEK, peakDay), TODAY, 'amazon.com', S);
    expect(s.status).toBe('ok');
    expect(s.shape).toBe('hour');
    expect(s.days).toBe(7);
    const row = s.rows[0]!;
    expect(row.map((c) => c.percent)).toStrictEqual(PEAK_PERCENTS);
    expect(row.map((c) => c.reason)).toStrictEqual([
      ...Array(8).fill('fewClicks'),
      ...Array(10).fill('own'),
      'noise',
      'clamped',
      'clamped',
      'clamped',
      'clamped',
      'clamped',
    ]);
    // Hour 12: 140 clicks, $182 sales, 7 orders, $70 spent: $1.30 a click, 5% conversion, $10 an order.
    expect(row[12]).toMatchObject({
      clicks: 140,
      sales: 182,
      orders: 7,
      spend: 70,
      conversion: 0.05,
      costPerOrder: 10,
    });
    expect(row[12]!.revenuePerClick).toBeCloseTo(1.3, 10);
    expect(s.used.revenuePerClick).toBeCloseTo(403.5 / 360, 10);
    expect(s.used.clicks).toBe(2520); // 360 x 7
    expect(s.thresholds).toStrictEqual({
      minDays: 7,
      weekdayDays: 35,
      minClicks: 75,
      minMultiplier: 0.5,
      maxMultiplier: 1.5,
      noise: 0.05,
      provisionalDays: 3,
    });
    expect(scheduleLines(s, 'subway', String)).toStrictEqual([
      '00:00-08:00 100%',
      '08:00-12:00 89%',
      '12:00-13:00 116%',
      '13:00-18:00 89%',
      '18:00-19:00 100%',
      '19:00-22:00 150%',
      '22:00-24:00 50%',
    ]);
    expect(scheduleLines(s, 'amazon', String)).toStrictEqual([
      '08:00-12:00 -11%',
      '12:00-13:00 +16%',
      '13:00-18:00 -11%',
      '19:00-22:00 +50%',
      '22:00-24:00 -50%',
    ]);
  });

  it('keeps provisional days out: Amazon the last 3, 直通车 the last 1', () => {
    // A spike at 03:00 on 12-01..12-03 (100 clicks, $500 a day) would make 03:00 150% if it counted.
    const spike = ['2026-12-01', '2026-12-02', '2026-12-03'].map((d) =>
      bucket(d, 3, { clicks: 100, sales: 500 }),
    );
    const amazon = daypartSchedule([...everyDay(WEEK, peakDay), ...spike], TODAY, 'amazon.com', S);
    expect(amazon.provisionalDays).toStrictEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(amazon.rows[0]!.map((c) => c.percent)).toStrictEqual(PEAK_PERCENTS);
    const tmall = daypartSchedule(
      [...everyDay(WEEK, peakDay), ...spike].map((b) => ({ ...b, marketplace: 'tmall.com' })),
      TODAY,
      'tmall.com',
      S,
    );
    // 直通车: only 12-03 is provisional; 12-01 and 12-02 count: 03:00 has 35 + 200 = 235 clicks, $35 + $1,000.
    // Average: (2520 + 200) clicks, (2824.5 + 1000) sales = 3824.5 / 2720 = $1.40607; 03:00: 1035 / 235 = $4.404 -> 150%.
    expect(tmall.provisionalDays).toStrictEqual(['2026-12-03']);
    expect(tmall.days).toBe(9);
    expect(tmall.thresholds.provisionalDays).toBe(1);
    expect(tmall.rows[0]![3]).toMatchObject({ percent: 150, clicks: 235, reason: 'clamped' });
  });

  it('a sparse week falls back to 100% with the reason', () => {
    // 10 clicks an hour a day: 70 a week in every hour, under 75.
    const s = daypartSchedule(
      everyDay(WEEK, () => ({ clicks: 10, sales: 12, orders: 1 })),
      TODAY,
      'amazon.com',
      S,
    );
    expect(s.status).toBe('ok');
    expect(s.rows[0]!.every((c) => c.percent === 100 && c.reason === 'fewClicks' && c.clicks === 70)).toBe(
      true,
    );
    expect(scheduleLines(s, 'subway', String)).toStrictEqual(['00:00-24:00 100%']);
    expect(scheduleLines(s, 'amazon', String)).toStrictEqual([]);
  });

  it('exactly 75 clicks use their own revenue per click, 74 do not', () => {
    // 20:00 has 11,11,11,11,11,10,10 = 75 clicks and $150; 21:00 11,11,11,11,10,10,10 = 74 and $148; every other
    // hour 10 a day = 70, $1 a click. Average: clicks 22x70 + 75 + 74 = 1689, sales 1540 + 150 + 148 = 1838,
    // $1.0882; 20:00: $2 / 1.0882 = 1.838 -> 150%; 21:00 stays at 100% for too few clicks.
    const n20 = [11, 11, 11, 11, 11, 10, 10];
    const n21 = [11, 11, 11, 11, 10, 10, 10];
    const buckets = WEEK.flatMap((d, i) =>
      Array.from({ length: 24 }, (_, h) => {
        const clicks = h === 20 ? n20[i]! : h === 21 ? n21[i]! : 10;
        return bucket(d, h, { clicks, sales: h >= 20 && h <= 21 ? clicks * 2 : clicks });
      }),
    );
    const row = daypartSchedule(buckets, TODAY, 'amazon.com', S).rows[0]!;
    expect(row[20]).toMatchObject({ clicks: 75, percent: 150, reason: 'clamped' });
    expect(row[21]).toMatchObject({ clicks: 74, percent: 100, reason: 'fewClicks' });
  });

  it('75 clicks made of shared-out increments are 75 (floating point)', () => {
    // Seven increments of 75/7 clicks each in 09:00 sum to 74.99999999999999 in floating point: still 75.
    const shared = WEEK.map((d) =>
      bucket(d, 9, { clicks: 75 / 7, sales: (75 / 7) * 3 }, { spread: 2, source: 'amazon.ads-campaigns' }),
    );
    const rest = WEEK.flatMap((d) =>
      [10, 11].map((h) =>
        bucket(d, h, { clicks: 75 / 7, sales: 75 / 7 }, { spread: 2, source: 'amazon.ads-campaigns' }),
      ),
    );
    // 09:00 $3 a click, 10:00 and 11:00 $1; average (225 + 75 + 75) / 225 = $1.6667; 09:00: 3 / 1.6667 = 1.8 -> 150%.
    const row = daypartSchedule([...shared, ...rest], TODAY, 'amazon.com', S).rows[0]!;
    expect(row[9]).toMatchObject({ percent: 150, reason: 'clamped', spreadShare: 1 });
    expect(row[10]).toMatchObject({ percent: 60, reason: 'own' }); // 1 / 1.6667 = 0.6
  });

  it('a lift of exactly 5% is not noise; one just under is', () => {
    // 09:00 100 clicks $105, 10:00 100 clicks $95, 11:00 100 clicks $100 a week: average $1; ratios 1.05, 0.95, 1.
    const buckets = [
      bucket(WEEK[0]!, 9, { clicks: 100, sales: 105 }),
      bucket(WEEK[0]!, 10, { clicks: 100, sales: 95 }),
      bucket(WEEK[0]!, 11, { clicks: 100, sales: 100 }),
      ...WEEK.slice(1).map((d) => bucket(d, 0, { clicks: 0, sales: 0 })),
    ];
    const row = daypartSchedule(buckets, TODAY, 'amazon.com', S).rows[0]!;
    expect([row[9]!.percent, row[10]!.percent, row[11]!.percent]).toStrictEqual([105, 95, 100]);
    expect(row[11]!.reason).toBe('noise');
  });

  it('says why there is no schedule: too few days, no sales figure, nothing', () => {
    const six = daypartSchedule(everyDay(WEEK.slice(0, 6), peakDay), TODAY, 'amazon.com', S);
    expect(six).toMatchObject({ status: 'notEnoughDays', days: 6, rows: [] });
    expect(six.thresholds.minDays).toBe(7);
    const noSales = daypartSchedule(
      everyDay(WEEK, () => ({ clicks: 30 })),
      TODAY,
      'amazon.com',
      S,
    );
    expect(noSales).toMatchObject({ status: 'missingMetric', missing: ['sales'], rows: [] });
    const zeroSales = daypartSchedule(
      everyDay(WEEK, () => ({ clicks: 30, sales: 0 })),
      TODAY,
      'amazon.com',
      S,
    );
    expect(zeroSales.status).toBe('noSales');
    expect(daypartSchedule([], TODAY, 'amazon.com', S).status).toBe('noData');
    // Only provisional days: nothing settled yet.
    const recent = daypartSchedule([bucket(TODAY, 10, { clicks: 99, sales: 9 })], TODAY, 'amazon.com', S);
    expect(recent).toMatchObject({ status: 'noData', provisionalDays: [TODAY] });
  });

  it('by weekday and hour from 35 single days, by hour from 34', () => {
    // 2026-10-26 (a Monday) .. 2026-11-29 (a Sunday): 5 weeks. Every hour 20 clicks and $20 a day, except
    // Saturdays at 20:00: $60. Each weekday-hour cell: 5 x 20 = 100 clicks (>= 75). Average: clicks
    // 35 x 24 x 20 = 16,800, sales 16,800 + 5 x 40 = 17,000: $1.011905. Saturday 20:00: 3 / 1.011905 = 2.965
    // -> held to 150%; every other cell 1 / 1.011905 = 0.9882, a lift of 1.2%: noise, 100%.
    const days = Array.from({ length: 35 }, (_, i) =>
      new Date(Date.UTC(2026, 9, 26 + i)).toISOString().slice(0, 10),
    );
    const fill = (d: string) =>
      Array.from({ length: 24 }, (_, h) =>
        bucket(d, h, { clicks: 20, sales: h === 20 && new Date(d).getUTCDay() === 6 ? 60 : 20 }),
      );
    const s = daypartSchedule(days.flatMap(fill), TODAY, 'amazon.com', S);
    expect(s.shape).toBe('weekday');
    expect(s.rows).toHaveLength(7);
    expect(s.rows[5]![20]).toMatchObject({ weekday: 5, percent: 150, clicks: 100, reason: 'clamped' });
    const others = s.rows.flat().filter((c) => !(c.weekday === 5 && c.hour === 20));
    expect(others.every((c) => c.percent === 100 && c.reason === 'noise' && c.clicks === 100)).toBe(true);
    const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    expect(scheduleLines(s, 'amazon', (d) => names[d]!)).toStrictEqual(['Sat: 20:00-21:00 +50%']);
    expect(scheduleLines(s, 'subway', (d) => names[d]!)).toStrictEqual([
      'Mon: 00:00-24:00 100%',
      'Tue: 00:00-24:00 100%',
      'Wed: 00:00-24:00 100%',
      'Thu: 00:00-24:00 100%',
      'Fri: 00:00-24:00 100%',
      'Sat: 00:00-20:00 100%, 20:00-21:00 150%, 21:00-24:00 100%',
      'Sun: 00:00-24:00 100%',
    ]);
    // One day fewer (the first Monday dropped): 34 single days, by hour only. Still 5 Saturdays. 20:00: 34 x 20 =
    // 680 clicks, 680 + 5 x 40 = $880, $1.294118 a click; average (16,320 + 200) / 16,320 = $1.012255; 20:00:
    // 1.294118 / 1.012255 = 1.2784 -> 128%; every other hour 1 / 1.012255 = 0.9879: noise, 100%.
    const fewer = daypartSchedule(days.slice(1).flatMap(fill), TODAY, 'amazon.com', S);
    expect(fewer.shape).toBe('hour');
    expect(fewer.rows[0]!.map((c) => c.percent)).toStrictEqual([...Array(20).fill(100), 128, 100, 100, 100]);
  });
});
