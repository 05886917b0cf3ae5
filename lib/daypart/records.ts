import type { SnapshotRecord } from '../model';
import { entityId } from '../model/entity-id';
import { HOUR_METRICS, type HourBucket } from './bucket';

// A page that shows hours (直通车 分时报表) is read by an adapter like any other, so its rows travel as records:
// kind `campaign`, key `<campaign key>@h<hour>` (never the campaign's own key: a page's records replace the
// advice of their entities), `attrs.hour` = `00`..`23` and `attrs.campaignKey`. The database keeps them as
// hourly buckets, not as readings (lib/db/hours.ts).

export const hourRecordKey = (campaignKey: string, hour: number) =>
  `${campaignKey}@h${String(hour).padStart(2, '0')}`;

export const isHourRecord = (r: SnapshotRecord) =>
  r.kind === 'campaign' && r.attrs.hour !== undefined && r.attrs.campaignKey !== undefined;

/** The bucket an hour record stands for; undefined when it is not one or lacks its days. */
export function bucketOfHourRecord(r: SnapshotRecord): HourBucket | undefined {
  if (!isHourRecord(r) || !r.period) return undefined;
  const hour = Number(r.attrs.hour);
  if (!/^\d{1,2}$/.test(r.attrs.hour ?? '') || hour > 23) return undefined;
  const key = r.attrs.campaignKey!;
  const metrics: HourBucket['metrics'] = {};
  // 直通车 prints `-` for zero (PAGE-FACTS.md): an hour with no order is an hour with 0 orders, not a missing one.
  const dashed = new Set(r.platform === 'amazon' ? [] : (r.attrs.dashed ?? '').split(','));
  for (const m of HOUR_METRICS) {
    if (r.metrics[m] !== undefined) metrics[m] = r.metrics[m];
    else if (dashed.has(m)) metrics[m] = 0;
  }
  return {
    entity: entityId({ kind: 'campaign', marketplace: r.marketplace, key }),
    platform: r.platform,
    marketplace: r.marketplace,
    key,
    ...(r.attrs.campaign ? { label: r.attrs.campaign } : {}),
    ...(r.currency ? { currency: r.currency } : {}),
    from: r.period.from,
    to: r.period.to,
    hour,
    spread: 1,
    metrics,
    source: r.source,
    capturedAt: r.capturedAt,
  };
}
