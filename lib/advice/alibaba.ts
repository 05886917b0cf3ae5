import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { oneXClicks } from './ads';
import { conversionAdvice } from './listing';
import { twoProportionTest } from './stats';
import { type Advice, adviceId } from './types';
import { count, money, pct, ratio } from './words';

// Advice for Tmall/Taobao pages (issue 4), Chinese first. 直通车/万相台 keywords and plans: ROI under
// break-even, spend without 成交, low 质量分, CTR far under the group's. 生意参谋 items: conversion drop,
// 加购 without 支付, visitors falling, lifecycle stage. Pure: the page's records, their history and the
// settings come in; advice goes out.

type Rec = SnapshotRecord;
type History = (r: Rec) => Rec[];
type SettingsFor = (r: Rec) => AdviceSettings;

const DAY_MS = 86_400_000;
// Paused, deleted or ended keywords and plans get no advice: nothing they do is spending now.
const INACTIVE = /暂停|删除|结束|下线|下架/;
const active = (r: Rec) => !INACTIVE.test(r.attrs.status ?? '');

// 直通车 and 万相台 print `-` for zero as well as for no data; the adapters say which cells did (attrs.dashed).
// Within a row that shows clicks or spend, a dashed count is a zero.
const dashed = (r: Rec, name: string) => (r.attrs.dashed ?? '').split(',').includes(name);
const orZero = (r: Rec, name: string) => r.metrics[name] ?? (dashed(r, name) ? 0 : undefined);

const base = (rec: Rec) => ({
  ref: { kind: rec.kind, marketplace: rec.marketplace, key: rec.key },
  ...(rec.label ? { label: rec.label } : {}),
  ...(rec.currency ? { currency: rec.currency } : {}),
});
const name = (rec: Rec) => rec.label ?? rec.key;
const yuan = (v: number, rec: Rec) => money(v, rec.currency);

/** Target ROI: break-even ROI's ACoS (1 / ROI) less the target gap, turned back into a ROI. */
export const targetRoi = (s: AdviceSettings) => 1 / Math.max(0.01, 1 / s.breakEvenRoi - s.targetAcosGap);

/** The group a keyword or plan is compared with: its ad group, its plan (直通车 units), its scene (万相台). */
export const adGroupOf = (r: Rec) =>
  `${r.source}|${r.kind === 'keyword' ? (r.attrs.adGroupId ?? '') : (r.attrs.scene ?? r.attrs.campaignId ?? '')}`;

/** Orders per click pooled over a group, dashes read as zero; undefined without a click. */
export function pooledClickConversion(group: Rec[]): number | undefined {
  let orders = 0;
  let clicks = 0;
  for (const r of group) {
    const o = orZero(r, 'orders');
    if (r.metrics.clicks === undefined || o === undefined) continue;
    orders += o;
    clicks += r.metrics.clicks;
  }
  return clicks > 0 && orders > 0 ? orders / clicks : undefined;
}

/**
 * ROI (投入产出比 / 实际投产比) under break-even after enough clicks (1X at the group's conversion, Sellics).
 * A keyword's 出价 goes to PPC x ROI / target ROI (Advigator's CPC x target ACoS / ACoS, in ROI terms);
 * a plan is told what it lost: spend - sales / break-even ROI.
 */
