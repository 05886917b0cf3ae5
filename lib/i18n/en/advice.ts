import type { PoolLevel } from '../../advice/pool';
import type { Fmt } from '../fmt';
import type { Messages } from '../types';
import { enAdviceAds, type Gate, judgedOver, oneX, POOL, points } from './advice-ads';
import { enAdviceViews } from './advice-views';

// Advice sentences. A rule returns `{ id, params }` (lib/advice/types.ts): the numbers it used, raw; the
// sentence formats them (money in its currency, percentages, rounding) and shows a number that is compared
// with a threshold at a precision where the two differ (Fmt's `ref`). Plural forms by Intl.PluralRules.

type Money = { currency?: string };
type Name = { name: string };

const clicks = (n: number, f: Fmt) => f.plural(n, { one: '# click', other: '# clicks' });
const orders = (n: number, f: Fmt) => f.plural(n, { one: '# order', other: '# orders' });
const days = (n: number, f: Fmt) => f.plural(n, { one: '# day', other: '# days' });
const perDay = (n: number, f: Fmt) => f.plural(n, { one: '# unit', other: '# units' }, 1);

export type StockParams = {
  available: number;
  unitsPerDay: number;
  historyDays: number;
  daysOfCover: number;
  leadTimeDays: number;
  safetyStockDays: number;
  inbound: number;
};
/** Days of cover are shown rounded down: never at or above the lead time + safety stock they are under. */
const stockFacts = (p: StockParams, f: Fmt) =>
  `${f.count(p.available)} available at ${perDay(p.unitsPerDay, f)}/day (${days(p.historyDays, f)} of history) = ${days(Math.floor(p.daysOfCover), f)} of cover, under lead time ${f.count(p.leadTimeDays)} + safety ${days(p.safetyStockDays, f)}`;

type Lifecycle = Name & { perDay: number };
const lifecycle = (name: string, stage: string, facts: string, todo: string) =>
  `“${name}” lifecycle: ${stage} (${facts}; our thresholds, Alimama publishes none): ${todo}.`;

const WHAT = { keyword: 'keyword', adGroup: 'ad group', plan: 'plan' } as const;

