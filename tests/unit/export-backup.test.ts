import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type OpsLensDb, putSnapshots } from '../../lib/db';
import { type Backup, exportBackup, parseBackup, restoreBackup } from '../../lib/export';
import { EMPTY_SETTINGS } from '../../lib/settings/advice-settings';
import { dismissedItem } from '../../lib/settings/store';
import { dump, freshDb, SETTINGS, seed, T0 } from '../helpers/backup-seed';
import { at, competitor } from '../helpers/records';

let db: OpsLensDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('backup round trip', () => {
  it('export, wipe, restore gives back the same snapshots, entities and watchlist', async () => {
    await seed(db);
    const before = await dump(db);
    const text = await exportBackup(db, SETTINGS);
    // Database ids are local to this browser: a backup carries none.
    const raw = JSON.parse(text) as { snapshots: object[] };
    expect(raw.snapshots).toHaveLength(4);
    for (const s of raw.snapshots) expect(s).not.toHaveProperty('id');
    await db.delete();
    db = await freshDb();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.backup).toMatchObject({ format: 'opslens-backup', version: 1, schemaVersion: db.verno });
    const result = await restoreBackup(db, parsed.backup);
    expect(result).toStrictEqual({ added: 4, skipped: 0, watch: 1, settings: SETTINGS });
    expect(await dump(db)).toStrictEqual(before);
  });

  it('carries the dismissed advice kept in their own storage item when the settings hold none', async () => {
    fakeBrowser.reset();
    await dismissedItem.setValue(['negative:searchTerm|amazon.com|glass kettle']);
    const parsed = parseBackup(await exportBackup(db, EMPTY_SETTINGS));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.backup.settings).toStrictEqual({
      ...EMPTY_SETTINGS,
      dismissed: ['negative:searchTerm|amazon.com|glass kettle'],
    });
    fakeBrowser.reset();
  });

  it('reads the settings of a backup made before dismissed advice moved out of them', () => {
    const old = { format: 'opslens-backup', version: 1, exportedAt: T0, schemaVersion: 1, watchlist: [] };
    const parsed = parseBackup(JSON.stringify({ ...old, snapshots: [], settings: SETTINGS }));
    expect(parsed.ok && parsed.backup.settings).toStrictEqual(SETTINGS);
  });

  it('accepts a file re-saved with a byte-order mark', async () => {
    await seed(db);
    expect(parseBackup(`\uFEFF${await exportBackup(db, EMPTY_SETTINGS)}`).ok).toBe(true);
  });

  it('restoring the same file twice adds nothing', async () => {
    await seed(db);
    const parsed = parseBackup(await exportBackup(db, EMPTY_SETTINGS));
    if (!parsed.ok) throw new Error(parsed.reason);
    const before = await dump(db);
    expect(await restoreBackup(db, parsed.backup)).toMatchObject({ added: 0, skipped: 4, watch: 0 });
    expect(await restoreBackup(db, parsed.backup)).toMatchObject({ added: 0, skipped: 4, watch: 0 });
    expect(await dump(db)).toStrictEqual(before);
  });

  it('merges into a database with other history and rebuilds entities when the file has none', async () => {
    await seed(db);
    const parsed = parseBackup(await exportBackup(db, EMPTY_SETTINGS));
    if (!parsed.ok) throw new Error(parsed.reason);
    const { entities: _e, ...withoutEntities } = parsed.backup;
    const other = await freshDb();
    await putSnapshots(other, [competitor({ capturedAt: at(T0, -600), metrics: { price: 41 } })]);
    const result = await restoreBackup(other, withoutEntities as Backup);
    expect(result).toMatchObject({ added: 4, skipped: 0, watch: 1 });
    expect(await other.entities.get(['competitor', 'amazon.com', 'B0C1K2Z3X4'])).toMatchObject({
      snapshotCount: 3,
      firstSeenAt: at(T0, -600),
      lastCapturedAt: at(T0, 90),
      metrics: { price: 35.99, rating: 4.6 },
    });
    expect(await other.entities.count()).toBe(3);
    await other.delete();
  });

  it('is one transaction: a failure part way leaves the database as it was', async () => {
    await seed(db);
    const before = await dump(db);
    // A reading no store can key (no time): its write fails after the first reading's was issued.
    const clash = {
      ...competitor({ key: 'B0NEW00001' }),
      capturedAt: undefined,
    } as unknown as Backup['snapshots'][number];
    const backup: Backup = {
      format: 'opslens-backup',
      version: 1,
      exportedAt: T0,
      schemaVersion: 1,
      settings: EMPTY_SETTINGS,
      watchlist: [
        {
          kind: 'competitor',
          marketplace: 'amazon.com',
          key: 'B0NEW00001',
          platform: 'amazon',
          url: 'u',
          addedAt: T0,
        },
      ],
      snapshots: [competitor({ key: 'B0NEW00002' }), clash],
    };
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await dump(db)).toStrictEqual(before);
  });
});
