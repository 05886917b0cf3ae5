import { expect } from 'vitest';
import type { SnapshotRecord } from '../../lib/model';
import { CAPTURED_AT, extractFixture } from './fixtures';
import { at } from './records';

/** Readings as the adapters produce them from the fixtures: a competitor, listings, keywords, Tmall items. */
let cached: SnapshotRecord[] | undefined;
export function realRecords(): SnapshotRecord[] {
  cached ??= read();
  return cached.map((r) => structuredClone(r));
}
function read(): SnapshotRecord[] {
  const pages: [string, string][] = [
    ['amazon/product/us-table.html', 'https://www.amazon.com/COSORI-Electric-Kettle/dp/B0C1K2Z3X4?th=1'],
    [
      'amazon/business-report/en-child.html',
      'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem&fromDate=2026-11-01&toDate=2026-11-07',
    ],
    [
      'amazon/ads/keywords-en.html',
      'https://advertising.amazon.com/cm/sp/campaigns/384549310501693/ad-groups/394857102938475/targeting',
    ],
    [
      'sycm/item-rank.html',
      'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-01%7C2026-11-07&dateType=recent7',
    ],
  ];
  const first = pages.flatMap(([rel, url]) => extractFixture(rel, url).records);
  expect(first.length).toBeGreaterThan(50);
  // A second visit a day later with other numbers, so entities have a history.
  const later = first.slice(0, 30).map((r) => ({
    ...r,
    capturedAt: at(CAPTURED_AT, 24 * 60),
    metrics: Object.fromEntries(Object.entries(r.metrics).map(([k, v]) => [k, k === 'bsr' ? v + 1 : v])),
  }));
  return [...first, ...later];
}
