import { describe, expect, it } from 'vitest';
import { adviseRecords } from '../../lib/advice';
import { clearanceAdvice, reorderAdvice, stockAdvices } from '../../lib/advice/stock';
import type { SnapshotRecord } from '../../lib/model';
import { ADVICE_DEFAULTS, type AdviceSettings } from '../../lib/settings/advice-settings';
import { en, zh } from '../helpers/advice-records';
import { day, days, stock } from '../helpers/stock-records';

// Stock advice (lib/advice/stock.ts) through adviseRecords, Amazon and 千牛 alike, with its sentences.

const S: AdviceSettings = { ...ADVICE_DEFAULTS };

/** A 千牛 出售中的宝贝 row as lib/sites/taobao/qianniu-items.ts reads it (tests/fixtures/taobao/qianniu-items). */
const qianniu = (
  metrics: SnapshotRecord['metrics'],
  attrs: SnapshotRecord['attrs'] = {},
): SnapshotRecord => ({
  kind: 'listing',
  source: 'taobao.qianniu-items',
  platform: 'taobao',
  marketplace: 'taobao.com',
  key: '823456789108',
  label: '明前龙井 100g',
  currency: 'CNY',
  capturedAt: '2025-12-01T02:12:00.000Z', // 10:12 in China
  url: 'https://myseller.taobao.com/home.htm/SellManage/on_sale',
  metrics,
  attrs: { itemId: '823456789108', createdAt: '2025-03-28 10:12', ...attrs },
});

