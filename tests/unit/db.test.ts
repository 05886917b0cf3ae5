import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { history, OpsLensDb, putSnapshots, setWatched, watchedWithHistory } from '../../lib/db';
import { at, competitor } from '../helpers/records';

let db: OpsLensDb;
let n = 0;
beforeEach(async () => {
  db = new OpsLensDb(`opslens-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const T0 = '2026-11-20T10:00:00.000Z';

describe('putSnapshots', () => {
  it('stores the first reading and reports no previous one', async () => {
    const [r] = await putSnapshots(db, [competitor()]);
    expect(r).toStrictEqual({ stored: true, previous: null });
    expect(await db.snapshots.count()).toBe(1);
    const entity = await db.entities.get(['competitor', 'amazon.com', 'B0C1K2Z3X4']);
    expect(entity).toMatchObject({
      snapshotCount: 1,
      firstSeenAt: T0,
      lastSeenAt: T0,
      lastCapturedAt: T0,
      label: 'Kettle',
    });
  });

  it('does not store a reading identical to the previous one within the hour, but moves lastSeenAt', async () => {
    await putSnapshots(db, [competitor()]);
    const [r] = await putSnapshots(db, [competitor({ capturedAt: at(T0, 59) })]);
    expect(r?.stored).toBe(false);
    expect(r?.previous?.capturedAt).toBe(T0);
    expect(await db.snapshots.count()).toBe(1);
    expect(await db.entities.get(['competitor', 'amazon.com', 'B0C1K2Z3X4'])).toMatchObject({
      snapshotCount: 1,
      lastCapturedAt: T0,
      lastSeenAt: at(T0, 59),
    });
  });

  it('stores an identical reading after the hour, and any changed reading at once', async () => {
    await putSnapshots(db, [competitor()]);
    const [late] = await putSnapshots(db, [competitor({ capturedAt: at(T0, 61) })]);
    const [changed] = await putSnapshots(db, [
      competitor({
        capturedAt: at(T0, 62),
        metrics: { price: 35.99, rating: 4.6, reviewCount: 12345, bsr: 14 },
      }),
    ]);
    expect(late?.stored).toBe(true);
    expect(changed).toMatchObject({
      stored: true,
      previous: { capturedAt: at(T0, 61), metrics: { price: 39.99 } },
    });
    expect(await db.snapshots.count()).toBe(3);
  });

  it('treats a metric that disappeared as a change', async () => {
    await putSnapshots(db, [competitor()]);
    const [r] = await putSnapshots(db, [
      competitor({ capturedAt: at(T0, 5), metrics: { rating: 4.6, reviewCount: 12345, bsr: 14 } }),
    ]);
    expect(r?.stored).toBe(true);
  });

  it('keeps entities apart by kind, marketplace and key', async () => {
    await putSnapshots(db, [
      competitor(),
      competitor({ marketplace: 'amazon.de', currency: 'EUR' }),
      competitor({ key: 'B0OTHER0001' }),
    ]);
    expect(await db.snapshots.count()).toBe(3);
    expect(await db.entities.count()).toBe(3);
  });

  it('returns history oldest first and honours limit', async () => {
    for (let i = 0; i < 5; i++) {
      await putSnapshots(db, [competitor({ capturedAt: at(T0, i * 90), metrics: { price: 30 + i } })]);
    }
    const ref = { kind: 'competitor', marketplace: 'amazon.com', key: 'B0C1K2Z3X4' } as const;
    expect((await history(db, ref)).map((s) => s.metrics.price)).toStrictEqual([30, 31, 32, 33, 34]);
    expect((await history(db, ref, { limit: 2 })).map((s) => s.metrics.price)).toStrictEqual([33, 34]);
  });

  it('an out-of-order older reading does not replace the latest values', async () => {
    await putSnapshots(db, [competitor({ capturedAt: at(T0, 120), metrics: { price: 20 } })]);
    await putSnapshots(db, [competitor({ capturedAt: T0, metrics: { price: 10 } })]);
    expect(await db.entities.get(['competitor', 'amazon.com', 'B0C1K2Z3X4'])).toMatchObject({
      metrics: { price: 20 },
      firstSeenAt: T0,
      snapshotCount: 2,
    });
  });
});

describe('watchlist', () => {
  it('lists watched products newest first with their history, and forgets removed ones', async () => {
    await putSnapshots(db, [competitor(), competitor({ capturedAt: at(T0, 90), metrics: { price: 35 } })]);
    const row = {
      kind: 'competitor',
      marketplace: 'amazon.com',
      key: 'B0C1K2Z3X4',
      platform: 'amazon',
      url: 'https://www.amazon.com/dp/B0C1K2Z3X4',
    } as const;
    await setWatched(db, { ...row, addedAt: T0 }, true);
    await setWatched(db, { ...row, key: 'B0NOHISTORY', addedAt: at(T0, 1) }, true);
    const items = await watchedWithHistory(db);
    expect(items.map((i) => i.watch.key)).toStrictEqual(['B0NOHISTORY', 'B0C1K2Z3X4']);
    expect(items[1]?.history.map((s) => s.metrics.price)).toStrictEqual([39.99, 35]);
    expect(items[0]?.history).toStrictEqual([]);
    await setWatched(db, { ...row, addedAt: T0 }, false);
    expect((await watchedWithHistory(db)).map((i) => i.watch.key)).toStrictEqual(['B0NOHISTORY']);
  });

  it('keeps the original addedAt when watched twice', async () => {
    const row = {
      kind: 'competitor',
      marketplace: 'amazon.com',
      key: 'B0C1K2Z3X4',
      platform: 'amazon',
      url: 'u',
    } as const;
    await setWatched(db, { ...row, addedAt: T0 }, true);
    await setWatched(db, { ...row, addedAt: at(T0, 10) }, true);
    expect((await db.watchlist.toArray())[0]?.addedAt).toBe(T0);
  });
});

describe('a message delivered twice', () => {
  it('stores the reading once when the same capture arrives again (sent again after a worker restart)', async () => {
    const db2 = new OpsLensDb('opslens-test-twice');
    await putSnapshots(db2, [competitor()]);
    const [again] = await putSnapshots(db2, [competitor()]);
    expect(again?.stored).toBe(false);
    expect(await db2.snapshots.count()).toBe(1);
    await db2.delete();
  });
});
