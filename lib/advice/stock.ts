import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { above, below } from './compare';
import { dailyDemand, OWN_MONTHLY_SOURCE } from './demand';
import { makeAdvice, nameOf } from './make';
import { latestWith, type StockPlan, stockPlan } from './stock-plan';
import type { Advice } from './types';

// Stock advice on Amazon listings and Tmall/Taobao items alike (issue 14): reorder when stock and inbound are
// at or under the reorder point (./stock-plan.ts), clear a slow mover whose weeks of supply are over the excess
// band. The stock is the reading's own `available`, or (a Business Report read after Manage Inventory) the
// latest earlier reading's, at most `stockReadingMaxDays` before it, with its date in the sentence. Without
// either, or with less than a week of sales (stockMinHistoryDays), no stock advice.

type Rec = SnapshotRecord;

const DAY_MS = 86_400_000;

/** The reading the stock comes from: this one, or the latest earlier one at most stockReadingMaxDays old. */
function stockReadingOf(rec: Rec, before: Rec[], s: AdviceSettings): Rec | undefined {
  if (rec.metrics.available !== undefined) return rec;
  const read = latestWith(before, 'available');
  if (!read) return undefined;
  return above((Date.parse(rec.capturedAt) - Date.parse(read.capturedAt)) / DAY_MS, s.stockReadingMaxDays)
    ? undefined
    : read;
}

const earlierThan = (rec: Rec, earlier: Rec[]) => earlier.filter((r) => r.capturedAt < rec.capturedAt);

/** The plan of the reading advised on, when its stock is known. */
function planOf(rec: Rec, earlier: Rec[], s: AdviceSettings): StockPlan | undefined {
  const before = earlierThan(rec, earlier);
  return stockReadingOf(rec, before, s) ? stockPlan([...before, rec], s) : undefined;
}

/** The day the stock was read, when it is not the reading advised on. */
const readOn = (rec: Rec, p: StockPlan) =>
  p.stockAt !== rec.capturedAt ? { stockReadOn: p.stockAt.slice(0, 10) } : {};

/** The numbers both stock sentences and the stock view show. */
function numbers(rec: Rec, p: StockPlan, s: AdviceSettings) {
  return {
    name: nameOf(rec),
    available: p.available,
    ...readOn(rec, p),
    inbound: p.inbound,
    perDay: p.perDay,
    method: p.method,
    historyDays: p.historyDays,
    dailyDays: p.dailyDays,
    needDays: p.needDays,
    leadTimeDays: s.leadTimeDays,
    leadDemand: p.leadDemand,
    safety: p.safety,
    safetyFrom: p.safetyFrom,
    ...(p.z !== undefined && p.sigma !== undefined ? { z: p.z, sigma: p.sigma } : {}),
    serviceLevel: s.serviceLevel,
    safetyStockDays: s.safetyStockDays,
    reorderPoint: p.reorderPoint,
    daysOfCover: p.daysOfCover,
  };
}

/** What the stock view reads back from a stored advice (`used`): every figure of the plan it shows. */
function usedOf(p: StockPlan): Record<string, number> {
  const out: Record<string, number> = {
    available: p.available,
    inbound: p.inbound,
    unitsPerDay: p.perDay,
    historyDays: p.historyDays,
    dailyDays: p.dailyDays,
    leadDemand: p.leadDemand,
    safety: p.safety,
    reorderPoint: p.reorderPoint,
    orderUpTo: p.orderUpTo,
    daysOfCover: p.daysOfCover,
    weeksOfSupply: p.weeksOfSupply,
  };
  const optional = {
    sigma: p.sigma,
    sold30: p.sold30,
    sold90: p.sold90,
    sellThrough30: p.sellThrough30,
    sellThrough90: p.sellThrough90,
    price: p.price,
    ageDays: p.ageDays,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined && Number.isFinite(v)) out[k] = v;
  return out;
}

const stockThresholds = (s: AdviceSettings) => ({
  leadTimeDays: s.leadTimeDays,
  stockReadingMaxDays: s.stockReadingMaxDays,
  serviceLevel: s.serviceLevel,
  orderCycleDays: s.orderCycleDays,
  forecastMinDays: s.forecastMinDays,
  stockMinHistoryDays: s.stockMinHistoryDays,
  minOrderQty: s.minOrderQty,
  casePack: s.casePack,
});

/**
 * Reorder: available at or under the reorder point. With stock and inbound still at or under it, order up to
 * lead time + order cycle + safety stock (MOQ, whole cases); with inbound above it, watch the inbound arrive.
 * `thresholds.safetyStockDays` is the safety stock in whole days of sales, rounded up (what an alert prints).
 */
export function reorderAdvice(rec: Rec, earlier: Rec[], s: AdviceSettings): Advice | null {
  const p = planOf(rec, earlier, s);
  if (!p || p.perDay <= 0 || p.available > p.reorderPoint) return null;
  const facts = numbers(rec, p, s);
  const safetyDays = Math.ceil(p.safety / p.perDay - 1e-9);
  const base = {
    rule: 'stock' as const,
    severity: p.available === 0 || p.daysOfCover < s.leadTimeDays ? ('high' as const) : ('medium' as const),
    used: usedOf(p),
    thresholds: { ...stockThresholds(s), safetyStockDays: safetyDays },
  };
  if (p.reorder === 0)
    return makeAdvice(rec, {
      ...base,
      action: 'watchInbound',
      suggested: { reorder: 0 },
      message: { id: 'stockInboundPlan', params: facts },
    });
  return makeAdvice(rec, {
    ...base,
    action: 'reorder',
    suggested: { reorder: p.reorder },
    message: {
      id: 'stockReorderPlan',
      params: {
        ...facts,
        reorder: p.reorder,
        orderUpTo: p.orderUpTo,
        cycleDemand: p.cycleDemand,
        orderCycleDays: s.orderCycleDays,
        minOrderQty: s.minOrderQty,
        casePack: Math.max(1, Math.round(s.casePack)),
      },
    },
  });
}

