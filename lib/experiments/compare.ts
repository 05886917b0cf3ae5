import { conversionCounts } from '../advice/listing';
import { twoProportionTest } from '../advice/stats';
import type { SnapshotRecord } from '../model';
import { daysNeeded, type ExperimentSettings, trialsNeeded } from './power';
import { poissonRateTest } from './stats';

// Before and after a recorded change (issue 15): conversion and CTR by the two-proportion z-test, units per
// day by the Poisson rate (conditional binomial) test; no verdict until a power estimate says both sides hold
// enough data to see the change worth seeing, and then how many more sessions, impressions or days it needs.

const DAY = 86_400_000;
type Period = NonNullable<SnapshotRecord['period']>;
const lengthOf = (p: Period) => Math.round((Date.parse(p.to) - Date.parse(p.from)) / DAY) + 1;
const dayMinus = (day: string, n: number) => new Date(Date.parse(day) - n * DAY).toISOString().slice(0, 10);

/**
 * The readings on each side of the change day: of each period, its latest reading; periods that end before the
 * day (within `windowDays`) are before, periods that start on it or later are after (the day of the change
 * counts as after); a period overlapping one already taken (a 30-day report beside a 7-day one) is left out,
 * the newest first.
 */
export function sidesOf(history: readonly SnapshotRecord[], changeDay: string, windowDays: number) {
  const latest = new Map<string, SnapshotRecord>();
  for (const r of history) {
    if (!r.period) continue;
    const key = `${r.period.from}~${r.period.to}`;
    const seen = latest.get(key);
    if (!seen || r.capturedAt > seen.capturedAt) latest.set(key, r);
  }
  const pick = (rows: SnapshotRecord[]) => {
    const taken: SnapshotRecord[] = [];
    rows.sort((a, b) =>
      a.period!.to < b.period!.to
        ? 1
        : a.period!.to > b.period!.to
          ? -1
          : lengthOf(b.period!) - lengthOf(a.period!),
    );
    for (const r of rows)
      if (!taken.some((t) => t.period!.from <= r.period!.to && r.period!.from <= t.period!.to)) taken.push(r);
    return taken;
  };
  const start = dayMinus(changeDay, windowDays);
  const all = [...latest.values()];
  return {
    before: pick(all.filter((r) => r.period!.to < changeDay && r.period!.from >= start)),
    after: pick(all.filter((r) => r.period!.from >= changeDay)),
  };
}

export type Metric = 'conversion' | 'ctr' | 'unitsPerDay';
export type Unit = 'sessions' | 'visitors' | 'clicks' | 'impressions' | 'days';

export interface Side {
  /** Successes (orders, clicks, units) and trials (sessions, impressions) or days. */
  num: number;
  den: number;
  value: number;
  from: string;
  to: string;
}

export interface MetricVerdict {
  metric: Metric;
  unit: Unit;
  test: 'z' | 'poisson';
  before?: Side;
  after?: Side;
  state: 'significant' | 'notSignificant' | 'needsMore' | 'noData';
  pValue?: number;
  /** More trials or days after the change that the power estimate asks for. */
  needMore?: number;
  /** The days before the change hold too little for any amount after it to suffice. */
  beforeShort?: boolean;
}

export interface Verdict {
  status: 'significant' | 'notSignificant' | 'collecting' | 'noData';
  metrics: MetricVerdict[];
}

type Counts = { num: number; den: number; unit: Unit } | undefined;
const COUNTS: Record<Metric, (r: SnapshotRecord) => Counts> = {
  conversion: (r) => {
    const m = r.metrics;
    const c = conversionCounts(m);
    if (c) return { num: c.orders, den: c.traffic, unit: m.sessions !== undefined ? 'sessions' : 'visitors' };
    return m.clicks && m.orders !== undefined ? { num: m.orders, den: m.clicks, unit: 'clicks' } : undefined;
  },
  ctr: (r) =>
    r.metrics.impressions && r.metrics.clicks !== undefined
      ? { num: r.metrics.clicks, den: r.metrics.impressions, unit: 'impressions' }
      : undefined,
  unitsPerDay: (r) => {
    const units = r.metrics.unitsOrdered ?? r.metrics.orders;
    return units !== undefined && r.period
      ? { num: units, den: lengthOf(r.period), unit: 'days' }
      : undefined;
  },
};

function sum(rows: readonly SnapshotRecord[], metric: Metric): (Side & { unit: Unit }) | undefined {
  let num = 0;
  let den = 0;
  let unit: Unit | undefined;
  const days: string[] = [];
  for (const r of rows) {
    const c = COUNTS[metric](r);
    if (!c) continue;
    num += c.num;
    den += c.den;
    unit ??= c.unit;
    days.push(r.period!.from, r.period!.to);
  }
  if (!unit || den <= 0) return undefined;
  days.sort();
  return { num, den, value: num / den, from: days[0]!, to: days.at(-1)!, unit };
}

function judge(
  metric: Metric,
  before: SnapshotRecord[],
  after: SnapshotRecord[],
  s: ExperimentSettings,
): MetricVerdict | undefined {
  const b = sum(before, metric);
  const a = sum(after, metric);
  const unit = b?.unit ?? a?.unit;
  if (!unit) return undefined;
  const test = metric === 'unitsPerDay' ? 'poisson' : 'z';
  const base = { metric, unit, test, ...(b ? { before: b } : {}), ...(a ? { after: a } : {}) } as const;
  if (!b) return { ...base, state: 'noData' };
  const need = metric === 'unitsPerDay' ? daysNeeded(b.value, b.den, s) : trialsNeeded(b.value, b.den, s);
  if (!Number.isFinite(need)) return { ...base, state: 'needsMore', beforeShort: true };
  if ((a?.den ?? 0) < need) return { ...base, state: 'needsMore', needMore: need - (a?.den ?? 0) };
  const pValue =
    metric === 'unitsPerDay'
      ? poissonRateTest(b.num, b.den, a!.num, a!.den)!.pValue
      : twoProportionTest(b.num, b.den, a!.num, a!.den)!.pValue;
  return { ...base, state: pValue < s.alpha ? 'significant' : 'notSignificant', pValue };
}

/** Every metric the readings hold, before against after the change day (`YYYY-MM-DD`, the operator's day). */
export function compareAround(
  history: readonly SnapshotRecord[],
  changeDay: string,
  s: ExperimentSettings,
): Verdict {
  const { before, after } = sidesOf(history, changeDay, s.windowDays);
  const metrics = (['conversion', 'ctr', 'unitsPerDay'] as const).flatMap(
    (m) => judge(m, before, after, s) ?? [],
  );
  const has = (state: MetricVerdict['state']) => metrics.some((m) => m.state === state);
  const status = has('significant')
    ? 'significant'
    : has('needsMore')
      ? 'collecting'
      : has('notSignificant')
        ? 'notSignificant'
        : 'noData';
  return { status, metrics };
}