export function roiAdvice(rec: Rec, s: AdviceSettings, conversion: number): Advice | null {
  const m = rec.metrics;
  const roi = m.roas ?? (m.spend && m.sales !== undefined ? m.sales / m.spend : undefined);
  if (!active(rec) || roi === undefined || roi <= 0 || roi >= s.breakEvenRoi || m.clicks === undefined)
    return null;
  const need = Math.ceil(oneXClicks(conversion) * s.bidClicksFactor);
  const target = targetRoi(s);
  const thresholds = { breakEvenRoi: s.breakEvenRoi, targetRoi: target, minClicks: need };
  if (m.clicks < need)
    return {
      id: adviceId('roi', rec),
      rule: 'roi',
      action: 'wait',
      severity: 'info',
      ...base(rec),
      used: { roas: roi, clicks: m.clicks, conversion },
      thresholds,
      text: {
        zh: `数据不足：${count(m.clicks)} / ${need} 次点击（按转化率 ${pct(conversion)} 的 1X），暂不判断投产比 ${ratio(roi)}。`,
        en: `Not enough data: ${count(m.clicks)} of ${need} clicks (1X at ${pct(conversion)} conversion) before judging ROI ${ratio(roi)}.`,
      },
    };
  if (rec.kind === 'keyword') {
    if (m.cpc === undefined) return null;
    const current = m.bid ?? m.cpc;
    const bid = Math.floor(Math.min((m.cpc * roi) / target, m.cpc, current) * 100) / 100;
    const [from, to, cpc] = [yuan(current, rec), yuan(bid, rec), yuan(m.cpc, rec)];
    return {
      id: adviceId('roi', rec),
      rule: 'roi',
      action: 'lowerBid',
      severity: 'high',
      ...base(rec),
      used: { roas: roi, clicks: m.clicks, cpc: m.cpc, bid: current },
      thresholds,
      suggested: { bid, ...(m.bidPc !== undefined && m.bidPc > bid ? { bidPc: bid } : {}) },
      text: {
        zh: `“${name(rec)}”投入产出比 ${ratio(roi)}（${count(m.clicks)} 次点击）低于保本 ${ratio(s.breakEvenRoi)}：出价从 ${from.zh} 降至 ${to.zh}（PPC ${cpc.zh} × ${ratio(roi)} / 目标投产比 ${ratio(target)}）。`,
        en: `“${name(rec)}” ROI ${ratio(roi)} over ${count(m.clicks)} clicks is under break-even ${ratio(s.breakEvenRoi)}: lower the bid from ${from.en} to ${to.en} (PPC ${cpc.en} × ${ratio(roi)} / target ROI ${ratio(target)}).`,
      },
    };
  }
  if (m.spend === undefined || m.sales === undefined) return null;
  const loss = Math.round((m.spend - m.sales / s.breakEvenRoi) * 100) / 100;
  const [spend, sales, lost] = [yuan(m.spend, rec), yuan(m.sales, rec), yuan(loss, rec)];
  return {
    id: adviceId('roi', rec),
    rule: 'roi',
    action: 'cutLoss',
    severity: 'high',
    ...base(rec),
    used: { roas: roi, clicks: m.clicks, spend: m.spend, sales: m.sales },
    thresholds,
    suggested: { loss },
    text: {
      zh: `“${name(rec)}”投产比 ${ratio(roi)} 低于保本 ${ratio(s.breakEvenRoi)}：花费 ${spend.zh}、成交 ${sales.zh}，本期亏损 ${lost.zh}。请降低出价或预算，或把目标投产比提高到 ${ratio(target)}。`,
      en: `“${name(rec)}” ROI ${ratio(roi)} is under break-even ${ratio(s.breakEvenRoi)}: spend ${spend.en} on sales ${sales.en} lost ${lost.en} over the period. Lower bids or budget, or raise the target ROI to ${ratio(target)}.`,
    },
  };
}

