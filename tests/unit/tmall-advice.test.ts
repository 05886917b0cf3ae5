import { describe, expect, it } from 'vitest';
import { adviseRecords } from '../../lib/advice';
import { roiAdvice, targetRoi } from '../../lib/advice/alibaba';
import type { Pool } from '../../lib/advice/pool';
import type { AdviceSettings } from '../../lib/settings/advice-settings';
import {
  adviseAll,
  en,
  factsOf,
  labels,
  pageRecords as page,
  tmallRec as rec,
  TMALL_S as S,
  zh,
} from '../helpers/advice-records';

const none = () => [];
/** An ad group pooling 2% conversion: 1X = 50 clicks. */
const AT2: Pool = { conversion: 0.02, level: 'adGroup', orders: 10, clicks: 500 };

describe('直通车 keywords (tests/fixtures/tmall/subway-keywords/keywords.html)', () => {
  const keywords = page('tmall/subway-keywords/keywords.html');
  const cases = factsOf('tmall/subway-keywords/keywords.html').adviceCases as Record<string, string[]>;
  const status = (kw: string) => keywords.find((r) => r.label === kw)?.attrs.status;
  const of = (rule: string, s: Partial<AdviceSettings> = {}) =>
    adviseAll(keywords, s).filter((a) => a.rule === rule);
  const underBreakEven = (s: Partial<AdviceSettings> = {}) =>
    of('roi', s).filter((a) => a.message.id === 'roiLowerBid');

  it('target ROI is break-even ROI with the 5-point ACoS gap: 1 / (1/2.5 - 0.05) = 1 / 0.35 = 2.857', () => {
    expect(targetRoi(S)).toBeCloseTo(2.857143, 6);
  });

  it("lowers the bid of keywords under break-even ROI after 1X clicks: the oracle's ROI < 2 list at break-even 2", () => {
    // Pooled conversion 145 orders / 8,160 clicks = 1.78% -> 1X = ceil(56.3) = 57 clicks; every listed keyword has 198+.
    expect(labels(underBreakEven({ breakEvenRoi: 2 }))).toStrictEqual(cases.roiBelow2ManyClicks);
    // At the default 2.5, 破壁机静音 (ROI 2.27, 388 clicks) joins them.
    expect(labels(underBreakEven())).toStrictEqual([
      ...cases.roiBelow2ManyClicks!.slice(0, 3),
      '破壁机静音',
      ...cases.roiBelow2ManyClicks!.slice(3),
    ]);
  });

  it('豆浆机: PPC 1.71 x ROI 1.28 / target 2.857 = 0.766 -> bid ¥0.76 (from mobile ¥2.05; PC ¥1.80 capped too)', () => {
    const a = of('roi').find((x) => x.label === '豆浆机')!;
    expect(a.action).toBe('lowerBid');
    expect(a.suggested).toStrictEqual({ bid: 0.76, bidPc: 0.76 });
    expect(a.used).toStrictEqual({
      roas: 1.28,
      clicks: 980,
      cpc: 1.71,
      bid: 2.05,
      conversion: 145 / 8160,
      poolOrders: 145,
      poolClicks: 8160,
    });
    expect(a.thresholds).toMatchObject({ breakEvenRoi: 2.5, minClicks: 57 });
    expect(a.thresholds.targetRoi).toBeCloseTo(1 / 0.35, 12);
    expect(a.message).toStrictEqual({
      id: 'roiLowerBid',
      params: {
        name: '豆浆机',
        roi: 1.28,
        breakEvenRoi: 2.5,
        targetRoi: a.thresholds.targetRoi,
        currency: 'CNY',
        clicks: 980,
        bid: 2.05,
        suggested: 0.76,
        cpc: 1.71,
        minClicks: 57,
        conversion: 145 / 8160,
        pool: 'adGroup',
        factor: 1,
      },
    });
    expect(zh(a)).toBe(
      '“豆浆机”投入产出比 1.28（980 次点击，至少 57 次：按推广组转化率 1.78% 的 1X）低于保本 2.50：出价从 ¥2.05 降至 ¥0.76（PPC ¥1.71 × 1.28 / 目标投产比 2.86）。',
    );
    expect(en(a)).toBe(
      "“豆浆机” ROI 1.28 over 980 clicks (at least 57: 1X at the ad group's 1.78% conversion) is under break-even 2.50: lower the bid from CN¥2.05 to CN¥0.76 (PPC CN¥1.71 × 1.28 / target ROI 2.86).",
    );
  });

  it('shows a ROI just under break-even with the decimals that tell them apart: 2.496 under 2.50', () => {
    const kw = rec('keyword', 'k', { clicks: 500, orders: 10, roas: 2.496, cpc: 1, bid: 1 });
    const a = roiAdvice(kw, S, AT2)!;
    expect(a.message).toMatchObject({ id: 'roiLowerBid', params: { roi: 2.496, breakEvenRoi: 2.5 } });
    expect(zh(a)).toMatch(
      /^“k”投入产出比 2\.496（500 次点击，至少 50 次：按推广组转化率 2% 的 1X）低于保本 2\.50：/,
    );
  });

  it('pauses spend without 成交 after 1.5X clicks: 1.5 x 57 = 85.5 -> 86 clicks, paused keywords left alone', () => {
    const clicks = (kw: string) => keywords.find((r) => r.label === kw)!.metrics.clicks!;
    const expected = cases.spendNoSales!.filter((kw) => clicks(kw) >= 86 && status(kw) === '推广中');
    expect(expected).toStrictEqual(['榨汁机', '辅食机', '米糊机', '破壁机加热']);
    const pause = of('noSales');
    expect(labels(pause)).toStrictEqual(expected);
    expect(pause[0]!.used).toStrictEqual({
      clicks: 433,
      orders: 0,
      spend: 467.64,
      conversion: 145 / 8160,
      poolOrders: 145,
      poolClicks: 8160,
    });
    expect(pause[0]!.thresholds).toStrictEqual({ pauseClicks: 86, pauseClicksFactor: 1.5 });
    expect(pause[0]!.message).toMatchObject({
      id: 'noSalesPause',
      params: { name: '榨汁机', clicks: 433, pauseClicks: 86, factor: 1.5, what: 'keyword', spend: 467.64 },
    });
    expect(zh(pause[0]!)).toBe(
      '“榨汁机”花费 ¥467.64、433 次点击无成交（1.5X = 86 次点击，按推广组转化率 1.78%）：建议暂停该关键词。',
    );
  });

  it('flags 质量分 under 6 on either device, for keywords still running', () => {
    const q = of('quality');
    expect(labels(q)).toStrictEqual(cases.qualityScoreBelow6!.filter((kw) => status(kw) === '推广中'));
    const rice = q.find((a) => a.label === '米糊机')!;
    expect(rice).toMatchObject({ severity: 'high', used: { qualityScore: 4, qualityScorePc: 3 } });
    expect(rice.message).toStrictEqual({
      id: 'qualityLow',
      params: { name: '米糊机', mobile: 4, pc: 3, minQualityScore: 6 },
    });
    expect(en(rice)).toMatch(/^“米糊机” quality score 4 \(mobile\) \/ 3 \(PC\) is under 6: /);
  });

  it('flags CTR far under the rest of the ad group: 0 of 1,020 vs 8,160 / 297,902 = 2.74%', () => {
    const ctr = of('ctr');
    expect(labels(ctr)).toStrictEqual(['多功能料理辅食机']);
    expect(ctr[0]!.used.groupCtr).toBeCloseTo(8160 / 297902, 10);
    expect(ctr[0]!.used.ctr).toBe(0);
    expect(ctr[0]!.used.pValue).toBeLessThan(0.001);
    // The keyword with no impressions at all gets no CTR advice.
    expect(cases.noClicks).toContain('破壁机2026新款');
  });

  it('says so when ROI is low but clicks are too few, instead of advising', () => {
    const a = roiAdvice(rec('keyword', 'k', { clicks: 30, orders: 1, roas: 1.5, cpc: 1, bid: 1.2 }), S, AT2);
    // 1X at 2% = 50 clicks; 30 < 50.
    expect(a).toMatchObject({ action: 'wait', severity: 'info', thresholds: { minClicks: 50 } });
    expect(a?.message).toStrictEqual({
      id: 'roiWait',
      params: {
        clicks: 30,
        minClicks: 50,
        conversion: 0.02,
        pool: 'adGroup',
        factor: 1,
        roi: 1.5,
        breakEvenRoi: 2.5,
      },
    });
    expect(zh(a!)).toBe(
      '数据不足：30 / 50 次点击（按推广组转化率 2% 的 1X），暂不对比投产比 1.50 与保本 2.50。',
    );
    expect(en(a!)).toBe(
      "Not enough data: 30 of 50 clicks (1X at the ad group's 2% conversion) before judging ROI 1.50 against break-even 2.50.",
    );
  });
});

