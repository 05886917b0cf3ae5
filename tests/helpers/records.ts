import type { SnapshotRecord } from '../../lib/model';

/** A competitor reading as the Amazon product adapter produces it, with overrides. */
export function competitor(
  overrides: Partial<SnapshotRecord> & { metrics?: SnapshotRecord['metrics'] } = {},
): SnapshotRecord {
  return {
    kind: 'competitor',
    source: 'amazon.product',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key: 'B0C1K2Z3X4',
    label: 'Kettle',
    currency: 'USD',
    capturedAt: '2026-11-20T10:00:00.000Z',
    url: 'https://www.amazon.com/dp/B0C1K2Z3X4',
    metrics: { price: 39.99, rating: 4.6, reviewCount: 12345, bsr: 14 },
    attrs: { asin: 'B0C1K2Z3X4', stockState: 'inStock' },
    ...overrides,
  };
}

export const at = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();
