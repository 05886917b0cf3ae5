import { describe, expect, it } from 'vitest';
import { adviseRecords, type NotEnoughData } from '../../lib/advice';
import { autoShareAdvice, harvestAdvice } from '../../lib/advice/ads-harvest';
import { lifecycleAdvice, roiAdvice, visitorsFallingAdvice } from '../../lib/advice/alibaba';
import { atLeast, atMost, ceilish, floorish } from '../../lib/advice/compare';
import { gapsInto } from '../../lib/advice/gaps';
import type { Pool } from '../../lib/advice/pool';
import type { SnapshotRecord } from '../../lib/model';
import { ADVICE_DEFAULTS } from '../../lib/settings/advice-settings';
import { amazonRec, en, pageRecords, tmallRec, zh } from '../helpers/advice-records';

// Issue 14's edge cases, worked by hand: thresholds met exactly, pooled 1X clicks, the 直通车 ROI zones,
// harvest broad/phrase, the auto share of spend, and the "not enough data" list.

const S = { ...ADVICE_DEFAULTS }; // break-even ACoS 30%, target 25%, band 2.5 points; break-even ROI 2.5
const none = () => [];

describe('thresholds compared with a tolerance', () => {
  it('a rise of exactly 20% and a fall of exactly 10% count, 1X of 1 order in 49 clicks is 49', () => {
    expect(84 / 70 - 1 >= 0.2).toBe(false); // 0.19999999999999996: the bug
    expect(atLeast(84 / 70 - 1, 0.2)).toBe(true);
    expect(1 - 90 / 100 >= 0.1).toBe(false); // 0.09999999999999998
    expect(atLeast(1 - 90 / 100, 0.1)).toBe(true);
    expect(atLeast(0.1999, 0.2)).toBe(false);
    expect(atMost(0.3 + 1e-12, 0.3)).toBe(true);
    expect(Math.ceil(1 / (1 / 49))).toBe(50); // 1 order in 49 clicks: 1 / (1/49) = 49.00000000000001
    expect(ceilish(1 / (1 / 49))).toBe(49);
    expect(Math.floor(0.29 * 100)).toBe(28); // 28.999999999999996
    expect(floorish(0.29 * 100)).toBe(29);
  });

  it('潜力品 at exactly +20%: 84 units this week against 70 the week before (12 vs 10 a day)', () => {
    const item = tmallRec('listing', 'up', { unitsOrdered: 84 });
    const before = {
      ...item,
      period: { from: '2026-10-25', to: '2026-10-31' },
      metrics: { unitsOrdered: 70 },
    };
    const a = lifecycleAdvice(
      item,
      [{ ...before, capturedAt: '2026-11-01T10:00:00.000Z' }],
      { peers: [item] },
      S,
    );
    expect(a?.message.id).toBe('lifecyclePotential');
    expect(en(a)).toContain('12 units a day, +20% on before, growth ≥ 20% is potential');
  });

  it('visitors warn on a fall of exactly 10% over 3 falls: 100 -> 95 -> 92 -> 90', () => {
    const week = (from: string, to: string, visitors: number) =>
      tmallRec('listing', 'item', { visitors }, { period: { from, to }, capturedAt: `${to}T23:00:00.000Z` });
    const h = [week('2026-10-01', '2026-10-07', 100), week('2026-10-08', '2026-10-14', 95)];
    const now = week('2026-10-22', '2026-10-28', 90);
    const a = visitorsFallingAdvice(now, [...h, week('2026-10-15', '2026-10-21', 92)], S);
    expect(a?.used.fall).toBe(1 - 90 / 100);
    expect(en(a)).toContain('100 → 95 → 92 → 90, -10% in all (a fall of 10% or more counts)');
    // Too little data: two readings of the three falls' four.
    const list: NotEnoughData[] = [];
    expect(visitorsFallingAdvice(now, h.slice(1), S, gapsInto(list))).toBeNull();
    expect(list).toStrictEqual([
      {
        rule: 'visitorsFalling',
        kind: 'listing',
        marketplace: 'tmall.com',
        key: 'item',
        missing: 'readings',
        have: 2,
        need: 4,
      },
    ]);
  });
});

