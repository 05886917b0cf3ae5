import { conversionCounts } from '../advice/listing';
import { twoProportionTest } from '../advice/stats';
import { poissonRateTest, studentTCdf } from '../experiments/stats';
import type { SnapshotRecord } from '../model';
import type { AlertSettings } from './settings';
import type { Alert } from './types';

const DAY = 86_400_000;
type Period = NonNullable<SnapshotRecord['period']>;
const lengthOf = (p: Period) => Math.round((Date.parse(p.to) - Date.parse(p.from)) / DAY) + 1;
const weekdayOf = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

/**
 * What a reading is compared with: the latest reading of each earlier period of the same length that ends
 * before this one starts, newest first, at most `n`. Periods shorter than a week must start on the same
 * weekday: a Monday is compared with Mondays, since traffic has a weekly rhythm.
 */
export function baselineOf(
  rec: SnapshotRecord,
  history: readonly SnapshotRecord[],
  n: number,
): SnapshotRecord[] {
  const p = rec.period;
  if (!p) return [];
  const length = lengthOf(p);
  const byPeriod = new Map<string, SnapshotRecord>();
  for (const r of history) {
    const q = r.period;
    if (!q || q.to >= p.from || lengthOf(q) !== length) continue;
    if (length < 7 && weekdayOf(q.from) !== weekdayOf(p.from)) continue;
    const key = `${q.from}~${q.to}`;
    const seen = byPeriod.get(key);
    if (!seen || r.capturedAt > seen.capturedAt) byPeriod.set(key, r);
  }
  return [...byPeriod.values()].sort((a, b) => (a.period!.from < b.period!.from ? 1 : -1)).slice(0, n);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Sessions (Amazon) or visitors (Tmall) down sharply against the baseline, on this one reading. The drop
 * must be at least `trafficDropMin` and significant at `trafficAlpha`: with three or more baseline periods,
 * a one-sided t-test of the reading against their mean and spread (at least Poisson's: day-to-day traffic
 * varies more than counting alone); with one or two, the conditional binomial (Poisson rate) test, which
 * sees counting noise only, so the size of the drop carries more of the decision.
 */
export function trafficAlert(
  rec: SnapshotRecord,
  history: readonly SnapshotRecord[],
  s: AlertSettings,
): Omit<Alert, 'rule' | 'ref' | 'platform' | 'url' | 'readingAt' | 'label'> | null {
  const m = rec.metrics;
  const metric = m.sessions !== undefined ? 'sessions' : m.visitors !== undefined ? 'visitors' : undefined;
  const now = metric && m[metric];
  if (!metric || now === undefined || !rec.period) return null;
  const base = baselineOf(rec, history, s.baselinePeriods).flatMap((r) =>
    r.metrics[metric] !== undefined ? [r.metrics[metric]] : [],
  );
  if (!base.length) return null;
  const avg = mean(base);
  const drop = avg > 0 ? 1 - now / avg : 0;
  if (!(drop >= s.trafficDropMin)) return null;
  const k = base.length;
  let pValue: number;
  let test: 't' | 'poisson';
  if (k >= 3) {
    const variance = base.reduce((a, x) => a + (x - avg) ** 2, 0) / (k - 1);
    const sd = Math.sqrt(Math.max(variance, avg));
    pValue = studentTCdf((now - avg) / (sd * Math.sqrt(1 + 1 / k)), k - 1);
    test = 't';
  } else {
    pValue =
      poissonRateTest(
        base.reduce((a, b) => a + b, 0),
        k,
        now,
        1,
      )?.pLower ?? 1;
    test = 'poisson';
  }
  if (pValue >= s.trafficAlpha) return null;
  const days = lengthOf(rec.period);
  const used = { now, baseline: avg, drop, periods: k, days, pValue };
  return {
    severity: drop >= 0.5 ? 'high' : 'medium',
    used,
    message: { id: 'alert_traffic', params: { name: rec.label ?? rec.key, metric, test, ...used } },
  };
}

/** Conversion down against the same baseline: at least `conversionDropMin` relatively, one-sided z-test at `conversionAlpha`. */
export function conversionAlert(
  rec: SnapshotRecord,
  history: readonly SnapshotRecord[],
  s: AlertSettings,
): Omit<Alert, 'rule' | 'ref' | 'platform' | 'url' | 'readingAt' | 'label'> | null {
  const now = conversionCounts(rec.metrics);
  if (!now) return null;
  let orders = 0;
  let traffic = 0;
  for (const r of baselineOf(rec, history, s.baselinePeriods)) {
    const c = conversionCounts(r.metrics);
    if (!c) continue;
    orders += c.orders;
    traffic += c.traffic;
  }
  const test = twoProportionTest(orders, traffic, now.orders, now.traffic);
  if (!test || test.p1 <= 0 || test.z >= 0) return null;
  const pValue = test.pValue / 2;
  if (1 - test.p2 / test.p1 < s.conversionDropMin || pValue >= s.conversionAlpha) return null;
  const used = {
    before: test.p1,
    after: test.p2,
    beforeOrders: orders,
    beforeTraffic: traffic,
    afterOrders: now.orders,
    afterTraffic: now.traffic,
    pValue,
  };
  return {
    severity: test.p2 < test.p1 * 0.7 ? 'high' : 'medium',
    used,
    message: { id: 'alert_conversion', params: { name: rec.label ?? rec.key, ...used } },
  };
}
