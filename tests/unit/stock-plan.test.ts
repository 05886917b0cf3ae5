import { describe, expect, it } from 'vitest';
import { bandOf, orderQuantity, stockPlan } from '../../lib/advice/stock-plan';
import type { SnapshotRecord } from '../../lib/model';
import { ADVICE_DEFAULTS, type AdviceSettings } from '../../lib/settings/advice-settings';
import { day, days, stock } from '../helpers/stock-records';

// The stock plan (lib/advice/stock-plan.ts) against numbers worked by hand. Defaults: lead time 30 days, safety
// 14 days, service level 95%, order cycle 30 days, forecast from 28 daily figures, a week of sales at least.

const S: AdviceSettings = { ...ADVICE_DEFAULTS };
describe('safety stock from demand variability, MOQ and case pack', () => {
  // 28 days alternating 8 and 12 units; a forecast asked to need 60 days, so this is the 28-day average: 10/day.
  // Sample sd: every day is 2 off the mean: sqrt(28 x 4 / 27) = sqrt(4.148148) = 2.036700.
  // Safety = 1.644854 (z at 95%) x 2.036700 x sqrt(30) (5.477226) = 18.349, rounded up: 19 units.
  // Reorder point = 10 x 30 + 19 = 319. Order-up-to = 10 x (30 + 30) + 19 = 619.
  const sales = days(28, [8, 12]);
  const s = { ...S, forecastMinDays: 60 };

  it('reorders up to lead time + cycle + safety when stock is at or under the reorder point', () => {
    const p = stockPlan([...sales, stock(28, { available: 250 })], s)!;
    expect(p).toMatchObject({
      method: 'average',
      perDay: 10,
      historyDays: 28,
      dailyDays: 28,
      safetyFrom: 'variability',
      leadDemand: 300,
      safety: 19,
      reorderPoint: 319,
      orderUpTo: 619,
      reorder: 369, // 619 - 250
    });
    expect(p.sigma).toBeCloseTo(2.0367, 4);
    expect(p.daysOfCover).toBe(25); // 250 / 10
  });

  it('exactly at the reorder point reorders; one unit above does not', () => {
    expect(stockPlan([...sales, stock(28, { available: 300, inbound: 19 })], s)!.reorder).toBe(300); // 619 - 319
    expect(stockPlan([...sales, stock(28, { available: 300, inbound: 20 })], s)!.reorder).toBe(0);
  });

  it('orders at least the MOQ, then in whole cases', () => {
    // 369 short: MOQ 500 -> 500; cases of 24: 500 / 24 = 20.83 -> 21 cases = 504.
    expect(
      stockPlan([...sales, stock(28, { available: 250 })], { ...s, minOrderQty: 500, casePack: 24 })!.reorder,
    ).toBe(504);
    // Cases of 24 alone: 369 / 24 = 15.375 -> 16 cases = 384. Exactly 15 cases (360 short) stays 360.
    expect(stockPlan([...sales, stock(28, { available: 250 })], { ...s, casePack: 24 })!.reorder).toBe(384);
    expect(orderQuantity(360, { minOrderQty: 0, casePack: 24 })).toBe(360);
    // A float that is 24 in all but rounding is one case, not two.
    expect(orderQuantity((0.1 + 0.2) * 80, { minOrderQty: 0, casePack: 24 })).toBe(24); // 24.000000000000004
  });
});

