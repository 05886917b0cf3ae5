import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviseRecords } from '../../lib/advice';
import {
  adviseAlibaba,
  dailyUnits,
  lifecycleAdvice,
  roiAdvice,
  targetRoi,
  visitorsFallingAdvice,
} from '../../lib/advice/alibaba';
import type { SnapshotRecord } from '../../lib/model';
import { ADVICE_DEFAULTS, type AdviceSettings } from '../../lib/settings/advice-settings';
import { CAPTURED_AT, extractFixture, FIXTURES } from '../helpers/fixtures';

const S: AdviceSettings = { ...ADVICE_DEFAULTS }; // break-even ROI 2.5, target gap 5 points
const FACTS = JSON.parse(readFileSync(join(FIXTURES, 'tmall-facts.json'), 'utf8'));
const page = (path: string) => extractFixture(path, FACTS[path].url).records;
const none = () => [];
const adviseAll = (records: SnapshotRecord[], s: Partial<AdviceSettings> = {}, history = none) =>
  adviseAlibaba(records, history, () => ({ ...S, ...s }));
const labels = (advice: { label?: string }[]) => advice.map((a) => a.label);

function rec(
  kind: SnapshotRecord['kind'],
  key: string,
  metrics: SnapshotRecord['metrics'],
  extra: Partial<SnapshotRecord> = {},
): SnapshotRecord {
  return {
    kind,
    source: kind === 'listing' ? 'tmall.sycm-items' : 'tmall.subway-keywords',
    platform: 'tmall',
    marketplace: 'tmall.com',
    key,
    label: key,
    currency: 'CNY',
    period: { from: '2026-11-01', to: '2026-11-07' },
    capturedAt: CAPTURED_AT,
    url: 'https://subway.simba.taobao.com/#!/manage/adgroup/detail?adGroupId=1',
    metrics,
    attrs: { adGroupId: '1', status: '推广中' },
    ...extra,
  };
}

describe('直通车 keywords (tests/fixtures/subway/keywords.html)', () => {
  const keywords = page('subway/keywords.html');
  const cases = FACTS['subway/keywords.html'].adviceCases as Record<string, string[]>;
  const status = (kw: string) => keywords.find((r) => r.label === kw)?.attrs.status;
  const of = (rule: string, s: Partial<AdviceSettings> = {}) =>
    adviseAll(keywords, s).filter((a) => a.rule === rule);

  it('target ROI is break-even ROI with the 5-point ACoS gap: 1 / (1/2.5 - 0.05) = 1 / 0.35 = 2.857', () => {
    expect(targetRoi(S)).toBeCloseTo(2.857143, 6);
  });

  it("lowers the bid of keywords under break-even ROI after 1X clicks: the oracle's ROI < 2 list at break-even 2", () => {
    // Pooled conversion 145 orders / 8,160 clicks = 1.78% -> 1X = ceil(56.3) = 57 clicks; every listed keyword has 198+.
    expect(labels(of('roi', { breakEvenRoi: 2 }))).toStrictEqual(cases.roiBelow2ManyClicks);
    // At the default 2.5, 破壁机静音 (ROI 2.27, 388 clicks) joins them.
    expect(labels(of('roi'))).toStrictEqual([
      ...cases.roiBelow2ManyClicks!.slice(0, 3),
      '破壁机静音',
      ...cases.roiBelow2ManyClicks!.slice(3),
    ]);
  });

  it('豆浆机: PPC 1.71 x ROI 1.28 / target 2.857 = 0.766 -> bid ¥0.76 (from mobile ¥2.05; PC ¥1.80 capped too)', () => {
    const a = of('roi').find((x) => x.label === '豆浆机')!;
    expect(a.action).toBe('lowerBid');
    expect(a.suggested).toStrictEqual({ bid: 0.76, bidPc: 0.76 });
    expect(a.used).toStrictEqual({ roas: 1.28, clicks: 980, cpc: 1.71, bid: 2.05 });
    expect(a.thresholds).toMatchObject({ breakEvenRoi: 2.5, minClicks: 57 });
    expect(a.thresholds.targetRoi).toBeCloseTo(1 / 0.35, 12);
    expect(a.text.zh).toBe(
      '“豆浆机”投入产出比 1.28（980 次点击）低于保本 2.50：出价从 ¥2.05 降至 ¥0.76（PPC ¥1.71 × 1.28 / 目标投产比 2.86）。',
    );
    expect(Object.keys(a.text)[0]).toBe('zh');
  });

  it('pauses spend without 成交 after 1.5X clicks: 1.5 x 57 = 85.5 -> 86 clicks, paused keywords left alone', () => {
    const clicks = (kw: string) => keywords.find((r) => r.label === kw)!.metrics.clicks!;
    const expected = cases.spendNoSales!.filter((kw) => clicks(kw) >= 86 && status(kw) === '推广中');
    expect(expected).toStrictEqual(['榨汁机', '辅食机', '米糊机', '破壁机加热']);
    const pause = of('noSales');
    expect(labels(pause)).toStrictEqual(expected);
    expect(pause[0]!.used).toStrictEqual({ clicks: 433, orders: 0, spend: 467.64, conversion: 145 / 8160 });
    expect(pause[0]!.thresholds).toStrictEqual({ pauseClicks: 86 });
  });

  it('flags 质量分 under 6 on either device, for keywords still running', () => {
    const q = of('quality');
    expect(labels(q)).toStrictEqual(cases.qualityScoreBelow6!.filter((kw) => status(kw) === '推广中'));
    expect(q.find((a) => a.label === '米糊机')).toMatchObject({
      severity: 'high',
      used: { qualityScore: 4, qualityScorePc: 3 },
    });
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
    const a = roiAdvice(rec('keyword', 'k', { clicks: 30, orders: 1, roas: 1.5, cpc: 1, bid: 1.2 }), S, 0.02);
    // 1X at 2% = 50 clicks; 30 < 50.
    expect(a).toMatchObject({ action: 'wait', severity: 'info', thresholds: { minClicks: 50 } });
  });
});

