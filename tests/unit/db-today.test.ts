import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../lib/background/dispatch';
import { createFollowups } from '../../lib/background/followups';
import { memoryStores } from '../../lib/background/stores';
import { OpsLensDb } from '../../lib/db';
import { rebuildAdvice } from '../../lib/db/advice-cache';
import { entityAdvice } from '../../lib/db/page-advice';
import { dayBefore, snapshotToday } from '../../lib/db/today-days';
import { entityId, type SnapshotRecord } from '../../lib/model';
import { amazonRec } from '../helpers/advice-records';

// Issue 15: the advice Today reads is the advice of each entity's latest reading, kept by the background as
// readings arrive and rebuilt when settings change, the same as the entity view computes on the spot.

const names: string[] = [];
let n = 0;
function fresh() {
  const name = `opslens-today-${n++}`;
  names.push(name);
  return new OpsLensDb(name);
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const KW_URL = 'https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/targeting';
const keywords = (capturedAt: string) => [
  // 60 clicks, no order: pause.
  amazonRec(
    'keyword',
    'kettle large',
    { clicks: 60, cpc: 0.8, spend: 48, orders: 0, sales: 0 },
    {
      source: 'amazon.ads-keywords',
      url: KW_URL,
      capturedAt,
    },
  ),
  // ACoS 60% over 200 clicks: lower the bid.
  amazonRec(
    'keyword',
    'steel kettle',
    { clicks: 200, cpc: 1.2, spend: 240, orders: 10, sales: 400 },
    {
      source: 'amazon.ads-keywords',
      url: KW_URL,
      capturedAt,
    },
  ),
];

/** Four weekly readings of a listing selling 10 a day, with `available` units left in the last. */
function listing(available: number): SnapshotRecord[] {
  return [0, 1, 2, 3].map((w) => {
    const from = new Date(Date.UTC(2026, 9, 26 + w * 7));
    const to = new Date(from.getTime() + 6 * 86_400_000);
    return amazonRec(
      'listing',
      'B0STOCK',
      { sessions: 700, unitsOrdered: 70, available: w === 3 ? available : 900 },
      {
        source: 'amazon.business-report',
        url: 'https://sellercentral.amazon.com/business-reports',
        period: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) },
        capturedAt: new Date(to.getTime() + 86_400_000).toISOString(),
      },
    );
  });
}

function setup() {
  const db = fresh();
  const stores = memoryStores();
  const followups = createFollowups(db, stores, { now: () => new Date('2026-11-21T09:00:00.000Z') });
  const dispatch = createDispatcher({ db, stores, followups });
  return { db, stores, followups, dispatch };
}

async function sameAsEntityView(db: OpsLensDb, settings?: Parameters<typeof entityAdvice>[2]) {
  const stored = await db.advice.toArray();
  const expected = [];
  for (const e of await db.entities.toArray()) expected.push(...(await entityAdvice(db, e, settings)));
  expect(stored.map((r) => r.advice).sort((a, b) => a.id.localeCompare(b.id))).toStrictEqual(
    expected.sort((a, b) => a.id.localeCompare(b.id)),
  );
  return stored;
}

describe('the stored advice', () => {
  it('follows captured pages and stored readings, as the entity view advises', async () => {
    const { db, dispatch, followups } = setup();
    await dispatch({ type: 'page.capture', records: keywords('2026-11-21T08:00:00.000Z') });
    await dispatch({ type: 'snapshots.put', records: listing(40) });
    await followups.idle();
    const rows = await sameAsEntityView(db);
    expect(rows.map((r) => [r.advice.rule, r.advice.ref.key, r.url]).sort()).toStrictEqual([
      ['bid', 'steel kettle', KW_URL],
      ['pause', 'kettle large', KW_URL],
      ['stock', 'B0STOCK', 'https://sellercentral.amazon.com/business-reports'],
    ]);
    // On the next page the keyword has orders: it is no longer paused but judged on its bid.
    const next = keywords('2026-11-22T08:00:00.000Z');
    next[0]!.metrics = { ...next[0]!.metrics, orders: 3, sales: 120 };
    await dispatch({ type: 'page.capture', records: next });
    await followups.idle();
    expect((await sameAsEntityView(db)).map((r) => r.advice.id).sort()).toStrictEqual([
      'bid:keyword|amazon.com|kettle large',
      'bid:keyword|amazon.com|steel kettle',
      'stock:listing|amazon.com|B0STOCK',
    ]);
  });

  it('is rebuilt with the new thresholds when settings change', async () => {
    const { db, dispatch, followups, stores } = setup();
    await dispatch({ type: 'snapshots.put', records: listing(400) });
    await followups.idle();
    expect(await db.advice.count()).toBe(1); // 40 days of cover under 30 + 14
    await dispatch({
      type: 'settings.patch',
      patch: { marketplaces: { '*': { leadTimeDays: 20, safetyStockDays: 10 } } },
    });
    await followups.idle();
    expect(await db.advice.count()).toBe(0);
    await sameAsEntityView(db, await stores.settings.get());
  });

  it('rebuilds every entity from its own latest reading, each page advised once', async () => {
    const { db, dispatch, followups } = setup();
    await dispatch({ type: 'page.capture', records: keywords('2026-11-21T08:00:00.000Z') });
    await dispatch({ type: 'snapshots.put', records: listing(40) });
    await followups.idle();
    const before = await db.advice.toArray();
    await db.advice.clear();
    expect(await rebuildAdvice(db, undefined)).toBe(3);
    expect(await db.advice.toArray()).toStrictEqual(before);
  });
});

describe('the day snapshot', () => {
  it('keeps the last list of each day and finds the day before', async () => {
    const { db, dispatch, followups } = setup();
    await dispatch({ type: 'page.capture', records: keywords('2026-11-21T08:00:00.000Z') });
    await followups.idle();
    const day = await snapshotToday(db, new Date(2026, 10, 20, 21));
    expect(day.day).toBe('2026-11-20');
    await db.advice
      .where('entity')
      .equals(entityId(keywords('')[0]!))
      .delete();
    await snapshotToday(db, new Date(2026, 10, 21, 9));
    const previous = await dayBefore(db, '2026-11-21');
    expect(previous?.items.map((i) => i.name).sort()).toStrictEqual(['kettle large', 'steel kettle']);
    expect((await db.todayDays.get('2026-11-21'))?.items.map((i) => i.name)).toStrictEqual(['steel kettle']);
  });
});