describe('千牛: stock advice from 库存 and 30日销量', () => {
  it('a slow mover: 3,402 in stock selling 866 in 30 days, a price step with ads', () => {
    const rec = qianniu({ price: 58, available: 3402, monthlySales: 866 });
    const advice = adviseRecords([rec], () => [], undefined).filter((a) => a.rule === 'slowMover');
    expect(advice).toHaveLength(1);
    const a = advice[0]!;
    // 866 / 30 = 28.867 a day; 3,402 / 28.867 = 117.85 days = 16.84 weeks > 13: excess, under 26: a price step.
    // Excess: 3,402 - ceil(13 x 7 x 28.867 = 2,626.87) = 3,402 - 2,627 = 775 units; at ¥58: ¥44,950.
    // Sell-through 30 days: 866 / (866 + 3,402) = 866 / 4,268 = 20.29%. Listed 2025-03-28 10:12, read
    // 2025-12-01 10:12 China time: to Apr 28 31 days, May 28 30, Jun 28 31, Jul 28 30, Aug 28 31, Sep 28 31,
    // Oct 28 30, Nov 28 31, Dec 1 3: 248 days.
    expect(a).toMatchObject({
      action: 'clearTail',
      severity: 'low',
      suggested: { clearUnits: 775, price: 52.2 },
      used: { available: 3402, excessUnits: 775, tiedUp: 44950, ageDays: 248 },
      thresholds: { wosExcessWeeks: 13, clearanceRemovalWeeks: 26, clearancePriceStep: 0.1 },
    });
    expect(a.used.weeksOfSupply).toBeCloseTo(16.836, 3);
    expect(a.used.sellThrough30).toBeCloseTo(0.2029, 4);
    expect(en(a)).toBe(
      '“明前龙井 100g”: 3,402 available at 28.9 units a day (千牛 30日销量 ÷ 30: no daily sales to forecast from) = 16.8 weeks of supply, over 13: excess (Teikametrics: under 4 weeks low, 4–13 healthy); sell-through 20.29% over 30 days (866 units sold), listed 248 days ago. The 775 units beyond 13 weeks tie up CN¥44,950.00 at price: lower the price 10% from CN¥58.00 to CN¥52.20 and push it with ads.',
    );
    expect(zh(a)).toBe(
      '“明前龙井 100g”：可售 3,402 件，日均 28.9 件（千牛 30日销量 ÷ 30：没有每日销量可供预测），可售 16.8 周，超过 13 周：积压（Teikametrics：低于 4 周偏低，4–13 周健康）；30 天售罄率 20.29%（售出 866 件），上架 248 天。超出 13 周的 775 件按售价占用 ¥44,950.00：降价 10%，从 ¥58.00 降至 ¥52.20，并加大推广。',
    );
  });

  it('over 26 weeks on Taobao: a 清仓 activity; no sale at all: no end of supply', () => {
    // 100 in 30 days = 3.33 a day; 1,000 / 3.33 = 300 days = 42.9 weeks > 26.
    const slow = clearanceAdvice(qianniu({ price: 58, available: 1000, monthlySales: 100 }), [], S);
    expect(slow?.message).toMatchObject({ id: 'stockClearance', params: { step: 'clearanceActivity' } });
    expect(en(slow)).toMatch(/over 26 weeks of supply: put them in a 清仓 \(clearance\) activity\.$/);
    const none = clearanceAdvice(qianniu({ price: 58, available: 40, monthlySales: 0 }), [], S);
    expect(none?.used).toMatchObject({ excessUnits: 40, sellThrough30: 0 });
    expect(en(none)).toContain('40 available with no sale in 30 days = no end of supply, over 13');
  });

  it('a Tmall item running out: reorder, in whole cases', () => {
    // 2,140 in 30 days = 71.33 a day. Reorder point: 71.33 x 30 = 2,140 + safety 14 x 71.33 = 998.67 -> 999:
    // 3,139. Order-up-to: 71.33 x 60 = 4,280 + 999 = 5,279; 5,279 - 1,678 = 3,601, in cases of 50: 73 = 3,650.
    const rec = {
      ...qianniu({ price: 128, available: 1678, monthlySales: 2140 }),
      platform: 'tmall' as const,
    };
    const a = adviseRecords([rec], () => [], {
      version: 1,
      marketplaces: { '*': { casePack: 50 } },
      products: {},
    }).find((x) => x.rule === 'stock');
    expect(a).toMatchObject({
      action: 'reorder',
      severity: 'high', // 1,678 / 71.33 = 23.5 days, under the 30-day lead time
      suggested: { reorder: 3650 },
      used: { reorderPoint: 3139, orderUpTo: 5279, safety: 999 },
    });
    expect(en(a)).toContain(
      'reorder 3,650 units (up to 5,279 = 4,280 to sell in 60 days + 999 safety stock; cases of 50)',
    );
    expect(en(a)).toContain('the stock lasts 23 days, less than the lead time');
  });

  it('missing metric: no 库存, or no 30日销量, no stock advice', () => {
    expect(
      adviseRecords([qianniu({ price: 58, monthlySales: 866 })], () => [], undefined).filter(
        (a) => a.rule === 'stock' || a.rule === 'slowMover',
      ),
    ).toStrictEqual([]);
    expect(
      adviseRecords([qianniu({ price: 58, available: 5 })], () => [], undefined).filter(
        (a) => a.rule === 'stock' || a.rule === 'slowMover',
      ),
    ).toStrictEqual([]);
  });
});

