import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { history, OpsLensDb, pageReadingOf, putSnapshots, watchedWithHistory } from '../../lib/db';
import { entityId, type SnapshotRecord } from '../../lib/model';
import { dumpTables, freshDbNames } from '../helpers/db-fresh';
import { CAPTURED_AT } from '../helpers/fixtures';
import { realRecords } from '../helpers/real-records';
import { at } from '../helpers/records';
import {
  V1_STORES,
  V2_STORES,
  V3_STORES,
  V4_STORES,
  V5_STORES,
  V6_STORES,
  V7_STORES,
} from '../helpers/released-stores';

// Issue 6, data safety: a database written by every released schema version opens in the current one with
// nothing lost (a full disk: db-disk-full.test.ts).

interface Released {
  version: number;
  /** The stores exactly as that version declared them. Frozen: never edit an entry, add the next. */
  stores: Record<string, string>;
  /** Writes data the way that version's code did, without today's code. */
  fill(db: Dexie, records: SnapshotRecord[]): Promise<void>;
  /** What today's code must see in a database upgraded from this version; by default, every row unchanged. */
  check?(db: OpsLensDb, before: Record<string, unknown[]>): Promise<void>;
}

/** What version 1's putSnapshots and setWatched left: every reading, the latest of each entity, a watch. */
async function fillVersion1(db: Dexie, records: SnapshotRecord[]) {
  // Versions 1-6 kept readings in `snapshots` (autoincrement id); version 7 in `history`, ids given by the writer.
  if (db.tables.some((t) => t.name === 'history'))
    await db.table('history').bulkAdd(records.map((r, i) => ({ ...r, id: 1_000_000 + i })));
  else await db.table('snapshots').bulkAdd(records.map((r) => ({ ...r })));
  const latest = new Map<string, { rec: SnapshotRecord; first: string; count: number }>();
  for (const rec of records) {
    const id = `${rec.kind}|${rec.marketplace}|${rec.key}`;
    const seen = latest.get(id);
    latest.set(id, {
      rec: !seen || rec.capturedAt >= seen.rec.capturedAt ? rec : seen.rec,
      first: seen && seen.first < rec.capturedAt ? seen.first : rec.capturedAt,
      count: (seen?.count ?? 0) + 1,
    });
  }
  await db.table('entities').bulkPut(
    [...latest.values()].map(({ rec, first, count }) => ({
      kind: rec.kind,
      marketplace: rec.marketplace,
      key: rec.key,
      platform: rec.platform,
      source: rec.source,
      ...(rec.label ? { label: rec.label } : {}),
      ...(rec.currency ? { currency: rec.currency } : {}),
      url: rec.url,
      metrics: rec.metrics,
      attrs: rec.attrs,
      ...(rec.period ? { period: rec.period } : {}),
      firstSeenAt: first,
      lastCapturedAt: rec.capturedAt,
      lastSeenAt: rec.capturedAt,
      snapshotCount: count,
    })),
  );
  const competitor = records.find((r) => r.kind === 'competitor')!;
  await db.table('watchlist').put({
    kind: competitor.kind,
    marketplace: competitor.marketplace,
    key: competitor.key,
    platform: competitor.platform,
    label: competitor.label,
    url: competitor.url,
    addedAt: CAPTURED_AT,
  });
}

const kettleOf = (records: SnapshotRecord[]) => records.find((r) => r.kind === 'competitor')!;

