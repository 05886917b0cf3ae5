import Dexie, { type Table } from 'dexie';
import type { Alert } from '../alerts/types';
import type { HourRow } from '../daypart/bucket';
import type { ExperimentRow } from '../experiments/types';
import type { Kind, Platform, SnapshotRecord } from '../model';
import type { AdviceRow } from '../today/items';
import type { DayRow } from '../today/since';
import { copyToHistory, readingIds } from './history-keys';
import { DB_NAME } from './name';

export type { AdviceRow } from '../today/items';
export type { DayRow } from '../today/since';

export type EntityKey = [kind: Kind, marketplace: string, key: string];

export interface StoredSnapshot extends SnapshotRecord {
  /** Set when stored (./history-keys.ts): tells apart readings of one entity at one instant. */
  id?: number;
}

/** The history's primary key (./history-keys.ts). */
export type SnapshotKey = [kind: Kind, marketplace: string, key: string, capturedAt: string, id: number];

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

/**
 * One console page as it was read: every record it showed, whether stored or recognised as held. Advice on
 * any of them compares it with these peers; the dashboard reads the page back to advise as the panel did.
 * Kept while it is the latest page of at least one of its entities (lib/db/pages.ts).
 */
export interface PageRow {
  id?: number;
  capturedAt: string;
  /** `entityId` of every record: finds an entity's latest page. */
  members: string[];
  records: SnapshotRecord[];
}

/** An alert of one rule on one entity (./alerts.ts): open until seen, over when a reading no longer raises it. */
export interface AlertRow extends Alert {
  /** `alertId(rule, ref)`. */
  id: string;
  /** `entityId` of the entity. */
  entity: string;
  status: 'open' | 'seen' | 'closed';
  /** When this episode was raised; a new one after it was over (or a new move of a competitor) starts again. */
  raisedAt: string;
  updatedAt: string;
}

export { DB_NAME } from './name';

export class OpsLensDb extends Dexie {
  /** Every stored reading, keyed by entity and time (./history-keys.ts). */
  history!: Table<StoredSnapshot, SnapshotKey>;
  entities!: Table<EntityRow, EntityKey>;
  watchlist!: Table<WatchRow, EntityKey>;
  pages!: Table<PageRow, number>;
  /** The current advice of every entity, on its latest reading (./advice-cache.ts): Today reads this. */
  advice!: Table<AdviceRow, string>;
  /** Today's list at the end of each day, for "since yesterday" (./today-days.ts). */
  todayDays!: Table<DayRow, string>;
  /** Alerts raised by new readings (./alerts.ts). */
  alerts!: Table<AlertRow, string>;
  /** Changes the operator recorded, compared before and after (./experiments.ts). */
  experiments!: Table<ExperimentRow, number>;
  /** Hour-of-day figures of campaigns, for dayparting (./hours.ts, lib/daypart). */
  hours!: Table<HourRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Released schema versions are never edited: add version(n + 1) with an upgrade and a test.
    this.version(1).stores({
      snapshots: '++id, [kind+marketplace+key+capturedAt], capturedAt, source',
      entities: '[kind+marketplace+key], lastSeenAt, [platform+kind], kind',
      watchlist: '[kind+marketplace+key], addedAt',
    });
    // Version 2 (issue 12): the latest page readings, so the dashboard advises with the page's peers.
    this.version(2).stores({ pages: '++id, *members' });
    // Version 3 (issue 15): the current advice of every entity, kept by the background, and Today's list of
    // each day. Both are derived: the background fills them from the pages and entities (advice-cache.ts).
    this.version(3).stores({ advice: 'id, entity', todayDays: 'day' });
    // Version 4 (issue 15): alerts, raised by the background as readings arrive.
    this.version(4).stores({ alerts: 'id, entity, status, updatedAt' });
    // Version 5 (issue 15): recorded changes (experiments), by product and time.
    this.version(5).stores({ experiments: '++id, product, at' });
    // Version 6 (issue 14): hourly buckets of campaigns (分时 pages, hourly report files, increments between
    // readings of today's figures), by campaign.
    this.version(6).stores({ hours: 'id, entity' });
    // Version 7 (issue 16): the readings keyed by entity and time, so one entity's history is one contiguous
    // range; copied from `snapshots` (keyed by an autoincrement id), which goes. No capturedAt index: nothing
    // asked the whole store by time. Entities lose their `kind` and [platform+kind] indexes: a kind is a range
    // of their key, and each index is one more write for every reading.
    this.version(7)
      .stores({
        snapshots: null,
        history: '[kind+marketplace+key+capturedAt+id], source',
        entities: '[kind+marketplace+key], lastSeenAt',
      })
      .upgrade(copyToHistory);
    this.use(readingIds);
  }
}
