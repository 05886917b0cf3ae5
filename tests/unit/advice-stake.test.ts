import { describe, expect, it } from 'vitest';
import { adviseRecords } from '../../lib/advice';
import { assumedDefaults, stakeOf } from '../../lib/advice/stake';
import type { SnapshotRecord } from '../../lib/model';
import { EMPTY_SETTINGS } from '../../lib/settings/advice-settings';

const ref = { kind: 'keyword' as const, marketplace: 'amazon.com', key: 'kettle' };

describe('money at stake, worked by hand', () => {
  it('0 orders: the whole spend', () => {
    // 34 clicks, $36.38 spent, no order: $36.38 wasted.
    expect(
      stakeOf({ rule: 'negative', used: { clicks: 34, orders: 0, spend: 36.38 }, thresholds: {} }),
    ).toStrictEqual({
      money: 36.38,
    });
    // Pause without a spend figure: 30 clicks x $0.95 CPC = $28.50.
    expect(
      stakeOf({ rule: 'pause', used: { clicks: 30, orders: 0, cpc: 0.95 }, thresholds: {} }),
    ).toStrictEqual({
      money: 28.5,
    });
  });

  it('a bid cut: the spend beyond what target ACoS allows', () => {
    // 40 clicks x $1.00 = $40 at ACoS 50% sells $80; at target 25% $80 of sales allow $20: $20 beyond.
    const a = {
      rule: 'bid' as const,
      used: { acos: 0.5, clicks: 40, cpc: 1 },
      thresholds: { targetAcos: 0.25 },
    };
    expect(stakeOf(a)).toStrictEqual({ money: 20 });
    // Under target (a raise): nothing lost.
    expect(stakeOf({ ...a, used: { acos: 0.2, clicks: 40, cpc: 1 } })).toBeUndefined();
    // Exactly at target: nothing beyond it.
    expect(stakeOf({ ...a, used: { acos: 0.25, clicks: 40, cpc: 1 } })).toBeUndefined();
  });

  it('a campaign above break-even, and 直通车 ROI under break-even ROI', () => {
    // $100 at ACoS 40% sells $250; break-even 30% allows $75: $25 beyond.
    expect(
      stakeOf({
        rule: 'breakEven',
        used: { acos: 0.4, spend: 100, sales: 250 },
        thresholds: { breakEvenAcos: 0.3 },
      }),
    ).toStrictEqual({ money: 25 });
    // ¥200 at ROI 2 sells ¥400; break-even ROI 2.5 allows ¥160: ¥40 beyond.
    expect(
      stakeOf({ rule: 'roi', used: { roas: 2, spend: 200, sales: 400 }, thresholds: { breakEvenRoi: 2.5 } }),
    ).toStrictEqual({ money: 40 });
    // ROI 3 is above break-even: nothing lost.
    expect(
      stakeOf({ rule: 'roi', used: { roas: 3, spend: 200 }, thresholds: { breakEvenRoi: 2.5 } }),
    ).toBeUndefined();
  });

  it('stock: days of cover; rules with nothing to lose have no stake; a rule may give its own', () => {
    expect(stakeOf({ rule: 'stock', used: { daysOfCover: 12 }, thresholds: {} })).toStrictEqual({ days: 12 });
    // 4 units a day at $25, 12 days of cover, lead time 30: a reorder today arrives 18 days after the last
    // unit is sold: 4 x 25 x 18 = $1,800 of sales lost.
    expect(
      stakeOf({
        rule: 'stock',
        used: { daysOfCover: 12, unitsPerDay: 4, price: 25 },
        thresholds: { leadTimeDays: 30 },
      }),
    ).toStrictEqual({ days: 12, money: 1800 });
    // Cover beyond the lead time: days only.
    expect(
      stakeOf({
        rule: 'stock',
        used: { daysOfCover: 40, unitsPerDay: 4, price: 25 },
        thresholds: { leadTimeDays: 30 },
      }),
    ).toStrictEqual({ days: 40 });
    expect(stakeOf({ rule: 'slowMover', used: { tiedUp: 1234.5 }, thresholds: {} })).toStrictEqual({
      money: 1234.5,
    });
    expect(stakeOf({ rule: 'harvest', used: { orders: 5, acos: 0.1 }, thresholds: {} })).toBeUndefined();
    expect(stakeOf({ rule: 'negative', used: { clicks: 34, orders: 0 }, thresholds: {} })).toBeUndefined();
    expect(stakeOf({ rule: 'slowMover', used: {}, thresholds: {}, stake: { money: 900 } })).toStrictEqual({
      money: 900,
    });
  });
});

describe('advice resting on a default margin', () => {
  const a = { ref, thresholds: { targetAcos: 0.25, minClicks: 10 } };
  it('names the margin while no layer sets it', () => {
    expect(assumedDefaults(a, undefined)).toStrictEqual(['breakEvenAcos']);
    expect(assumedDefaults(a, EMPTY_SETTINGS)).toStrictEqual(['breakEvenAcos']);
    expect(assumedDefaults({ ...a, thresholds: { breakEvenRoi: 2.5 } }, EMPTY_SETTINGS)).toStrictEqual([
      'breakEvenRoi',
    ]);
    expect(assumedDefaults({ ...a, thresholds: { negativeClicks: 20 } }, EMPTY_SETTINGS)).toStrictEqual([]);
  });
  it('is satisfied by any layer: all marketplaces, the marketplace, the product', () => {
    const m = (layer: string) => ({ ...EMPTY_SETTINGS, marketplaces: { [layer]: { breakEvenAcos: 0.35 } } });
    expect(assumedDefaults(a, m('*'))).toStrictEqual([]);
    expect(assumedDefaults(a, m('amazon.com'))).toStrictEqual([]);
    expect(assumedDefaults(a, m('amazon.de'))).toStrictEqual(['breakEvenAcos']);
    const p = { ...EMPTY_SETTINGS, products: { 'amazon.com|kettle': { breakEvenAcos: 0.35 } } };
    expect(assumedDefaults(a, p)).toStrictEqual([]);
  });
});

describe('through the one advice function', () => {
  it('a search term with 0 orders carries its spend as stake and the default margin is not claimed', () => {
    const rec: SnapshotRecord = {
      kind: 'searchTerm',
      platform: 'amazon',
      marketplace: 'amazon.com',
      key: 'electric kettle glass @412096385710462',
      label: 'electric kettle glass',
      source: 'amazon.ads-search-terms',
      capturedAt: '2026-11-08T09:00:00.000Z',
      url: 'https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/search-terms',
      currency: 'USD',
      metrics: { impressions: 4120, clicks: 34, spend: 36.38, orders: 0, sales: 0 },
      attrs: { matchType: 'BROAD' },
    } as SnapshotRecord;
    const advice = adviseRecords([rec], () => [], EMPTY_SETTINGS);
    const negative = advice.find((x) => x.rule === 'negative');
    expect(negative?.stake).toStrictEqual({ money: 36.38 });
    expect(negative?.assumed).toBeUndefined();
  });
});
