import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OpsLensDb, putSnapshots, setWatched } from '../../lib/db';
import {
  type Backup,
  type BackupSettings,
  exportBackup,
  parseBackup,
  restoreBackup,
  withoutId,
} from '../../lib/export';
import { EMPTY_SETTINGS } from '../../lib/settings/advice-settings';
import { dismissedItem } from '../../lib/settings/store';
import { at, competitor } from '../helpers/records';

const T0 = '2026-11-20T10:00:00.000Z';
const SETTINGS: BackupSettings = {
  version: 1,
  marketplaces: { 'amazon.com': { breakEvenAcos: 0.25 } },
  products: { 'amazon.com|B0C1K2Z3X4': { leadTimeDays: 45 } },
  dismissed: ['bid|keyword|amazon.com|kettle'],
};

let db: OpsLensDb;
let n = 0;
const fresh = async () => {
  const d = new OpsLensDb(`opslens-export-backup-${n++}`);
  await d.open();
  return d;
};
beforeEach(async () => {
  db = await fresh();
});
afterEach(async () => {
  await db.delete();
});

async function seed(d: OpsLensDb) {
  await putSnapshots(d, [
    competitor(),
    competitor({ key: 'B0OTHER0001', label: 'Other kettle', metrics: { price: 19.5, reviewCount: 3 } }),
    {
      kind: 'listing',
      source: 'amazon.business-report',
      platform: 'amazon',
      marketplace: 'amazon.de',
      key: 'B0C1K2Z3X4',
      currency: 'EUR',
      period: { from: '2026-11-01', to: '2026-11-19' },
      capturedAt: T0,
      url: 'https://sellercentral.amazon.de/business-reports',
      metrics: { sessions: 1200, conversionRate: 0.0812, sales: 2345.67 },
      attrs: { asin: 'B0C1K2Z3X4' },
    },
  ]);
  // A repeat within the hour is not stored but moves lastSeenAt: the entity row must survive a round trip as is.
  await putSnapshots(d, [competitor({ capturedAt: at(T0, 30) })]);
  await putSnapshots(d, [competitor({ capturedAt: at(T0, 90), metrics: { price: 35.99, rating: 4.6 } })]);
  await setWatched(
    d,
    {
      kind: 'competitor',
      marketplace: 'amazon.com',
      key: 'B0C1K2Z3X4',
      platform: 'amazon',
      url: 'u',
      addedAt: T0,
    },
    true,
  );
}

/** Database content without ids; JSON-normalised, since a stored `undefined` and a missing field mean the same. */
async function dump(d: OpsLensDb) {
  const snapshots = (await d.snapshots.orderBy('id').toArray()).map(withoutId);
  return JSON.parse(
    JSON.stringify({
      snapshots,
      entities: await d.entities.toArray(),
      watchlist: await d.watchlist.toArray(),
    }),
  );
}

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
    db = await fresh();
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
    const other = await fresh();
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
    const clash = { ...competitor({ key: 'B0NEW00001' }), id: 1 } as Backup['snapshots'][number];
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

