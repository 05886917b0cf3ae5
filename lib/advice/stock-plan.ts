import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { atLeast, atMost, below, ceilish } from './compare';
import { type Demand, dailyDemand, dailyRun, daysBetween, unitsOver } from './demand';
import { fitHoltWinters, forecastDays, zOf } from './forecast';

// One item's stock: how long it lasts, when and how much to reorder, whether it is a slow mover (issue 14).
// Formulas (ADVICE-SOURCES, Inventory):
//   reorder point  = forecast demand over the lead time + safety stock
//   safety stock   = z(service level) x sigma(daily demand) x sqrt(lead time)   (from variability), or
//                    safety-stock days x units a day                            (too little daily history)
//   order-up-to    = forecast demand over lead time + order cycle + safety stock
//   reorder        = order-up-to - (available + inbound), at least the MOQ, in whole cases
//   weeks of supply = available / (units a day x 7); bands out / low / healthy / excess (Teikametrics)
//   sell-through over N days = units sold in N days / (units sold + units on hand)

export type StockBand = 'out' | 'low' | 'healthy' | 'excess';
export type ForecastMethod = 'holtWinters' | 'average' | 'monthly';

export interface StockPlan {
  available: number;
  inbound: number;
  /** Units a day ahead: the forecast's mean over the lead time, or the history's average. */
  perDay: number;
  method: ForecastMethod;
  /** Days of history the rate comes from, and the one-day figures a forecast needs. */
  historyDays: number;
  dailyDays: number;
  needDays: number;
  leadDemand: number;
  safety: number;
  safetyFrom: 'variability' | 'days';
  reorderPoint: number;
  orderUpTo: number;
  /** Units to order now (MOQ and case pack applied); 0 while stock and inbound are above the reorder point. */
  reorder: number;
  /** Days until available stock runs out at the forecast; Infinity without sales. */
  daysOfCover: number;
  weeksOfSupply: number;
  band: StockBand;
  sellThrough30?: number;
  sellThrough90?: number;
  /** Units beyond the excess band's weeks of supply. */
  excessUnits: number;
  price?: number;
  /** Contribution margin per unit of sales: break-even ACoS (Amazon), 1 / break-even ROI (Tmall, Taobao). */
  margin: number;
  ageDays?: number;
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

/** Age of the listing from 千牛's 创建时间 (China time), at the stock reading. */
function ageOf(rec: SnapshotRecord): number | undefined {
  const created = rec.attrs.createdAt;
  if (!created) return undefined;
  const t = Date.parse(`${created.replace(' ', 'T').slice(0, 16)}+08:00`);
  return Number.isFinite(t) ? (Date.parse(rec.capturedAt) - t) / DAY_MS : undefined;
}

function forecast(d: Demand, s: AdviceSettings) {
  const run = dailyRun(d);
  const horizon = Math.max(1, s.leadTimeDays + s.orderCycleDays);
  const model = atLeast(run.length, s.forecastMinDays) ? fitHoltWinters(run) : undefined;
  if (model) {
    const ahead = forecastDays(model, horizon);
    const lead = ahead.slice(0, s.leadTimeDays).reduce((a, b) => a + b, 0);
    return {
      method: 'holtWinters' as const,
      ahead,
      lead,
      total: ahead.reduce((a, b) => a + b, 0),
      sigma: model.sigma,
      run,
    };
  }
  const sd =
    run.length >= 7
      ? Math.sqrt(run.reduce((a, v) => a + (v - d.perDay) ** 2, 0) / (run.length - 1))
      : undefined;
  return {
    method: d.from === 'monthly' ? ('monthly' as const) : ('average' as const),
    ahead: undefined,
    lead: d.perDay * s.leadTimeDays,
    total: d.perDay * horizon,
    sigma: sd,
    run,
  };
}

/** Days until `stock` runs out along the forecast (or at the rate, past its end). */
function daysUntilOut(stock: number, perDay: number, ahead: number[] | undefined): number {
  if (stock <= 0) return 0;
  if (ahead) {
    let left = stock;
    for (const [i, u] of ahead.entries()) {
      if (u >= left) return i + left / u;
      left -= u;
    }
    return ahead.length + (perDay > 0 ? left / perDay : Number.POSITIVE_INFINITY);
  }
  return perDay > 0 ? stock / perDay : Number.POSITIVE_INFINITY;
}

/** The plan of one item from its readings (the latest reading that shows `available` is the stock). */
export function stockPlan(readings: SnapshotRecord[], s: AdviceSettings): StockPlan | undefined {
  const stockRec = latestWith(readings, 'available');
  const demand = dailyDemand(readings);
  if (!stockRec || !demand) return undefined;
  const available = stockRec.metrics.available!;
  const inbound = stockRec.metrics.inbound ?? 0;
  const f = forecast(demand, s);
  const perDay = s.leadTimeDays > 0 ? f.lead / s.leadTimeDays : demand.perDay;
  const fromVariability = f.sigma !== undefined;
  const safety = fromVariability
    ? zOf(s.serviceLevel) * f.sigma! * Math.sqrt(s.leadTimeDays)
    : s.safetyStockDays * perDay;
  const reorderPoint = f.lead + safety;
  const orderUpTo = f.total + safety;
  const position = available + inbound;
  let reorder = 0;
  if (atMost(position, reorderPoint) && perDay > 0) {
    const raw = Math.max(ceilish(orderUpTo - position), s.minOrderQty, 1);
    const pack = Math.max(1, Math.round(s.casePack));
    reorder = ceilish(raw / pack) * pack;
  }
  const daysOfCover = daysUntilOut(available, perDay, f.ahead);
  const weeksOfSupply = daysOfCover / 7;
  const band: StockBand =
    available === 0
      ? 'out'
      : below(weeksOfSupply, s.wosLowWeeks)
        ? 'low'
        : atMost(weeksOfSupply, s.wosExcessWeeks)
          ? 'healthy'
          : 'excess';
  const through = (window: number) => {
    const sold = window === 30 && demand.from === 'monthly' ? demand.perDay * 30 : unitsOver(demand, window);
    return sold !== undefined && sold + available > 0 ? sold / (sold + available) : undefined;
  };
  const st30 = through(30);
  const st90 = through(90);
  const price = unitPrice(readings);
  const age = ageOf(stockRec);
  return {
    available,
    inbound,
    perDay,
    method: f.method,
    historyDays: demand.historyDays,
    dailyDays: f.run.length,
    needDays: s.forecastMinDays,
    leadDemand: f.lead,
    safety,
    safetyFrom: fromVariability ? 'variability' : 'days',
    reorderPoint,
    orderUpTo,
    reorder,
    daysOfCover,
    weeksOfSupply,
    band,
    ...(st30 !== undefined ? { sellThrough30: st30 } : {}),
    ...(st90 !== undefined ? { sellThrough90: st90 } : {}),
    excessUnits: band === 'excess' ? Math.max(0, available - ceilish(s.wosExcessWeeks * 7 * perDay)) : 0,
    ...(price !== undefined ? { price } : {}),
    margin: stockRec.platform === 'amazon' ? s.breakEvenAcos : 1 / Math.max(1, s.breakEvenRoi),
    ...(age !== undefined ? { ageDays: age } : {}),
  };
}

/** Days from the plan's stock reading to a date, for "stock-out on …". */
export const daysFrom = (from: string, to: string) => daysBetween(from.slice(0, 10), to.slice(0, 10));