describe('直通车 report and 万相台 plans', () => {
  it('tells a plan under break-even what it lost: 关键词-豆浆机-拓词 3,210.75 - 3,585 / 2.5 = 1,776.75', () => {
    const a = adviseAll(page('wanxiangtai/plans.html')).find(
      (x) => x.label === '关键词-豆浆机-拓词' && x.rule === 'roi',
    )!;
    expect(a).toMatchObject({ action: 'cutLoss', suggested: { loss: 1776.75 } });
  });

  it('pauses a plan that spent without 成交: 全站推广-新年礼盒, 702 clicks vs 1.5X = 228', () => {
    // Scene 货品全站推广: 457 orders / 69,422 clicks -> 1X = ceil(151.9) = 152, 1.5X = 228.
    const pause = adviseAll(page('wanxiangtai/plans.html')).filter((x) => x.rule === 'noSales');
    expect(labels(pause)).toStrictEqual(['全站推广-新年礼盒']);
    expect(pause[0]!.thresholds).toStrictEqual({ pauseClicks: 228 });
  });

  it('skips ended and paused plans and compares CTR within a scene, not across scenes', () => {
    const advice = adviseAll(page('wanxiangtai/plans.html'));
    expect(labels(advice)).not.toContain('人群-双11蓄水-高潜'); // 已结束, ROI 1.42
    expect(labels(advice)).not.toContain('关键词-竞品词-测试'); // 暂停, no 成交
    expect(advice.filter((a) => a.rule === 'ctr')).toStrictEqual([]); // 人群推广 CTRs are low for all of them
  });

  it('calls a 直通车 unit an ad group', () => {
    const a = adviseAll(page('subway/report.html')).find(
      (x) => x.rule === 'noSales' && x.label?.includes('电蒸锅'),
    )!;
    expect(a.text.zh).toContain('建议暂停该推广单元');
  });
});

describe('生意参谋 items', () => {
  const items = page('sycm/item-rank.html');

  it('high 加购, low 支付转化: only the air fryer (8.26% carts vs 8.14%, 2.76% paid vs 0.7 x 4.31%)', () => {
    // Rest of the shop: 16,357 carts and 8,653 buyers over 200,884 visitors.
    const a = adviseAll(items).filter((x) => x.rule === 'cartNoPay');
    expect(a.map((x) => x.ref.key)).toStrictEqual(['729905112473']);
    expect(a[0]!.used.cartRate).toBeCloseTo(2140 / 25900, 12);
    expect(a[0]!.used.shopCartRate).toBeCloseTo(16357 / 200884, 12);
    expect(a[0]!.used.conversion).toBeCloseTo(715 / 25900, 12);
    expect(a[0]!.used.shopConversion).toBeCloseTo(8653 / 200884, 12);
  });

  it('conversion drop against history goes through the two-proportion test', () => {
    const fryer = items.find((r) => r.key === '729905112473')!;
    const before = {
      ...fryer,
      period: { from: '2026-10-25', to: '2026-10-31' },
      capturedAt: '2026-11-01T10:00:00.000Z',
      metrics: { visitors: 25000, orders: 1000 },
    };
    const a = adviseRecords([fryer], (r) => (r.key === fryer.key ? [before] : []), undefined).find(
      (x) => x.rule === 'conversion',
    )!;
    // 1,000 / 25,000 = 4% before, 715 / 25,900 = 2.76% now.
    expect(a.used).toMatchObject({
      before: 0.04,
      after: 715 / 25900,
      beforeOrders: 1000,
      afterTraffic: 25900,
    });
  });

  it('the top 20% of the shop by daily units are 爆品: 2,011 / 1,542 / 1,388 / 1,276 units over 7 days (4 of 24)', () => {
    const hot = adviseAll(items).filter((x) => x.rule === 'lifecycle');
    expect(hot.map((x) => [x.ref.key, x.action, x.used.rank])).toStrictEqual([
      ['738402516937', 'protectHot', 3],
      ['701245338810', 'protectHot', 2],
      ['688731209457', 'protectHot', 1],
      ['715508826311', 'protectHot', 4],
    ]);
    expect(hot[2]!.used.dailyUnits).toBeCloseTo(2011 / 7, 12);
    expect(hot[0]!.text.zh).toContain('前 20% 为爆品');
    expect(hot[0]!.text.zh).toContain('阈值为本工具设定');
  });
});

