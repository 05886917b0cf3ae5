import type { EntityRef, SnapshotRecord } from '../model';
import { readingsOf } from './history-keys';
import type { EntityKey, EntityRow, OpsLensDb } from './schema';

// The one writer of `entities`, the latest of each entity kept beside its history. Ingest, restore, import
// and thinning all come here; the rules below are the only place that says what the row holds.

export const entityKey = (r: EntityRef): EntityKey => [r.kind, r.marketplace, r.key];

export interface EntityChange {
  ref: EntityRef;
  /** Readings a page showed, in the order they arrived, each stored or recognised as one already held. */
  readings?: readonly { record: SnapshotRecord; stored: boolean }[];
  /** Readings were added or removed in bulk (import, restore, thinning): count them from the history. */
  recount?: boolean;
  /** The row a backup holds for this entity: the times it saw, and its values when it describes the newest. */
  known?: EntityRow;
}

function tidy(row: EntityRow): EntityRow {
  for (const k of ['label', 'currency', 'period'] as const) if (row[k] === undefined) delete row[k];
  return row;
}

/** The row's values are the reading's; the times and count are the caller's to set. */
function valuesOf(rec: SnapshotRecord, earlier: EntityRow | undefined) {
  return {
    kind: rec.kind,
    marketplace: rec.marketplace,
    key: rec.key,
    platform: rec.platform,
    source: rec.source,
    // A reading without a name keeps the one seen before (the dashboard lists entities by it).
    label: rec.label ?? earlier?.label,
    currency: rec.currency,
    url: rec.url,
    metrics: rec.metrics,
    attrs: rec.attrs,
    period: rec.period,
  };
}

const minOf = (xs: (string | undefined)[]) => xs.filter((x): x is string => !!x).sort()[0]!;
const maxOf = (xs: (string | undefined)[]) =>
  xs
    .filter((x): x is string => !!x)
    .sort()
    .at(-1)!;

/**
 * One reading arriving. A reading at or after the newest stored one (a repeat that was not stored too)
 * gives the row its values; an older one (a late delivery) only widens the times it was seen.
 */
export function withReading(row: EntityRow | undefined, rec: SnapshotRecord, stored: boolean): EntityRow {
  const next: EntityRow =
    !row || rec.capturedAt >= row.lastCapturedAt
      ? {
          ...valuesOf(rec, row),
          firstSeenAt: row?.firstSeenAt ?? rec.capturedAt,
          lastCapturedAt: row?.lastCapturedAt ?? rec.capturedAt,
          lastSeenAt: row?.lastSeenAt ?? rec.capturedAt,
          snapshotCount: row?.snapshotCount ?? 0,
        }
      : { ...row };
  if (stored) {
    next.snapshotCount++;
    next.lastCapturedAt = maxOf([next.lastCapturedAt, rec.capturedAt]);
  }
  next.firstSeenAt = minOf([next.firstSeenAt, rec.capturedAt]);
  next.lastSeenAt = maxOf([next.lastSeenAt, rec.capturedAt]);
  return tidy(next);
}

/** Every snapshot of one entity, oldest first: one range of the history's key. */
export const entityRange = (db: OpsLensDb, ref: EntityRef) => readingsOf(db, ref);

/**
 * The row from the history: count, first and newest snapshot. Values come from a known row that describes
 * the newest snapshot (it may hold a later unstored repeat), else from that snapshot.
 */
async function fromHistory(db: OpsLensDb, ref: EntityRef, rows: (EntityRow | undefined)[]) {
  // A Dexie collection is changed by first()/last(): one per query.
  const [count, first, last] = await Promise.all([
    entityRange(db, ref).count(),
    entityRange(db, ref).first(),
    entityRange(db, ref).last(),
  ]);
  if (!first || !last) return undefined;
  const base = rows.find((e) => e?.lastCapturedAt === last.capturedAt);
  const { id: _id, ...newest } = last;
  const row: EntityRow = base
    ? { ...base }
    : {
        ...valuesOf(newest, undefined),
        label: newest.label ?? rows.find((e) => e?.label)?.label,
        firstSeenAt: first.capturedAt,
        lastCapturedAt: last.capturedAt,
        lastSeenAt: last.capturedAt,
        snapshotCount: count,
      };
  row.firstSeenAt = minOf([...rows.map((e) => e?.firstSeenAt), first.capturedAt]);
  row.lastSeenAt = maxOf([...rows.map((e) => e?.lastSeenAt), last.capturedAt]);
  row.lastCapturedAt = last.capturedAt;
  row.snapshotCount = count;
  return tidy(row);
}

/**
 * Brings the rows of the changed entities up to date, in the caller's transaction (rw on snapshots and
 * entities). `current` are the rows as the caller already read them, in the order of `changes`.
 */
export async function recomputeEntities(
  db: OpsLensDb,
  changes: readonly EntityChange[],
  current?: readonly (EntityRow | undefined)[],
): Promise<void> {
  if (!changes.length) return;
  const rows = current ?? (await db.entities.bulkGet(changes.map((c) => entityKey(c.ref))));
  const put: EntityRow[] = [];
  const gone: EntityKey[] = [];
  for (const [i, change] of changes.entries()) {
    let row = rows[i];
    if (change.recount) row = await fromHistory(db, change.ref, [row, change.known]);
    for (const r of change.readings ?? []) row = withReading(row, r.record, r.stored);
    if (row) put.push(row);
    else gone.push(entityKey(change.ref));
  }
  if (put.length) await db.entities.bulkPut(put);
  if (gone.length) await db.entities.bulkDelete(gone);
}
