import { type EntityRef, entityId, type SnapshotRecord } from '../model';
import { type EntityChange, entityKey, recomputeEntities, withReading } from './entities';
import { readingsOf } from './history-keys';
import type { EntityRow, OpsLensDb, StoredSnapshot } from './schema';

type Reading = NonNullable<EntityChange['readings']>[number];

export const DEDUP_WINDOW_MS = 60 * 60 * 1000;

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
export function latestOf(e: EntityRow): SnapshotRecord {
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
  return db.transaction('rw', db.history, db.entities, async () => {
    const keys = records.map(entityKey);
    const found = await db.entities.bulkGet(keys);
    // Each entity as the readings before this one in the batch left it, to compare the next one with.
    const rows = new Map<string, EntityRow | undefined>(records.map((r, i) => [entityId(r), found[i]]));
    const changes = new Map<string, { ref: EntityRef; readings: Reading[]; before: EntityRow | undefined }>();
    const toAdd: SnapshotRecord[] = [];
    const results: PutResult[] = [];
    for (const [i, rec] of records.entries()) {
      const id = entityId(rec);
      const entity = rows.get(id);
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
      rows.set(id, withReading(entity, rec, !duplicate));
      const change = changes.get(id) ?? { ref: rec, readings: [], before: found[i] };
      change.readings.push({ record: rec, stored: !duplicate });
      changes.set(id, change);
      results.push({ stored: !duplicate, previous });
    }
    if (toAdd.length) await db.history.bulkAdd(toAdd);
    const list = [...changes.values()];
    await recomputeEntities(
      db,
      list,
      list.map((c) => c.before),
    );
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
  return readingsOf(db, ref, { to: at }).last();
}

/** One entity's history, oldest first, optionally the newest `limit` points only. */
export async function history(
  db: OpsLensDb,
  ref: EntityRef,
  opts: { from?: string; to?: string; limit?: number } = {},
): Promise<StoredSnapshot[]> {
  const coll = readingsOf(db, ref, {
    ...(opts.from !== undefined ? { from: opts.from } : {}),
    ...(opts.to !== undefined ? { to: opts.to } : {}),
  });
  if (!opts.limit) return coll.toArray();
  const newest = await coll.reverse().limit(opts.limit).toArray();
  return newest.reverse();
}