/** Spend and 1.5X clicks (at the group's conversion) without one 成交: pause (Sellics' manual-keyword rule). */
export function noSalesAdvice(rec: Rec, s: AdviceSettings, conversion: number): Advice | null {
  const m = rec.metrics;
  const orders = orZero(rec, 'orders');
  const none = orders === 0 || (orders === undefined && orZero(rec, 'sales') === 0);
  if (!active(rec) || !none || m.clicks === undefined || m.spend === undefined) return null;
  const pauseAt = Math.ceil(oneXClicks(conversion) * s.pauseClicksFactor);
  if (m.clicks < pauseAt) return null;
  const spend = yuan(m.spend, rec);
  const what =
    rec.kind === 'keyword'
      ? { zh: '关键词', en: 'keyword' }
      : rec.attrs.adGroupId
        ? { zh: '推广单元', en: 'ad group' }
        : { zh: '计划', en: 'plan' };
  return {
    id: adviceId('noSales', rec),
    rule: 'noSales',
    action: 'pause',
    severity: 'high',
    ...base(rec),
    used: { clicks: m.clicks, orders: 0, spend: m.spend, conversion },
    thresholds: { pauseClicks: pauseAt },
    text: {
      zh: `“${name(rec)}”花费 ${spend.zh}、${count(m.clicks)} 次点击无成交（1.5X = ${pauseAt} 次点击，按转化率 ${pct(conversion)}）：建议暂停该${what.zh}。`,
      en: `“${name(rec)}” spent ${spend.en} on ${count(m.clicks)} clicks without a sale (1.5X = ${pauseAt} clicks at ${pct(conversion)} conversion): pause this ${what.en}.`,
    },
  };
}

/** 质量分 (mobile or PC) under the minimum: creative and relevance, not bid, are what lift it. */
export function qualityAdvice(rec: Rec, s: AdviceSettings): Advice | null {
  const scores: [string, string, number | undefined][] = [
    ['移动', 'mobile', rec.metrics.qualityScore],
    ['PC', 'PC', rec.metrics.qualityScorePc],
  ];
  const shown = scores.filter((x): x is [string, string, number] => x[2] !== undefined);
  const lowest = Math.min(...shown.map((x) => x[2]));
  if (!active(rec) || !shown.length || lowest >= s.minQualityScore) return null;
  return {
    id: adviceId('quality', rec),
    rule: 'quality',
    action: 'improveRelevance',
    severity: lowest <= 3 ? 'high' : 'medium',
    ...base(rec),
    used: Object.fromEntries(shown.map(([, en, v]) => [en === 'PC' ? 'qualityScorePc' : 'qualityScore', v])),
    thresholds: { minQualityScore: s.minQualityScore },
    text: {
      zh: `“${name(rec)}”质量分 ${shown.map(([zh, , v]) => `${v}（${zh}）`).join(' / ')} 低于 ${s.minQualityScore}：优化创意图片和标题，提高关键词与宝贝标题、类目、属性的相关性。`,
      en: `“${name(rec)}” quality score ${shown.map(([, en, v]) => `${v} (${en})`).join(' / ')} is under ${s.minQualityScore}: improve the creative image and title, and the keyword's relevance to the item's title, category and attributes.`,
    },
  };
}

/** CTR under a share of the rest of its group's, and significantly so (two-proportion test): new creative. */
export function ctrAdvice(rec: Rec, group: Rec[], s: AdviceSettings): Advice | null {
  const impressions = rec.metrics.impressions;
  const clicks = orZero(rec, 'clicks');
  if (!active(rec) || !impressions || clicks === undefined) return null;
  let restClicks = 0;
  let restImpressions = 0;
  for (const r of group) {
    const c = orZero(r, 'clicks');
    if (r === rec || !r.metrics.impressions || c === undefined) continue;
    restClicks += c;
    restImpressions += r.metrics.impressions;
  }
  const test = twoProportionTest(restClicks, restImpressions, clicks, impressions);
  if (!test || test.p2 >= s.ctrLowRatio * test.p1 || test.pValue >= s.conversionAlpha) return null;
  const p = test.pValue < 0.001 ? '< 0.001' : `= ${test.pValue.toFixed(3)}`;
  return {
    id: adviceId('ctr', rec),
    rule: 'ctr',
    action: 'improveCreative',
    severity: 'medium',
    ...base(rec),
    used: { ctr: test.p2, groupCtr: test.p1, impressions, clicks, pValue: test.pValue },
    thresholds: { ctrLowRatio: s.ctrLowRatio, alpha: s.conversionAlpha },
    text: {
      zh: `“${name(rec)}”点击率 ${pct(test.p2)}（${count(clicks)}/${count(impressions)}）不到同组其余 ${pct(test.p1)} 的 ${pct(s.ctrLowRatio)}（p ${p}）：更换主图与创意标题，检查排名与人群。`,
      en: `“${name(rec)}” CTR ${pct(test.p2)} (${count(clicks)}/${count(impressions)}) is under ${pct(s.ctrLowRatio)} of the rest of its group's ${pct(test.p1)} (p ${p}): change the main image and creative title, check rank and audience.`,
    },
  };
}

