import { conversionCounts } from '../lib/advice/listing';
import { type ProportionTest, twoProportionTest } from '../lib/advice/stats';
import { METRIC_NAMES, type MetricName, type SnapshotRecord } from '../lib/model';
import { plotTime } from './chart-time';

type Reading = Pick<SnapshotRecord, 'capturedAt' | 'period' | 'metrics'>;

export interface PeriodChoice<R extends Reading = Reading> {
  /** `from/to` of a period, the capture time of a reading of a moment. */
  id: string;
  reading: R;
}

export const periodId = (r: Reading) => (r.period ? `${r.period.from}/${r.period.to}` : r.capturedAt);

/**
 * The periods one can compare: one reading each (the latest of a period read more than once, as the chart
 * plots it), in time order. Two readings of one period are one choice, so a period is never compared with a
 * second reading of itself.
 */
export function periodChoices<R extends Reading>(readings: readonly R[]): PeriodChoice<R>[] {
  const byId = new Map<string, R>();
  for (const r of readings) {
    const id = periodId(r);
    const seen = byId.get(id);
    if (!seen || seen.capturedAt <= r.capturedAt) byId.set(id, r);
  }
  return [...byId]
    .map(([id, reading]) => ({ id, reading }))
    .sort((a, b) => plotTime(a.reading) - plotTime(b.reading) || a.id.localeCompare(b.id));
}

/** The two latest periods, the earlier first; undefined with fewer than two. */
export function defaultPair(choices: readonly PeriodChoice[]): [string, string] | undefined {
  if (choices.length < 2) return undefined;
  return [choices[choices.length - 2]!.id, choices[choices.length - 1]!.id];
}

export interface MetricChange {
  metric: MetricName;
  a?: number;
  b?: number;
  /** b - a, when both periods have the metric. */
  abs?: number;
  /** (b - a) / a; undefined when a is 0 (no percentage of nothing) or either is missing. */
  pct?: number;
}

/** Every metric either period has, in METRICS order, with its change from A to B. */
export function metricChanges(a: Reading, b: Reading): MetricChange[] {
  return METRIC_NAMES.filter((m) => a.metrics[m] !== undefined || b.metrics[m] !== undefined).map(
    (metric) => {
      const va = a.metrics[metric];
      const vb = b.metrics[metric];
      if (va === undefined || vb === undefined) return { metric, a: va, b: vb };
      const abs = Math.round((vb - va) * 1e10) / 1e10;
      return { metric, a: va, b: vb, abs, ...(va !== 0 ? { pct: (vb - va) / va } : {}) };
    },
  );
}

/** Conversion of A against B by the two-proportion z-test, when both periods hold orders and traffic. */
export function conversionChange(a: Reading, b: Reading): ProportionTest | undefined {
  const ca = conversionCounts(a.metrics);
  const cb = conversionCounts(b.metrics);
  return ca && cb ? twoProportionTest(ca.orders, ca.traffic, cb.orders, cb.traffic) : undefined;
}