describe('Amazon bid gate pooled over the ad group, then campaign, then account', () => {
  const kw = (key: string, adGroupId: string, clicks: number, orders: number, acos: number) =>
    amazonRec(
      'keyword',
      key,
      { clicks, orders, cpc: 1, bid: 1, acos },
      {
        source: 'amazon.ads-keywords',
        attrs: { campaignId: 'c1', adGroupId },
      },
    );

  it('1 order in 5 clicks in an ad group of 4 orders / 200 clicks: 1X = 50 clicks, not enough data', () => {
    // Pool g1: (1 + 3) / (5 + 195) = 2% -> 1X = 50. A: 5 < 50 -> wait. B: 195 >= 50, ACoS 20% < 25% - 2.5:
    // raise to min(1 x 0.25 / 0.20 = 1.25, 1 x 1.2) = 1.20.
    const list: NotEnoughData[] = [];
    const advice = adviseRecords(
      [kw('a', 'g1', 5, 1, 0.6), kw('b', 'g1', 195, 3, 0.2)],
      none,
      undefined,
      list,
    );
    const [a, b] = [advice.find((x) => x.ref.key === 'a')!, advice.find((x) => x.ref.key === 'b')!];
    expect(a).toMatchObject({ rule: 'bid', action: 'wait', thresholds: { minClicks: 50 } });
    expect(a.used).toStrictEqual({ clicks: 5, acos: 0.6, conversion: 0.02, poolOrders: 4, poolClicks: 200 });
    expect(en(a)).toBe(
      "Not enough data: 5 of 50 clicks (1X at the ad group's 2% conversion) before judging ACoS 60%.",
    );
    expect(b).toMatchObject({ action: 'raiseBid', suggested: { bid: 1.2 } });
    expect(list).toStrictEqual([
      {
        rule: 'bid',
        kind: 'keyword',
        marketplace: 'amazon.com',
        key: 'a',
        missing: 'clicks',
        have: 5,
        need: 50,
      },
    ]);
  });

  it('falls back to the campaign when the ad group has under 3 orders; exactly 3 orders are enough', () => {
    // g1 holds 1 order (< 3); campaign c1: (1 + 2) / (5 + 100) = 3 / 105 -> 1X = 35 clicks.
    const records = [kw('a', 'g1', 5, 1, 0.6), kw('c', 'g2', 100, 2, 0.24)];
    const a = adviseRecords(records, none, undefined).find((x) => x.ref.key === 'a')!;
    expect(a.message).toMatchObject({ id: 'bidWait', params: { minClicks: 35, pool: 'campaign' } });
    // At 4 orders needed neither the group, the campaign nor the account (all 3) qualifies: default 10%.
    const doc = { version: 1 as const, marketplaces: { '*': { poolMinOrders: 4 } }, products: {} };
    const d = adviseRecords(records, none, doc).find((x) => x.ref.key === 'a')!;
    expect(d.message).toMatchObject({ id: 'bidWait', params: { minClicks: 10, pool: 'default' } });
    expect(zh(d)).toBe('数据不足：5 / 10 次点击（按默认转化率 10% 的 1X），暂不判断 ACoS 60%。');
  });

  it('ACoS exactly at target + band (27.5%) is left alone; a missing CPC is reported, not guessed', () => {
    const list: NotEnoughData[] = [];
    const at = kw('k', 'g1', 100, 10, 0.25 + 0.025);
    const noCpc = amazonRec('keyword', 'n', { clicks: 100, orders: 10, acos: 0.5 });
    expect(adviseRecords([at, noCpc], none, undefined, list).filter((x) => x.rule === 'bid')).toStrictEqual(
      [],
    );
    expect(list).toContainEqual({
      rule: 'bid',
      kind: 'keyword',
      marketplace: 'amazon.com',
      key: 'n',
      missing: 'cpc',
    });
  });
});

