import type { EntityRef } from '../model';
import type { EntityRow, OpsLensDb, StoredSnapshot, WatchRow } from './schema';
import { entityKey, history } from './snapshots';

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

/** Watched products, most recently added first, each with its latest `points` snapshots. */
export async function watchedWithHistory(db: OpsLensDb, points = 30): Promise<WatchedItem[]> {
  // One read transaction for every query: the popup opens on it.
  return db.transaction('r', db.watchlist, db.entities, db.snapshots, async () => {
    const rows = await db.watchlist.orderBy('addedAt').reverse().toArray();
    const entities = await db.entities.bulkGet(rows.map(entityKey));
    return Promise.all(
      rows.map(async (watch, i) => ({
        watch,
        entity: entities[i],
        history: await history(db, watch, { limit: points }),
      })),
    );
  });
}