export const enAdvice = {
  pauseNoOrders: (
    p: Money & {
      clicks: number;
      factor: number;
      pauseClicks: number;
      conversion: number;
      pool: PoolLevel;
      spend: number;
    },
    f: Fmt,
  ) =>
    `${clicks(p.clicks, f)} and no order (${f.num(p.factor)}X = ${clicks(p.pauseClicks, f)} at ${POOL[p.pool]} ${f.pct(p.conversion)} conversion): pause it; it spent ${f.money(p.spend, p.currency)}.`,
  bidWait: (p: Gate & { clicks: number; acos: number }, f: Fmt) =>
    `Not enough data: ${f.count(p.clicks)} of ${clicks(p.minClicks, f)} (${oneX(p, f)}) before judging ACoS ${f.pct(p.acos)}.`,
  bidLower: (
    p: Money &
      Gate & {
        acos: number;
        clicks: number;
        target: number;
        band: number;
        bid: number;
        suggested: number;
        cpc: number;
      },
    f: Fmt,
  ) => {
    const acos = f.pct(p.acos, p.target + p.band);
    return `ACoS ${acos} ${judgedOver(p.clicks, p, f)} is above target ${f.pct(p.target)} ${points(p.band, f)}: lower bid from ${f.money(p.bid, p.currency)} to ${f.money(p.suggested, p.currency)} (CPC ${f.money(p.cpc, p.currency)} × ${f.pct(p.target)} / ${acos}).`;
  },
  bidRaise: (
    p: Money &
      Gate & {
        acos: number;
        clicks: number;
        target: number;
        band: number;
        bid: number;
        suggested: number;
        maxRaise: number;
      },
    f: Fmt,
  ) =>
    `ACoS ${f.pct(p.acos, p.target - p.band)} ${judgedOver(p.clicks, p, f)} is under target ${f.pct(p.target)} ${points(p.band, f)}: raise bid from ${f.money(p.bid, p.currency)} to ${f.money(p.suggested, p.currency)} (at most +${f.pct(p.maxRaise)}) to win more traffic.`,
  negativeExact: (p: Name & Money & { clicks: number; negativeClicks: number; wasted?: number }, f: Fmt) =>
    `“${p.name}”: ${clicks(p.clicks, f)}, 0 orders (threshold ${clicks(p.negativeClicks, f)}): add as negative exact${p.wasted !== undefined ? `; it wasted ${f.money(p.wasted, p.currency)}` : ''}.`,
  harvestExact: (p: Name & { orders: number; acos: number; target: number; harvestOrders: number }, f: Fmt) =>
    `“${p.name}”: ${orders(p.orders, f)} at ACoS ${f.pct(p.acos, p.target)} (target ${f.pct(p.target)}, at least ${orders(p.harvestOrders, f)}): add as an exact keyword.`,
  breakEvenLoss: (
    p: Money & { acos: number; breakEvenAcos: number; spend: number; sales: number; loss: number },
    f: Fmt,
  ) =>
    `ACoS ${f.pct(p.acos, p.breakEvenAcos)} is above break-even ${f.pct(p.breakEvenAcos)}: spend ${f.money(p.spend, p.currency)} on sales ${f.money(p.sales, p.currency)} lost ${f.money(p.loss, p.currency)} over the period.`,
  conversionDrop: (
    p: {
      before: number;
      beforeOrders: number;
      beforeTraffic: number;
      after: number;
      afterOrders: number;
      afterTraffic: number;
      pValue: number;
      alpha: number;
    },
    f: Fmt,
  ) =>
    `Conversion fell from ${f.pct(p.before)} (${f.count(p.beforeOrders)}/${f.count(p.beforeTraffic)}) to ${f.pct(p.after, p.before)} (${f.count(p.afterOrders)}/${f.count(p.afterTraffic)}), ${f.p(p.pValue, p.alpha)}, significant at ${f.num(p.alpha, 4)}: check price, reviews, images and stock.`,
  buyBoxLow: (p: { buyBoxPct: number; buyBoxMin: number }, f: Fmt) =>
    `Buy Box ${f.pct(p.buyBoxPct, p.buyBoxMin)} is under ${f.pct(p.buyBoxMin)}: check your price against other offers and your stock.`,
  stockReorder: (p: StockParams & { reorder: number }, f: Fmt) =>
    `${stockFacts(p, f)}: reorder ${f.plural(p.reorder, { one: '# unit', other: '# units' })}${p.inbound ? ` (${f.count(p.inbound)} inbound counted)` : ''}.`,
  stockInbound: (p: StockParams, f: Fmt) =>
    `${stockFacts(p, f)}: the ${f.count(p.inbound)} inbound cover it: make sure they check in on time.`,
  roiWait: (p: Gate & { clicks: number; roi: number; breakEvenRoi: number }, f: Fmt) =>
    `Not enough data: ${f.count(p.clicks)} of ${clicks(p.minClicks, f)} (${oneX(p, f)}) before judging ROI ${f.fixed(p.roi, 2, p.breakEvenRoi)} against break-even ${f.fixed(p.breakEvenRoi, 2)}.`,
  roiLowerBid: (
    p: Name &
      Money &
      Gate & {
        roi: number;
        clicks: number;
        breakEvenRoi: number;
        bid: number;
        suggested: number;
        cpc: number;
        targetRoi: number;
      },
    f: Fmt,
  ) => {
    const roi = f.fixed(p.roi, 2, p.breakEvenRoi);
    return `“${p.name}” ROI ${roi} ${judgedOver(p.clicks, p, f)} is under break-even ${f.fixed(p.breakEvenRoi, 2)}: lower the bid from ${f.money(p.bid, p.currency)} to ${f.money(p.suggested, p.currency)} (PPC ${f.money(p.cpc, p.currency)} × ${roi} / target ROI ${f.fixed(p.targetRoi, 2)}).`;
  },
  roiCutLoss: (
    p: Name &
      Money & {
        roi: number;
        breakEvenRoi: number;
        spend: number;
        sales: number;
        loss: number;
        targetRoi: number;
      },
    f: Fmt,
  ) =>
    `“${p.name}” ROI ${f.fixed(p.roi, 2, p.breakEvenRoi)} is under break-even ${f.fixed(p.breakEvenRoi, 2)}: spend ${f.money(p.spend, p.currency)} on sales ${f.money(p.sales, p.currency)} lost ${f.money(p.loss, p.currency)} over the period. Lower bids or budget, or raise the target ROI to ${f.fixed(p.targetRoi, 2)}.`,
  noSalesPause: (
    p: Name &
      Money & {
        spend: number;
        clicks: number;
        factor: number;
        pauseClicks: number;
        conversion: number;
        pool: PoolLevel;
        what: keyof typeof WHAT;
      },
    f: Fmt,
  ) =>
    `“${p.name}” spent ${f.money(p.spend, p.currency)} on ${clicks(p.clicks, f)} without a sale (${f.num(p.factor)}X = ${clicks(p.pauseClicks, f)} at ${POOL[p.pool]} ${f.pct(p.conversion)} conversion): pause this ${WHAT[p.what]}.`,
  qualityLow: (p: Name & { mobile?: number; pc?: number; minQualityScore: number }, f: Fmt) => {
    const scores = [
      ...(p.mobile !== undefined ? [`${f.num(p.mobile, 1)} (mobile)`] : []),
      ...(p.pc !== undefined ? [`${f.num(p.pc, 1)} (PC)`] : []),
    ];
    return `“${p.name}” quality score ${scores.join(' / ')} is under ${f.num(p.minQualityScore, 1)}: improve the creative image and title, and the keyword's relevance to the item's title, category and attributes.`;
  },
  ctrLow: (
    p: Name & {
      ctr: number;
      clicks: number;
      impressions: number;
      groupCtr: number;
      ctrLowRatio: number;
      pValue: number;
      alpha: number;
    },
    f: Fmt,
  ) =>
    `“${p.name}” CTR ${f.pct(p.ctr)} (${f.count(p.clicks)}/${f.count(p.impressions)}) is under ${f.pct(p.ctrLowRatio)} of the rest of its group's ${f.pct(p.groupCtr)} (${f.p(p.pValue, p.alpha)}): change the main image and creative title, check rank and audience.`,
  cartNoPay: (
    p: Name & {
      cartRate: number;
      shopCartRate: number;
      conversion: number;
      shopConversion: number;
      cartNoPayRatio: number;
      visitors: number;
      pValue: number;
      alpha: number;
    },
    f: Fmt,
  ) =>
    `“${p.name}” add-to-cart rate ${f.pct(p.cartRate)} is at least the rest of the shop's ${f.pct(p.shopCartRate)}, but payment conversion ${f.pct(p.conversion)} is under ${f.pct(p.cartNoPayRatio)} of its ${f.pct(p.shopConversion)} (${f.plural(p.visitors, { one: '# visitor', other: '# visitors' })}, ${f.p(p.pValue, p.alpha)}, significant at ${f.num(p.alpha, 4)}): buyers want it and do not pay. Check price, coupons and the detail page.`,
  visitorsFalling: (
    p: Name & { falls: number; days: number; series: number[]; fall: number; visitorsFallMin: number },
    f: Fmt,
  ) =>
    `“${p.name}” visitors fell ${f.plural(p.falls, { one: 'once', other: '# times in a row' })} (${f.count(p.days)}-day periods): ${p.series.map(f.count).join(' → ')}, -${f.pct(p.fall, p.visitorsFallMin)} in all (a fall of ${f.pct(p.visitorsFallMin)} or more counts): check search rank, main-image CTR, ad plans and competitors' prices.`,
  lifecycleNew: (p: Name & { ageDays: number; lifecycleNewDays: number }, f: Fmt) =>
    lifecycle(
      p.name,
      'new',
      `listed ${days(Math.floor(p.ageDays), f)} ago, new for ≤ ${days(p.lifecycleNewDays, f)}`,
      'test images and keywords, build first sales and reviews',
    ),
  lifecycleHot: (p: Lifecycle & { rank: number; peers: number; lifecycleHotShare: number }, f: Fmt) =>
    lifecycle(
      p.name,
      'hot seller',
      `${perDay(p.perDay, f)} a day, #${f.count(p.rank)} of ${f.count(p.peers)} in the shop, top ${f.pct(p.lifecycleHotShare)} are hot`,
      'keep stock, hold price and ratings, defend core keywords',
    ),
  lifecyclePotential: (p: Lifecycle & { trend: number; lifecycleGrowth: number }, f: Fmt) =>
    lifecycle(
      p.name,
      'potential',
      `${perDay(p.perDay, f)} a day, +${f.pct(p.trend, p.lifecycleGrowth)} on before, growth ≥ ${f.pct(p.lifecycleGrowth)} is potential`,
      'raise ad budget, improve main image and detail page',
    ),
  lifecycleTail: (
    p: Lifecycle & {
      trend: number;
      rank: number;
      peers: number;
      lifecycleDecline: number;
      lifecycleTailShare: number;
    },
    f: Fmt,
  ) =>
    lifecycle(
      p.name,
      'tail stock',
      `${perDay(p.perDay, f)} a day, -${f.pct(-p.trend, p.lifecycleDecline)} on before (a fall of ${f.pct(p.lifecycleDecline)} or more), #${f.count(p.rank)} of ${f.count(p.peers)} (bottom ${f.pct(p.lifecycleTailShare)})`,
      'clear stock, cut ad spend, consider bundles or promotions',
    ),
  ...enAdviceAds,
  ...enAdviceViews,
} satisfies Messages;
