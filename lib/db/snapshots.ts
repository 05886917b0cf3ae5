import Dexie from 'dexie';
import type { EntityRef, SnapshotRecord } from '../model';
import type { EntityKey, EntityRow, OpsLensDb, StoredSnapshot } from './schema';

export const DEDUP_WINDOW_MS = 60 * 60 * 1000;

export const entityKey = (r: EntityRef): EntityKey => [r.kind, r.marketplace, r.key];

function sameReading(
  a: Pick<SnapshotRecord, 'metrics' | 'period'>,
  b: Pick<SnapshotRecord, 'metrics' | 'period'>,
) {
  const ka = Object.keys(a.metrics).sort();
  const kb = Object.keys(b.metrics).sort();
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i] || a.metrics[k] !== b.metrics[k]))
    return false;
  return a.period?.from === b.period?.from && a.period?.to === b.period?.to;
}

export interface PutResult {
  stored: boolean;
  /** The entity's latest snapshot before this reading (the identical one when this reading was not stored). */
  previous: StoredSnapshot | null;
}

/**
 * Stores readings in one transaction. A reading identical in metrics to the entity's latest snapshot
 * within the hour is not stored again; the entity's lastSeenAt still moves.
 */
export async function putSnapshots(db: OpsLensDb, records: SnapshotRecord[]): Promise<PutResult[]> {
  return db.transaction('rw', db.snapshots, db.entities, async () => {
    const results: PutResult[] = [];
    for (const rec of records) {
      const key = entityKey(rec);
      const entity = await db.entities.get(key);
      const previous = (await latestBefore(db, rec, rec.capturedAt)) ?? null;
      const ms = Date.parse(rec.capturedAt);
      const duplicate =
        previous !== null &&
        sameReading(previous, rec) &&
        ms - Date.parse(previous.capturedAt) < DEDUP_WINDOW_MS;
      if (!duplicate) await db.snapshots.add({ ...rec });
      const newest = !entity || rec.capturedAt >= entity.lastCapturedAt;
      const row: EntityRow =
        entity && !newest
          ? { ...entity }
          : {
              kind: rec.kind,
              marketplace: rec.marketplace,
              key: rec.key,
              platform: rec.platform,
              source: rec.source,
              label: rec.label ?? entity?.label,
              currency: rec.currency,
              url: rec.url,
              metrics: rec.metrics,
              attrs: rec.attrs,
              period: rec.period,
              firstSeenAt: entity?.firstSeenAt ?? rec.capturedAt,
              lastCapturedAt: duplicate && entity ? entity.lastCapturedAt : rec.capturedAt,
              lastSeenAt: rec.capturedAt,
              snapshotCount: entity?.snapshotCount ?? 0,
            };
      if (!duplicate) row.snapshotCount = (entity?.snapshotCount ?? 0) + 1;
      if (rec.capturedAt > row.lastSeenAt) row.lastSeenAt = rec.capturedAt;
      if (rec.capturedAt < row.firstSeenAt) row.firstSeenAt = rec.capturedAt;
      if (row.label === undefined) delete row.label;
      await db.entities.put(row);
      results.push({ stored: !duplicate, previous });
    }
    return results;
  });
}

/**
 * The entity's latest snapshot at or before `at`. "At" counts: a message delivered twice (sent again after the
 * service worker restarted mid-reply) carries the same capturedAt and must be recognised as the same reading.
 */
export async function latestBefore(
  db: OpsLensDb,
  ref: EntityRef,
  at: string,
): Promise<StoredSnapshot | undefined> {
  return db.snapshots
    .where('[kind+marketplace+key+capturedAt]')
    .between(
      [ref.kind, ref.marketplace, ref.key, Dexie.minKey],
      [ref.kind, ref.marketplace, ref.key, at],
      true,
      true,
    )
    .last();
}

/** One entity's history, oldest first, optionally the newest `limit` points only. */
export async function history(
  db: OpsLensDb,
  ref: EntityRef,
  opts: { from?: string; to?: string; limit?: number } = {},
): Promise<StoredSnapshot[]> {
  const coll = db.snapshots
    .where('[kind+marketplace+key+capturedAt]')
    .between(
      [ref.kind, ref.marketplace, ref.key, opts.from ?? Dexie.minKey],
      [ref.kind, ref.marketplace, ref.key, opts.to ?? Dexie.maxKey],
      true,
      true,
    );
  if (!opts.limit) return coll.toArray();
  const newest = await coll.reverse().limit(opts.limit).toArray();
  return newest.reverse();
}
