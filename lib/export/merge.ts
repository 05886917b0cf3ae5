import Dexie from 'dexie';
import { type EntityRow, entityKey, type OpsLensDb, type StoredSnapshot } from '../db';
import { type EntityRef, entityId, type SnapshotRecord } from '../model';

/** What identifies one reading for import: entity, time, period and values (url, label and attrs may differ). */
export function readingFingerprint(s: SnapshotRecord): string {
  const metrics = Object.keys(s.metrics)
    .sort()
    .map((k) => `${k}=${s.metrics[k]}`)
    .join(',');
  return `${s.capturedAt}|${s.period?.from ?? ''}~${s.period?.to ?? ''}|${metrics}`;
}

const range = (db: OpsLensDb, ref: EntityRef) =>
  db.snapshots
    .where('[kind+marketplace+key+capturedAt]')
    .between(
      [ref.kind, ref.marketplace, ref.key, Dexie.minKey],
      [ref.kind, ref.marketplace, ref.key, Dexie.maxKey],
    );

const minOf = (xs: (string | undefined)[]) => xs.filter((x): x is string => !!x).sort()[0]!;
const maxOf = (xs: (string | undefined)[]) =>
  xs
    .filter((x): x is string => !!x)
    .sort()
    .at(-1)!;

/**
 * Recomputes one entity's row after readings were merged in: values from whichever known row describes its
 * newest snapshot (the database's, then the backup's), else from that snapshot; count from the index.
 */
async function refreshEntity(db: OpsLensDb, ref: EntityRef, fromBackup?: EntityRow): Promise<void> {
  // A Dexie collection is changed by first()/last(): one per query.
  const [count, first, last] = await Promise.all([
    range(db, ref).count(),
    range(db, ref).first(),
    range(db, ref).last(),
  ]);
  if (!first || !last) return;
  const existing = await db.entities.get(entityKey(ref));
  const base = [existing, fromBackup].find((e) => e?.lastCapturedAt === last.capturedAt);
  const row: EntityRow = base
    ? { ...base }
    : {
        kind: last.kind,
        marketplace: last.marketplace,
        key: last.key,
        platform: last.platform,
        source: last.source,
        label: last.label ?? existing?.label ?? fromBackup?.label,
        currency: last.currency,
        url: last.url,
        metrics: last.metrics,
        attrs: last.attrs,
        period: last.period,
        firstSeenAt: first.capturedAt,
        lastCapturedAt: last.capturedAt,
        lastSeenAt: last.capturedAt,
        snapshotCount: count,
      };
  row.firstSeenAt = minOf([existing?.firstSeenAt, fromBackup?.firstSeenAt, first.capturedAt]);
  row.lastSeenAt = maxOf([existing?.lastSeenAt, fromBackup?.lastSeenAt, last.capturedAt]);
  row.snapshotCount = count;
  for (const k of ['label', 'currency', 'period'] as const) if (row[k] === undefined) delete row[k];
  await db.entities.put(row);
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
      seen = new Set((await range(db, rec).toArray()).map(readingFingerprint));
      known.set(id, seen);
      refs.set(id, { kind: rec.kind, marketplace: rec.marketplace, key: rec.key });
    }
    const fp = readingFingerprint(rec);
    if (seen.has(fp)) {
      skipped++;
      continue;
    }
    seen.add(fp);
    toAdd.push({ ...rec });
  }
  if (toAdd.length) await db.snapshots.bulkAdd(toAdd);
  const backupRows = new Map(entities.map((e) => [entityId(e), e]));
  for (const [id, ref] of refs) await refreshEntity(db, ref, backupRows.get(id));
  return { added: toAdd.length, skipped };
}

/** Stores imported report records in one transaction; importing the same file twice adds nothing. */
export function importRecords(db: OpsLensDb, records: readonly SnapshotRecord[]): Promise<MergeResult> {
  return db.transaction('rw', db.snapshots, db.entities, () => mergeSnapshots(db, records));
}
