import { describe, expect, it } from 'vitest';
import { adviseRecords } from '../../lib/advice';
import { bidAdvice, breakEvenAdvice, harvestAdvice, negativeAdvice } from '../../lib/advice/ads';
import { averageDailyUnits, buyBoxAdvice, conversionAdvice, stockAdvice } from '../../lib/advice/listing';
import { normalCdf, twoProportionTest } from '../../lib/advice/stats';
import type { SnapshotRecord } from '../../lib/model';
import { ADVICE_DEFAULTS, resolveSettings } from '../../lib/settings/advice-settings';

const S = { ...ADVICE_DEFAULTS }; // break-even 30%, target 25%

function rec(
  kind: SnapshotRecord['kind'],
  key: string,
  metrics: SnapshotRecord['metrics'],
  extra: Partial<SnapshotRecord> = {},
): SnapshotRecord {
  return {
    kind,
    source: 'amazon.ads-search-terms',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key,
    label: key,
    currency: 'USD',
    capturedAt: '2026-11-21T10:00:00.000Z',
    url: 'https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/search-terms',
    metrics,
    attrs: {},
    ...extra,
  };
}

describe('stats', () => {
  it('normal CDF matches known values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
  });
  it('two-proportion test: 100/1000 vs 70/1000 is significant, 10/100 vs 9/100 is not', () => {
    const a = twoProportionTest(100, 1000, 70, 1000);
    expect(a?.z).toBeCloseTo(-2.4054, 3);
    expect(a?.pValue).toBeCloseTo(0.0162, 3);
    expect(twoProportionTest(10, 100, 9, 100)?.pValue).toBeGreaterThan(0.5);
    expect(twoProportionTest(0, 0, 1, 10)).toBeUndefined();
  });
});

describe('bid rule', () => {
  it('lowers an over-target bid to CPC x target / ACoS, never above CPC', () => {
    // 40 clicks, 4 orders: conversion 10% -> 1X = 10 clicks. ACoS 40% vs target 25%.
    const a = bidAdvice(
      rec('keyword', 'kettle', {
        clicks: 40,
        orders: 4,
        cpc: 1.2,
        bid: 1.5,
        spend: 48,
        sales: 120,
        acos: 0.4,
      }),
      S,
    );
    expect(a).toMatchObject({ rule: 'bid', action: 'lowerBid', severity: 'high', suggested: { bid: 0.75 } });
    expect(a?.text.en).toBe(
      'ACoS 40% over 40 clicks vs. target 25%: lower bid from $1.50 to $0.75 (CPC $1.20 × 25% / 40%).',
    );
    expect(a?.text.zh).toContain('出价从 US$1.50 降至 US$0.75');
  });
  it('says there is not enough data below 1X clicks', () => {
    // 1 order in 29 clicks: 1X = 29 clicks; with a 1.1 factor 32 clicks are needed
    const a = bidAdvice(
      rec('keyword', 'k', { clicks: 29, orders: 1, cpc: 1, spend: 29, sales: 20, acos: 1.45 }),
      { ...S, bidClicksFactor: 1.1 },
    );
    expect(a).toMatchObject({ action: 'wait', severity: 'info', thresholds: { minClicks: 32 } });
  });
  it('raises an under-target bid by at most 20%', () => {
    const a = bidAdvice(
      rec('keyword', 'k', { clicks: 200, orders: 20, cpc: 1, bid: 1, spend: 200, sales: 2000, acos: 0.1 }),
      S,
    );
    expect(a).toMatchObject({ action: 'raiseBid', suggested: { bid: 1.2 } });
  });
  it('leaves a bid inside the band alone, and pauses a keyword with no order after 1.5X clicks', () => {
    expect(
      bidAdvice(
        rec('keyword', 'k', { clicks: 100, orders: 10, cpc: 1, spend: 100, sales: 410, acos: 0.24 }),
        S,
      ),
    ).toBeNull();
    const p = bidAdvice(rec('keyword', 'k', { clicks: 15, orders: 0, cpc: 1, spend: 15 }), S);
    expect(p).toMatchObject({
      rule: 'pause',
      action: 'pause',
      used: { clicks: 15, spend: 15 },
      thresholds: { pauseClicks: 15 },
    });
    expect(bidAdvice(rec('keyword', 'k', { clicks: 14, orders: 0, cpc: 1, spend: 14 }), S)).toBeNull();
  });
});

