import Dexie, { type Table } from 'dexie';
import type { Kind, Platform, SnapshotRecord } from '../model';

export type EntityKey = [kind: Kind, marketplace: string, key: string];

export interface StoredSnapshot extends SnapshotRecord {
  id?: number;
}

/** The latest reading of each entity, kept beside the history so "latest of every entity" is one index read. */
export interface EntityRow {
  kind: Kind;
  marketplace: string;
  key: string;
  platform: Platform;
  source: string;
  label?: string;
  currency?: string;
  url: string;
  metrics: SnapshotRecord['metrics'];
  attrs: SnapshotRecord['attrs'];
  period?: SnapshotRecord['period'];
  firstSeenAt: string;
  /** capturedAt of the latest stored snapshot. */
  lastCapturedAt: string;
  /** Last time a page showed this entity, stored or not (a repeat within the hour is not stored). */
  lastSeenAt: string;
  snapshotCount: number;
}

export interface WatchRow {
  kind: Kind;
  marketplace: string;
  key: string;
  platform: Platform;
  label?: string;
  url: string;
  addedAt: string;
}

export const DB_NAME = 'opslens';

export class OpsLensDb extends Dexie {
  snapshots!: Table<StoredSnapshot, number>;
  entities!: Table<EntityRow, EntityKey>;
  watchlist!: Table<WatchRow, EntityKey>;

  constructor(name = DB_NAME) {
    super(name);
    // Released schema versions are never edited: add version(n + 1) with an upgrade and a test.
    this.version(1).stores({
      snapshots: '++id, [kind+marketplace+key+capturedAt], capturedAt, source',
      entities: '[kind+marketplace+key], lastSeenAt, [platform+kind], kind',
      watchlist: '[kind+marketplace+key], addedAt',
    });
  }
}
