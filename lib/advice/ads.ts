import type { SnapshotRecord } from '../model';
import { type AdviceSettings, targetAcos } from '../settings/advice-settings';
import { makeAdvice, nameOf } from './make';
import type { Advice } from './types';

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
  const currency = rec.currency;
  if (!m.orders) {
    const pauseConversion = accountConversion || s.defaultConversionRate;
    const pauseAt = Math.ceil(oneXClicks(pauseConversion) * s.pauseClicksFactor);
    if (m.clicks < pauseAt || m.orders === undefined) return null;
    const spend = m.spend ?? m.clicks * m.cpc;
    return makeAdvice(rec, {
      rule: 'pause',
      action: 'pause',
      severity: 'high',
      used: { clicks: m.clicks, orders: 0, spend },
      thresholds: { pauseClicks: pauseAt },
      message: {
        id: 'pauseNoOrders',
        params: {
          clicks: m.clicks,
          factor: s.pauseClicksFactor,
          pauseClicks: pauseAt,
          conversion: pauseConversion,
          spend,
          currency,
        },
      },
    });
  }
  const acos = acosOf(m);
  if (acos === undefined) return null;
  if (m.clicks < need) {
    return makeAdvice(rec, {
      rule: 'bid',
      action: 'wait',
      severity: 'info',
      used: { clicks: m.clicks, acos, conversion },
      thresholds: { minClicks: need },
      message: { id: 'bidWait', params: { clicks: m.clicks, minClicks: need, conversion, acos } },
    });
  }
  const current = m.bid ?? m.cpc;
  if (acos > target + s.bidBand) {
    const suggested = Math.min(m.cpc * (target / acos), m.cpc, current);
    const bid = Math.floor(suggested * 100) / 100;
    return makeAdvice(rec, {
      rule: 'bid',
      action: 'lowerBid',
      severity: acos > s.breakEvenAcos ? 'high' : 'medium',
      used: { acos, clicks: m.clicks, cpc: m.cpc, bid: current },
      thresholds: { targetAcos: target, breakEvenAcos: s.breakEvenAcos, minClicks: need },
      suggested: { bid },
      message: {
        id: 'bidLower',
        params: { acos, clicks: m.clicks, target, bid: current, suggested: bid, cpc: m.cpc, currency },
      },
    });
  }
  if (acos < target - s.bidBand) {
    const bid = Math.floor(Math.min(m.cpc * (target / acos), current * (1 + s.bidMaxRaise)) * 100) / 100;
    if (bid <= current) return null;
    return makeAdvice(rec, {
      rule: 'bid',
      action: 'raiseBid',
      severity: 'low',
      used: { acos, clicks: m.clicks, cpc: m.cpc, bid: current },
      thresholds: { targetAcos: target, maxRaise: s.bidMaxRaise, minClicks: need },
      suggested: { bid },
      message: {
        id: 'bidRaise',
        params: {
          acos,
          clicks: m.clicks,
          target,
          bid: current,
          suggested: bid,
          maxRaise: s.bidMaxRaise,
          currency,
        },
      },
    });
  }
  return null;
}

/** A search term with enough clicks and no order: add it as a negative exact (Sellics, Merchjar). */
export function negativeAdvice(rec: SnapshotRecord, s: AdviceSettings): Advice | null {
  const m = rec.metrics;
  if (m.clicks === undefined || m.orders === undefined || m.orders > 0 || m.clicks < s.negativeClicks)
    return null;
  const wasted = m.spend ?? (m.cpc !== undefined ? m.cpc * m.clicks : undefined);
  return makeAdvice(rec, {
    rule: 'negative',
    action: 'negativeExact',
    severity: 'high',
    used: { clicks: m.clicks, orders: 0, ...(wasted !== undefined ? { spend: wasted } : {}) },
    thresholds: { negativeClicks: s.negativeClicks },
    message: {
      id: 'negativeExact',
      params: {
        name: nameOf(rec),
        clicks: m.clicks,
        negativeClicks: s.negativeClicks,
        ...(wasted !== undefined ? { wasted } : {}),
        currency: rec.currency,
      },
    },
  });
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
  return makeAdvice(rec, {
    rule: 'harvest',
    action: 'addExact',
    severity: 'medium',
    used: { orders: m.orders, acos, ...(m.clicks !== undefined ? { clicks: m.clicks } : {}) },
    thresholds: { harvestOrders: s.harvestOrders, targetAcos: target },
    message: {
      id: 'harvestExact',
      params: { name: nameOf(rec), orders: m.orders, acos, target, harvestOrders: s.harvestOrders },
    },
  });
}

/** A campaign above break-even ACoS loses money: spend beyond sales x break-even ACoS. */
export function breakEvenAdvice(rec: SnapshotRecord, s: AdviceSettings): Advice | null {
  const m = rec.metrics;
  const acos = acosOf(m);
  if (acos === undefined || m.spend === undefined || m.sales === undefined || acos <= s.breakEvenAcos)
    return null;
  const loss = m.spend - m.sales * s.breakEvenAcos;
  return makeAdvice(rec, {
    rule: 'breakEven',
    action: 'cutLoss',
    severity: 'high',
    used: { acos, spend: m.spend, sales: m.sales },
    thresholds: { breakEvenAcos: s.breakEvenAcos },
    suggested: { loss },
    message: {
      id: 'breakEvenLoss',
      params: {
        acos,
        breakEvenAcos: s.breakEvenAcos,
        spend: m.spend,
        sales: m.sales,
        loss,
        currency: rec.currency,
      },
    },
  });
}
