import type { EntityRef } from '../model';
import { entityKey } from './entities';
import type { EntityRow, OpsLensDb, StoredSnapshot, WatchRow } from './schema';
import { history } from './snapshots';

export async function setWatched(db: OpsLensDb, row: WatchRow, watched: boolean): Promise<void> {
  if (watched) {
    const existing = await db.watchlist.get(entityKey(row));
    await db.watchlist.put(existing ? { ...row, addedAt: existing.addedAt } : row);
  } else {
    await db.watchlist.delete(entityKey(row));
  }
}

export async function isWatched(db: OpsLensDb, ref: EntityRef): Promise<boolean> {
  return (await db.watchlist.get(entityKey(ref))) !== undefined;
}

export interface WatchedItem {
  watch: WatchRow;
  entity?: EntityRow;
  history: StoredSnapshot[];
}

export interface WatchedEntry {
  watch: WatchRow;
  entity?: EntityRow;
}

/** Watched products, most recently added first, with their latest reading: what the popup paints first. */
export async function watchedList(db: OpsLensDb): Promise<WatchedEntry[]> {
  return db.transaction('r', db.watchlist, db.entities, async () => {
    const rows = await db.watchlist.orderBy('addedAt').reverse().toArray();
    const entities = await db.entities.bulkGet(rows.map(entityKey));
    return rows.map((watch, i) => ({ watch, entity: entities[i] }));
  });
}

/** The latest `points` snapshots of each watched product, in one read transaction, by `watchId`. */
export async function watchedHistories(
  db: OpsLensDb,
  watches: WatchRow[],
  points = 30,
): Promise<Map<string, StoredSnapshot[]>> {
  return db.transaction('r', db.history, async () => {
    const lists = await Promise.all(watches.map((w) => history(db, w, { limit: points })));
    return new Map(watches.map((w, i) => [watchId(w), lists[i]!]));
  });
}

export const watchId = (ref: EntityRef) => `${ref.kind}|${ref.marketplace}|${ref.key}`;

/** Watched products, most recently added first, each with its latest `points` snapshots. */
export async function watchedWithHistory(db: OpsLensDb, points = 30): Promise<WatchedItem[]> {
  const list = await watchedList(db);
  const histories = await watchedHistories(
    db,
    list.map((e) => e.watch),
    points,
  );
  return list.map((e) => ({ ...e, history: histories.get(watchId(e.watch)) ?? [] }));
}