describe('too little history', () => {
  it('averages when the daily run is shorter than the forecast needs, and says which', () => {
    // 20 daily figures of 10: under 28, no forecast; sd 0, so safety from 14 days x 10 = 140.
    const p = stockPlan([...days(20, [10]), stock(20, { available: 100 })], S)!;
    expect(p).toMatchObject({
      method: 'average',
      needDays: 28,
      dailyDays: 20,
      safetyFrom: 'days',
      safety: 140,
    });
  });
  it('weekly periods only: an average with safety in days', () => {
    // Two Business Report weeks of 70: 14 days at 10/day, no one-day figures to measure a spread.
    const week = (from: string, to: string): SnapshotRecord => ({
      ...day(0, 0),
      period: { from, to },
      capturedAt: `${to}T23:00:00.000Z`,
      metrics: { unitsOrdered: 70 },
    });
    const p = stockPlan(
      [week('2026-09-01', '2026-09-07'), week('2026-09-08', '2026-09-14'), stock(14, { available: 200 })],
      S,
    )!;
    // Reorder point 300 + 140 = 440; order-up-to 600 + 140 = 740; 740 - 200 = 540.
    expect(p).toMatchObject({
      perDay: 10,
      historyDays: 14,
      dailyDays: 0,
      safety: 140,
      reorderPoint: 440,
      reorder: 540,
    });
  });
  it('under a week of sales: no plan; exactly a week: a plan', () => {
    expect(stockPlan([...days(6, [10]), stock(6, { available: 100 })], S)).toBeUndefined();
    expect(stockPlan([...days(7, [10]), stock(7, { available: 100 })], S)).toBeDefined();
  });
  it('no stock figure, or no sales figure: no plan', () => {
    expect(stockPlan(days(30, [10]), S)).toBeUndefined();
    expect(stockPlan([stock(0, { available: 100 })], S)).toBeUndefined();
  });
});

describe('a weekly pattern changes how long stock lasts', () => {
  it('Holt-Winters on 35 days of a weekly pattern: the days ahead follow the pattern', () => {
    // Days 0..34 follow 10, 20, ..., 70; day 35 is a "10" day. The forecast repeats the week exactly, so
    // 100 units last 10 + 20 + 30 = 60 after 3 days, and the 40 left are the 4th day's 40: 4 days (an
    // average of 40 a day would say 2.5). Lead demand over 30 days: 4 weeks x 280 + 10 + 20 = 1150.
    const p = stockPlan([...days(35, [10, 20, 30, 40, 50, 60, 70]), stock(35, { available: 100 })], S)!;
    expect(p.method).toBe('holtWinters');
    expect(p.dailyDays).toBe(35);
    expect(p.daysOfCover).toBeCloseTo(4, 9);
    expect(p.leadDemand).toBe(1150);
    expect(p.ahead?.slice(0, 3)).toEqual([10, 20, 30].map((v) => expect.closeTo(v, 9)));
  });
});

describe('weeks of supply bands (Teikametrics: under 4 low, 4-13 healthy, over 13 excess)', () => {
  it('the edges exactly at 4 and 13 weeks are healthy', () => {
    expect(bandOf(0, 0, S)).toBe('out');
    expect(bandOf(279, 279 / 70, S)).toBe('low');
    expect(bandOf(280, 4, S)).toBe('healthy');
    expect(bandOf(910, 13, S)).toBe('healthy');
    expect(bandOf(911, 911 / 70, S)).toBe('excess');
    // 4 weeks that floating point makes 3.9999999999999996 are still 4.
    expect(bandOf(280, 0.4 * 10 - 4e-16, S)).toBe('healthy');
  });
  it('from a plan at 10 a day: 280 available = 28 days = 4 weeks, healthy; 910 = 13 weeks, healthy; 911 excess', () => {
    const sales = days(30, [10]);
    expect(stockPlan([...sales, stock(30, { available: 280 })], S)!.band).toBe('healthy');
    expect(stockPlan([...sales, stock(30, { available: 279 })], S)!.band).toBe('low');
    expect(stockPlan([...sales, stock(30, { available: 910 })], S)!.band).toBe('healthy');
    const over = stockPlan([...sales, stock(30, { available: 911 })], S)!;
    expect(over.band).toBe('excess');
    expect(over.excessUnits).toBe(1); // 911 - 13 x 7 x 10
  });
});

describe('sell-through = units sold / (units sold + units on hand)', () => {
  it('over 30 and 90 days of 10 a day with 900 on hand', () => {
    // 30 days: 300 / (300 + 900) = 0.25; 90 days: 900 / (900 + 900) = 0.5.
    const p = stockPlan([...days(90, [10]), stock(90, { available: 900 })], S)!;
    expect(p).toMatchObject({ sold30: 300, sold90: 900 });
    expect(p.sellThrough30).toBeCloseTo(0.25, 12);
    expect(p.sellThrough90).toBeCloseTo(0.5, 12);
  });
  it('60 days of history: no 90-day figure rather than a guess', () => {
    const p = stockPlan([...days(60, [10]), stock(60, { available: 900 })], S)!;
    expect(p.sellThrough30).toBeCloseTo(0.25, 12);
    expect(p.sellThrough90).toBeUndefined();
  });
});
