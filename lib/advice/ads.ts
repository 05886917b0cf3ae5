import type { SnapshotRecord } from '../model';
import { type AdviceSettings, targetAcos } from '../settings/advice-settings';
import { type Advice, adviceId } from './types';
import { count, money, pct } from './words';

/** ACoS from the row, or spend / sales when the page shows no ACoS column. Undefined without sales. */
export function acosOf(m: SnapshotRecord['metrics']): number | undefined {
  if (m.acos !== undefined) return m.acos;
  if (m.spend !== undefined && m.sales !== undefined && m.sales > 0) return m.spend / m.sales;
  return undefined;
}

/** Conversion per click: the row's own, or orders / clicks. */
export function clickConversion(m: SnapshotRecord['metrics']): number | undefined {
  if (m.orders !== undefined && m.clicks !== undefined && m.clicks > 0) return m.orders / m.clicks;
  return m.conversionRate;
}

/** "1X" clicks = 100 / conversion in percent (Sellics): how many clicks make one order likely. */
export function oneXClicks(conversion: number): number {
  return Math.ceil(1 / conversion - 1e-9);
}

const base = (rec: SnapshotRecord) => ({
  ref: { kind: rec.kind, marketplace: rec.marketplace, key: rec.key },
  ...(rec.label ? { label: rec.label } : {}),
  ...(rec.currency ? { currency: rec.currency } : {}),
});

/**
 * Bid advice for a keyword or target (ADVICE-SOURCES, Advertising): judge only after 1X clicks;
 * new bid = CPC x target ACoS / ACoS, never above the historical CPC when lowering, at most +20% when raising;
 * no order after 1.5X clicks: pause.
 */
export function bidAdvice(rec: SnapshotRecord, s: AdviceSettings, accountConversion?: number): Advice | null {
  const m = rec.metrics;
  if (m.clicks === undefined || m.cpc === undefined) return null;
  const target = targetAcos(s);
  const conversion = clickConversion(m) || accountConversion || s.defaultConversionRate;
  const need = Math.ceil(oneXClicks(conversion) * s.bidClicksFactor);
  const cur = rec.currency;
  if (!m.orders) {
    const pauseAt = Math.ceil(oneXClicks(accountConversion || s.defaultConversionRate) * s.pauseClicksFactor);
    if (m.clicks < pauseAt || m.orders === undefined) return null;
    const spend = m.spend ?? m.clicks * m.cpc;
    return {
      id: adviceId('pause', rec),
      rule: 'pause',
      action: 'pause',
      severity: 'high',
      ...base(rec),
      used: { clicks: m.clicks, orders: 0, spend },
      thresholds: { pauseClicks: pauseAt },
      text: {
        en: `${count(m.clicks)} clicks and no order (1.5X = ${pauseAt} clicks at ${pct(accountConversion || s.defaultConversionRate)} conversion): pause it; it spent ${money(spend, cur).en}.`,
        zh: `${count(m.clicks)} 次点击无成交（1.5X = ${pauseAt} 次点击，按转化率 ${pct(accountConversion || s.defaultConversionRate)}）：建议暂停，已花费 ${money(spend, cur).zh}。`,
      },
    };
  }
  const acos = acosOf(m);
  if (acos === undefined) return null;
  if (m.clicks < need) {
    return {
      id: adviceId('bid', rec),
      rule: 'bid',
      action: 'wait',
      severity: 'info',
      ...base(rec),
      used: { clicks: m.clicks, acos, conversion },
      thresholds: { minClicks: need },
      text: {
        en: `Not enough data: ${count(m.clicks)} of ${need} clicks (1X at ${pct(conversion)} conversion) before judging ACoS ${pct(acos)}.`,
        zh: `数据不足：${count(m.clicks)} / ${need} 次点击（按转化率 ${pct(conversion)} 的 1X），暂不判断 ACoS ${pct(acos)}。`,
      },
    };
  }
  const current = m.bid ?? m.cpc;
  if (acos > target + s.bidBand) {
    const suggested = Math.min(m.cpc * (target / acos), m.cpc, current);
    const bid = Math.floor(suggested * 100) / 100;
    return {
      id: adviceId('bid', rec),
      rule: 'bid',
      action: 'lowerBid',
      severity: acos > s.breakEvenAcos ? 'high' : 'medium',
      ...base(rec),
      used: { acos, clicks: m.clicks, cpc: m.cpc, bid: current },
      thresholds: { targetAcos: target, breakEvenAcos: s.breakEvenAcos, minClicks: need },
      suggested: { bid },
      text: {
        en: `ACoS ${pct(acos)} over ${count(m.clicks)} clicks vs. target ${pct(target)}: lower bid from ${money(current, cur).en} to ${money(bid, cur).en} (CPC ${money(m.cpc, cur).en} × ${pct(target)} / ${pct(acos)}).`,
        zh: `ACoS ${pct(acos)}（${count(m.clicks)} 次点击），目标 ${pct(target)}：出价从 ${money(current, cur).zh} 降至 ${money(bid, cur).zh}（CPC ${money(m.cpc, cur).zh} × ${pct(target)} / ${pct(acos)}）。`,
      },
    };
  }
  if (acos < target - s.bidBand) {
    const bid = Math.floor(Math.min(m.cpc * (target / acos), current * (1 + s.bidMaxRaise)) * 100) / 100;
    if (bid <= current) return null;
    return {
      id: adviceId('bid', rec),
      rule: 'bid',
      action: 'raiseBid',
      severity: 'low',
      ...base(rec),
      used: { acos, clicks: m.clicks, cpc: m.cpc, bid: current },
      thresholds: { targetAcos: target, maxRaise: s.bidMaxRaise, minClicks: need },
      suggested: { bid },
      text: {
        en: `ACoS ${pct(acos)} over ${count(m.clicks)} clicks is under target ${pct(target)}: raise bid from ${money(current, cur).en} to ${money(bid, cur).en} (at most +${pct(s.bidMaxRaise)}) to win more traffic.`,
        zh: `ACoS ${pct(acos)}（${count(m.clicks)} 次点击）低于目标 ${pct(target)}：出价从 ${money(current, cur).zh} 提高到 ${money(bid, cur).zh}（最多 +${pct(s.bidMaxRaise)}），争取更多流量。`,
      },
    };
  }
  return null;
}