describe('直通车 ROI zones (break-even 2.5, target 1 / (0.4 - 0.05) = 2.857, band 2.5 ACoS points)', () => {
  const AT2: Pool = { conversion: 0.02, level: 'adGroup', orders: 10, clicks: 500 }; // 1X = 50 clicks
  const kw = (roas: number, clicks = 120, extra: SnapshotRecord['metrics'] = { cpc: 1, bid: 1.1 }) =>
    tmallRec('keyword', '豆浆机', { clicks, orders: 5, roas, ...extra });

  it('ROI 2.60 between break-even and target: bid 1 x 2.6 / 2.857 = 0.91, 10.80 spent beyond target', () => {
    // ACoS 1 / 2.6 = 38.5% > 35% + 2.5. Spend 120 clicks x 1.00 = 120; beyond target: 120 x (1 - 0.91) = 10.80.
    const a = roiAdvice(kw(2.6), S, AT2)!;
    expect(a).toMatchObject({
      action: 'lowerBid',
      severity: 'medium',
      suggested: { bid: 0.91 },
      stake: { money: 10.8 },
    });
    expect(a.thresholds).toMatchObject({ breakEvenRoi: 2.5, minClicks: 50, bidBand: 0.025 });
    expect(en(a)).toBe(
      "“豆浆机” ROI 2.60 over 120 clicks (at least 50: 1X at the ad group's 2% conversion) is at or above break-even 2.50 but under target ROI 2.86 (ACoS ±2.5 points): lower the bid from CN¥1.10 to CN¥0.91 (PPC CN¥1.00 × 2.60 / 2.86) to reach the target.",
    );
    expect(zh(a)).toBe(
      '“豆浆机”投入产出比 2.60（120 次点击，至少 50 次：按推广组转化率 2% 的 1X）不低于保本 2.50，但低于目标投产比 2.86（ACoS ±2.5 个百分点）：出价从 ¥1.10 降至 ¥0.91（PPC ¥1.00 × 2.60 / 2.86），以达到目标。',
    );
  });

  it('ROI exactly at break-even 2.50 is toward target, not a loss: 2.5 x 0.35 = 0.875 -> 0.87', () => {
    const a = roiAdvice(kw(2.5), S, AT2)!;
    expect(a).toMatchObject({ action: 'lowerBid', suggested: { bid: 0.87 } });
    expect(a.message.id).toBe('roiTowardTarget');
  });

  it('ROI 4.00 far above target: raise 1.00 to min(1 x 4 / 2.857 = 1.40, 1.00 x 1.2) = 1.20, no stake', () => {
    const a = roiAdvice(kw(4, 120, { cpc: 1, bid: 1 }), S, AT2)!;
    expect(a).toMatchObject({ action: 'raiseBid', severity: 'low', suggested: { bid: 1.2 } });
    expect(a.stake).toBeUndefined();
    expect(en(a)).toContain(
      'is above target ROI 2.86 (ACoS ±2.5 points): raise the bid from CN¥1.00 to CN¥1.20 (at most +20%)',
    );
  });

  it('inside the band nothing: ACoS exactly 37.5% (ROI 8/3) and 37.0% (ROI 2.70)', () => {
    expect(roiAdvice(kw(8 / 3), S, AT2)).toBeNull();
    expect(roiAdvice(kw(2.7), S, AT2)).toBeNull();
  });

  it('too few clicks above break-even: no advice, listed as not enough data; a missing PPC too', () => {
    const list: NotEnoughData[] = [];
    expect(roiAdvice(kw(2.6, 40), S, AT2, gapsInto(list))).toBeNull();
    expect(roiAdvice(kw(2.6, 120, {}), S, AT2, gapsInto(list))).toBeNull();
    expect(list).toStrictEqual([
      {
        rule: 'roi',
        kind: 'keyword',
        marketplace: 'tmall.com',
        key: '豆浆机',
        missing: 'clicks',
        have: 40,
        need: 50,
      },
      { rule: 'roi', kind: 'keyword', marketplace: 'tmall.com', key: '豆浆机', missing: 'cpc' },
    ]);
  });
});

