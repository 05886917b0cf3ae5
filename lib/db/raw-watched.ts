import { requestDone } from './idb-request';
import { DB_NAME } from './name';
import type { EntityRow, WatchRow } from './schema';

// The popup's list read with IndexedDB itself, before Dexie (and React) are loaded: the popup's first paint
// (features/popup-first.ts). Reads only; the schema stays Dexie's (./schema.ts): the watchlist by its
// `addedAt` index, each product's latest reading from `entities` by [kind, marketplace, key].

export interface RawWatched {
  watch: WatchRow;
  entity?: EntityRow;
}

/**
 * Opens the database as it is, never creating or upgrading it: if it does not exist yet (or Dexie has not
 * made its tables), the open is aborted and this gives undefined, so Dexie later creates it as it should.
 */
function openAsIs(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(undefined);
    req.onblocked = () => resolve(undefined);
  });
}

/** Watched products, most recently added first, with their latest reading; undefined when it cannot tell. */
export async function readWatchedRaw(name = DB_NAME): Promise<RawWatched[] | undefined> {
  const db = await openAsIs(name);
  if (!db) return undefined;
  try {
    const names = db.objectStoreNames;
    if (!names.contains('watchlist') || !names.contains('entities')) return undefined;
    const tx = db.transaction(['watchlist', 'entities'], 'readonly');
    const rows = (await requestDone(tx.objectStore('watchlist').index('addedAt').getAll())) as WatchRow[];
    rows.reverse();
    const entities = tx.objectStore('entities');
    const found = await Promise.all(
      rows.map(
        (w) => requestDone(entities.get([w.kind, w.marketplace, w.key])) as Promise<EntityRow | undefined>,
      ),
    );
    return rows.map((watch, i) => (found[i] ? { watch, entity: found[i] } : { watch }));
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}
