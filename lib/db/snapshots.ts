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
  /** The entity's latest reading before this one (the identical one when this reading was not stored). */
  previous: SnapshotRecord | null;
}

/** The entity row holds its latest stored reading; rebuild it instead of querying the history. */
function latestOf(e: EntityRow): SnapshotRecord {
  return {
    kind: e.kind,
    source: e.source,
    platform: e.platform,
    marketplace: e.marketplace,
    key: e.key,
    ...(e.label !== undefined ? { label: e.label } : {}),
    ...(e.currency !== undefined ? { currency: e.currency } : {}),
    ...(e.period !== undefined ? { period: e.period } : {}),
    capturedAt: e.lastCapturedAt,
    url: e.url,
    metrics: e.metrics,
    attrs: e.attrs,
  };
}

/**
 * Stores readings in one transaction, in bulk. A reading identical in metrics to the entity's latest snapshot
 * within the hour is not stored again; the entity's lastSeenAt still moves. Only a reading older than the
 * entity's latest (an import, a late delivery) needs a look into the history.
 */
export async function putSnapshots(db: OpsLensDb, records: SnapshotRecord[]): Promise<PutResult[]> {
  return db.transaction('rw', db.snapshots, db.entities, async () => {
    const id = (k: EntityKey) => k.join('\u0000');
    const keys = records.map(entityKey);
    const found = await db.entities.bulkGet(keys);
    const rows = new Map<string, EntityRow | undefined>(keys.map((k, i) => [id(k), found[i]]));
    const changed = new Set<string>();
    const toAdd: SnapshotRecord[] = [];
    const results: PutResult[] = [];
    for (const [i, rec] of records.entries()) {
      const k = id(keys[i]!);
      const entity = rows.get(k);
      const newest = !entity || rec.capturedAt >= entity.lastCapturedAt;
      const previous = !entity
        ? null
        : newest
          ? latestOf(entity)
          : ((await latestBefore(db, rec, rec.capturedAt)) ?? null);
      const duplicate =
        previous !== null &&
        sameReading(previous, rec) &&
        Date.parse(rec.capturedAt) - Date.parse(previous.capturedAt) < DEDUP_WINDOW_MS;
      if (!duplicate) toAdd.push({ ...rec });
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
      if (entity && entity.lastSeenAt > row.lastSeenAt) row.lastSeenAt = entity.lastSeenAt;
      if (rec.capturedAt > row.lastSeenAt) row.lastSeenAt = rec.capturedAt;
      if (rec.capturedAt < row.firstSeenAt) row.firstSeenAt = rec.capturedAt;
      if (row.label === undefined) delete row.label;
      if (row.currency === undefined) delete row.currency;
      if (row.period === undefined) delete row.period;
      rows.set(k, row);
      changed.add(k);
      results.push({ stored: !duplicate, previous });
    }
    if (toAdd.length) await db.snapshots.bulkAdd(toAdd);
    await db.entities.bulkPut([...changed].map((k) => rows.get(k)!));
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
