import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { atLeast, atMost, below, ceilish } from './compare';
import { type Demand, dailyDemand, dailyRun, unitsOver } from './demand';
import { fitHoltWinters, forecastDays, zOf } from './forecast';

// One item's stock: how long it lasts, when and how much to reorder, whether it is a slow mover (issue 14).
// Formulas (ADVICE-SOURCES, Inventory):
//   reorder point  = demand over the lead time (forecast) + safety stock, in whole units
//   safety stock   = z(service level) x sigma(daily demand) x sqrt(lead time)   (from variability), or
//                    safety-stock days x units a day                            (no daily spread to measure)
//   order-up-to    = demand over lead time + order cycle + safety stock
//   reorder        = order-up-to - (available + inbound), at least the MOQ, in whole cases
//   weeks of supply = days the available stock lasts at the forecast / 7; bands out / low / healthy / excess
//   sell-through over N days = units sold in N days / (units sold + units on hand)   (issue 14)
// Every unit figure a sentence adds up is a whole number here, so that "300 + 140 = 440" adds up as shown.

export type StockBand = 'out' | 'low' | 'healthy' | 'excess';
export type ForecastMethod = 'holtWinters' | 'average' | 'monthly';

export interface StockPlan {
  available: number;
  inbound: number;
  /** Available + inbound. */
  position: number;
  /** Units a day ahead: the forecast's mean over the lead time, or the history's average. */
  perDay: number;
  method: ForecastMethod;
  /** Days of history the rate comes from, the one-day figures a forecast learns from, and those it needs. */
  historyDays: number;
  dailyDays: number;
  needDays: number;
  /** Units the forecast sells over the lead time, and over lead time + order cycle (whole units, rounded up). */
  leadDemand: number;
  cycleDemand: number;
  /** Safety stock in whole units, from the spread of daily demand (sigma a day, z) or from days of sales. */
  safety: number;
  safetyFrom: 'variability' | 'days';
  sigma?: number;
  z?: number;
  reorderPoint: number;
  orderUpTo: number;
  /** Units to order now (MOQ and case pack applied); 0 while stock and inbound are above the reorder point. */
  reorder: number;
  /** Days until available stock runs out at the forecast; Infinity without sales. */
  daysOfCover: number;
  weeksOfSupply: number;
  band: StockBand;
  sold30?: number;
  sold90?: number;
  sellThrough30?: number;
  sellThrough90?: number;
  /** Units beyond the excess band's weeks of supply. */
  excessUnits: number;
  price?: number;
  /** Days since the listing was created (千牛 创建时间), at the stock reading. */
  ageDays?: number;
  /** The daily forecast ahead (Holt-Winters only), from the day after the last day of sales. */
  ahead?: number[];
  /** When the stock was read. */
  stockAt: string;
}

const DAY_MS = 86_400_000;

/** The latest reading that shows a metric. */
export const latestWith = (readings: SnapshotRecord[], metric: string) =>
  [...readings]
    .filter((r) => r.metrics[metric] !== undefined)
    .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))
    .at(-1);

/** Unit price: the listing's price, else sales / units of its latest period. */
function unitPrice(readings: SnapshotRecord[]): number | undefined {
  const priced = latestWith(readings, 'price');
  if (priced) return priced.metrics.price;
  const sold = [...readings]
    .filter((r) => r.metrics.sales !== undefined && r.metrics.unitsOrdered)
    .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))
    .at(-1);
  return sold ? sold.metrics.sales! / sold.metrics.unitsOrdered! : undefined;
}

