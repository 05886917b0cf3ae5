import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { history, OpsLensDb } from '../../lib/db';
import { freshDbNames } from '../helpers/db-fresh';
import { competitor } from '../helpers/records';
import { V6_STORES } from '../helpers/released-stores';

// Schema version 7 (issue 16, lib/db/history-keys.ts): readings keyed by [kind, marketplace, key, capturedAt, id],
// so one entity's history is one key range. The upgrade from every released version is in db-upgrade.test.ts.

const fresh = freshDbNames('opslens-history-keys');

describe('version 7: readings keyed by entity and time', () => {
  it('two readings of one entity at one instant are both kept (report files of two periods ending that day)', async () => {
    const db = new OpsLensDb(fresh());
    await db.open();
    const kettle = competitor();
    const week = {
      ...kettle,
      period: { from: '2026-11-01', to: '2026-11-07' },
      capturedAt: '2026-11-07T23:59:59.000Z',
    };
    const day = {
      ...week,
      period: { from: '2026-11-07', to: '2026-11-07' },
      metrics: { ...kettle.metrics, price: 1 },
    };
    await db.history.bulkAdd([{ ...week }, { ...day }]);
    const got = await history(db, kettle);
    expect(got.map((s) => s.period?.from)).toStrictEqual(['2026-11-01', '2026-11-07']);
    expect(new Set(got.map((s) => s.id)).size).toBe(2);
    db.close();
  });

  it('a version 6 store of 12,000 readings upgrades with every reading, in each entity’s time order', async () => {
    const name = fresh();
    const old = new Dexie(name);
    old.version(6).stores(V6_STORES);
    await old.open();
    const base = competitor();
    // Written out of time order and interleaved across 40 entities, as late deliveries and imports leave it.
    const rows = Array.from({ length: 12_000 }, (_, i) => ({
      ...base,
      key: `B0UP${String(i % 40).padStart(6, '0')}`,
      capturedAt: new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % 12_000) * 3_600_000).toISOString(),
    }));
    await old.table('snapshots').bulkAdd(rows);
    const byEntity = new Map<string, string[]>();
    for (const r of rows) byEntity.set(r.key, [...(byEntity.get(r.key) ?? []), r.capturedAt]);
    old.close();

    const db = new OpsLensDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('snapshots');
    expect(await db.history.count()).toBe(12_000);
    for (const [key, times] of byEntity)
      expect((await history(db, { ...base, key })).map((s) => s.capturedAt)).toStrictEqual(
        times.slice().sort(),
      );
    db.close();
  });
});
