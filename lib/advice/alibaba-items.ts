import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { above, atLeast, atMost, below } from './compare';
import { type Gaps, noGaps } from './gaps';
import { makeAdvice, nameOf } from './make';
import { twoProportionTest } from './stats';
import type { Advice } from './types';

// 生意参谋 / 千牛 items (issue 4): 加购 without 支付, visitors falling, lifecycle stage.

type Rec = SnapshotRecord;

const DAY_MS = 86_400_000;
const periodKey = (r: Rec) => (r.period ? `${r.period.from}~${r.period.to}` : r.capturedAt.slice(0, 10));
const periodDays = (p: { from: string; to: string }) =>
  Math.round((Date.parse(p.to) - Date.parse(p.from)) / DAY_MS) + 1;

/** One reading per period (the latest: a period's numbers settle), oldest period first. */
function perPeriod(readings: Rec[]): Rec[] {
  const by = new Map<string, Rec>();
  for (const r of [...readings].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)))
    by.set(periodKey(r), r);
  return [...by.values()].sort((a, b) => periodKey(a).localeCompare(periodKey(b)));
}

/** 加购 at or above the rest of the shop while 支付转化 is far and significantly under it: price, coupon, detail page. */
export function cartNoPayAdvice(rec: Rec, peers: Rec[], s: AdviceSettings): Advice | null {
  const { visitors, addToCart, orders } = rec.metrics;
  if (!visitors || addToCart === undefined || orders === undefined) return null;
  let [v, c, o] = [0, 0, 0];
  for (const p of peers) {
    const m = p.metrics;
    if (p === rec || !m.visitors || m.addToCart === undefined || m.orders === undefined) continue;
    [v, c, o] = [v + m.visitors, c + m.addToCart, o + m.orders];
  }
  if (v === 0 || below(addToCart / visitors, c / v)) return null;
  const test = twoProportionTest(o, v, orders, visitors);
  if (!test || atLeast(test.p2, s.cartNoPayRatio * test.p1) || atLeast(test.pValue, s.conversionAlpha))
    return null;
  const rates = {
    cartRate: addToCart / visitors,
    shopCartRate: c / v,
    conversion: test.p2,
    shopConversion: test.p1,
    visitors,
  };
  return makeAdvice(rec, {
    rule: 'cartNoPay',
    action: 'checkPriceCoupon',
    severity: 'medium',
    used: { ...rates, pValue: test.pValue },
    thresholds: { cartNoPayRatio: s.cartNoPayRatio, alpha: s.conversionAlpha },
    message: {
      id: 'cartNoPay',
      params: {
        name: nameOf(rec),
        ...rates,
        cartNoPayRatio: s.cartNoPayRatio,
        pValue: test.pValue,
        alpha: s.conversionAlpha,
      },
    },
  });
}

/** 访客数 falling from each reading to the next, N times in a row, over periods of the same length. */
export function visitorsFallingAdvice(
  rec: Rec,
  earlier: Rec[],
  s: AdviceSettings,
  gaps: Gaps = noGaps,
): Advice | null {
  if (rec.metrics.visitors === undefined || !rec.period) {
    gaps(rec, 'visitorsFalling', rec.period ? 'visitors' : 'period');
    return null;
  }
  const days = periodDays(rec.period);
  const readings = perPeriod([...earlier.filter((r) => periodKey(r) !== periodKey(rec)), rec]).filter(
    (r) => r.period && periodDays(r.period) === days && r.metrics.visitors !== undefined,
  );
  const falls = s.visitorsFallingSnapshots;
  const last = readings.slice(-(falls + 1)).map((r) => r.metrics.visitors!);
  if (readings.at(-1) !== rec) return null;
  if (last.length < falls + 1) {
    gaps(rec, 'visitorsFalling', 'readings', last.length, falls + 1);
    return null;
  }
  if (!last.every((v, i) => i === 0 || v < last[i - 1]!)) return null;
  const fall = 1 - last.at(-1)! / last[0]!;
  if (below(fall, s.visitorsFallMin)) return null;
  return makeAdvice(rec, {
    rule: 'visitorsFalling',
    action: 'checkTraffic',
    severity: atLeast(fall, 0.3) ? 'high' : 'medium',
    used: { visitors: rec.metrics.visitors, first: last[0]!, fall, readings: last.length },
    thresholds: { visitorsFallingSnapshots: falls, visitorsFallMin: s.visitorsFallMin },
    message: {
      id: 'visitorsFalling',
      params: { name: nameOf(rec), falls, days, series: last, fall, visitorsFallMin: s.visitorsFallMin },
    },
  });
}

/** Units sold a day: 支付件数 over the period, or 千牛's 30日销量 / 30. */
export function dailyUnits(r: Rec): number | undefined {
  if (r.metrics.unitsOrdered !== undefined && r.period) return r.metrics.unitsOrdered / periodDays(r.period);
  if (r.metrics.monthlySales !== undefined) return r.metrics.monthlySales / 30;
  return undefined;
}

