import { describe, expect, it } from 'vitest';
import { averageDailyUnits, buyBoxAdvice, conversionAdvice, stockAdvice } from '../../lib/advice/listing';
import type { SnapshotRecord } from '../../lib/model';
import { ADVICE_DEFAULTS } from '../../lib/settings/advice-settings';
import { en, amazonRec as rec, zh } from '../helpers/advice-records';

const S = { ...ADVICE_DEFAULTS }; // lead time 30 + safety 14 days, alpha 0.05, Buy Box 90%

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
    expect(a?.message).toMatchObject({
      id: 'conversionDrop',
      params: { before: 0.105, after: 0.07, beforeOrders: 210, afterTraffic: 1000, alpha: 0.05 },
    });
    expect(en(a)).toMatch(
      /^Conversion fell from 10.5% \(210\/2,000\) to 7% \(70\/1,000\), p = 0.0\d\d, significant at 0.05: /,
    );
    expect(zh(a)).toMatch(
      /^转化率从 10.5%（210\/2,000）降至 7%（70\/1,000），p = 0.0\d\d，在 0.05 水平显著：/,
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
  it('computes the reorder point and quantity (lib/advice/stock.ts; stock-*.test.ts test it in full)', () => {
    const hist = [
      listing(70, 500, '2026-11-01', '2026-11-07', '2026-11-08T00:00:00Z'),
      listing(70, 500, '2026-11-08', '2026-11-14', '2026-11-15T00:00:00Z'),
    ];
    expect(averageDailyUnits(hist)).toStrictEqual({ perDay: 10, days: 14 });
    const inv = rec('listing', 'B0C1K2Z3X4', { available: 200, inbound: 50 }, { source: 'amazon.inventory' });
    const a = stockAdvice(inv, hist, S);
    // 10/day over 14 days (weekly periods: an average, safety 14 days x 10 = 140). Reorder point 300 + 140 = 440;
    // 200 + 50 = 250 is under it: order up to 10 x (30 + 30) + 140 = 740, 740 - 250 = 490. 200 / 10 = 20 days.
    expect(a).toMatchObject({
      action: 'reorder',
      severity: 'high',
      suggested: { reorder: 490 },
      used: { daysOfCover: 20, reorderPoint: 440 },
    });
    expect(stockAdvice({ ...inv, metrics: { available: 500 } }, hist, S)).toBeNull();
    expect(stockAdvice(inv, [], S)).toBeNull(); // no sales history: no guess
    // Out of stock but enough inbound: no reorder, watch the check-in instead.
    const covered = stockAdvice({ ...inv, metrics: { available: 0, inbound: 500 } }, hist, S);
    expect(covered).toMatchObject({ action: 'watchInbound', severity: 'high', suggested: { reorder: 0 } });
    expect(covered?.message.id).toBe('stockInboundPlan');
    expect(en(covered)).toMatch(/make sure the inbound units check in on time; no reorder yet\.$/);
  });
  it('days of cover round down, so the sentence never reads 44 days under 44; one unit is a unit', () => {
    const hist = [listing(140, 1000, '2026-11-01', '2026-11-14', '2026-11-15T00:00:00Z')];
    // 10/day; 439 available = 43.9 days, under the reorder point 300 + 140 = 440. With no order cycle the
    // order-up-to is the reorder point: 440 - 439 = 1.
    const a = stockAdvice(
      rec('listing', 'B0C1K2Z3X4', { available: 439 }, { source: 'amazon.inventory' }),
      hist,
      { ...S, orderCycleDays: 0 },
    );
    expect(a?.message).toMatchObject({
      id: 'stockReorderPlan',
      params: { available: 439, perDay: 10, historyDays: 14, reorderPoint: 440, reorder: 1, orderUpTo: 440 },
    });
    expect(en(a)).toBe(
      '“B0C1K2Z3X4”: 439 available, at or under the reorder point of 440 (300 to sell in a lead time of 30 days + 140 safety stock: 14 days of sales, no day-to-day spread measured). At 10 units a day (average of 14 days: too little to forecast, which needs 28 days of daily sales) the stock lasts 43 days: reorder 1 unit (up to 440 = 300 to sell in 30 days + 140 safety stock).',
    );
    expect(zh(a)).toBe(
      '“B0C1K2Z3X4”：可售 439 件，不高于补货点 440 件（备货周期 30 天预计售出 300 件 + 安全库存 140 件：14 天销量，未能衡量每日波动）。按日均 10 件（14 天平均：数据太少，预测需要 28 天每日销量），库存可售 43 天：建议补货 1 件（补到 440 件 = 30 天预计售出 300 件 + 安全库存 140 件）。',
    );
  });
});
