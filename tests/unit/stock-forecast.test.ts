import { describe, expect, it } from 'vitest';
import { fitHoltWinters, forecastDays, holtWintersWith, zOf } from '../../lib/advice/forecast';

// Holt-Winters (additive, damped trend phi = 0.9, weekly season) against numbers worked by hand.

const WEEK = [10, 20, 30, 40, 50, 60, 70];

describe('Holt-Winters with weekly seasonality', () => {
  it('learns a pure weekly pattern exactly: the forecast repeats the week, no error', () => {
    // Start: level = mean(week) = 280 / 7 = 40; trend = (40 - 40) / 7 = 0; season = week - 40 = -30..30.
    // Every day of the second week is predicted 40 + 0 + season = itself: no error, nothing moves.
    const m = fitHoltWinters([...WEEK, ...WEEK, ...WEEK])!;
    expect(m.level).toBeCloseTo(40, 9);
    expect(m.trend).toBeCloseTo(0, 9);
    expect(m.sigma).toBe(0);
    const ahead = forecastDays(m, 9);
    expect(ahead).toEqual([10, 20, 30, 40, 50, 60, 70, 10, 20].map((v) => expect.closeTo(v, 9)));
  });

  it('one surprise after two weeks, alpha 0.5, beta 0.1, gamma 0.3, worked by hand', () => {
    // Two weeks of the pattern, then 24 on a day that should sell 10 (its season -30).
    // Days 8-14 are exact (see above). Day 15: predicted 40 + 0.9 x 0 - 30 = 10, error 24 - 10 = 14.
    //   level  = 0.5 x (24 - (-30)) + 0.5 x (40 + 0)      = 27 + 20 = 47
    //   trend  = 0.1 x (47 - 40) + 0.9 x 0.9 x 0          = 0.7
    //   season = 0.3 x (24 - 47) + 0.7 x (-30)            = -6.9 - 21 = -27.9
    // sigma = sqrt(sse / (n - 3)) = sqrt(14^2 / (8 - 3)) = sqrt(39.2) = 6.26099
    // Forecast h days ahead: 47 + (0.9 + ... + 0.9^h) x 0.7 + season of that weekday:
    //   h=1 (season -20): 47 + 0.63 - 20           = 27.63
    //   h=2 (season -10): 47 + 1.71 x 0.7 - 10     = 38.197
    //   h=7 (season -27.9): 0.9 x (1 - 0.9^7) / 0.1 = 4.6953279; 47 + 3.28672953 - 27.9 = 22.38672953
    const m = holtWintersWith([...WEEK, ...WEEK, 24], 0.5, 0.1, 0.3)!;
    expect(m.level).toBeCloseTo(47, 9);
    expect(m.trend).toBeCloseTo(0.7, 9);
    expect(m.season).toEqual([-20, -10, 0, 10, 20, 30, -27.9].map((v) => expect.closeTo(v, 9)));
    expect(m.sigma).toBeCloseTo(6.26099, 5);
    const ahead = forecastDays(m, 7);
    expect(ahead[0]).toBeCloseTo(27.63, 9);
    expect(ahead[1]).toBeCloseTo(38.197, 9);
    expect(ahead[6]).toBeCloseTo(22.38672953, 8);
  });

  it('needs two weeks of daily figures: 13 days give no model', () => {
    expect(fitHoltWinters([...WEEK, ...WEEK.slice(0, 6)])).toBeUndefined();
    expect(fitHoltWinters([...WEEK, ...WEEK])).toBeDefined();
  });

  it('never forecasts below zero', () => {
    // Level 40 falling: a trend of -100 a day sends every day under zero.
    const m = {
      level: 40,
      trend: -100,
      season: [0, 0, 0, 0, 0, 0, 0],
      sigma: 1,
      alpha: 0,
      beta: 0,
      gamma: 0,
      sse: 0,
    };
    expect(forecastDays(m, 3)).toStrictEqual([0, 0, 0]);
  });
});

describe('z of a service level', () => {
  it('95% -> 1.645, 50% -> 0, 97.5% -> 1.96 (normal tables)', () => {
    expect(zOf(0.95)).toBeCloseTo(1.6449, 3);
    expect(zOf(0.975)).toBeCloseTo(1.96, 2);
    expect(zOf(0.5)).toBeCloseTo(0, 6);
  });
});
