// The known-peak week of the dayparting tests (tests/unit/daypart-advice.test.ts works its multipliers by
// hand; tests/e2e/daypart.spec.ts seeds it): one day's clicks, sales and orders per hour.
//   00-07: 5 clicks, $5 sales        -> 35 clicks a week, under 75: kept at 100%
//   08-11, 13-17: 20 clicks, $20     -> $1.00 a click
//   12: 20 clicks, $26               -> $1.30
//   18: 20 clicks, $21.50            -> $1.075
//   19-21: 20 clicks, $40            -> $2.00 (the peak)
//   22-23: 20 clicks, $8             -> $0.40
export function peakDay(h: number): { clicks: number; sales: number; orders: number } {
  if (h < 8) return { clicks: 5, sales: 5, orders: 1 };
  if (h === 12) return { clicks: 20, sales: 26, orders: 1 };
  if (h === 18) return { clicks: 20, sales: 21.5, orders: 1 };
  if (h >= 19 && h <= 21) return { clicks: 20, sales: 40, orders: 2 };
  if (h >= 22) return { clicks: 20, sales: 8, orders: 1 };
  return { clicks: 20, sales: 20, orders: 1 };
}

/** The multipliers of that week, worked by hand in tests/unit/daypart-advice.test.ts. */
export const PEAK_PERCENTS = [
  ...Array<number>(8).fill(100),
  89,
  89,
  89,
  89,
  116,
  89,
  89,
  89,
  89,
  89,
  100,
  150,
  150,
  150,
  50,
  50,
];