describe('hostile and broken backups are refused whole, leaving the database unchanged', () => {
  let valid: Record<string, unknown>;
  beforeEach(async () => {
    await seed(db);
    valid = JSON.parse(await exportBackup(db, SETTINGS));
  });
  const variant = (change: (doc: Record<string, unknown>) => void) => {
    const doc = structuredClone(valid);
    change(doc);
    return JSON.stringify(doc);
  };
  const snaps = (doc: Record<string, unknown>) => doc.snapshots as Record<string, unknown>[];

  async function refused(text: string, reason: string | RegExp, limits?: Parameters<typeof parseBackup>[1]) {
    const before = await dump(db);
    const parsed = parseBackup(text, limits);
    if (parsed.ok) await restoreBackup(db, parsed.backup);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    expect(await dump(db)).toStrictEqual(before);
  }

  it('empty file', () => refused('', 'The file is empty.'));
  it('whitespace only', () => refused(' \n\t', 'The file is empty.'));
  it('not JSON', () => refused('id,price\n1,2', /not an OpsLens backup: the file is not valid JSON/));
  it('truncated JSON', async () => {
    const text = JSON.stringify(valid);
    await refused(text.slice(0, Math.floor(text.length / 2)), /not valid JSON \(it may be cut short\)/);
  });
  it('a JSON array', () =>
    refused('[{"kind":"listing"}]', 'This is not an OpsLens backup: it holds a list.'));
  it('a JSON scalar', () => refused('42', 'This is not an OpsLens backup: it holds a single value.'));
  it('wrong format tag', () =>
    refused(
      variant((d) => {
        d.format = 'keepa-export';
      }),
      'This is not an OpsLens backup (format "keepa-export", expected "opslens-backup").',
    ));
  it('newer version', () =>
    refused(
      variant((d) => {
        d.version = 2;
      }),
      'This backup was made by a newer OpsLens (version 2); update the extension.',
    ));
  it('version that is not a number', () =>
    refused(
      variant((d) => {
        d.version = '1';
      }),
      'Unknown backup version "1".',
    ));
  it('missing snapshots', () =>
    refused(
      variant((d) => {
        delete d.snapshots;
      }),
      'snapshots: is missing',
    ));
  it('snapshots that are not a list', () =>
    refused(
      variant((d) => {
        d.snapshots = { 0: {} };
      }),
      'snapshots: must be a list',
    ));
  it('a string where a metric number belongs', () =>
    refused(
      variant((d) => {
        snaps(d)[1]!.metrics = { price: '19.50' };
      }),
      'snapshots[1].metrics.price: must be a number, not string',
    ));
  it('a negative count', () =>
    refused(
      variant((d) => {
        snaps(d)[1]!.metrics = { reviewCount: -3 };
      }),
      'snapshots[1].metrics.reviewCount: must be a whole number ≥ 0',
    ));
  it('an unknown metric name', () =>
    refused(
      variant((d) => {
        snaps(d)[0]!.metrics = { followers: 10 };
      }),
      'snapshots[0].metrics.followers: unknown metric name',
    ));
  it('a number too large to be finite (1e400 parses as Infinity)', () =>
    refused(
      JSON.stringify(valid).replace('"price":39.99', '"price":1e400'),
      /snapshots\[\d+\]\.metrics\.price: must be finite/,
    ));
  it('a __proto__ key anywhere', () =>
    refused(
      JSON.stringify(valid).replace('"attrs":{', '"attrs":{"__proto__":{"polluted":"yes"},'),
      'The file contains the key "__proto__", which no backup has: refused as unsafe.',
    ));
  it('a constructor key', () =>
    refused(
      JSON.stringify(valid).replace('"settings":{', '"settings":{"constructor":{"prototype":{}},'),
      /the key "(constructor|prototype)", which no backup has/,
    ));
  it('a file over the size limit (300 MB against 200 MB, scaled down)', () =>
    refused('x'.repeat(300 * 1024), 'The file is too large (300 KB; the limit is 200 KB).', {
      maxBytes: 200 * 1024,
    }));
  it('too many records', () =>
    refused(JSON.stringify(valid), 'The backup holds 8 records, more than the limit of 5.', {
      maxRecords: 5,
    }));
  it('an invalid capturedAt', () =>
    refused(
      variant((d) => {
        snaps(d)[2]!.capturedAt = 'yesterday';
      }),
      'snapshots[2].capturedAt: must be an ISO 8601 date-time',
    ));
  it('an unknown kind', () =>
    refused(
      variant((d) => {
        snaps(d)[0]!.kind = 'shop';
      }),
      /^snapshots\[0\]\.kind: must be one of "listing", "campaign"/,
    ));
  it('a snapshot that is not an object', () =>
    refused(
      variant((d) => {
        (d.snapshots as unknown[]).push('B0C1K2Z3X4');
      }),
      'snapshots[4]: must be an object',
    ));
  it('the same entity watched twice', () =>
    refused(
      variant((d) => {
        const w = d.watchlist as unknown[];
        w.push(structuredClone(w[0]));
      }),
      'watchlist[1]: duplicate of watchlist[0] (competitor amazon.com B0C1K2Z3X4)',
    ));
  it('duplicate entity rows', () =>
    refused(
      variant((d) => {
        const e = d.entities as unknown[];
        e.push(structuredClone(e[1]));
      }),
      /^entities\[3\]: duplicate of entities\[1\]/,
    ));
  it('an entity with a negative snapshot count', () =>
    refused(
      variant((d) => {
        (d.entities as Record<string, unknown>[])[0]!.snapshotCount = -1;
      }),
      'entities[0].snapshotCount: must be at least 0',
    ));
  it('settings of another version', () =>
    refused(
      variant((d) => {
        (d.settings as Record<string, unknown>).version = 9;
      }),
      'settings.version: must be one of 1',
    ));
});