// ---- 生意参谋 / 千牛 items ------------------------------------------------------------------------------

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
  if (v === 0 || addToCart / visitors < c / v) return null;
  const test = twoProportionTest(o, v, orders, visitors);
  if (!test || test.p2 >= s.cartNoPayRatio * test.p1 || test.pValue >= s.conversionAlpha) return null;
  const [cart, shopCart] = [addToCart / visitors, c / v];
  return {
    id: adviceId('cartNoPay', rec),
    rule: 'cartNoPay',
    action: 'checkPriceCoupon',
    severity: 'medium',
    ...base(rec),
    used: {
      cartRate: cart,
      shopCartRate: shopCart,
      conversion: test.p2,
      shopConversion: test.p1,
      visitors,
      pValue: test.pValue,
    },
    thresholds: { cartNoPayRatio: s.cartNoPayRatio, alpha: s.conversionAlpha },
    text: {
      zh: `“${name(rec)}”加购率 ${pct(cart)} 不低于店铺其余商品的 ${pct(shopCart)}，支付转化率 ${pct(test.p2)} 却不到其 ${pct(test.p1)} 的 ${pct(s.cartNoPayRatio)}（${count(visitors)} 访客）：买家想买却没付款，检查价格、优惠券和详情页。`,
      en: `“${name(rec)}” add-to-cart rate ${pct(cart)} is at least the rest of the shop's ${pct(shopCart)}, but payment conversion ${pct(test.p2)} is under ${pct(s.cartNoPayRatio)} of its ${pct(test.p1)} (${count(visitors)} visitors): buyers want it and do not pay. Check price, coupons and the detail page.`,
    },
  };
}

