import { type HourBucket, type HourRow, hourRowId } from '../daypart/bucket';
import { incrementBuckets } from '../daypart/increments';
import { bucketOfHourRecord, isHourRecord } from '../daypart/records';
import type { EntityRef, SnapshotRecord } from '../model';
import { entityId } from '../model';
import type { OpsLensDb } from './schema';
import type { PutResult } from './snapshots';

// Hourly buckets (lib/daypart/bucket.ts): kept by campaign; a bucket read again (same campaign, days, hour and
// source) replaces the one before, so a restated day read later wins and a message delivered twice adds nothing.

/** Stores buckets; replies with how many rows were written. */
export async function putHours(db: OpsLensDb, buckets: readonly HourBucket[]): Promise<number> {
  if (!buckets.length) return 0;
  const rows: HourRow[] = buckets.map((b) => ({ ...b, id: hourRowId(b) }));
  await db.hours.bulkPut(rows);
  return rows.length;
}

/** Every bucket of one campaign, by day, hour and reading. */
export async function hoursOf(db: OpsLensDb, ref: EntityRef): Promise<HourBucket[]> {
  const rows = await db.hours.where('entity').equals(entityId(ref)).toArray();
  return rows
    .map(({ id: _id, ...b }) => b)
    .sort(
      (a, b) => a.from.localeCompare(b.from) || a.hour - b.hour || a.capturedAt.localeCompare(b.capturedAt),
    );
}

/** A page's records apart: the hours a 分时 page showed (kept as buckets) and the readings (kept as snapshots). */
export function splitHourRecords(records: readonly SnapshotRecord[]) {
  const hours: HourBucket[] = [];
  const readings: SnapshotRecord[] = [];
  for (const r of records) {
    if (!isHourRecord(r)) {
      readings.push(r);
      continue;
    }
    const b = bucketOfHourRecord(r);
    if (b) hours.push(b);
  }
  return { hours, readings };
}

/** Buckets from stored readings of today's campaign figures: each against the reading before it. */
export function incrementsOf(
  readings: readonly SnapshotRecord[],
  results: readonly PutResult[],
): HourBucket[] {
  return readings.flatMap((r, i) => (results[i]?.stored ? incrementBuckets(results[i]!.previous, r) : []));
}
