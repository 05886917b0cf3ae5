import { entityId, type SnapshotRecord } from '../model';
import { HOUR_METRICS, type HourBucket, INCREMENTS_SOURCE, localTime } from './bucket';

// The ads console shows a campaign's figures for today so far. Two readings of the same day a few hours
// apart differ by what happened between them: that increment is shared out over the hours between the two
// readings in proportion to the minutes of each (its true split is unknown: `spread` says over how many
// hours it was shared). The day's first reading covers the day from midnight. A figure that went down (the
// console restated it) says nothing about when: no buckets then.

const sameDay = (r: SnapshotRecord) =>
  r.period !== undefined && r.period.from === r.period.to ? r.period.from : undefined;

/** Whether a reading is a campaign's figures for the day it was read on, in the marketplace's zone. */
export function todayReading(r: SnapshotRecord): { day: string; minute: number } | undefined {
  if (r.kind !== 'campaign' || r.source !== INCREMENTS_SOURCE) return undefined;
  const day = sameDay(r);
  const at = localTime(r.capturedAt, r.marketplace);
  if (!day || !at || at.date !== day) return undefined;
  return { day, minute: at.hour * 60 + at.minute };
}

/**
 * Buckets of the increment from `previous` (the campaign's reading before, if any) to `current`. `previous`
 * counts only when it is a reading of the same day; otherwise the day's figures so far are spread from 00:00.
 */
export function incrementBuckets(previous: SnapshotRecord | null, current: SnapshotRecord): HourBucket[] {
  const now = todayReading(current);
  if (!now) return [];
  const before = previous ? todayReading(previous) : undefined;
  const from = before && before.day === now.day ? before : undefined;
  const start = from?.minute ?? 0;
  const end = now.minute;
  if (end <= start) return [];
  const delta: HourBucket['metrics'] = {};
  for (const m of HOUR_METRICS) {
    const cur = current.metrics[m];
    if (cur === undefined) continue;
    const prev = from ? previous?.metrics[m] : 0;
    if (prev === undefined) continue;
    if (cur < prev) return [];
    delta[m] = cur - prev;
  }
  if (delta.clicks === undefined) return [];
  const first = Math.floor(start / 60);
  const last = Math.floor((end - 1) / 60);
  const spread = last - first + 1;
  const out: HourBucket[] = [];
  for (let hour = first; hour <= last; hour++) {
    const share = (Math.min(end, (hour + 1) * 60) - Math.max(start, hour * 60)) / (end - start);
    const metrics: HourBucket['metrics'] = {};
    for (const [m, v] of Object.entries(delta) as [keyof HourBucket['metrics'], number][])
      metrics[m] = v * share;
    out.push({
      entity: entityId(current),
      platform: current.platform,
      marketplace: current.marketplace,
      key: current.key,
      ...(current.label ? { label: current.label } : {}),
      ...(current.currency ? { currency: current.currency } : {}),
      from: now.day,
      to: now.day,
      hour,
      spread,
      metrics,
      source: INCREMENTS_SOURCE,
      capturedAt: current.capturedAt,
    });
  }
  return out;
}
