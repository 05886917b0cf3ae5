import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { oneXClicks } from './ads';
import { makeAdvice, nameOf } from './make';
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
  const currency = rec.currency;
  if (m.clicks < need)
    return makeAdvice(rec, {
      rule: 'roi',
      action: 'wait',
      severity: 'info',
      used: { roas: roi, clicks: m.clicks, conversion },
      thresholds,
      message: { id: 'roiWait', params: { clicks: m.clicks, minClicks: need, conversion, roi } },
    });
  const facts = { name: nameOf(rec), roi, breakEvenRoi: s.breakEvenRoi, targetRoi: target, currency };
  if (rec.kind === 'keyword') {
    if (m.cpc === undefined) return null;
    const current = m.bid ?? m.cpc;
    const bid = Math.floor(Math.min((m.cpc * roi) / target, m.cpc, current) * 100) / 100;
    return makeAdvice(rec, {
      rule: 'roi',
      action: 'lowerBid',
      severity: 'high',
      used: { roas: roi, clicks: m.clicks, cpc: m.cpc, bid: current },
      thresholds,
      suggested: { bid, ...(m.bidPc !== undefined && m.bidPc > bid ? { bidPc: bid } : {}) },
      message: {
        id: 'roiLowerBid',
        params: { ...facts, clicks: m.clicks, bid: current, suggested: bid, cpc: m.cpc },
      },
    });
  }
  if (m.spend === undefined || m.sales === undefined) return null;
  const loss = Math.round((m.spend - m.sales / s.breakEvenRoi) * 100) / 100;
  return makeAdvice(rec, {
    rule: 'roi',
    action: 'cutLoss',
    severity: 'high',
    used: { roas: roi, clicks: m.clicks, spend: m.spend, sales: m.sales },
    thresholds,
    suggested: { loss },
    message: { id: 'roiCutLoss', params: { ...facts, spend: m.spend, sales: m.sales, loss } },
  });
}

/** Spend and 1.5X clicks (at the group's conversion) without one 成交: pause (Sellics' manual-keyword rule). */
export function noSalesAdvice(rec: Rec, s: AdviceSettings, conversion: number): Advice | null {
  const m = rec.metrics;
  const orders = orZero(rec, 'orders');
  const none = orders === 0 || (orders === undefined && orZero(rec, 'sales') === 0);
  if (!active(rec) || !none || m.clicks === undefined || m.spend === undefined) return null;
  const pauseAt = Math.ceil(oneXClicks(conversion) * s.pauseClicksFactor);
  if (m.clicks < pauseAt) return null;
  const what = rec.kind === 'keyword' ? 'keyword' : rec.attrs.adGroupId ? 'adGroup' : 'plan';
  return makeAdvice(rec, {
    rule: 'noSales',
    action: 'pause',
    severity: 'high',
    used: { clicks: m.clicks, orders: 0, spend: m.spend, conversion },
    thresholds: { pauseClicks: pauseAt },
    message: {
      id: 'noSalesPause',
      params: {
        name: nameOf(rec),
        spend: m.spend,
        clicks: m.clicks,
        factor: s.pauseClicksFactor,
        pauseClicks: pauseAt,
        conversion,
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
  if (!active(rec) || !shown.length || Math.min(...shown) >= s.minQualityScore) return null;
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
  if (!test || test.p2 >= s.ctrLowRatio * test.p1 || test.pValue >= s.conversionAlpha) return null;
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
