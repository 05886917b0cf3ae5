import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { bidCents, clicksNeeded } from './ads';
import { above, atLeast, below } from './compare';
import { type Gaps, noGaps } from './gaps';
import { makeAdvice, nameOf } from './make';
import { conversionPools, type Pool, poolUsed } from './pool';
import { twoProportionTest } from './stats';
import type { Advice } from './types';

// 直通车/万相台 keywords and plans (issue 4): ROI under break-even, spend without 成交, low 质量分, CTR far
// under the group's.

type Rec = SnapshotRecord;

// Paused, deleted or ended keywords and plans get no advice: nothing they do is spending now.
const INACTIVE = /暂停|删除|结束|下线|下架/;
const active = (r: Rec) => !INACTIVE.test(r.attrs.status ?? '');

// 直通车 and 万相台 print `-` for zero as well as for no data; the adapters say which cells did (attrs.dashed).
// Within a row that shows clicks or spend, a dashed count is a zero.
const dashed = (r: Rec, name: string) => (r.attrs.dashed ?? '').split(',').includes(name);
const orZero = (r: Rec, name: string) => r.metrics[name] ?? (dashed(r, name) ? 0 : undefined);

/** Target ROI: break-even ROI's ACoS (1 / ROI) less the target gap, turned back into a ROI. */
export const targetRoi = (s: AdviceSettings) => 1 / Math.max(0.01, 1 / s.breakEvenRoi - s.targetAcosGap);

/** The group a keyword or plan is compared with: its ad group, its plan (直通车 units), its scene (万相台). */
export const adGroupOf = (r: Rec) =>
  `${r.source}|${r.kind === 'keyword' ? (r.attrs.adGroupId ?? '') : (r.attrs.scene ?? r.attrs.campaignId ?? '')}`;

/** Orders and clicks of a row, dashes read as zero. */
const counts = (r: Rec) => {
  const o = orZero(r, 'orders');
  return r.metrics.clicks === undefined || o === undefined
    ? undefined
    : { orders: o, clicks: r.metrics.clicks };
};

/** 直通车/万相台 pools: the ad group (or plan scene), the plan, every row of the page. */
export const alibabaPools = (records: Rec[]) =>
  conversionPools(
    records,
    {
      adGroup: adGroupOf,
      campaign: (r) => (r.attrs.campaignId ? `${r.source}|${r.attrs.campaignId}` : undefined),
      account: (r) => r.source,
    },
    counts,
  );

/**
 * ROI (投入产出比 / 实际投产比) after enough clicks (1X at the pooled conversion, Sellics), in three zones with
 * the bid band read in ACoS terms (ACoS = 1 / ROI; Sellics' step rules):
 *  - under break-even: a keyword's 出价 goes to PPC x ROI / target ROI (Advigator's CPC x target ACoS / ACoS),
 *    a plan is told what it lost: spend - sales / break-even ROI;
 *  - between break-even and target (ACoS over target + band): the same bid formula, toward target ROI;
 *  - above target (ACoS under target - band): raise the bid toward it, at most by the step cap.
 */
export function roiAdvice(rec: Rec, s: AdviceSettings, pool: Pool, gaps: Gaps = noGaps): Advice | null {
  const m = rec.metrics;
  if (!active(rec)) return null;
  const roi = m.roas ?? (m.spend && m.sales !== undefined ? m.sales / m.spend : undefined);
  const lacking = roi === undefined ? 'roas' : m.clicks === undefined ? 'clicks' : undefined;
  if (lacking) {
    gaps(rec, 'roi', lacking);
    return null;
  }
  if (roi! <= 0) return null; // no sale: the no-sales rule's case
  const clicks = m.clicks!;
  const target = targetRoi(s);
  const band = s.bidBand;
  const under = below(roi!, s.breakEvenRoi);
  const toward = !under && above(1 / roi!, 1 / target + band);
  const raise = below(1 / roi!, 1 / target - band);
  const keyword = rec.kind === 'keyword';
  if (!under && !(keyword && (toward || raise))) return null;
  const need = clicksNeeded(pool.conversion, s.bidClicksFactor);
  const thresholds = { breakEvenRoi: s.breakEvenRoi, targetRoi: target, minClicks: need };
  const gate = { minClicks: need, conversion: pool.conversion, pool: pool.level, factor: s.bidClicksFactor };
  const currency = rec.currency;
  if (clicks < need) {
    gaps(rec, 'roi', 'clicks', clicks, need);
    if (!under) return null;
    return makeAdvice(rec, {
      rule: 'roi',
      action: 'wait',
      severity: 'info',
      used: { roas: roi!, clicks, ...poolUsed(pool) },
      thresholds,
      message: { id: 'roiWait', params: { clicks, roi: roi!, breakEvenRoi: s.breakEvenRoi, ...gate } },
    });
  }
  const facts = {
    name: nameOf(rec),
    roi: roi!,
    breakEvenRoi: s.breakEvenRoi,
    targetRoi: target,
    currency,
    clicks,
    ...gate,
  };
  if (keyword) {
    if (m.cpc === undefined) {
      gaps(rec, 'roi', 'cpc');
      return null;
    }
    const current = m.bid ?? m.cpc;
    const used = { roas: roi!, clicks, cpc: m.cpc, bid: current, ...poolUsed(pool) };
    if (raise) {
      const bid = bidCents(Math.min((m.cpc * roi!) / target, current * (1 + s.bidMaxRaise)));
      if (bid <= current) return null;
      return makeAdvice(rec, {
        rule: 'roi',
        action: 'raiseBid',
        severity: 'low',
        used,
        thresholds: { ...thresholds, bidBand: band, maxRaise: s.bidMaxRaise },
        suggested: { bid },
        message: {
          id: 'roiRaiseBid',
          params: { ...facts, band, bid: current, suggested: bid, maxRaise: s.bidMaxRaise },
        },
      });
    }
    const bid = bidCents(Math.min((m.cpc * roi!) / target, m.cpc, current));
    if (!under && bid >= current) return null;
    return makeAdvice(rec, {
      rule: 'roi',
      action: 'lowerBid',
      severity: under ? 'high' : 'medium',
      used,
      thresholds: under ? thresholds : { ...thresholds, bidBand: band },
      suggested: { bid, ...(m.bidPc !== undefined && m.bidPc > bid ? { bidPc: bid } : {}) },
      message: under
        ? { id: 'roiLowerBid', params: { ...facts, bid: current, suggested: bid, cpc: m.cpc } }
        : { id: 'roiTowardTarget', params: { ...facts, band, bid: current, suggested: bid, cpc: m.cpc } },
    });
  }
  if (m.spend === undefined || m.sales === undefined) {
    gaps(rec, 'roi', m.spend === undefined ? 'spend' : 'sales');
    return null;
  }
  const loss = Math.round((m.spend - m.sales / s.breakEvenRoi) * 100) / 100;
  return makeAdvice(rec, {
    rule: 'roi',
    action: 'cutLoss',
    severity: 'high',
    used: { roas: roi!, clicks, spend: m.spend, sales: m.sales, ...poolUsed(pool) },
    thresholds,
    suggested: { loss },
    message: { id: 'roiCutLoss', params: { ...facts, spend: m.spend, sales: m.sales, loss } },
  });
}

