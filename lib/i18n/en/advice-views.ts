import type { Fmt } from '../fmt';

// Stock advice sentences (lib/advice/stock.ts), part of the advice catalogue (./advice.ts), and the text of the
// dashboard's stock view (components/StockView.tsx), part of the dashboard catalogue (./index.ts). Every unit
// figure a sentence adds up comes whole from the rule, so "300 + 140 = 440" adds up as printed.

type Basis = {
  method: 'holtWinters' | 'average' | 'monthly';
  historyDays: number;
  dailyDays: number;
  needDays: number;
};
export type StockNumbers = Basis & {
  name: string;
  available: number;
  /** `YYYY-MM-DD` the stock was read, when an earlier reading than the one advised on. */
  stockReadOn?: string;
  inbound: number;
  perDay: number;
  leadTimeDays: number;
  leadDemand: number;
  safety: number;
  safetyFrom: 'variability' | 'days';
  z?: number;
  sigma?: number;
  serviceLevel: number;
  safetyStockDays: number;
  reorderPoint: number;
  daysOfCover: number;
};

/** "1,678 available", with the day it was read when that is not the reading advised on. */
const availableText = (p: { available: number; stockReadOn?: string }, f: Fmt) =>
  `${f.count(p.available)} available${p.stockReadOn ? ` (read ${p.stockReadOn})` : ''}`;

const units = (n: number, f: Fmt) => f.plural(n, { one: '# unit', other: '# units' }, 0);
const days = (n: number, f: Fmt) => f.plural(n, { one: '# day', other: '# days' }, 0);
const perDay = (n: number, f: Fmt) => f.plural(n, { one: '# unit a day', other: '# units a day' }, 1);

/** Where the rate comes from, and when there is too little to forecast, that it is an average. */
export const enBasis = (p: Basis, f: Fmt) =>
  p.method === 'holtWinters'
    ? `Holt-Winters forecast, trend and weekly seasonality, from ${days(p.dailyDays, f)} of daily sales`
    : p.method === 'monthly'
      ? `千牛 30日销量 ÷ 30: no daily sales to forecast from`
      : `average of ${days(p.historyDays, f)}: too little to forecast, which needs ${days(p.needDays, f)} of daily sales`;

const safetyBasis = (p: StockNumbers, f: Fmt) =>
  p.safetyFrom === 'variability' && p.z !== undefined && p.sigma !== undefined
    ? `z ${f.fixed(p.z, 2)} for a ${f.pct(p.serviceLevel)} service level × ${perDay(p.sigma, f)} of spread × √${f.count(p.leadTimeDays)}`
    : `${days(p.safetyStockDays, f)} of sales, no day-to-day spread measured`;

const point = (p: StockNumbers, f: Fmt) =>
  `the reorder point of ${f.count(p.reorderPoint)} (${f.count(p.leadDemand)} to sell in a lead time of ${days(p.leadTimeDays, f)} + ${f.count(p.safety)} safety stock: ${safetyBasis(p, f)})`;

const lasts = (p: StockNumbers, f: Fmt) =>
  `At ${perDay(p.perDay, f)} (${enBasis(p, f)}) the stock lasts ${days(Math.floor(p.daysOfCover), f)}${p.daysOfCover < p.leadTimeDays ? ', less than the lead time' : ''}`;

type Clearance = Basis & {
  name: string;
  currency?: string;
  available: number;
  stockReadOn?: string;
  perDay: number;
  weeksOfSupply: number;
  wosLowWeeks: number;
  wosExcessWeeks: number;
  clearanceRemovalWeeks: number;
  sellThrough30?: number;
  sold30?: number;
  sellThrough90?: number;
  ageDays?: number;
  excessUnits: number;
  tiedUp?: number;
  price?: number;
  newPrice?: number;
  priceStep: number;
  step: 'priceStep' | 'removal' | 'clearanceActivity';
};

const supply = (p: Clearance, f: Fmt) =>
  Number.isFinite(p.weeksOfSupply)
    ? `${f.fixed(p.weeksOfSupply, 1, p.wosExcessWeeks)} weeks of supply`
    : 'no end of supply';

const through = (p: Clearance, f: Fmt) =>
  [
    p.sellThrough30 !== undefined && p.sold30 !== undefined
      ? `sell-through ${f.pct(p.sellThrough30)} over 30 days (${units(p.sold30, f)} sold)`
      : '',
    p.sellThrough90 !== undefined ? `${f.pct(p.sellThrough90)} over 90 days` : '',
    p.ageDays !== undefined ? `listed ${days(Math.floor(p.ageDays), f)} ago` : '',
  ]
    .filter(Boolean)
    .join(', ');