/** 访客数 falling from each reading to the next, N times in a row, over periods of the same length. */
export function visitorsFallingAdvice(rec: Rec, earlier: Rec[], s: AdviceSettings): Advice | null {
  if (rec.metrics.visitors === undefined || !rec.period) return null;
  const days = periodDays(rec.period);
  const readings = perPeriod([...earlier.filter((r) => periodKey(r) !== periodKey(rec)), rec]).filter(
    (r) => r.period && periodDays(r.period) === days && r.metrics.visitors !== undefined,
  );
  const falls = s.visitorsFallingSnapshots;
  const last = readings.slice(-(falls + 1)).map((r) => r.metrics.visitors!);
  if (last.length < falls + 1 || readings.at(-1) !== rec) return null;
  if (!last.every((v, i) => i === 0 || v < last[i - 1]!)) return null;
  const fall = 1 - last.at(-1)! / last[0]!;
  if (fall < s.visitorsFallMin) return null;
  const series = last.map(count).join(' → ');
  return {
    id: adviceId('visitorsFalling', rec),
    rule: 'visitorsFalling',
    action: 'checkTraffic',
    severity: fall >= 0.3 ? 'high' : 'medium',
    ...base(rec),
    used: { visitors: rec.metrics.visitors, first: last[0]!, fall, readings: last.length },
    thresholds: { visitorsFallingSnapshots: falls, visitorsFallMin: s.visitorsFallMin },
    text: {
      zh: `“${name(rec)}”访客数连续 ${falls} 次下降（每期 ${days} 天）：${series}，累计 -${pct(fall)}：检查搜索排名、主图点击率、推广计划与竞品价格。`,
      en: `“${name(rec)}” visitors fell ${falls} times in a row (${days}-day periods): ${series}, -${pct(fall)} in all: check search rank, main-image CTR, ad plans and competitors' prices.`,
    },
  };
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

// Stages are labels, not warnings; never 'info', which the panels count as "needs more data".
type Stage = {
  zh: string;
  en: string;
  action: string;
  severity: Advice['severity'];
  todo: { zh: string; en: string };
};
const STAGES: Record<'new' | 'hot' | 'potential' | 'tail', Stage> = {
  new: {
    zh: '新品',
    en: 'new',
    action: 'nurtureNew',
    severity: 'low',
    todo: {
      zh: '测款测图，积累首批销量和评价',
      en: 'test images and keywords, build first sales and reviews',
    },
  },
  hot: {
    zh: '爆品',
    en: 'hot seller',
    action: 'protectHot',
    severity: 'low',
    todo: {
      zh: '保证库存，稳住价格和评分，守住核心关键词',
      en: 'keep stock, hold price and ratings, defend core keywords',
    },
  },
  potential: {
    zh: '潜力品',
    en: 'potential',
    action: 'investPotential',
    severity: 'low',
    todo: { zh: '加大推广预算，优化主图和详情页', en: 'raise ad budget, improve main image and detail page' },
  },
  tail: {
    zh: '尾货',
    en: 'tail stock',
    action: 'clearTail',
    severity: 'medium',
    todo: {
      zh: '清理库存，减少推广投入，考虑搭配或促销',
      en: 'clear stock, cut ad spend, consider bundles or promotions',
    },
  },
};

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
  const now = Date.parse(rec.capturedAt);
  const created = rec.attrs.createdAt
    ? Date.parse(`${rec.attrs.createdAt.replace(' ', 'T').slice(0, 16)}+08:00`)
    : NaN;
  const firstSeen = Math.min(now, ...earlier.map((r) => Date.parse(r.capturedAt)));
  const appearedLater =
    shop.watchingSince !== undefined && firstSeen - Date.parse(shop.watchingSince) >= DAY_MS;
  const age = Number.isFinite(created)
    ? (now - created) / DAY_MS
    : appearedLater
      ? (now - firstSeen) / DAY_MS
      : undefined;
  const before = perPeriod(earlier.filter((r) => periodKey(r) !== periodKey(rec)))
    .map(dailyUnits)
    .filter((x): x is number => x !== undefined);
  const mean = before.length ? before.reduce((a, b) => a + b, 0) / before.length : 0;
  const trend = mean > 0 ? rate / mean - 1 : undefined;
  const rates = shop.peers.map(dailyUnits).filter((x): x is number => x !== undefined);
  const ranked = rates.length >= s.lifecycleMinPeers;
  const rank = 1 + rates.filter((x) => x > rate).length;
  const share = rank / rates.length;

  let stage: keyof typeof STAGES | undefined;
  if (age !== undefined && age <= s.lifecycleNewDays) stage = 'new';
  else if (ranked && share <= s.lifecycleHotShare) stage = 'hot';
  else if (trend !== undefined && trend >= s.lifecycleGrowth) stage = 'potential';
  else if (trend !== undefined && trend <= -s.lifecycleDecline && ranked && share > 1 - s.lifecycleTailShare)
    stage = 'tail';
  if (!stage) return null;
  const st = STAGES[stage];
  const per = rate.toFixed(1);
  const facts = {
    new: {
      zh: `上架 ${Math.floor(age ?? 0)} 天，新品期 ≤ ${s.lifecycleNewDays} 天`,
      en: `listed ${Math.floor(age ?? 0)} days ago, new for ≤ ${s.lifecycleNewDays} days`,
    },
    hot: {
      zh: `日均 ${per} 件，店内第 ${rank}/${rates.length} 名，前 ${pct(s.lifecycleHotShare)} 为爆品`,
      en: `${per} units a day, #${rank} of ${rates.length} in the shop, top ${pct(s.lifecycleHotShare)} are hot`,
    },
    potential: {
      zh: `日均 ${per} 件，较此前 +${pct(trend ?? 0)}，增长 ≥ ${pct(s.lifecycleGrowth)} 为潜力品`,
      en: `${per} units a day, +${pct(trend ?? 0)} on before, growth ≥ ${pct(s.lifecycleGrowth)} is potential`,
    },
    tail: {
      zh: `日均 ${per} 件，较此前 -${pct(-(trend ?? 0))}，店内第 ${rank}/${rates.length} 名（后 ${pct(s.lifecycleTailShare)}）`,
      en: `${per} units a day, -${pct(-(trend ?? 0))} on before, #${rank} of ${rates.length} (bottom ${pct(s.lifecycleTailShare)})`,
    },
  }[stage];
  return {
    id: adviceId('lifecycle', rec),
    rule: 'lifecycle',
    action: st.action,
    severity: st.severity,
    ...base(rec),
    used: {
      dailyUnits: rate,
      ...(age !== undefined ? { ageDays: age } : {}),
      ...(trend !== undefined ? { trend } : {}),
      ...(ranked ? { rank, peers: rates.length } : {}),
    },
    thresholds: {
      lifecycleNewDays: s.lifecycleNewDays,
      lifecycleHotShare: s.lifecycleHotShare,
      lifecycleGrowth: s.lifecycleGrowth,
      lifecycleDecline: s.lifecycleDecline,
      lifecycleTailShare: s.lifecycleTailShare,
    },
    text: {
      zh: `“${name(rec)}”生命周期：${st.zh}（${facts.zh}；阈值为本工具设定，阿里妈妈未公布）：${st.todo.zh}。`,
      en: `“${name(rec)}” lifecycle: ${st.en} (${facts.en}; our thresholds, Alimama publishes none): ${st.todo.en}.`,
    },
  };
}

