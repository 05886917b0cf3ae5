import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../lib/background/dispatch';
import { createFollowups } from '../../lib/background/followups';
import { memoryStores } from '../../lib/background/stores';
import { type AlertRow, OpsLensDb, putSnapshots } from '../../lib/db';
import { openAlertCount } from '../../lib/db/alerts';
import type { SnapshotRecord } from '../../lib/model';
import { tmallRec } from '../helpers/advice-records';
import { competitor } from '../helpers/records';

// Issue 15: alerts are raised where readings are stored, once per episode, one batch at a time.

const names: string[] = [];
let n = 0;
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
function setup() {
  const name = `opslens-alerts-${n++}`;
  names.push(name);
  const db = new OpsLensDb(name);
  const stores = memoryStores();
  const batches: AlertRow[][] = [];
  const followups = createFollowups(db, stores, { raised: async (a) => void batches.push(a) });
  return { db, stores, batches, followups, dispatch: createDispatcher({ db, stores, followups }) };
}

const DAY = 86_400_000;
/** A 生意参谋 page of `n` items for the week `week` (0, 1, 2...), each selling 10 a day, with `available` left. */
function page(week: number, n: number, available: (i: number) => number): SnapshotRecord[] {
  const from = new Date(Date.UTC(2026, 10, 1) + week * 7 * DAY);
  const to = new Date(from.getTime() + 6 * DAY);
  return Array.from({ length: n }, (_, i) =>
    tmallRec(
      'listing',
      `65000${i}`,
      { visitors: 1000, orders: 70, unitsOrdered: 70, available: available(i) },
      {
        label: `Item ${i}`,
        period: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) },
        capturedAt: new Date(to.getTime() + DAY).toISOString(),
      },
    ),
  );
}

describe('alerts where readings are stored', () => {
  it('a page of 500 items crossing the stock threshold raises 500 alerts in one batch, once', async () => {
    const { db, dispatch, followups, batches } = setup();
    await dispatch({ type: 'page.capture', records: page(0, 500, () => 5000) });
    await followups.idle();
    expect(batches).toStrictEqual([]);
    await dispatch({ type: 'page.capture', records: page(1, 500, () => 40) });
    await followups.idle();
    expect(batches.map((b) => b.length)).toStrictEqual([500]);
    expect(await openAlertCount(db)).toBe(500);
    // Still low a week later: the same alerts, nothing new to notify.
    await dispatch({ type: 'page.capture', records: page(2, 500, () => 30) });
    await followups.idle();
    expect(batches).toHaveLength(1);
    expect((await db.alerts.get('alert:stock:listing|tmall.com|650000'))?.used.available).toBe(30);
  });

  it('is over when stock is back, seen ones stop counting, and a new shortage is a new alert', async () => {
    const { db, dispatch, followups, batches } = setup();
    for (const [week, left] of [
      [0, 5000],
      [1, 40],
    ] as const)
      await dispatch({ type: 'page.capture', records: page(week, 2, () => left) });
    await followups.idle();
    expect(
      await dispatch({ type: 'alerts.seen', ids: ['alert:stock:listing|tmall.com|650000'] }),
    ).toStrictEqual({ open: 1 });
    await dispatch({ type: 'page.capture', records: page(2, 2, (i) => (i === 0 ? 35 : 5000)) });
    await followups.idle();
    const rows = await db.alerts.toArray();
    expect(rows.map((r) => [r.id, r.status])).toStrictEqual([
      ['alert:stock:listing|tmall.com|650000', 'seen'],
      ['alert:stock:listing|tmall.com|650001', 'closed'],
    ]);
    await dispatch({ type: 'page.capture', records: page(3, 2, () => 20) });
    await followups.idle();
    expect(batches.map((b) => b.map((a) => a.ref.key))).toStrictEqual([['650000', '650001'], ['650001']]);
  });

  it('a watched competitor moving raises an alert; a stored repeat or an unwatched one does not', async () => {
    const { db, dispatch, followups, batches } = setup();
    const before = competitor({ capturedAt: '2026-11-20T10:00:00.000Z', metrics: { price: 40 } });
    await putSnapshots(db, [before]);
    await dispatch({ type: 'watch.set', ref: before, watched: true, platform: 'amazon', url: before.url });
    const drop = competitor({ capturedAt: '2026-11-21T10:00:00.000Z', metrics: { price: 30 } });
    await dispatch({ type: 'snapshots.put', records: [drop] });
    await dispatch({ type: 'snapshots.put', records: [drop] });
    await dispatch({
      type: 'snapshots.put',
      records: [competitor({ key: 'B0OTHER', metrics: { price: 1 } })],
    });
    await followups.idle();
    expect(batches.map((b) => b.map((a) => a.rule))).toStrictEqual([['competitorPrice']]);
  });
});
