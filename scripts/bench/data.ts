// Generated readings for the store benchmarks: business-report listings, numbers varying by entity and day.
import type { EntityRow } from '../../lib/db';
import type { SnapshotRecord } from '../../lib/model';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 0, 1, 8);
const URL_ = 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102';

export const asin = (e: number) => `B0${e.toString(36).toUpperCase().padStart(8, '0')}`;

/** Entity `e`'s reading on day `d`: a listing with the business report's metrics, numbers varying by day. */
export function reading(e: number, d: number, extraMs = 0): SnapshotRecord {
  const f = 1 + (((e * 31 + d * 17) % 41) - 20) / 100;
  const sessions = Math.round((200 + (e % 900)) * f);
  const date = new Date(T0 + d * DAY).toISOString().slice(0, 10);
  return {
    kind: 'listing',
    source: 'amazon.business-report',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key: asin(e),
    label: `Northwind product ${e}, stainless steel, 1.7 L`,
    currency: 'USD',
    period: { from: date, to: date },
    capturedAt: new Date(T0 + d * DAY + extraMs).toISOString(),
    url: URL_,
    metrics: {
      sessions,
      pageViews: Math.round(sessions * 1.35),
      buyBoxPct: 0.95,
      unitsOrdered: Math.round(sessions * 0.12),
      conversionRate: 0.12,
      sales: Math.round(sessions * 0.12 * 3999) / 100,
      orders: Math.round(sessions * 0.11),
    },
    attrs: { asin: asin(e), parentAsin: asin(e + 100_000) },
  };
}

export const entityRow = (r: SnapshotRecord, count: number): EntityRow => ({
  kind: r.kind,
  marketplace: r.marketplace,
  key: r.key,
  platform: r.platform,
  source: r.source,
  label: r.label!,
  currency: r.currency!,
  url: r.url,
  metrics: r.metrics,
  attrs: r.attrs,
  period: r.period!,
  firstSeenAt: new Date(T0).toISOString(),
  lastCapturedAt: r.capturedAt,
  lastSeenAt: r.capturedAt,
  snapshotCount: count,
});

/** Entity `e`'s product-page reading on day `d`, as watched products have: price, rank, rating. */
export function productReading(e: number, d: number): SnapshotRecord {
  const key = asin(e);
  return {
    kind: 'listing',
    source: 'amazon.product',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key,
    label: `Northwind product ${e}, stainless steel, 1.7 L`,
    currency: 'USD',
    capturedAt: new Date(T0 + d * DAY).toISOString(),
    url: `https://www.amazon.com/dp/${key}`,
    metrics: {
      price: 19.99 + ((e * 7 + d * 3) % 11),
      listPrice: 34.99,
      rating: 4.5,
      reviewCount: 1000 + e + d,
      bsr: 100 + ((e * 13 + d * 29) % 900),
    },
    attrs: { brand: 'Northwind', stockState: 'inStock' },
  };
}
