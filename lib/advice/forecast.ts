import { normalCdf } from './stats';

// Demand forecast for replenishment (issue 14): additive Holt-Winters with a damped trend and weekly
// seasonality (Hyndman & Athanasopoulos, "Forecasting: principles and practice", 8.3 and 8.4; the seasonal
// update in Winters' original form, against the new level), started from the classical values (level: the
// first week's mean, trend: the second week's mean less the first's, over 7; season: the first week less its
// mean), its smoothing parameters chosen from a small grid by the one-step squared error. Pure arithmetic.

export const SEASON = 7;
const PHI = 0.9; // trend damping: a month-long horizon must not run off on a week's slope
const ALPHAS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.8];
const BETAS = [0, 0.05, 0.1, 0.2];
const GAMMAS = [0.05, 0.1, 0.3, 0.5];

export interface HoltWinters {
  level: number;
  trend: number;
  /** The last season's effects; `season[i]` belongs to the i-th day after the series ends (mod 7). */
  season: number[];
  /** Standard deviation of the one-step errors. */
  sigma: number;
  alpha: number;
  beta: number;
  gamma: number;
  /** Sum of the squared one-step errors. */
  sse: number;
}

function run(y: number[], alpha: number, beta: number, gamma: number) {
  const m = SEASON;
  const first = y.slice(0, m);
  const second = y.slice(m, 2 * m);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  let level = mean(first);
  let trend = (mean(second) - level) / m;
  const s = first.map((v) => v - level);
  let sse = 0;
  let n = 0;
  for (let t = m; t < y.length; t++) {
    const seasonal = s[t - m]!;
    const predicted = level + PHI * trend + seasonal;
    const err = y[t]! - predicted;
    sse += err * err;
    n++;
    const prevLevel = level;
    level = alpha * (y[t]! - seasonal) + (1 - alpha) * (prevLevel + PHI * trend);
    trend = beta * (level - prevLevel) + (1 - beta) * PHI * trend;
    s.push(gamma * (y[t]! - level) + (1 - gamma) * seasonal);
  }
  return { level, trend, season: s.slice(-m), sse, n };
}

/** The model with given smoothing parameters, on a daily series of at least two weeks. */
export function holtWintersWith(
  y: number[],
  alpha: number,
  beta: number,
  gamma: number,
): HoltWinters | undefined {
  if (y.length < 2 * SEASON) return undefined;
  const r = run(y, alpha, beta, gamma);
  // One-step errors, less the three smoothing parameters fitted.
  const sigma = Math.sqrt(r.sse / Math.max(1, r.n - 3));
  return { level: r.level, trend: r.trend, season: r.season, sigma, alpha, beta, gamma, sse: r.sse };
}

/** Fits the model to a daily series of at least two weeks (the grid's least one-step squared error); undefined when shorter. */
export function fitHoltWinters(y: number[]): HoltWinters | undefined {
  let best: HoltWinters | undefined;
  for (const alpha of ALPHAS)
    for (const beta of BETAS)
      for (const gamma of GAMMAS) {
        const m = holtWintersWith(y, alpha, beta, gamma);
        if (m && (!best || m.sse < best.sse)) best = m;
      }
  return best;
}

/** Forecast for each of the next `days` days, never below zero. */
export function forecastDays(model: HoltWinters, days: number): number[] {
  const out: number[] = [];
  let damp = 0;
  for (let h = 1; h <= days; h++) {
    damp += PHI ** h;
    out.push(Math.max(0, model.level + damp * model.trend + model.season[(h - 1) % SEASON]!));
  }
  return out;
}

/** The z of a one-sided service level: P(Z ≤ z) = level (bisection on the normal CDF). */
export function zOf(level: number): number {
  const p = Math.min(0.9999, Math.max(0.5, level));
  let lo = 0;
  let hi = 5;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