const clearanceStep = (p: Clearance, f: Fmt) => {
  const over = `over ${f.count(p.clearanceRemovalWeeks)} weeks of supply`;
  if (p.step === 'removal')
    return `${over}: create a removal or liquidation order for them before FBA's aged-inventory surcharge`;
  if (p.step === 'clearanceActivity') return `${over}: put them in a 清仓 (clearance) activity`;
  const price =
    p.price !== undefined && p.newPrice !== undefined
      ? ` from ${f.money(p.price, p.currency)} to ${f.money(p.newPrice, p.currency)}`
      : '';
  return `lower the price ${f.pct(p.priceStep)}${price} and push it with ads`;
};

/** The stock advice sentences (spread into the advice catalogue by ./advice.ts). */
export const enAdviceViews = {
  stockReorderPlan: (
    p: StockNumbers & {
      reorder: number;
      orderUpTo: number;
      cycleDemand: number;
      orderCycleDays: number;
      minOrderQty: number;
      casePack: number;
    },
    f: Fmt,
  ) => {
    const stock = p.inbound
      ? `${availableText(p, f)} + ${f.count(p.inbound)} inbound = ${f.count(p.available + p.inbound)}`
      : availableText(p, f);
    const rules = [
      `up to ${f.count(p.orderUpTo)} = ${f.count(p.cycleDemand)} to sell in ${days(p.leadTimeDays + p.orderCycleDays, f)} + ${f.count(p.safety)} safety stock`,
      ...(p.minOrderQty > 0 ? [`minimum order ${f.count(p.minOrderQty)}`] : []),
      ...(p.casePack > 1 ? [`cases of ${f.count(p.casePack)}`] : []),
    ];
    return `“${p.name}”: ${stock}, at or under ${point(p, f)}. ${lasts(p, f)}: reorder ${units(p.reorder, f)} (${rules.join('; ')}).`;
  },
  stockInboundPlan: (p: StockNumbers, f: Fmt) =>
    `“${p.name}”: ${availableText(p, f)} is at or under ${point(p, f)}, but with ${f.count(p.inbound)} inbound the stock (${f.count(p.available + p.inbound)}) is above it. ${lasts(p, f)}: make sure the inbound units check in on time; no reorder yet.`,
  stockClearance: (p: Clearance, f: Fmt) => {
    const rate =
      p.perDay > 0
        ? `at ${perDay(p.perDay, f)} (${enBasis(p, f)})`
        : `with no sale in ${days(p.historyDays, f)}`;
    const facts = through(p, f);
    const money =
      p.tiedUp !== undefined ? ` tie up ${f.money(p.tiedUp, p.currency)} at price` : ' are excess';
    return `“${p.name}”: ${availableText(p, f)} ${rate} = ${supply(p, f)}, over ${f.count(p.wosExcessWeeks)}: excess (Teikametrics: under ${f.count(p.wosLowWeeks)} weeks low, ${f.count(p.wosLowWeeks)}–${f.count(p.wosExcessWeeks)} healthy)${facts ? `; ${facts}` : ''}. The ${units(p.excessUnits, f)} beyond ${f.count(p.wosExcessWeeks)} weeks${money}: ${clearanceStep(p, f)}.`;
  },
};

/** The stock view's text (dashboard only). */
export const enStockView = {
  navStock: 'Stock',
  stockTitle: 'Stock: reorders and slow movers',
  stockIntro:
    'Items whose stock OpsLens has read (Seller Central inventory, 千牛 出售中的宝贝), judged on the sales it holds for them: what to reorder now and what does not move. The numbers are those of each item’s latest stock reading.',
  stockEmpty:
    'Nothing to reorder or clear. Stock is judged when OpsLens has read it (Manage Inventory in Seller Central with a Business Report for sales, or 千牛 出售中的宝贝 with 库存 and 30日销量) and holds a week of sales.',
  stockReorderNow: 'Reorder now',
  stockSlowMovers: 'Slow movers',
  stockNothing: 'None.',
  stockColItem: 'Item',
  stockColAvailable: 'Available',
  stockColInbound: 'Inbound',
  stockColPerDay: 'Units / day',
  stockColCover: 'Weeks of supply',
  stockColSellThrough: 'Sell-through 30 / 90 d',
  stockColReorderPoint: 'Reorder point',
  stockColReorder: 'Reorder',
  stockColTiedUp: 'Excess at price',
  stockColStep: 'Step',
  stockColWhy: 'Why',
  stockStep_priceStep: 'price step + ads',
  stockStep_removal: 'removal / liquidation',
  stockStep_clearanceActivity: '清仓 activity',
  stockStep_reorder: 'reorder',
  stockStep_watchInbound: 'watch inbound',
  stockForecastLegend: 'forecast (units / day)',
  stockForecastBand: ({ level }: { level: number }, f: Fmt) =>
    `forecast band (${f.pct(level)} service level)`,
};