describe('直通车 report and 万相台 plans', () => {
  it('tells a plan under break-even what it lost: 关键词-豆浆机-拓词 3,210.75 - 3,585 / 2.5 = 1,776.75', () => {
    const a = adviseAll(page('tmall/wanxiangtai-plans/plans.html')).find(
      (x) => x.label === '关键词-豆浆机-拓词' && x.rule === 'roi',
    )!;
    expect(a).toMatchObject({ action: 'cutLoss', suggested: { loss: 1776.75 } });
    expect(a.message).toMatchObject({
      id: 'roiCutLoss',
      params: { spend: 3210.75, sales: 3585, loss: 1776.75 },
    });
    expect(zh(a)).toContain('花费 ¥3,210.75、成交 ¥3,585.00，本期亏损 ¥1,776.75。');
  });

  it('pauses a plan that spent without 成交: 全站推广-新年礼盒, 702 clicks vs 1.5X = 228', () => {
    // Scene 货品全站推广: 457 orders / 69,422 clicks -> 1X = ceil(151.9) = 152, 1.5X = 228.
    const pause = adviseAll(page('tmall/wanxiangtai-plans/plans.html')).filter((x) => x.rule === 'noSales');
    expect(labels(pause)).toStrictEqual(['全站推广-新年礼盒']);
    expect(pause[0]!.thresholds).toStrictEqual({ pauseClicks: 228, pauseClicksFactor: 1.5 });
  });

  it('skips ended and paused plans and compares CTR within a scene, not across scenes', () => {
    const advice = adviseAll(page('tmall/wanxiangtai-plans/plans.html'));
    expect(labels(advice)).not.toContain('人群-双11蓄水-高潜'); // 已结束, ROI 1.42
    expect(labels(advice)).not.toContain('关键词-竞品词-测试'); // 暂停, no 成交
    expect(advice.filter((a) => a.rule === 'ctr')).toStrictEqual([]); // 人群推广 CTRs are low for all of them
  });

  it('calls a 直通车 unit an ad group', () => {
    const a = adviseAll(page('tmall/subway-report/report.html')).find(
      (x) => x.rule === 'noSales' && x.label?.includes('电蒸锅'),
    )!;
    expect(a.message).toMatchObject({ id: 'noSalesPause', params: { what: 'adGroup' } });
    expect(zh(a)).toContain('建议暂停该推广单元');
    expect(en(a)).toMatch(/: pause this ad group\.$/);
  });
});

describe('registration', () => {
  it('Tmall records get the Tmall rules, not the Amazon ACoS ones', () => {
    const kw = rec('keyword', '破壁机', {
      clicks: 500,
      orders: 5,
      cpc: 2,
      bid: 2.5,
      spend: 1000,
      sales: 1500,
      roas: 1.5,
    });
    const advice = adviseRecords([kw], none, undefined);
    expect(advice.map((a) => a.rule)).toStrictEqual(['roi']);
  });
});
