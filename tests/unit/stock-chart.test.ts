import { describe, expect, it } from 'vitest';
import { forecastBand } from '../../lib/advice/stock-chart';
import { ADVICE_DEFAULTS } from '../../lib/settings/advice-settings';
import { days } from '../helpers/stock-records';

// The forecast the dashboard chart draws for a listing (lib/advice/stock-chart.ts).

const S = { ...ADVICE_DEFAULTS };
const WEEK = [10, 20, 30, 40, 50, 60, 70];

describe('forecast band for the chart', () => {
  it('a pure weekly pattern: the forecast repeats it from the day after the last sale, with no band', () => {
    // Days 0..34 from 2026-09-01 (a "10" day) end on 2026-10-05; day 35, 2026-10-06, is a "10" day again.
    const band = forecastBand(days(35, WEEK), S)!;
    expect(band.days).toHaveLength(60); // lead time 30 + order cycle 30
    expect(band.days.slice(0, 2)).toStrictEqual(['2026-10-06', '2026-10-07']);
    expect(band.mean.slice(0, 7)).toEqual(WEEK.map((v) => expect.closeTo(v, 9)));
    expect(band.upper.slice(0, 7)).toEqual(WEEK.map((v) => expect.closeTo(v, 9)));
    expect(band.level).toBe(0.95);
  });

  it('with noise: a band around the forecast, never under zero, never narrowing', () => {
    // 1 and 19 alternating: no weekly pattern can follow a two-day swing, so the one-step errors are large.
    const band = forecastBand(days(42, [1, 19]), S)!;
    const widths = band.upper.map((u, i) => u - band.mean[i]!);
    expect(widths[0]).toBeGreaterThan(0);
    widths.forEach((w, i) => {
      if (i > 0) expect(w).toBeGreaterThanOrEqual(widths[i - 1]! - 1e-12);
    });
    expect(Math.min(...band.lower)).toBeGreaterThanOrEqual(0);
  });

  it('too little daily history for a forecast: nothing to draw', () => {
    expect(forecastBand(days(27, WEEK), S)).toBeUndefined();
    expect(forecastBand(days(28, WEEK), S)).toBeDefined(); // exactly forecastMinDays
    expect(forecastBand([], S)).toBeUndefined();
  });
});
