import { addDays } from '../../lib/advice/demand';
import type { SnapshotRecord } from '../../lib/model';

// Readings for the stock tests (tests/unit/stock-*.test.ts): one-day Business Report periods and a stock reading.

export const FIRST = '2026-09-01';

/** One Business Report reading of one day's units (a one-day period), read the morning after. */
export function day(i: number, units: number, key = 'B0STOCK001'): SnapshotRecord {
  const date = addDays(FIRST, i);
  return {
    kind: 'listing',
    source: 'amazon.business-report',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key,
    currency: 'USD',
    period: { from: date, to: date },
    capturedAt: `${addDays(date, 1)}T06:00:00.000Z`,
    url: 'https://sellercentral.amazon.com/business-reports',
    metrics: { unitsOrdered: units, sessions: 100 },
    attrs: {},
  };
}

/** Days 0..n-1 of sales from a list repeated. */
export const days = (n: number, pattern: number[], key?: string) =>
  Array.from({ length: n }, (_, i) => day(i, pattern[i % pattern.length]!, key));

/** A Manage Inventory reading taken after the `n` days of sales. */
export function stock(n: number, metrics: Record<string, number>, key = 'B0STOCK001'): SnapshotRecord {
  return {
    ...day(n, 0, key),
    source: 'amazon.inventory',
    url: 'https://sellercentral.amazon.com/myinventory/inventory',
    capturedAt: `${addDays(FIRST, n)}T09:00:00.000Z`,
    metrics,
    period: undefined,
  };
}