/** The clearance step: removal (Amazon) or a 清仓 activity past `clearanceRemovalWeeks`, else a price step with ads. */
export const clearanceStepOf = (rec: Rec, weeks: number, s: AdviceSettings) =>
  above(weeks, s.clearanceRemovalWeeks)
    ? rec.platform === 'amazon'
      ? ('removal' as const)
      : ('clearanceActivity' as const)
    : ('priceStep' as const);

/**
 * Slow mover: weeks of supply over the excess band (Teikametrics: over 13), judged only with 30 days of sales
 * (the 30-day sell-through it reports). The money tied up is the excess units at price (no cost is read).
 */
export function clearanceAdvice(rec: Rec, earlier: Rec[], s: AdviceSettings): Advice | null {
  const p = planOf(rec, earlier, s);
  if (p?.band !== 'excess' || p.sold30 === undefined || p.excessUnits < 1) return null;
  const step = clearanceStepOf(rec, p.weeksOfSupply, s);
  const tiedUp = p.price !== undefined ? p.excessUnits * p.price : undefined;
  const newPrice =
    step === 'priceStep' && p.price !== undefined
      ? Math.round(p.price * (1 - s.clearancePriceStep) * 100) / 100
      : undefined;
  return makeAdvice(rec, {
    rule: 'slowMover',
    action: 'clearTail',
    severity: step === 'priceStep' ? 'low' : 'medium',
    used: { ...usedOf(p), excessUnits: p.excessUnits, ...(tiedUp !== undefined ? { tiedUp } : {}) },
    thresholds: {
      wosLowWeeks: s.wosLowWeeks,
      wosExcessWeeks: s.wosExcessWeeks,
      clearanceRemovalWeeks: s.clearanceRemovalWeeks,
      clearancePriceStep: s.clearancePriceStep,
      forecastMinDays: s.forecastMinDays,
    },
    suggested: {
      clearUnits: p.excessUnits,
      ...(newPrice !== undefined ? { price: newPrice } : {}),
    },
    message: {
      id: 'stockClearance',
      params: {
        name: nameOf(rec),
        ...(rec.currency ? { currency: rec.currency } : {}),
        available: p.available,
        ...readOn(rec, p),
        perDay: p.perDay,
        method: p.method,
        historyDays: p.historyDays,
        dailyDays: p.dailyDays,
        needDays: p.needDays,
        weeksOfSupply: p.weeksOfSupply,
        wosLowWeeks: s.wosLowWeeks,
        wosExcessWeeks: s.wosExcessWeeks,
        clearanceRemovalWeeks: s.clearanceRemovalWeeks,
        ...(p.sellThrough30 !== undefined ? { sellThrough30: p.sellThrough30, sold30: p.sold30 } : {}),
        ...(p.sellThrough90 !== undefined ? { sellThrough90: p.sellThrough90 } : {}),
        ...(p.ageDays !== undefined ? { ageDays: p.ageDays } : {}),
        excessUnits: p.excessUnits,
        ...(tiedUp !== undefined ? { tiedUp } : {}),
        ...(p.price !== undefined ? { price: p.price } : {}),
        ...(newPrice !== undefined ? { newPrice } : {}),
        priceStep: s.clearancePriceStep,
        step,
      },
    },
  });
}

/** Why the stock rules could not judge a listing reading (for `npm run advise`'s notEnoughData, ./gaps.ts). */
export type StockGaps = (
  rec: Rec,
  rule: 'stock' | 'slowMover',
  missing: string,
  have?: number,
  need?: number,
) => void;

/**
 * What the stock rules lack on one listing reading: `available` (the latest stock reading older than
 * stockReadingMaxDays; an item whose stock was never read is not reported), the sales metric (unitsOrdered; 千牛's monthlySales), `salesDays` under
 * stockMinHistoryDays; and for a slow mover, `salesDays` under the 30 its sell-through is over.
 */
export function stockGap(rec: Rec, earlier: Rec[], s: AdviceSettings, gaps: StockGaps): void {
  const before = earlierThan(rec, earlier);
  const demand = dailyDemand([...before, rec]);
  const plan = stockPlan([...before, rec], s);
  // No stock ever read: the item is not followed for stock from these pages, nothing to say. A stock reading
  // too old to use is worth saying: open the inventory page again.
  if (!stockReadingOf(rec, before, s)) {
    if (latestWith(before, 'available')) gaps(rec, 'stock', 'available');
  } else if (!demand) gaps(rec, 'stock', rec.source === OWN_MONTHLY_SOURCE ? 'monthlySales' : 'unitsOrdered');
  else if (below(demand.historyDays, s.stockMinHistoryDays))
    gaps(rec, 'stock', 'salesDays', demand.historyDays, s.stockMinHistoryDays);
  else if (plan?.band === 'excess' && plan.sold30 === undefined)
    gaps(rec, 'slowMover', 'salesDays', plan.historyDays, 30);
}

/** Every stock advice on one listing reading: Amazon and Tmall/Taobao alike; what it lacks, to `gaps`. */
export function stockAdvices(rec: Rec, earlier: Rec[], s: AdviceSettings, gaps?: StockGaps): Advice[] {
  if (rec.kind !== 'listing') return [];
  if (gaps) stockGap(rec, earlier, s, gaps);
  return [reorderAdvice(rec, earlier, s), clearanceAdvice(rec, earlier, s)].filter((a): a is Advice => !!a);
}
