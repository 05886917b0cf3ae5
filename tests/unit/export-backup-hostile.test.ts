import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpsLensDb } from '../../lib/db';
import { exportBackup, parseBackup, restoreBackup } from '../../lib/export';
import { dump, freshDb, SETTINGS, seed } from '../helpers/backup-seed';

// A backup is refused whole, with a reason a person can act on, and nothing of it is written.

let db: OpsLensDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await db.delete();
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