describe('harvest broad/phrase and the auto share of spend', () => {
  const term = (metrics: SnapshotRecord['metrics'], targeting = 'close-match') =>
    amazonRec('searchTerm', 'northwind', metrics, { attrs: { targeting } });

  it('1 order (exactly the 1 needed) at ACoS 12.22% from auto targeting: broad + phrase, negative phrase in auto', () => {
    const a = harvestAdvice(term({ orders: 1, clicks: 19, acos: 0.1222 }), S, new Set())!;
    expect(a).toMatchObject({ rule: 'harvest', action: 'addBroadPhraseNegateAuto', used: { orders: 1 } });
    expect(a.thresholds).toStrictEqual({ harvestBroadOrders: 1, harvestOrders: 2, targetAcos: 0.25 });
    expect(en(a)).toBe(
      '“northwind”: 1 order at ACoS 12.22% (target 25%; at least 1 order, 2 orders make it exact): add as a broad and a phrase keyword in a manual campaign, and as a negative phrase in this auto ad group.',
    );
    expect(zh(a)).toBe(
      '“northwind”：1 单，ACoS 12.22%（目标 25%；至少 1 单，2 单起收割为精准）：在手动广告中添加为广泛和词组关键词，并在此自动广告组中添加为词组否定。',
    );
  });

  it('from a manual keyword no negative; ACoS exactly at target no harvest; no ACoS is reported', () => {
    expect(harvestAdvice(term({ orders: 1, acos: 0.1 }, 'kettle'), S, new Set())?.action).toBe(
      'addBroadPhrase',
    );
    expect(harvestAdvice(term({ orders: 1, acos: 0.3 - 0.05 }), S, new Set())).toBeNull();
    const list: NotEnoughData[] = [];
    expect(harvestAdvice(term({ orders: 1, clicks: 10 }), S, new Set(), gapsInto(list))).toBeNull();
    expect(list[0]).toMatchObject({ rule: 'harvest', missing: 'acos' });
  });

  it("the search-term fixture's 1-order terms under 25%: black kettle electric, …, northwind", () => {
    const advice = adviseRecords(
      pageRecords('amazon/ads-search-terms/search-terms-en.html'),
      none,
      undefined,
    );
    const broad = advice.filter((a) => a.action === 'addBroadPhrase').map((a) => a.label);
    // 1 order and ACoS < 25%: 20.24%, 24.95%, 12.43%, 12.22% (27.61% and 27.96% are over target).
    expect(broad).toStrictEqual([
      'black kettle electric',
      'electric kettle with temperature control',
      'kettle electric glass 1.7 liter',
      'northwind',
    ]);
  });

  const campaign = (key: string, spend: number, targetingType?: string) =>
    amazonRec('campaign', key, { spend }, { attrs: targetingType ? { targetingType } : {} });

  it('auto spend 450 of 1,000 = 45% > 30%: move 450 - 0.3 x 1,000 = 150; exactly 30% is fine', () => {
    const s = () => S;
    const [a] = autoShareAdvice([campaign('auto', 450, 'Automatic'), campaign('manual', 550, 'Manual')], s);
    expect(a).toMatchObject({ rule: 'autoShare', suggested: { moveSpend: 150 }, used: { autoShare: 0.45 } });
    expect(a!.stake).toBeUndefined();
    expect(en(a)).toBe(
      'Auto campaigns take 45% of ad spend ($450.00 of $1,000.00), over the 30% most: move $150.00 of it to manual campaigns with the search terms that convert. This campaign spent $450.00.',
    );
    expect(
      autoShareAdvice([campaign('auto', 300, 'Automatic'), campaign('manual', 700, 'Manual')], s),
    ).toStrictEqual([]);
    const list: NotEnoughData[] = [];
    expect(autoShareAdvice([campaign('x', 100)], s, gapsInto(list))).toStrictEqual([]);
    expect(list[0]).toMatchObject({ rule: 'autoShare', missing: 'targetingType' });
  });
});

describe('sentences carry their thresholds', () => {
  it('加购 without 支付 shows its p-value and significance level', () => {
    const a = adviseRecords(pageRecords('tmall/sycm-items/item-rank.html'), none, undefined).find(
      (x) => x.rule === 'cartNoPay',
    );
    expect(en(a)).toMatch(/visitors, p [<=] 0\.\d+, significant at 0\.05\): buyers want it/);
    expect(zh(a)).toMatch(/访客，p [<=] 0\.\d+，在 0\.05 水平显著）/);
  });
});
