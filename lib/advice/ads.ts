import type { SnapshotRecord } from '../model';
import { type AdviceSettings, targetAcos } from '../settings/advice-settings';
import { above, atMost, below, ceilish, floorish } from './compare';
import { firstMissing, type Gaps, noGaps } from './gaps';
import { makeAdvice, nameOf } from './make';
import { amazonPools, type Pool, poolUsed } from './pool';
import type { Advice } from './types';

/** ACoS from the row, or spend / sales when the page shows no ACoS column. Undefined without sales. */
export function acosOf(m: SnapshotRecord['metrics']): number | undefined {
  if (m.acos !== undefined) return m.acos;
  if (m.spend !== undefined && m.sales !== undefined && m.sales > 0) return m.spend / m.sales;
  return undefined;
}

/** "1X" clicks = 100 / conversion in percent (Sellics): how many clicks make one order likely. */
export function oneXClicks(conversion: number): number {
  return ceilish(1 / conversion);
}

/** Clicks a rule needs: a multiple of 1X, whole clicks (24.000000000000004 is 24). */
export const clicksNeeded = (conversion: number, factor: number) => ceilish(oneXClicks(conversion) * factor);

/** A bid in whole cents, rounded down (0.9099999999 is 0.91). */
export const bidCents = (x: number) => floorish(x * 100) / 100;

/**
 * Bid advice for a keyword or target (ADVICE-SOURCES, Advertising): judge only after 1X clicks at the
 * conversion pooled over its ad group, campaign or account (./pool.ts); new bid = CPC x target ACoS / ACoS,
 * never above the historical CPC when lowering, at most +20% when raising; no order after 1.5X clicks: pause.
 */
export function bidAdvice(
  rec: SnapshotRecord,
  s: AdviceSettings,
  pool: Pool = amazonPools([rec])(rec, s),
  gaps: Gaps = noGaps,
): Advice | null {
  const m = rec.metrics;
  const lacking = firstMissing(rec, ['clicks', 'cpc', 'orders']);
  if (lacking) {
    gaps(rec, 'bid', lacking);
    return null;
  }
  const clicks = m.clicks!;
  const cpc = m.cpc!;
  const target = targetAcos(s);
  const { conversion, level } = pool;
  const need = clicksNeeded(conversion, s.bidClicksFactor);
  const currency = rec.currency;
  const gate = { minClicks: need, conversion, pool: level, factor: s.bidClicksFactor };
  if (!m.orders) {
    const pauseAt = clicksNeeded(conversion, s.pauseClicksFactor);
    if (clicks < pauseAt) {
      gaps(rec, 'pause', 'clicks', clicks, pauseAt);
      return null;
    }
    const spend = m.spend ?? clicks * cpc;
    return makeAdvice(rec, {
      rule: 'pause',
      action: 'pause',
      severity: 'high',
      used: { clicks, orders: 0, spend, ...poolUsed(pool) },
      thresholds: { pauseClicks: pauseAt, pauseClicksFactor: s.pauseClicksFactor },
      message: {
        id: 'pauseNoOrders',
        params: {
          clicks,
          factor: s.pauseClicksFactor,
          pauseClicks: pauseAt,
          conversion,
          pool: level,
          spend,
          currency,
        },
      },
    });
  }
  const acos = acosOf(m);
  if (acos === undefined) {
    gaps(rec, 'bid', 'acos');
    return null;
  }
  if (clicks < need) {
    gaps(rec, 'bid', 'clicks', clicks, need);
    return makeAdvice(rec, {
      rule: 'bid',
      action: 'wait',
      severity: 'info',
      used: { clicks, acos, ...poolUsed(pool) },
      thresholds: { minClicks: need, bidClicksFactor: s.bidClicksFactor },
      message: { id: 'bidWait', params: { clicks, acos, ...gate } },
    });
  }
  const current = m.bid ?? cpc;
  const used = { acos, clicks, cpc, bid: current, ...poolUsed(pool) };
  const band = s.bidBand;
  if (above(acos, target + band)) {
    const bid = bidCents(Math.min(cpc * (target / acos), cpc, current));
    return makeAdvice(rec, {
      rule: 'bid',
      action: 'lowerBid',
      severity: above(acos, s.breakEvenAcos) ? 'high' : 'medium',
      used,
      thresholds: { targetAcos: target, breakEvenAcos: s.breakEvenAcos, bidBand: band, minClicks: need },
      suggested: { bid },
      message: {
        id: 'bidLower',
        params: { acos, clicks, target, band, bid: current, suggested: bid, cpc, currency, ...gate },
      },
    });
  }
  if (below(acos, target - band)) {
    const bid = bidCents(Math.min(cpc * (target / acos), current * (1 + s.bidMaxRaise)));
    if (bid <= current) return null;
    return makeAdvice(rec, {
      rule: 'bid',
      action: 'raiseBid',
      severity: 'low',
      used,
      thresholds: { targetAcos: target, bidBand: band, maxRaise: s.bidMaxRaise, minClicks: need },
      suggested: { bid },
      message: {
        id: 'bidRaise',
        params: {
          acos,
          clicks,
          target,
          band,
          bid: current,
          suggested: bid,
          maxRaise: s.bidMaxRaise,
          currency,
          ...gate,
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

/** A campaign above break-even ACoS loses money: spend beyond sales x break-even ACoS. */
export function breakEvenAdvice(rec: SnapshotRecord, s: AdviceSettings): Advice | null {
  const m = rec.metrics;
  const acos = acosOf(m);
  if (acos === undefined || m.spend === undefined || m.sales === undefined || atMost(acos, s.breakEvenAcos))
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

export { harvestAdvice } from './ads-harvest';