/** Every Tmall/Taobao rule over one page's records. */
export function adviseAlibaba(records: Rec[], history: History, settingsFor: SettingsFor): Advice[] {
  const out: Advice[] = [];
  const push = (a: Advice | null) => {
    if (a) out.push(a);
  };
  const groups = new Map<string, Rec[]>();
  for (const r of records.filter((x) => x.kind === 'keyword' || x.kind === 'campaign'))
    groups.set(adGroupOf(r), [...(groups.get(adGroupOf(r)) ?? []), r]);
  for (const group of groups.values()) {
    const conversion = pooledClickConversion(group);
    for (const rec of group) {
      const s = settingsFor(rec);
      const c = conversion ?? s.defaultConversionRate;
      push(roiAdvice(rec, s, c));
      push(noSalesAdvice(rec, s, c));
      push(qualityAdvice(rec, s));
      push(ctrAdvice(rec, group, s));
    }
  }
  const shops = new Map<string, Rec[]>();
  for (const r of records.filter((x) => x.kind === 'listing'))
    shops.set(`${r.source}|${r.marketplace}`, [...(shops.get(`${r.source}|${r.marketplace}`) ?? []), r]);
  for (const peers of shops.values()) {
    const seen = peers.flatMap((p) => history(p).map((h) => h.capturedAt)).sort();
    for (const rec of peers) {
      const s = settingsFor(rec);
      const earlier = history(rec);
      push(conversionAdvice(rec, earlier, s));
      push(cartNoPayAdvice(rec, peers, s));
      push(visitorsFallingAdvice(rec, earlier, s));
      push(lifecycleAdvice(rec, earlier, { peers, watchingSince: seen[0] }, s));
    }
  }
  return out;
}
