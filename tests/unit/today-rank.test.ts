import { describe, expect, it } from 'vitest';
import { type Advice, type AdviceRule, adviceId } from '../../lib/advice/types';
import type { Kind, Platform } from '../../lib/model';
import { type AdviceRow, compareItems, itemOf, rankItems } from '../../lib/today/items';
import { todayList } from '../../lib/today/list';
import { problemOf } from '../../lib/today/problems';
import { sinceYesterday, toDayItem } from '../../lib/today/since';
import { snoozeUntil, withStatus } from '../../lib/today/status';

// Issue 15, Today: every advice ranked by what is at stake. The stakes below are written by hand from the
// readings they stand for, as issue 14's rules give them (`advice.stake`); Today only orders by them.

type Extra = { stake?: { money?: number; days?: number } };
function advice(
  rule: AdviceRule,
  action: string,
  kind: Kind,
  key: string,
  severity: Advice['severity'],
  currency: string,
  extra: Extra = {},
): Advice & Extra {
  const ref = { kind, marketplace: currency === 'CNY' ? 'tmall.com' : 'amazon.com', key };
  return {
    id: adviceId(rule, ref),
    rule,
    action,
    severity,
    ref,
    label: key,
    currency,
    used: {},
    thresholds: {},
    message: { id: 'buyBoxLow', params: { buyBoxPct: 0.5, buyBoxMin: 0.9 } },
    text: { en: '', zh: '' },
    ...extra,
  };
}
const row = (a: Advice, platform: Platform = 'amazon'): AdviceRow => ({
  id: a.id,
  entity: `${a.ref.kind}|${a.ref.marketplace}|${a.ref.key}`,
  advice: a,
  platform,
  url: `https://example.test/${a.ref.key}`,
  capturedAt: '2026-11-21T08:00:00.000Z',
});

// By hand:
// - keyword "kettle large": 60 clicks at $0.80 and no order: $48.00 spent for nothing.
// - listing B0STOCK: 40 units left at 10 a day is out in 4 days; a reorder takes 30 + 14 days, so 40 days
//   without stock x 10 units x $30 profit = $12,000 of profit lost.
// - Tmall 直通车 keyword 保温杯: ROI 1.2 against break-even 2.5 on ¥2,000 spend: ¥2,000 x (1 - 1.2 / 2.5) =
//   ¥1,040 lost (about $146 at the ordering rate 0.14).
// - listing B0CONV: conversion fell from 10% to 6% on 1,000 sessions at $12 profit a unit: 40 units x $12 = $480.
const pause = advice('pause', 'pause', 'keyword', 'kettle large', 'high', 'USD', { stake: { money: 48 } });
const stock = advice('stock', 'reorder', 'listing', 'B0STOCK', 'high', 'USD', {
  stake: { money: 12_000, days: 4 },
});
const roi = advice('roi', 'cutLoss', 'keyword', '保温杯', 'high', 'CNY', { stake: { money: 1040 } });
const conv = advice('conversion', 'checkListing', 'listing', 'B0CONV', 'medium', 'USD', {
  stake: { money: 480 },
});
const buyBox = advice('buyBox', 'checkBuyBox', 'listing', 'B0BOX', 'high', 'USD');
const harvest = advice('harvest', 'addExact', 'searchTerm', 'steel kettle', 'medium', 'USD');
const wait = advice('bid', 'wait', 'keyword', 'kettle', 'info', 'USD');
const ROWS = [pause, stock, roi, conv, buyBox, harvest, wait].map((a) =>
  row(a, a.currency === 'CNY' ? 'tmall' : 'amazon'),
);
const NOW = Date.parse('2026-11-21T09:00:00.000Z');