/** A search term with enough clicks and no order: add it as a negative exact (Sellics, Merchjar). */
export function negativeAdvice(rec: SnapshotRecord, s: AdviceSettings): Advice | null {
  const m = rec.metrics;
  if (m.clicks === undefined || m.orders === undefined || m.orders > 0 || m.clicks < s.negativeClicks)
    return null;
  const wasted = m.spend ?? (m.cpc !== undefined ? m.cpc * m.clicks : undefined);
  const cur = rec.currency;
  const spent = wasted !== undefined ? money(wasted, cur) : undefined;
  return {
    id: adviceId('negative', rec),
    rule: 'negative',
    action: 'negativeExact',
    severity: 'high',
    ...base(rec),
    used: { clicks: m.clicks, orders: 0, ...(wasted !== undefined ? { spend: wasted } : {}) },
    thresholds: { negativeClicks: s.negativeClicks },
    text: {
      en: `“${rec.label ?? rec.key}”: ${count(m.clicks)} clicks, 0 orders (threshold ${s.negativeClicks} clicks): add as negative exact${spent ? `; it wasted ${spent.en}` : ''}.`,
      zh: `“${rec.label ?? rec.key}”：${count(m.clicks)} 次点击、0 订单（阈值 ${s.negativeClicks} 次点击）：添加为精准否定${spent ? `，已浪费 ${spent.zh}` : ''}。`,
    },
  };
}

/** A search term that sells at ACoS under target and is not yet an exact keyword: harvest it (Sellics). */
export function harvestAdvice(
  rec: SnapshotRecord,
  s: AdviceSettings,
  exactKeywords: ReadonlySet<string>,
): Advice | null {
  const m = rec.metrics;
  const acos = acosOf(m);
  const target = targetAcos(s);
  if (m.orders === undefined || m.orders < s.harvestOrders || acos === undefined || acos >= target)
    return null;
  const term = (rec.label ?? rec.key).toLowerCase();
  if (exactKeywords.has(term) || rec.attrs.addedAs === 'keyword' || rec.attrs.addedAs === 'negative')
    return null;
  return {
    id: adviceId('harvest', rec),
    rule: 'harvest',
    action: 'addExact',
    severity: 'medium',
    ...base(rec),
    used: { orders: m.orders, acos, ...(m.clicks !== undefined ? { clicks: m.clicks } : {}) },
    thresholds: { harvestOrders: s.harvestOrders, targetAcos: target },
    text: {
      en: `“${rec.label ?? rec.key}”: ${count(m.orders)} orders at ACoS ${pct(acos)} (target ${pct(target)}, at least ${s.harvestOrders} orders): add as an exact keyword.`,
      zh: `“${rec.label ?? rec.key}”：${count(m.orders)} 单，ACoS ${pct(acos)}（目标 ${pct(target)}，至少 ${s.harvestOrders} 单）：添加为精准关键词。`,
    },
  };
}

/** A campaign above break-even ACoS loses money: spend beyond sales x break-even ACoS. */
export function breakEvenAdvice(rec: SnapshotRecord, s: AdviceSettings): Advice | null {
  const m = rec.metrics;
  const acos = acosOf(m);
  if (acos === undefined || m.spend === undefined || m.sales === undefined || acos <= s.breakEvenAcos)
    return null;
  const loss = m.spend - m.sales * s.breakEvenAcos;
  const cur = rec.currency;
  return {
    id: adviceId('breakEven', rec),
    rule: 'breakEven',
    action: 'cutLoss',
    severity: 'high',
    ...base(rec),
    used: { acos, spend: m.spend, sales: m.sales },
    thresholds: { breakEvenAcos: s.breakEvenAcos },
    suggested: { loss },
    text: {
      en: `ACoS ${pct(acos)} is above break-even ${pct(s.breakEvenAcos)}: spend ${money(m.spend, cur).en} on sales ${money(m.sales, cur).en} lost ${money(loss, cur).en} over the period.`,
      zh: `ACoS ${pct(acos)} 高于保本 ACoS ${pct(s.breakEvenAcos)}：花费 ${money(m.spend, cur).zh}、销售额 ${money(m.sales, cur).zh}，本期亏损 ${money(loss, cur).zh}。`,
    },
  };
}
