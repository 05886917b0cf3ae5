import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OpsLensDb, putSnapshots, setWatched, watchedList } from '../../lib/db';
import { readWatchedRaw } from '../../lib/db/raw-watched';
import { competitor } from '../helpers/records';

// The popup's first paint reads the watchlist without Dexie (lib/db/raw-watched.ts); Dexie's own watchedList is
// the oracle: same products, same order, same latest readings.

describe('readWatchedRaw', () => {
  it('reads what watchedList reads, most recently watched first, with and without a reading', async () => {
    const db = new OpsLensDb('raw-watched-1');
    await db.open();
    const keys = ['B0RAW00001', 'B0RAW00002', 'B0RAW00003', 'B0RAW00004'];
    await putSnapshots(
      db,
      keys.slice(0, 3).map((key, i) => competitor({ key, capturedAt: `2026-11-2${i}T10:00:00.000Z` })),
    );
    for (const [i, key] of keys.entries()) {
      const ref = competitor({ key });
      const addedAt = `2026-11-0${i + 1}T00:00:00.000Z`;
      await setWatched(db, { ...ref, url: ref.url, label: `Watched ${key}`, addedAt }, true);
    }
    const expected = await watchedList(db);
    db.close();
    const raw = await readWatchedRaw('raw-watched-1');
    expect(raw).toEqual(expected);
    expect(raw!.map((r) => r.watch.key)).toEqual([...keys].reverse());
    expect(raw![0]!.entity).toBeUndefined(); // watched, never read
    expect(raw![1]!.entity?.metrics.price).toBe(39.99);
  });

  it('does not create a database that does not exist, so Dexie later creates it whole', async () => {
    expect(await readWatchedRaw('raw-watched-none')).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('raw-watched-none');
    const db = new OpsLensDb('raw-watched-none');
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('watchlist');
    expect(await watchedList(db)).toEqual([]);
    db.close();
  });
});