export interface ShopContext {
  /** The shop's items on this page, this one included. */
  peers: Rec[];
  /** The earliest reading of any of them: before it, "first seen" says nothing about an item's age. */
  watchingSince?: string;
}

type StageMessage = Extract<
  Advice['message'],
  { id: 'lifecycleNew' | 'lifecycleHot' | 'lifecyclePotential' | 'lifecycleTail' }
>;
// Stages are labels, not warnings; never 'info', which the panels count as "needs more data".
const STAGES: Record<StageMessage['id'], { action: string; severity: Advice['severity'] }> = {
  lifecycleNew: { action: 'nurtureNew', severity: 'low' },
  lifecycleHot: { action: 'protectHot', severity: 'low' },
  lifecyclePotential: { action: 'investPotential', severity: 'low' },
  lifecycleTail: { action: 'clearTail', severity: 'medium' },
};

/** How old an item is: from 千牛's 创建时间, else from its first reading if the shop was watched before it. */
function ageDays(rec: Rec, earlier: Rec[], shop: ShopContext): number | undefined {
  const now = Date.parse(rec.capturedAt);
  const created = rec.attrs.createdAt
    ? Date.parse(`${rec.attrs.createdAt.replace(' ', 'T').slice(0, 16)}+08:00`)
    : NaN;
  if (Number.isFinite(created)) return (now - created) / DAY_MS;
  const firstSeen = Math.min(now, ...earlier.map((r) => Date.parse(r.capturedAt)));
  const appearedLater =
    shop.watchingSince !== undefined && firstSeen - Date.parse(shop.watchingSince) >= DAY_MS;
  return appearedLater ? (now - firstSeen) / DAY_MS : undefined;
}

/**
 * Lifecycle stage (Alimama PLTV's 新品 / 潜力品 / 爆品 / 尾货) from age, sales trend and level among the shop's
 * items. Alimama publishes no cut-offs: ours are settings, shown in the advice. Null when no stage is clear.
 */
export function lifecycleAdvice(
  rec: Rec,
  earlier: Rec[],
  shop: ShopContext,
  s: AdviceSettings,
): Advice | null {
  const rate = dailyUnits(rec);
  if (rate === undefined) return null;
  const age = ageDays(rec, earlier, shop);
  const before = perPeriod(earlier.filter((r) => periodKey(r) !== periodKey(rec)))
    .map(dailyUnits)
    .filter((x): x is number => x !== undefined);
  const mean = before.length ? before.reduce((a, b) => a + b, 0) / before.length : 0;
  const trend = mean > 0 ? rate / mean - 1 : undefined;
  const rates = shop.peers.map(dailyUnits).filter((x): x is number => x !== undefined);
  const ranked = rates.length >= s.lifecycleMinPeers;
  const rank = 1 + rates.filter((x) => x > rate).length;
  const share = rank / rates.length;

  const name = nameOf(rec);
  const standing = { rank, peers: rates.length };
  let message: StageMessage | undefined;
  if (age !== undefined && atMost(age, s.lifecycleNewDays))
    message = { id: 'lifecycleNew', params: { name, ageDays: age, lifecycleNewDays: s.lifecycleNewDays } };
  else if (ranked && atMost(share, s.lifecycleHotShare))
    message = {
      id: 'lifecycleHot',
      params: { name, perDay: rate, ...standing, lifecycleHotShare: s.lifecycleHotShare },
    };
  else if (trend !== undefined && atLeast(trend, s.lifecycleGrowth))
    message = {
      id: 'lifecyclePotential',
      params: { name, perDay: rate, trend, lifecycleGrowth: s.lifecycleGrowth },
    };
  else if (
    trend !== undefined &&
    atMost(trend, -s.lifecycleDecline) &&
    ranked &&
    above(share, 1 - s.lifecycleTailShare)
  )
    message = {
      id: 'lifecycleTail',
      params: {
        name,
        perDay: rate,
        trend,
        ...standing,
        lifecycleDecline: s.lifecycleDecline,
        lifecycleTailShare: s.lifecycleTailShare,
      },
    };
  if (!message) return null;
  return makeAdvice(rec, {
    rule: 'lifecycle',
    ...STAGES[message.id],
    used: {
      dailyUnits: rate,
      ...(age !== undefined ? { ageDays: age } : {}),
      ...(trend !== undefined ? { trend } : {}),
      ...(ranked ? standing : {}),
    },
    thresholds: {
      lifecycleNewDays: s.lifecycleNewDays,
      lifecycleHotShare: s.lifecycleHotShare,
      lifecycleGrowth: s.lifecycleGrowth,
      lifecycleDecline: s.lifecycleDecline,
      lifecycleTailShare: s.lifecycleTailShare,
    },
    message,
  });
}