const RELEASED: Released[] = [
  {
    version: 1,
    stores: V1_STORES,
    fill: fillVersion1,
    // Opened by today's schema: the rows are as they were, and no page reading is known yet, so the
    // dashboard advises on an entity's newest snapshot alone.
    async check(db, before) {
      const { pages, ...rest } = await dump(db);
      expect(kept(rest, before)).toStrictEqual(before);
      expect(pages).toStrictEqual([]);
      const kettle = kettleOf(realRecords());
      const [newest] = await pageReadingOf(db, kettle);
      expect(newest).toMatchObject({ key: kettle.key, capturedAt: at(CAPTURED_AT, 24 * 60) });
    },
  },
  {
    version: 2,
    stores: V2_STORES,
    // Version 2 adds the latest page reading of each console page.
    async fill(db, records) {
      await fillVersion1(db, records);
      const later = records.filter((r) => r.capturedAt > CAPTURED_AT);
      await db
        .table('pages')
        .add({ capturedAt: later[0]!.capturedAt, members: later.map(entityId), records: later });
    },
  },
  {
    version: 3,
    stores: V3_STORES,
    // Version 3 adds the stored advice and Today's day snapshots, both derived by the background.
    async fill(db, records) {
      await RELEASED[1]!.fill(db, records);
      const kettle = kettleOf(records);
      await db.table('advice').put({
        id: `buyBox:${entityId(kettle)}`,
        entity: entityId(kettle),
        advice: { id: `buyBox:${entityId(kettle)}`, rule: 'buyBox', severity: 'medium', ref: kettle },
        platform: kettle.platform,
        url: kettle.url,
        capturedAt: kettle.capturedAt,
      });
      await db.table('todayDays').put({ day: '2026-11-20', at: CAPTURED_AT, items: [] });
    },
  },
  {
    version: 4,
    stores: V4_STORES,
    // Version 4 adds the alerts new readings raise.
    async fill(db, records) {
      await RELEASED[2]!.fill(db, records);
      const kettle = kettleOf(records);
      await db.table('alerts').put({
        id: `alert:competitorPrice:${entityId(kettle)}`,
        entity: entityId(kettle),
        rule: 'competitorPrice',
        ref: { kind: kettle.kind, marketplace: kettle.marketplace, key: kettle.key },
        status: 'open',
        raisedAt: CAPTURED_AT,
        updatedAt: CAPTURED_AT,
      });
    },
  },
  {
    version: 5,
    stores: V5_STORES,
    // Version 5 adds the changes the operator records (experiments).
    async fill(db, records) {
      await RELEASED[3]!.fill(db, records);
      const kettle = kettleOf(records);
      await db.table('experiments').add({
        product: `${kettle.marketplace}|${kettle.key}`,
        ref: { kind: kettle.kind, marketplace: kettle.marketplace, key: kettle.key },
        platform: kettle.platform,
        url: kettle.url,
        change: 'price',
        note: '',
        at: CAPTURED_AT,
        day: CAPTURED_AT.slice(0, 10),
      });
    },
  },
  {
    version: 6,
    stores: V6_STORES,
    // Version 6 adds hourly buckets of campaigns (dayparting).
    async fill(db, records) {
      await RELEASED[4]!.fill(db, records);
      await db.table('hours').add({
        id: 'campaign|tmall.com|123456|2026-11-01|2026-11-01|9|tmall.subway-hours',
        entity: 'campaign|tmall.com|123456',
        platform: 'tmall',
        marketplace: 'tmall.com',
        key: '123456',
        from: '2026-11-01',
        to: '2026-11-01',
        hour: 9,
        spread: 1,
        metrics: { clicks: 30, spend: 24, sales: 90 },
        source: 'tmall.subway-hours',
        capturedAt: CAPTURED_AT,
      });
    },
  },
  {
    version: 7,
    stores: V7_STORES,
    // Version 7 keys the readings by entity and time (`history`; lib/db/history-keys.ts).
    async fill(db, records) {
      await RELEASED[5]!.fill(db, records);
    },
  },
];

/**
 * The tables a database of an older version had, as they are now; tables added since must be empty. The
 * readings of versions 1-6 (`snapshots`) are in `history` since version 7: the same rows with the same ids.
 */
function kept(current: Record<string, unknown[]>, before: Record<string, unknown[]>) {
  const now = { ...current };
  if ('snapshots' in before && !('snapshots' in now)) {
    const byId = (now.history as { id: number }[]).slice().sort((a, b) => a.id - b.id);
    now.snapshots = byId;
    delete now.history;
  }
  for (const [name, rows] of Object.entries(now))
    if (!(name in before)) expect(rows, `${name} (added later)`).toStrictEqual([]);
  return Object.fromEntries(Object.keys(before).map((name) => [name, now[name]]));
}

const fresh = freshDbNames('opslens-upgrade');

const dump = dumpTables;
const schemaOf = (db: Dexie) =>
  Object.fromEntries(
    db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]),
  );

describe('schema upgrades', () => {
  it('every released version is listed here, the newest being the current one', () => {
    const current = new OpsLensDb(fresh());
    expect(RELEASED.map((r) => r.version)).toStrictEqual(RELEASED.map((_, i) => i + 1));
    expect(RELEASED.at(-1)!.version).toBe(current.verno);
    const frozen = new Dexie(fresh());
    frozen.version(current.verno).stores(RELEASED.at(-1)!.stores);
    expect(schemaOf(frozen)).toStrictEqual(schemaOf(current));
  });

  it.each(RELEASED)('a database written by version $version opens with nothing lost', async (release) => {
    const name = fresh();
    const records = realRecords();
    const old = new Dexie(name);
    old.version(release.version).stores(release.stores);
    await old.open();
    await release.fill(old, records);
    const before = await dump(old);
    old.close();

    const db = new OpsLensDb(name);
    await db.open();
    if (release.check) await release.check(db, before);
    else expect(kept(await dump(db), before)).toStrictEqual(before);

    // Today's queries read the old rows, and today's writes extend them.
    const kettle = kettleOf(records);
    expect((await history(db, kettle)).map((s) => s.capturedAt)).toStrictEqual(
      records.filter((r) => r.key === kettle.key).map((r) => r.capturedAt),
    );
    expect((await watchedWithHistory(db)).map((w) => w.watch.key)).toStrictEqual([kettle.key]);
    const next = {
      ...kettle,
      capturedAt: at(CAPTURED_AT, 3 * 24 * 60),
      metrics: { ...kettle.metrics, price: 1 },
    };
    const [put] = await putSnapshots(db, [next]);
    expect(put?.stored).toBe(true);
    expect(await db.history.count()).toBe(records.length + 1);
    db.close();
  });
});