/** Spend and 1.5X clicks (at the group's conversion) without one 成交: pause (Sellics' manual-keyword rule). */
export function noSalesAdvice(rec: Rec, s: AdviceSettings, pool: Pool, gaps: Gaps = noGaps): Advice | null {
  const m = rec.metrics;
  const orders = orZero(rec, 'orders');
  const none = orders === 0 || (orders === undefined && orZero(rec, 'sales') === 0);
  if (!active(rec) || !none || m.clicks === undefined || m.spend === undefined) return null;
  const { conversion, level } = pool;
  const pauseAt = clicksNeeded(conversion, s.pauseClicksFactor);
  if (m.clicks < pauseAt) {
    gaps(rec, 'noSales', 'clicks', m.clicks, pauseAt);
    return null;
  }
  const what = rec.kind === 'keyword' ? 'keyword' : rec.attrs.adGroupId ? 'adGroup' : 'plan';
  return makeAdvice(rec, {
    rule: 'noSales',
    action: 'pause',
    severity: 'high',
    used: { clicks: m.clicks, orders: 0, spend: m.spend, ...poolUsed(pool) },
    thresholds: { pauseClicks: pauseAt, pauseClicksFactor: s.pauseClicksFactor },
    message: {
      id: 'noSalesPause',
      params: {
        name: nameOf(rec),
        spend: m.spend,
        clicks: m.clicks,
        factor: s.pauseClicksFactor,
        pauseClicks: pauseAt,
        conversion,
        pool: level,
        what,
        currency: rec.currency,
      },
    },
  });
}

/** 质量分 (mobile or PC) under the minimum: creative and relevance, not bid, are what lift it. */
export function qualityAdvice(rec: Rec, s: AdviceSettings): Advice | null {
  const { qualityScore: mobile, qualityScorePc: pc } = rec.metrics;
  const shown = [mobile, pc].filter((x): x is number => x !== undefined);
  if (!active(rec) || !shown.length || atLeast(Math.min(...shown), s.minQualityScore)) return null;
  const scores = {
    ...(mobile !== undefined ? { qualityScore: mobile } : {}),
    ...(pc !== undefined ? { qualityScorePc: pc } : {}),
  };
  return makeAdvice(rec, {
    rule: 'quality',
    action: 'improveRelevance',
    severity: Math.min(...shown) <= 3 ? 'high' : 'medium',
    used: scores,
    thresholds: { minQualityScore: s.minQualityScore },
    message: {
      id: 'qualityLow',
      params: {
        name: nameOf(rec),
        ...(mobile !== undefined ? { mobile } : {}),
        ...(pc !== undefined ? { pc } : {}),
        minQualityScore: s.minQualityScore,
      },
    },
  });
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
  if (!test || atLeast(test.p2, s.ctrLowRatio * test.p1) || atLeast(test.pValue, s.conversionAlpha))
    return null;
  const used = { ctr: test.p2, groupCtr: test.p1, impressions, clicks, pValue: test.pValue };
  return makeAdvice(rec, {
    rule: 'ctr',
    action: 'improveCreative',
    severity: 'medium',
    used,
    thresholds: { ctrLowRatio: s.ctrLowRatio, alpha: s.conversionAlpha },
    message: {
      id: 'ctrLow',
      params: { name: nameOf(rec), ...used, ctrLowRatio: s.ctrLowRatio, alpha: s.conversionAlpha },
    },
  });
}
