import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { atLeast } from './compare';
import { firstMissing, type Gaps, noGaps } from './gaps';
import { makeAdvice } from './make';
import { twoProportionTest } from './stats';
import { reorderAdvice } from './stock';
import type { Advice } from './types';

/** Orders and traffic of a listing reading: units / sessions on Amazon, buyers / visitors on Tmall. */
export function conversionCounts(
  m: SnapshotRecord['metrics'],
): { orders: number; traffic: number } | undefined {
  if (m.sessions !== undefined && m.unitsOrdered !== undefined && m.sessions > 0)
    return { orders: m.unitsOrdered, traffic: m.sessions };
  if (m.visitors !== undefined && m.orders !== undefined && m.visitors > 0)
    return { orders: m.orders, traffic: m.visitors };
  return undefined;
}

const periodKey = (r: SnapshotRecord) =>
  r.period ? `${r.period.from}~${r.period.to}` : r.capturedAt.slice(0, 10);

/**
 * Conversion drop: the current period against the entity's earlier periods pooled, flagged only when a
 * two-proportion z-test says the drop is significant (ADVICE-SOURCES: listing and conversion).
 */
export function conversionAdvice(
  rec: SnapshotRecord,
  earlier: SnapshotRecord[],
  s: AdviceSettings,
  gaps: Gaps = noGaps,
): Advice | null {
  const now = conversionCounts(rec.metrics);
  if (!now) {
    const needs = rec.platform === 'amazon' ? ['sessions', 'unitsOrdered'] : ['visitors', 'orders'];
    gaps(rec, 'conversion', firstMissing(rec, needs) ?? needs[0]!);
    return null;
  }
  const seen = new Set([periodKey(rec)]);
  let orders = 0;
  let traffic = 0;
  // One reading per earlier period: the latest, since a period's numbers settle over time.
  for (const r of [...earlier].sort((a, b) => b.capturedAt.localeCompare(a.capturedAt))) {
    const c = conversionCounts(r.metrics);
    const k = periodKey(r);
    if (!c || seen.has(k)) continue;
    seen.add(k);
    orders += c.orders;
    traffic += c.traffic;
  }
  const test = twoProportionTest(orders, traffic, now.orders, now.traffic);
  if (!test) {
    gaps(rec, 'conversion', 'earlier periods');
    return null;
  }
  if (atLeast(test.p2, test.p1) || atLeast(test.pValue, s.conversionAlpha)) return null;
  const severity = test.p2 < test.p1 * 0.7 ? 'high' : 'medium';
  const used = {
    before: test.p1,
    after: test.p2,
    beforeOrders: orders,
    beforeTraffic: traffic,
    afterOrders: now.orders,
    afterTraffic: now.traffic,
    pValue: test.pValue,
  };
  return makeAdvice(rec, {
    rule: 'conversion',
    action: 'checkListing',
    severity,
    used,
    thresholds: { alpha: s.conversionAlpha },
    message: { id: 'conversionDrop', params: { ...used, alpha: s.conversionAlpha } },
  });
}

/** Buy Box (Featured Offer) share under 90% deserves a look at price and stock. */
export function buyBoxAdvice(rec: SnapshotRecord, s: AdviceSettings): Advice | null {
  const b = rec.metrics.buyBoxPct;
  if (b === undefined || atLeast(b, s.buyBoxMin)) return null;
  return makeAdvice(rec, {
    rule: 'buyBox',
    action: 'checkBuyBox',
    severity: b < 0.5 ? 'high' : 'medium',
    used: { buyBoxPct: b },
    thresholds: { buyBoxMin: s.buyBoxMin },
    message: { id: 'buyBoxLow', params: { buyBoxPct: b, buyBoxMin: s.buyBoxMin } },
  });
}

const DAY_MS = 86_400_000;
const daysIn = (p: { from: string; to: string }) =>
  Math.round((Date.parse(p.to) - Date.parse(p.from)) / DAY_MS) + 1;

/** Average units sold a day, from the entity's readings that cover a period (latest reading per period). */
export function averageDailyUnits(history: SnapshotRecord[]): { perDay: number; days: number } | undefined {
  const byPeriod = new Map<string, { units: number; days: number }>();
  for (const r of [...history].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))) {
    const units = r.metrics.unitsOrdered;
    if (units === undefined || !r.period) continue;
    byPeriod.set(`${r.period.from}~${r.period.to}`, { units, days: daysIn(r.period) });
  }
  let units = 0;
  let days = 0;
  for (const v of byPeriod.values()) {
    units += v.units;
    days += v.days;
  }
  return days > 0 ? { perDay: units / days, days } : undefined;
}

/**
 * Stock running out: available at or under the reorder point from the demand forecast, lead time and safety
 * stock (./stock.ts, ADVICE-SOURCES: reorder point). Kept under this name for the stock alert.
 */
export function stockAdvice(
  rec: SnapshotRecord,
  history: SnapshotRecord[],
  s: AdviceSettings,
): Advice | null {
  return reorderAdvice(rec, history, s);
}