/** Age of the listing from 千牛's 创建时间 (`2025-03-28 10:12`, China time), at the stock reading. */
function ageOf(rec: SnapshotRecord): number | undefined {
  const created = rec.attrs.createdAt;
  if (!created || !/^\d{4}-\d{2}-\d{2}/.test(created)) return undefined;
  const time = created.length >= 16 ? created.slice(11, 16) : '00:00';
  const t = Date.parse(`${created.slice(0, 10)}T${time}:00+08:00`);
  const age = (Date.parse(rec.capturedAt) - t) / DAY_MS;
  return Number.isFinite(age) && age >= 0 ? age : undefined;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Sample standard deviation; undefined under two values. */
export function sampleSd(xs: number[]): number | undefined {
  if (xs.length < 2) return undefined;
  const mean = sum(xs) / xs.length;
  return Math.sqrt(sum(xs.map((x) => (x - mean) ** 2)) / (xs.length - 1));
}

/** The days ahead a forecast must cover: lead time and one order cycle. */
export const horizonOf = (s: AdviceSettings) => Math.max(1, Math.ceil(s.leadTimeDays + s.orderCycleDays));

function forecast(d: Demand, s: AdviceSettings) {
  const run = dailyRun(d);
  const horizon = horizonOf(s);
  const model = atLeast(run.length, s.forecastMinDays) ? fitHoltWinters(run) : undefined;
  if (model) {
    const ahead = forecastDays(model, horizon);
    const lead = sum(ahead.slice(0, Math.ceil(s.leadTimeDays)));
    return { method: 'holtWinters' as const, ahead, lead, total: sum(ahead), sigma: model.sigma, run };
  }
  // A week of one-day figures measures the day-to-day spread, even where it is too short for a forecast.
  const sigma = run.length >= 7 ? sampleSd(run) : undefined;
  return {
    method: d.from === 'monthly' ? ('monthly' as const) : ('average' as const),
    ahead: undefined,
    lead: d.perDay * s.leadTimeDays,
    total: d.perDay * horizon,
    sigma,
    run,
  };
}

/** Days until `stock` runs out along the forecast (or at the rate, past its end). */
function daysUntilOut(stock: number, perDay: number, ahead: number[] | undefined): number {
  if (stock <= 0) return 0;
  if (ahead) {
    let left = stock;
    for (const [i, u] of ahead.entries()) {
      if (u > 0 && u >= left) return i + left / u;
      left -= u;
    }
    return ahead.length + (perDay > 0 ? left / perDay : Number.POSITIVE_INFINITY);
  }
  return perDay > 0 ? stock / perDay : Number.POSITIVE_INFINITY;
}

/** The order for a shortfall: at least the MOQ, then up to whole cases. */
export function orderQuantity(
  shortfall: number,
  s: Pick<AdviceSettings, 'minOrderQty' | 'casePack'>,
): number {
  const raw = Math.max(ceilish(shortfall), ceilish(s.minOrderQty), 1);
  const pack = Math.max(1, Math.round(s.casePack));
  return ceilish(raw / pack) * pack;
}

/** The band of a weeks-of-supply figure (Teikametrics): under 4 low, 4 to 13 healthy, over 13 excess. */
export function bandOf(available: number, weeks: number, s: AdviceSettings): StockBand {
  if (available <= 0) return 'out';
  if (below(weeks, s.wosLowWeeks)) return 'low';
  return atMost(weeks, s.wosExcessWeeks) ? 'healthy' : 'excess';
}

/**
 * The plan of one item from its readings: the latest reading that shows `available` is the stock, the sales
 * history gives the rate. Undefined without a stock figure, without sales figures, or with fewer days of sales
 * than `stockMinHistoryDays`.
 */
export function stockPlan(readings: SnapshotRecord[], s: AdviceSettings): StockPlan | undefined {
  const stockRec = latestWith(readings, 'available');
  const demand = dailyDemand(readings);
  if (!stockRec || !demand || below(demand.historyDays, s.stockMinHistoryDays)) return undefined;
  const available = stockRec.metrics.available!;
  const inbound = stockRec.metrics.inbound ?? 0;
  const f = forecast(demand, s);
  const perDay = s.leadTimeDays > 0 ? f.lead / s.leadTimeDays : demand.perDay;
  const z = zOf(s.serviceLevel);
  const fromVariability = f.sigma !== undefined && f.sigma > 0;
  const safety = ceilish(
    fromVariability ? z * f.sigma! * Math.sqrt(s.leadTimeDays) : s.safetyStockDays * perDay,
  );
  const leadDemand = ceilish(f.lead);
  const cycleDemand = ceilish(f.total);
  const reorderPoint = leadDemand + safety;
  const orderUpTo = cycleDemand + safety;
  const position = available + inbound;
  const reorder = position <= reorderPoint && perDay > 0 ? orderQuantity(orderUpTo - position, s) : 0;
  const daysOfCover = daysUntilOut(available, perDay, f.ahead);
  const weeksOfSupply = daysOfCover / 7;
  const band = bandOf(available, weeksOfSupply, s);
  const soldOver = (window: number) =>
    demand.from === 'monthly' ? (window === 30 ? demand.perDay * 30 : undefined) : unitsOver(demand, window);
  const through = (sold: number | undefined) =>
    sold !== undefined && sold + available > 0 ? sold / (sold + available) : undefined;
  const sold30 = soldOver(30);
  const sold90 = soldOver(90);
  const st30 = through(sold30);
  const st90 = through(sold90);
  const price = unitPrice(readings);
  const age = ageOf(stockRec);
  const excess = band === 'excess' ? Math.max(0, available - ceilish(s.wosExcessWeeks * 7 * perDay)) : 0;
  return {
    available,
    inbound,
    position,
    perDay,
    method: f.method,
    historyDays: demand.historyDays,
    dailyDays: f.run.length,
    needDays: s.forecastMinDays,
    leadDemand,
    cycleDemand,
    safety,
    safetyFrom: fromVariability ? 'variability' : 'days',
    ...(fromVariability ? { sigma: f.sigma!, z } : {}),
    reorderPoint,
    orderUpTo,
    reorder,
    daysOfCover,
    weeksOfSupply,
    band,
    ...(sold30 !== undefined ? { sold30 } : {}),
    ...(sold90 !== undefined ? { sold90 } : {}),
    ...(st30 !== undefined ? { sellThrough30: st30 } : {}),
    ...(st90 !== undefined ? { sellThrough90: st90 } : {}),
    excessUnits: excess,
    ...(price !== undefined ? { price } : {}),
    ...(age !== undefined ? { ageDays: age } : {}),
    ...(f.ahead ? { ahead: f.ahead } : {}),
    stockAt: stockRec.capturedAt,
  };
}
