import Dexie from 'dexie';
import type { Kind, Platform } from '../model';
import { recomputeEntities } from './entities';
import { readingKey, readingsOf } from './history-keys';
import type { EntityRow, OpsLensDb } from './schema';

export interface EntityFilter {
  text?: string;
  platform?: Platform;
  marketplace?: string;
  kind?: Kind;
  /** lastSeenAt bounds, `YYYY-MM-DD` or ISO. */
  from?: string;
  to?: string;
}

export type EntitySort = 'recent' | 'name' | 'readings';

/**
 * Entities for the dashboard list, read through the lastSeenAt index (newest first); the snapshots table
 * is never scanned. 10,000 entities are a few megabytes: filtering them in memory is instant.
 */
export async function listEntities(
  db: OpsLensDb,
  f: EntityFilter = {},
  sort: EntitySort = 'recent',
): Promise<EntityRow[]> {
  const to = f.to && f.to.length === 10 ? `${f.to}T23:59:59.999Z` : f.to;
  let coll = db.entities.orderBy('lastSeenAt');
  if (f.from || to) coll = db.entities.where('lastSeenAt').between(f.from ?? '', to ?? '\uffff', true, true);
  const text = f.text?.trim().toLowerCase();
  const rows = await coll
    .reverse()
    .filter(
      (e) =>
        (!f.platform || e.platform === f.platform) &&
        (!f.marketplace || e.marketplace === f.marketplace) &&
        (!f.kind || e.kind === f.kind) &&
        (!text || e.key.toLowerCase().includes(text) || (e.label?.toLowerCase().includes(text) ?? false)),
    )
    .toArray();
  if (sort === 'name') rows.sort((a, b) => (a.label ?? a.key).localeCompare(b.label ?? b.key));
  if (sort === 'readings') rows.sort((a, b) => b.snapshotCount - a.snapshotCount);
  return rows;
}

/** Marketplaces present, for the filter menu. */
/** Entities the operator runs (every kind but competitors): all of them less the competitors' key range. */
export async function countOwnEntities(db: OpsLensDb): Promise<number> {
  const [all, competitors] = await Promise.all([
    db.entities.count(),
    db.entities.where(':id').between(['competitor'], ['competitor', Dexie.maxKey]).count(),
  ]);
  return all - competitors;
}

export async function marketplacesInUse(db: OpsLensDb): Promise<string[]> {
  // From the keys ([kind, marketplace, key]) alone: no entity row is read.
  const keys = await db.entities.toCollection().primaryKeys();
  return [...new Set(keys.map((k) => k[1]))].sort();
}

const DAY = 86_400_000;

/**
 * Retention: for readings older than `days`, keep the last reading of each entity per calendar day (UTC).
 * Runs in one transaction per entity so a failure leaves every entity either thinned or untouched.
 */
export async function thinToDaily(db: OpsLensDb, days: number, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - days * DAY).toISOString();
  let removed = 0;
  const keys = await db.entities.toCollection().primaryKeys();
  for (const [kind, marketplace, key] of keys) {
    removed += await db.transaction('rw', db.history, db.entities, async () => {
      const old = await readingsOf(db, { kind, marketplace, key }, { to: cutoff, before: true }).toArray();
      const lastOfDay = new Map<string, number>();
      for (const s of old) lastOfDay.set(s.capturedAt.slice(0, 10), s.id!);
      const drop = old.filter((s) => lastOfDay.get(s.capturedAt.slice(0, 10)) !== s.id).map(readingKey);
      if (!drop.length) return 0;
      await db.history.bulkDelete(drop);
      await recomputeEntities(db, [{ ref: { kind, marketplace, key }, recount: true }]);
      return drop.length;
    });
  }
  return removed;
}
