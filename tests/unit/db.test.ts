import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  history,
  ingestPage,
  OpsLensDb,
  pageReadingOf,
  putSnapshots,
  recomputeEntities,
  setWatched,
  thinToDaily,
  watchedWithHistory,
} from '../../lib/db';
import { importRecords } from '../../lib/export';
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
    expect(await db.history.count()).toBe(1);
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
    expect(await db.history.count()).toBe(1);
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
    expect(await db.history.count()).toBe(3);
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
    expect(await db.history.count()).toBe(3);
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
    expect(await db2.history.count()).toBe(1);
    await db2.delete();
  });
});

const KETTLE = ['competitor', 'amazon.com', 'B0C1K2Z3X4'] as const;
const kettleRef = { kind: 'competitor', marketplace: 'amazon.com', key: 'B0C1K2Z3X4' } as const;
const recount = () =>
  db.transaction('rw', db.history, db.entities, () =>
    recomputeEntities(db, [{ ref: kettleRef, recount: true }]),
  );

describe('one rule for the entity row', () => {
  it('the row ingest keeps is the row recomputed from the history', async () => {
    await putSnapshots(db, [competitor({ capturedAt: at(T0, 120), metrics: { price: 20 } })]);
    await putSnapshots(db, [competitor({ capturedAt: T0, metrics: { price: 10 } })]);
    await putSnapshots(db, [
      competitor({ capturedAt: at(T0, 200), metrics: { price: 21 }, url: 'https://www.amazon.com/dp/x' }),
    ]);
    const kept = await db.entities.get([...KETTLE]);
    await db.entities.clear();
    await recount();
    expect(await db.entities.get([...KETTLE])).toStrictEqual(kept);
  });

  it('thinning recounts, and keeps what the newest reading and the last sighting said', async () => {
    for (let i = 0; i < 6; i++)
      await putSnapshots(db, [competitor({ capturedAt: at(T0, i * 120), metrics: { price: 30 + i } })]);
    // A repeat of the newest, not stored, moves lastSeenAt only.
    await putSnapshots(db, [competitor({ capturedAt: at(T0, 5 * 120 + 30), metrics: { price: 35 } })]);
    const before = await db.entities.get([...KETTLE]);
    const removed = await thinToDaily(db, 1, Date.parse(T0) + 3 * 86_400_000);
    expect(removed).toBe(5);
    expect(await db.entities.get([...KETTLE])).toStrictEqual({ ...before, snapshotCount: 1 });
    expect(await db.history.count()).toBe(1);
  });

  it('an import counts what the history holds and takes the newest values', async () => {
    await putSnapshots(db, [competitor()]);
    await importRecords(db, [
      competitor({ capturedAt: at(T0, -600), metrics: { price: 41 } }),
      competitor({ capturedAt: at(T0, 600), metrics: { price: 12 } }),
      competitor(),
    ]);
    expect(await db.entities.get([...KETTLE])).toMatchObject({
      snapshotCount: 3,
      firstSeenAt: at(T0, -600),
      lastCapturedAt: at(T0, 600),
      lastSeenAt: at(T0, 600),
      metrics: { price: 12 },
    });
  });
});

describe('page readings', () => {
  const page = (keys: string[], minutes: number) =>
    keys.map((key) => competitor({ key, capturedAt: at(T0, minutes), metrics: { price: minutes + 1 } }));

  it('keeps a page while it is the latest page of any of its entities', async () => {
    await ingestPage(db, page(['A', 'B', 'C'], 0));
    await ingestPage(db, page(['A', 'B', 'C'], 10));
    expect((await db.pages.toArray()).map((p) => p.members.length)).toStrictEqual([3]);
    await ingestPage(db, page(['A', 'B'], 20));
    expect(await db.pages.count()).toBe(2);
    const c = { ...kettleRef, key: 'C' };
    expect((await pageReadingOf(db, c)).map((r) => `${r.key}@${r.capturedAt}`)).toStrictEqual([
      `A@${at(T0, 10)}`,
      `B@${at(T0, 10)}`,
      `C@${at(T0, 10)}`,
    ]);
    await ingestPage(db, page(['C'], 30));
    expect((await db.pages.toArray()).map((p) => p.members)).toStrictEqual(
      [['A', 'B'], ['C']].map((ks) => ks.map((k) => `competitor|amazon.com|${k}`)),
    );
  });

  it('a later reading from elsewhere stands alone; an entity never on a page is its own reading', async () => {
    await ingestPage(db, page(['A', 'B'], 0));
    await putSnapshots(db, page(['A'], 90));
    const a = { ...kettleRef, key: 'A' };
    expect((await pageReadingOf(db, a)).map((r) => r.capturedAt)).toStrictEqual([at(T0, 90)]);
    await putSnapshots(db, page(['Z'], 5));
    const [z] = await pageReadingOf(db, { ...kettleRef, key: 'Z' });
    expect(z).toStrictEqual(page(['Z'], 5)[0]);
  });
});
