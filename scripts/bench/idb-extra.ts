// More in-page code for bench.js: the popup's data, and plain IndexedDB as the browser's ceiling.
import { OpsLensDb, type WatchRow, watchedHistories, watchedList } from '../../lib/db';
import type { SnapshotRecord } from '../../lib/model';
import { entityRow, productReading, reading, T0 } from './data';

async function fresh(name: string): Promise<OpsLensDb> {
  const db = new OpsLensDb(name);
  await db.delete();
  return new OpsLensDb(name);
}

/** The popup's database with `n` watched products, each with `points` daily readings. */
export async function seedWatched(n: number, points: number) {
  const db = await fresh('opslens');
  const recs: SnapshotRecord[] = [];
  for (let d = 0; d < points; d++) for (let e = 0; e < n; e++) recs.push(productReading(e, d));
  await db.history.bulkAdd(recs);
  await db.entities.bulkPut(
    Array.from({ length: n }, (_, e) => entityRow(productReading(e, points - 1), points)),
  );
  const watch = (e: number): WatchRow => {
    const r = productReading(e, 0);
    const w = {
      kind: r.kind,
      marketplace: r.marketplace,
      key: r.key,
      platform: r.platform,
      label: r.label!,
      url: `https://www.amazon.com/dp/${r.key}`,
    };
    return { ...w, addedAt: new Date(T0 + e * 1000).toISOString() };
  };
  await db.watchlist.bulkPut(Array.from({ length: n }, (_, e) => watch(e)));
  db.close();
  return recs.length;
}

/**
 * The browser's own ceiling: `total` readings added with plain IndexedDB in one transaction, every request
 * issued at once, into a store with the history table's key and indexes.
 */
export async function ceiling(total: number, shape: 'history' | 'autoincrement' = 'history') {
  await new Promise((r) => {
    const q = indexedDB.deleteDatabase('bench-ceiling');
    q.onsuccess = r;
    q.onerror = r;
  });
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const q = indexedDB.open('bench-ceiling', 1);
    q.onupgradeneeded = () => {
      // As lib/db/schema.ts's `history` (version 7): keyed by entity and time, one index on source; or as
      // `snapshots` was until version 6, an autoincrement id appended to, with its three indexes.
      if (shape === 'history') {
        const keyPath = ['kind', 'marketplace', 'key', 'capturedAt', 'id'];
        q.result.createObjectStore('snapshots', { keyPath }).createIndex('source', 'source');
      } else {
        const s = q.result.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
        s.createIndex('entity', ['kind', 'marketplace', 'key', 'capturedAt']);
        s.createIndex('capturedAt', 'capturedAt');
        s.createIndex('source', 'source');
      }
    };
    q.onsuccess = () => resolve(q.result);
    q.onerror = () => reject(q.error);
  });
  const recs = Array.from({ length: total }, (_, i) => {
    const r = reading(i % 1000, Math.floor(i / 1000));
    return shape === 'history' ? { ...r, id: i + 1 } : r;
  });
  const t = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction('snapshots', 'readwrite');
    const store = tx.objectStore('snapshots');
    for (const r of recs) store.add(r);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - t;
  db.close();
  return { ms };
}

/** The popup's queries on their own: the list (watchlist + latest readings), then every history. */
export async function timeWatched(points: number) {
  const db = new OpsLensDb('opslens');
  await db.open();
  const t = performance.now();
  const list = await watchedList(db);
  const listMs = performance.now() - t;
  await watchedHistories(
    db,
    list.map((e) => e.watch),
    points,
  );
  const ms = performance.now() - t;
  db.close();
  return { ms, listMs, items: list.length };
}
