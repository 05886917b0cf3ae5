import { describe, expect, it } from 'vitest';
import { adviseRecords } from '../../lib/advice';
import { dailyUnits, lifecycleAdvice, visitorsFallingAdvice } from '../../lib/advice/alibaba';
import type { SnapshotRecord } from '../../lib/model';
import {
  adviseAll,
  en,
  pageRecords as page,
  tmallRec as rec,
  TMALL_S as S,
  zh,
} from '../helpers/advice-records';

describe('生意参谋 items', () => {
  const items = page('tmall/sycm-items/item-rank.html');

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
    expect(hot[2]!.message).toStrictEqual({
      id: 'lifecycleHot',
      params: { name: hot[2]!.label, perDay: 2011 / 7, rank: 1, peers: 24, lifecycleHotShare: 0.2 },
    });
    expect(zh(hot[2]!)).toContain('日均 287.3 件，店内第 1/24 名，前 20% 为爆品；阈值为本工具设定');
    expect(en(hot[2]!)).toContain('287.3 units a day, #1 of 24 in the shop, top 20% are hot');
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
    expect(a.message).toStrictEqual({
      id: 'visitorsFalling',
      params: {
        name: 'item',
        falls: 3,
        days: 7,
        series: [5000, 4500, 4200, 3900],
        fall: 1 - 3900 / 5000,
        visitorsFallMin: 0.1,
      },
    });
    expect(zh(a)).toContain(
      '访客数连续 3 次下降（每期 7 天）：5,000 → 4,500 → 4,200 → 3,900，累计 -22%（累计下降 10% 及以上才计）',
    );
    expect(en(a)).toContain(
      'visitors fell 3 times in a row (7-day periods): 5,000 → 4,500 → 4,200 → 3,900, -22% in all (a fall of 10% or more counts)',
    );
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
  /** The same item's reading of the week before, with these units ordered. */
  const weekBefore = (item: SnapshotRecord, units: number) => ({
    ...item,
    period: { from: '2026-10-25', to: '2026-10-31' },
    capturedAt: '2026-11-01T10:00:00.000Z',
    metrics: { unitsOrdered: units },
  });
  const peers = (n: number, units: number) =>
    Array.from({ length: n }, (_, i) => rec('listing', `p${i}`, { unitsOrdered: units }));

  it('新品: listed 10 days ago (千牛 创建时间), whatever its sales', () => {
    const item = rec('listing', 'new', { monthlySales: 3 }, { attrs: { createdAt: '2026-11-11 18:00' } });
    // 2026-11-11 18:00 in China = 10:00Z; captured 2026-11-21T10:00Z: exactly 10 days.
    const a = lifecycleAdvice(item, [], { peers: [item] }, S);
    expect(a).toMatchObject({ action: 'nurtureNew', used: { ageDays: 10 } });
    expect(a?.message).toStrictEqual({
      id: 'lifecycleNew',
      params: { name: 'new', ageDays: 10, lifecycleNewDays: 30 },
    });
    expect(en(a)).toMatch(/^“new” lifecycle: new \(listed 10 days ago, new for ≤ 30 days; our thresholds/);
    expect(zh(a)).toMatch(/^“new”生命周期：新品（上架 10 天，新品期 ≤ 30 天；阈值为本工具设定/);
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
    const a = lifecycleAdvice(item, [weekBefore(item, 70)], { peers: [...peers(9, 500), item] }, S)!;
    expect(a.action).toBe('investPotential');
    expect(a.used.trend).toBeCloseTo(0.4, 12);
    expect(a.message).toMatchObject({
      id: 'lifecyclePotential',
      params: { perDay: 14, lifecycleGrowth: 0.2 },
    });
    expect(en(a)).toBe(
      '“up” lifecycle: potential (14 units a day, +40% on before, growth ≥ 20% is potential; our thresholds, Alimama publishes none): raise ad budget, improve main image and detail page.',
    );
  });

  it('尾货: 10 a day before, 5 now (-50%), ranked 10 of 10', () => {
    const item = rec('listing', 'down', { unitsOrdered: 35 });
    const a = lifecycleAdvice(item, [weekBefore(item, 70)], { peers: [...peers(9, 500), item] }, S)!;
    expect(a).toMatchObject({ action: 'clearTail', used: { rank: 10, peers: 10, trend: -0.5 } });
    expect(zh(a)).toBe(
      '“down”生命周期：尾货（日均 5 件，较此前 -50%（下降 30% 及以上），店内第 10/10 名（后 50%）；阈值为本工具设定，阿里妈妈未公布）：清理库存，减少推广投入，考虑搭配或促销。',
    );
  });

  it('no stage without history, a top rank or a known age', () => {
    const item = rec('listing', 'flat', { unitsOrdered: 70 });
    expect(lifecycleAdvice(item, [], { peers: [...peers(9, 500), item] }, S)).toBeNull();
    expect(dailyUnits(item)).toBe(10);
  });
});