describe('search term rules', () => {
  it('negates a term with 20+ clicks and no order, with the money it wasted', () => {
    const a = negativeAdvice(rec('searchTerm', 'cheap kettle', { clicks: 31, orders: 0, spend: 27.9 }), S);
    expect(a?.text.en).toBe(
      '“cheap kettle”: 31 clicks, 0 orders (threshold 20 clicks): add as negative exact; it wasted $27.90.',
    );
    expect(negativeAdvice(rec('searchTerm', 'x', { clicks: 19, orders: 0, spend: 10 }), S)).toBeNull();
    expect(negativeAdvice(rec('searchTerm', 'x', { clicks: 40, orders: 1, spend: 10 }), S)).toBeNull();
    expect(negativeAdvice(rec('searchTerm', 'x', { clicks: 40, spend: 10 }), S)).toBeNull(); // orders not shown: no advice
  });
  it('harvests a term with 2+ orders under target that is not an exact keyword yet', () => {
    const term = rec('searchTerm', 'gooseneck kettle', {
      clicks: 30,
      orders: 3,
      spend: 15,
      sales: 90,
      acos: 15 / 90,
    });
    expect(harvestAdvice(term, S, new Set())).toMatchObject({ action: 'addExact', used: { orders: 3 } });
    expect(harvestAdvice(term, S, new Set(['gooseneck kettle']))).toBeNull();
    expect(harvestAdvice({ ...term, metrics: { ...term.metrics, acos: 0.26 } }, S, new Set())).toBeNull();
  });
});

describe('break-even rule', () => {
  it('reports the loss beyond break-even', () => {
    const a = breakEvenAdvice(rec('campaign', 'SP - Kettles', { spend: 500, sales: 1000, acos: 0.5 }), S);
    expect(a).toMatchObject({ action: 'cutLoss', suggested: { loss: 200 } });
    expect(breakEvenAdvice(rec('campaign', 'c', { spend: 250, sales: 1000, acos: 0.25 }), S)).toBeNull();
  });
});