describe('visitors falling', () => {
  const week = (from: string, to: string, visitors: number, capturedAt: string) =>
    rec('listing', 'item', { visitors }, { period: { from, to }, capturedAt });
  const h = [
    week('2026-10-01', '2026-10-07', 5000, '2026-10-08T02:00:00.000Z'),
    week('2026-10-08', '2026-10-14', 4500, '2026-10-15T02:00:00.000Z'),
    week('2026-10-01', '2026-10-30', 20000, '2026-10-31T02:00:00.000Z'), // a 30-day reading: not comparable
    week('2026-10-15', '2026-10-21', 4200, '2026-10-22T02:00:00.000Z'),
  ];
  const now = week('2026-10-22', '2026-10-28', 3900, '2026-10-29T02:00:00.000Z');

  it('warns after 3 falls in a row: 5,000 -> 4,500 -> 4,200 -> 3,900, 22% in all', () => {
    const a = visitorsFallingAdvice(now, h, S)!;
    expect(a.used).toStrictEqual({ visitors: 3900, first: 5000, fall: 1 - 3900 / 5000, readings: 4 });
    expect(a.text.zh).toContain('5,000 → 4,500 → 4,200 → 3,900');
  });

  it('stays quiet after a rise, after two falls, or when the fall is noise', () => {
    expect(visitorsFallingAdvice(week('2026-10-22', '2026-10-28', 4300, now.capturedAt), h, S)).toBeNull();
    expect(visitorsFallingAdvice(now, h.slice(1), S)).toBeNull();
    const small = [5000, 4990, 4980].map((v, i) =>
      week(`2026-10-0${i + 1}`, `2026-10-0${i + 7}`, v, `2026-10-1${i}T00:00:00.000Z`),
    );
    expect(
      visitorsFallingAdvice(week('2026-10-04', '2026-10-10', 4970, '2026-10-20T00:00:00.000Z'), small, S),
    ).toBeNull();
  });
});

describe('lifecycle', () => {
  const peers = (n: number, units: number) =>
    Array.from({ length: n }, (_, i) => rec('listing', `p${i}`, { unitsOrdered: units }));

  it('新品: listed 10 days ago (千牛 创建时间), whatever its sales', () => {
    const item = rec('listing', 'new', { monthlySales: 3 }, { attrs: { createdAt: '2026-11-11 18:00' } });
    // 2026-11-11 18:00 in China = 10:00Z; captured 2026-11-21T10:00Z: exactly 10 days.
    expect(lifecycleAdvice(item, [], { peers: [item] }, S)).toMatchObject({
      action: 'nurtureNew',
      used: { ageDays: 10 },
    });
  });

  it('新品 from first seen only when the shop was watched before the item appeared', () => {
    const item = rec('listing', 'x', { unitsOrdered: 7 });
    const seen = [{ ...item, capturedAt: '2026-11-11T10:00:00.000Z' }];
    expect(
      lifecycleAdvice(item, seen, { peers: [item], watchingSince: '2026-09-01T00:00:00.000Z' }, S)?.action,
    ).toBe('nurtureNew');
    expect(
      lifecycleAdvice(item, seen, { peers: [item], watchingSince: '2026-11-11T10:00:00.000Z' }, S),
    ).toBeNull();
  });

  it('潜力品: 10 a day before, 14 now (+40% >= +20%), not in the top 20%', () => {
    const item = rec('listing', 'up', { unitsOrdered: 98 });
    const before = {
      ...item,
      period: { from: '2026-10-25', to: '2026-10-31' },
      capturedAt: '2026-11-01T10:00:00.000Z',
      metrics: { unitsOrdered: 70 },
    };
    const a = lifecycleAdvice(item, [before], { peers: [...peers(9, 500), item] }, S)!;
    expect(a.action).toBe('investPotential');
    expect(a.used.trend).toBeCloseTo(0.4, 12);
  });

  it('尾货: 10 a day before, 5 now (-50%), ranked 10 of 10', () => {
    const item = rec('listing', 'down', { unitsOrdered: 35 });
    const before = {
      ...item,
      period: { from: '2026-10-25', to: '2026-10-31' },
      capturedAt: '2026-11-01T10:00:00.000Z',
      metrics: { unitsOrdered: 70 },
    };
    const a = lifecycleAdvice(item, [before], { peers: [...peers(9, 500), item] }, S)!;
    expect(a).toMatchObject({ action: 'clearTail', used: { rank: 10, peers: 10, trend: -0.5 } });
  });

  it('no stage without history, a top rank or a known age', () => {
    const item = rec('listing', 'flat', { unitsOrdered: 70 });
    expect(lifecycleAdvice(item, [], { peers: [...peers(9, 500), item] }, S)).toBeNull();
    expect(dailyUnits(item)).toBe(10);
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
