import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { atLeast } from './compare';
import { addDays, dailyDemand, dailyRun } from './demand';
import { fitHoltWinters, forecastDays, zOf } from './forecast';
import { horizonOf } from './stock-plan';

// The demand forecast of one listing as the dashboard chart draws it (issue 14): the days after the last day of
// sales, the forecast and a band of ± z(service level) x the h-step error. The h-step error grows as simple
// exponential smoothing's does, sigma x sqrt(1 + (h - 1) x alpha^2) (Hyndman & Athanasopoulos, table 8.8,
// ETS(A,N,N)); trend and season add a little more, so the band is a floor, not a promise.

export interface ForecastBand {
  /** `YYYY-MM-DD` of each day ahead, from the day after the last day of sales. */
  days: string[];
  mean: number[];
  lower: number[];
  upper: number[];
  level: number;
}

/** The forecast over the plan's horizon (lead time + order cycle), when the daily run is long enough for one. */
export function forecastBand(readings: SnapshotRecord[], s: AdviceSettings): ForecastBand | undefined {
  const demand = dailyDemand(readings);
  if (!demand?.lastDay) return undefined;
  const run = dailyRun(demand);
  if (!atLeast(run.length, s.forecastMinDays)) return undefined;
  const model = fitHoltWinters(run);
  if (!model) return undefined;
  const mean = forecastDays(model, horizonOf(s));
  const z = zOf(s.serviceLevel);
  const width = mean.map((_, i) => z * model.sigma * Math.sqrt(1 + i * model.alpha ** 2));
  return {
    days: mean.map((_, i) => addDays(demand.lastDay!, i + 1)),
    mean,
    lower: mean.map((m, i) => Math.max(0, m - width[i]!)),
    upper: mean.map((m, i) => m + width[i]!),
    level: s.serviceLevel,
  };
}