describe('Today ranking', () => {
  it('ranks by money at stake across currencies, then by severity where no stake is known', () => {
    const ranked = rankItems(ROWS.flatMap((r) => itemOf(r) ?? []));
    expect(ranked.map((i) => i.ref.key)).toStrictEqual([
      'B0STOCK', // $12,000
      'B0CONV', // $480
      '保温杯', // ¥1,040 = $146
      'kettle large', // $48
      'B0BOX', // no stake, high
      'steel kettle', // no stake, medium
    ]);
  });

  it('leaves out advice that asks for nothing yet (wait for more clicks)', () => {
    expect(itemOf(row(wait))).toBeUndefined();
  });

  it('falls back to severity when no advice carries a stake (before issue 14 lands)', () => {
    const bare = [conv, harvest, buyBox, pause].map(({ stake: _s, ...a }) => itemOf(row(a))!);
    expect(rankItems(bare).map((i) => i.severity)).toStrictEqual(['high', 'high', 'medium', 'medium']);
  });

  it('ranks fewer days to a stock-out first when the money is equal or unknown', () => {
    const a = { id: 'a', severity: 'low' as const, days: 9 };
    const b = { id: 'b', severity: 'high' as const, days: 2 };
    expect(compareItems(a, b)).toBeGreaterThan(0);
    expect(compareItems({ ...a, money: 10, currency: 'USD' }, b)).toBeLessThan(0);
  });

  it('groups by problem, each group where its most pressing item ranks', () => {
    const list = todayList(ROWS, {}, [], undefined, NOW);
    expect(list.groups.map((g) => [g.problem, g.items.map((i) => i.ref.key)])).toStrictEqual([
      ['stock', ['B0STOCK']],
      ['conversion', ['B0CONV', 'B0BOX']],
      ['adsWaste', ['保温杯', 'kettle large']],
      ['bids', ['steel kettle']],
    ]);
    expect(list.visible).toBe(6);
  });

  it('groups by what the advice asks: a Tmall ROI rule that lowers the bid is about bids', () => {
    expect(problemOf(advice('roi', 'lowerBid', 'keyword', 'x', 'high', 'CNY'))).toBe('bids');
    expect(problemOf(advice('roi', 'cutLoss', 'keyword', 'x', 'high', 'CNY'))).toBe('adsWaste');
    // A rule added later lands in a group by its entity's kind.
    expect(problemOf({ action: 'new', rule: 'new' as AdviceRule, ref: stock.ref })).toBe('conversion');
  });
});

describe('done, snooze, dismiss', () => {
  const stockItem = itemOf(row(stock))!;
  it('done hides an item until its numbers change; snooze until its time; dismiss for good', () => {
    let status = withStatus(
      {},
      stock.id,
      { state: 'done', at: '2026-11-21T08:30:00.000Z', fingerprint: stockItem.fingerprint },
      NOW,
    );
    status = withStatus(
      status,
      pause.id,
      { state: 'snoozed', at: '2026-11-21T08:30:00.000Z', until: snoozeUntil(new Date(NOW)) },
      NOW,
    );
    const list = todayList(ROWS, status, [roi.id], undefined, NOW);
    expect(list.hidden.map((h) => [h.item.ref.key, h.by])).toStrictEqual([
      ['B0STOCK', 'done'],
      ['保温杯', 'dismissed'],
      ['kettle large', 'snoozed'],
    ]);
    expect(list.visible).toBe(3);
    // The next reading says 3 days instead of 4: the item is back.
    const worse = {
      ...stock,
      message: { id: 'buyBoxLow', params: { buyBoxPct: 0.4, buyBoxMin: 0.9 } },
    } as Advice;
    const after = todayList([row(worse)], status, [], undefined, NOW);
    expect(after.visible).toBe(1);
    // The snooze ends the next morning.
    const tomorrow = Date.parse(snoozeUntil(new Date(NOW))) + 1;
    expect(todayList(ROWS, status, [], undefined, tomorrow).hidden.map((h) => h.by)).toStrictEqual(['done']);
  });

  it('forgets expired snoozes when a status is written', () => {
    const status = withStatus(
      {},
      'a',
      { state: 'snoozed', at: '2026-11-20T08:00:00.000Z', until: '2026-11-21T06:00:00.000Z' },
      NOW,
    );
    expect(withStatus(status, 'b', undefined, NOW)).toStrictEqual({});
  });
});

describe('since yesterday', () => {
  it('names what is new, what got worse and what was fixed', () => {
    const today = rankItems(ROWS.flatMap((r) => itemOf(r) ?? [])).map(toDayItem);
    const before = today
      .filter((i) => i.id !== conv.id)
      .map((i) => (i.id === stock.id ? { ...i, money: 9_000, days: 6 } : i));
    before.push({ id: 'gone', problem: 'bids', name: 'old keyword', severity: 'high' });
    const since = sinceYesterday(today, { day: '2026-11-20', at: '2026-11-20T20:00:00.000Z', items: before });
    expect(since?.added.map((i) => i.name)).toStrictEqual(['B0CONV']);
    expect(since?.worse.map((w) => [w.now.name, w.before.money])).toStrictEqual([['B0STOCK', 9_000]]);
    expect(since?.fixed.map((i) => i.name)).toStrictEqual(['old keyword']);
  });
  it('has nothing to compare with on the first day', () => {
    expect(sinceYesterday([], undefined)).toBeUndefined();
  });
});
