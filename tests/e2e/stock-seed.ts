import { listingWeek } from './today-seed';

// Readings for the stock view spec (issue 14): Amazon Business Report days with a Manage Inventory reading, and
// 千牛 出售中的宝贝 rows (库存, 30日销量), sent to the background as the content scripts send them.

const DAY = 86_400_000;
const INV_URL = 'https://sellercentral.amazon.com/myinventory/inventory';
const QN_URL = 'https://myseller.taobao.com/home.htm/SellManage/on_sale';

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** `n` one-day Business Report readings of a listing, ending yesterday, units from `pattern` (by weekday), ±1 when `noisy`. */
function salesDays(key: string, label: string, n: number, pattern: number[], now: number, noisy = false) {
  return Array.from({ length: n }, (_, i) => {
    const t = now - (n - i) * DAY;
    const date = isoDay(t);
    const units = pattern[new Date(t).getUTCDay() % pattern.length]! + (noisy ? (i % 3) - 1 : 0);
    return {
      ...listingWeek(key, label, 0, { unitsOrdered: units, sessions: 400 }, now),
      period: { from: date, to: date },
      capturedAt: `${date}T23:30:00.000Z`,
    };
  });
}

/** A Manage Inventory reading an hour ago. */
function inventory(key: string, label: string, metrics: Record<string, number>, now: number) {
  return {
    kind: 'listing',
    source: 'amazon.inventory',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key,
    label,
    currency: 'USD',
    capturedAt: new Date(now - 3_600_000).toISOString(),
    url: INV_URL,
    metrics,
    attrs: { asin: key, sku: `SKU-${key}` },
  };
}

/** A 千牛 row read an hour ago. */
function qianniu(
  platform: 'tmall' | 'taobao',
  key: string,
  label: string,
  metrics: Record<string, number>,
  now: number,
) {
  return {
    kind: 'listing',
    source: 'taobao.qianniu-items',
    platform,
    marketplace: `${platform}.com`,
    key,
    label,
    currency: 'CNY',
    capturedAt: new Date(now - 3_600_000).toISOString(),
    url: QN_URL,
    metrics,
    attrs: { itemId: key, createdAt: '2025-03-28 10:12' },
  };
}

/**
 * Four items, two of each platform:
 * - Steel Kettle: 42 days of a weekly pattern (weekends busy) ±1, 120 left: reorder, from a Holt-Winters forecast
 *   with safety stock from its error.
 * - Ceramic Mug: 30 days of 2 a day, 1,500 left: 750 days of supply, a removal.
 * - 明前龙井 (Taobao): 866 sold in 30 days, 3,402 left: 16.8 weeks, a price step.
 * - 特级龙井 (Tmall): 2,140 sold in 30 days, 1,678 left: reorder 3,601.
 */
export function stockSeed(now = Date.now()) {
  return [
    ...salesDays('B0KETTLE01', 'Steel Kettle', 42, [20, 8, 8, 9, 10, 12, 18], now, true),
    inventory('B0KETTLE01', 'Steel Kettle', { available: 120, inbound: 0, price: 39.99 }, now),
    ...salesDays('B0MUGSLOW1', 'Ceramic Mug', 30, [2], now),
    inventory('B0MUGSLOW1', 'Ceramic Mug', { available: 1500, inbound: 0, price: 12 }, now),
    qianniu(
      'taobao',
      '823456789108',
      '明前龙井 2025新茶 100g 袋装',
      { price: 58, available: 3402, monthlySales: 866 },
      now,
    ),
    qianniu(
      'tmall',
      '823456789012',
      '特级龙井 罐装250g',
      { price: 128, available: 1678, monthlySales: 2140 },
      now,
    ),
  ];
}