describe('Amazon: daily Business Report history with Manage Inventory', () => {
  it('safety stock from the daily spread at 95%, MOQ and a plural of one', () => {
    // 28 days of 8 and 12 (sd 2.0367), forecast needs 60: average 10. Safety ceil(1.644854 x 2.0367 x √30)
    // = 19; reorder point 319. 250 available: 619 - 250 = 369, MOQ 500.
    const s = { ...S, forecastMinDays: 60, minOrderQty: 500 };
    const a = reorderAdvice(stock(28, { available: 250 }), days(28, [8, 12]), s);
    expect(a?.suggested).toStrictEqual({ reorder: 500 });
    expect(en(a)).toContain(
      '319 (300 to sell in a lead time of 30 days + 19 safety stock: z 1.64 for a 95% service level × 2 units a day of spread × √30)',
    );
    expect(en(a)).toContain(
      'reorder 500 units (up to 619 = 600 to sell in 60 days + 19 safety stock; minimum order 500)',
    );
    expect(zh(a)).toContain('服务水平 95% 的 z 1.64 × 日销量波动 2 件 × √30');
  });

  it('under the stock minimum of history, and a reading without available: no advice', () => {
    expect(reorderAdvice(stock(6, { available: 0 }), days(6, [10]), S)).toBeNull();
    expect(reorderAdvice({ ...stock(28, {}), metrics: { price: 20 } }, days(28, [10]), S)).toBeNull();
  });

  it('a Business Report read after Manage Inventory takes that stock, with its day, at most a day old', () => {
    // Inventory read 2026-09-29 09:00 (after 28 days of 10 a day): 250 available. The Business Report of
    // 2026-09-29 read at 23:00 the same day shows no stock: 14 hours on, the inventory reading counts.
    const inv = stock(28, { available: 250 });
    const report = { ...day(28, 10), capturedAt: '2026-09-29T23:00:00.000Z' };
    const a = reorderAdvice(report, [...days(28, [10]), inv], S);
    expect(a?.message).toMatchObject({
      id: 'stockReorderPlan',
      params: { available: 250, stockReadOn: '2026-09-29' },
    });
    expect(en(a)).toContain('“B0STOCK001”: 250 available (read 2026-09-29), at or under the reorder point');
    expect(zh(a)).toContain('可售 250 件（2026-09-29 读取），不高于补货点');
    // Read on the advised reading itself: no date.
    expect(en(reorderAdvice(inv, days(28, [10]), S))).toContain('“B0STOCK001”: 250 available, at or under');
    // The same report two days later: the stock reading is too old (stockReadingMaxDays 1), no stock advice.
    const later = { ...day(30, 10), capturedAt: '2026-10-01T23:00:00.000Z' };
    expect(reorderAdvice(later, [...days(30, [10]), inv], S)).toBeNull();
    expect(reorderAdvice(later, [...days(30, [10]), inv], { ...S, stockReadingMaxDays: 3 })).not.toBeNull();
  });

  it('removal past 26 weeks on Amazon, with the money tied up at price', () => {
    // 30 days of 10 a day, 2,000 available: 200 days = 28.57 weeks > 26. Excess 2,000 - 910 = 1,090 at $20 = $21,800.
    const a = clearanceAdvice(stock(30, { available: 2000, price: 20 }), days(30, [10]), S);
    expect(a).toMatchObject({ severity: 'medium', used: { excessUnits: 1090, tiedUp: 21800 } });
    expect(en(a)).toContain(
      'The 1,090 units beyond 13 weeks tie up $21,800.00 at price: over 26 weeks of supply: create a removal or liquidation order',
    );
    // 29 days of history: no 30-day sell-through, no slow-mover verdict.
    expect(clearanceAdvice(stock(29, { available: 2000, price: 20 }), days(29, [10]), S)).toBeNull();
  });
});

describe('what the stock rules lack (npm run advise: notEnoughData)', () => {
  const gapsOf = (rec: SnapshotRecord, earlier: SnapshotRecord[]) => {
    const out: unknown[] = [];
    stockAdvices(rec, earlier, S, (r, rule, missing, have, need) =>
      out.push({ key: r.key, rule, missing, have, need }),
    );
    return out;
  };
  it('names the missing stock, sales metric, or days of sales', () => {
    const key = 'B0STOCK001';
    // A Business Report day of an item whose stock was never read: nothing to report; with a stock reading two
    // days older (stockReadingMaxDays 1): available.
    expect(gapsOf(day(28, 10), days(28, [10]))).toStrictEqual([]);
    expect(gapsOf(day(30, 10), [...days(30, [10]), stock(28, { available: 5 })])).toStrictEqual([
      { key, rule: 'stock', missing: 'available', have: undefined, need: undefined },
    ]);
    // 千牛 库存 without 30日销量: monthlySales.
    expect(gapsOf(qianniu({ available: 5 }), [])).toMatchObject([{ rule: 'stock', missing: 'monthlySales' }]);
    // Six days of sales of the seven needed.
    expect(gapsOf(stock(6, { available: 0 }), days(6, [10]))).toMatchObject([
      { rule: 'stock', missing: 'salesDays', have: 6, need: 7 },
    ]);
    // Excess stock with 29 days of sales: no 30-day sell-through yet, so no slow-mover verdict.
    expect(gapsOf(stock(29, { available: 2000 }), days(29, [10]))).toMatchObject([
      { rule: 'slowMover', missing: 'salesDays', have: 29, need: 30 },
    ]);
    // Enough of everything: nothing lacking.
    expect(gapsOf(stock(30, { available: 2000 }), days(30, [10]))).toStrictEqual([]);
  });
});
