import { type EntityRow, entityRange, type OpsLensDb, recomputeEntities, type StoredSnapshot } from '../db';
import { type EntityRef, entityId, type SnapshotRecord } from '../model';

/** What identifies one reading for import: entity, time, period and values (url, label and attrs may differ). */
export function readingFingerprint(s: SnapshotRecord): string {
  const metrics = Object.keys(s.metrics)
    .sort()
    .map((k) => `${k}=${s.metrics[k]}`)
    .join(',');
  return `${s.capturedAt}|${s.period?.from ?? ''}~${s.period?.to ?? ''}|${metrics}`;
}

export interface MergeResult {
  added: number;
  skipped: number;
}

/**
 * Adds readings that the database does not hold yet (same entity, capturedAt, period and metrics), keeping
 * their order, and brings the touched entities up to date. Call inside a rw transaction on snapshots and
 * entities (`importRecords` opens one), so a failure leaves the database as it was.
 */
export async function mergeSnapshots(
  db: OpsLensDb,
  records: readonly SnapshotRecord[],
  entities: readonly EntityRow[] = [],
): Promise<MergeResult> {
  const known = new Map<string, Set<string>>();
  const refs = new Map<string, EntityRef>();
  const toAdd: StoredSnapshot[] = [];
  let skipped = 0;
  for (const rec of records) {
    const id = entityId(rec);
    let seen = known.get(id);
    if (!seen) {
      seen = new Set((await entityRange(db, rec).toArray()).map(readingFingerprint));
      known.set(id, seen);
      refs.set(id, { kind: rec.kind, marketplace: rec.marketplace, key: rec.key });
    }
    const fp = readingFingerprint(rec);
    if (seen.has(fp)) {
      skipped++;
      continue;
    }
    seen.add(fp);
    // The writer keys it (lib/db/history-keys.ts): an id from another database means nothing here.
    const { id: _id, ...reading } = rec as StoredSnapshot;
    toAdd.push(reading);
  }
  if (toAdd.length) await db.history.bulkAdd(toAdd);
  const backupRows = new Map(entities.map((e) => [entityId(e), e]));
  await recomputeEntities(
    db,
    [...refs].map(([id, ref]) => ({ ref, recount: true, known: backupRows.get(id) })),
  );
  return { added: toAdd.length, skipped };
}

/** Stores imported report records in one transaction; importing the same file twice adds nothing. */
export function importRecords(db: OpsLensDb, records: readonly SnapshotRecord[]): Promise<MergeResult> {
  return db.transaction('rw', db.history, db.entities, () => mergeSnapshots(db, records));
}