describe('listing rules', () => {
  const listing = (
    units: number,
    sessions: number,
    from: string,
    to: string,
    capturedAt: string,
    extra: SnapshotRecord['metrics'] = {},
  ) =>
    rec(
      'listing',
      'B0C1K2Z3X4',
      { unitsOrdered: units, sessions, ...extra },
      { period: { from, to }, capturedAt, source: 'amazon.business-report' },
    );

  it('flags a significant conversion drop with both rates and the p-value', () => {
    const earlier = [
      listing(100, 1000, '2026-10-01', '2026-10-07', '2026-10-08T00:00:00Z'),
      listing(110, 1000, '2026-10-08', '2026-10-14', '2026-10-15T00:00:00Z'),
    ];
    const a = conversionAdvice(
      listing(70, 1000, '2026-11-01', '2026-11-07', '2026-11-08T00:00:00Z'),
      earlier,
      S,
    );
    expect(a).toMatchObject({
      rule: 'conversion',
      used: { before: 0.105, after: 0.07, beforeOrders: 210, beforeTraffic: 2000 },
    });
    expect(a?.used.pValue).toBeLessThan(0.05);
    expect(a?.text.en).toMatch(
      /^Conversion fell from 10.5% \(210\/2,000\) to 7% \(70\/1,000\), p = 0.0\d\d, significant at 0.05: /,
    );
  });
  it('does not flag a drop that is noise, nor a rise', () => {
    const earlier = [listing(10, 100, '2026-10-01', '2026-10-07', '2026-10-08T00:00:00Z')];
    expect(
      conversionAdvice(listing(8, 100, '2026-11-01', '2026-11-07', '2026-11-08T00:00:00Z'), earlier, S),
    ).toBeNull();
    expect(
      conversionAdvice(listing(20, 100, '2026-11-01', '2026-11-07', '2026-11-08T00:00:00Z'), earlier, S),
    ).toBeNull();
  });
  it('counts each earlier period once (latest reading) and ignores the current period', () => {
    const earlier = [
      listing(50, 1000, '2026-10-01', '2026-10-07', '2026-10-05T00:00:00Z'),
      listing(100, 1000, '2026-10-01', '2026-10-07', '2026-10-08T00:00:00Z'),
      listing(1, 1000, '2026-11-01', '2026-11-07', '2026-11-02T00:00:00Z'),
    ];
    const a = conversionAdvice(
      listing(60, 1000, '2026-11-01', '2026-11-07', '2026-11-08T00:00:00Z'),
      earlier,
      S,
    );
    expect(a?.used).toMatchObject({ beforeOrders: 100, beforeTraffic: 1000 });
  });
  it('flags buy box under 90%', () => {
    expect(buyBoxAdvice(rec('listing', 'a', { buyBoxPct: 0.85 }), S)).toMatchObject({ severity: 'medium' });
    expect(buyBoxAdvice(rec('listing', 'a', { buyBoxPct: 0.9 }), S)).toBeNull();
  });
  it('computes days of cover and the reorder quantity', () => {
    const hist = [
      listing(70, 500, '2026-11-01', '2026-11-07', '2026-11-08T00:00:00Z'),
      listing(70, 500, '2026-11-08', '2026-11-14', '2026-11-15T00:00:00Z'),
    ];
    expect(averageDailyUnits(hist)).toStrictEqual({ perDay: 10, days: 14 });
    const inv = rec('listing', 'B0C1K2Z3X4', { available: 200, inbound: 50 }, { source: 'amazon.inventory' });
    const a = stockAdvice(inv, hist, S);
    // 10/day, 20 days of cover < 30 + 14: reorder 10 * 44 - 200 - 50 = 190
    expect(a).toMatchObject({
      action: 'reorder',
      severity: 'high',
      suggested: { reorder: 190 },
      used: { daysOfCover: 20 },
    });
    expect(stockAdvice({ ...inv, metrics: { available: 500 } }, hist, S)).toBeNull();
    expect(stockAdvice(inv, [], S)).toBeNull(); // no sales history: no guess
    // Out of stock but enough inbound: no reorder, watch the check-in instead.
    const covered = stockAdvice({ ...inv, metrics: { available: 0, inbound: 500 } }, hist, S);
    expect(covered).toMatchObject({ action: 'watchInbound', severity: 'high', suggested: { reorder: 0 } });
    expect(covered?.text.en).toMatch(/the 500 inbound cover it: make sure they check in on time\.$/);
  });
});

describe('settings and the page pipeline', () => {
  it('layers product over marketplace over defaults', () => {
    const doc = {
      version: 1 as const,
      marketplaces: { 'amazon.de': { breakEvenAcos: 0.2 } },
      products: { 'amazon.de|B0X': { negativeClicks: 30 } },
      dismissed: [],
    };
    expect(resolveSettings(doc, 'amazon.de', 'B0X')).toMatchObject({
      breakEvenAcos: 0.2,
      negativeClicks: 30,
      harvestOrders: 2,
    });
    expect(resolveSettings(doc, 'amazon.com', 'B0X')).toMatchObject({
      breakEvenAcos: 0.3,
      negativeClicks: 20,
    });
  });
  it('runs every rule over a page of records', () => {
    const records = [
      rec('searchTerm', 'waste', { clicks: 25, orders: 0, spend: 20 }),
      rec('searchTerm', 'winner', { clicks: 20, orders: 4, spend: 10, sales: 100, acos: 0.1 }),
      rec('campaign', 'loser', { spend: 100, sales: 100, acos: 1 }),
    ];
    expect(adviseRecords(records, () => [], undefined).map((a) => `${a.rule}:${a.ref.key}`)).toStrictEqual([
      'negative:waste',
      'harvest:winner',
      'breakEven:loser',
    ]);
  });
});
