import Dexie from 'dexie';
import type { OpsLensDb, SnapshotKey, StoredSnapshot } from '../db';
import { readingKey } from '../db/history-keys';
import type { Kind, Platform, SnapshotRecord } from '../model';

/** Part of the history's key space: from `lower` (inclusive) to `upper` (exclusive); open where absent. */
export interface KeyPart {
  lower?: unknown[];
  upper?: unknown[];
}

export interface SnapshotFilter {
  kinds?: readonly Kind[];
  platforms?: readonly Platform[];
  marketplaces?: readonly string[];
  /** capturedAt lower bound, inclusive (ISO 8601). */
  from?: string;
  /** capturedAt upper bound, inclusive; a bare `YYYY-MM-DD` includes that whole day (UTC). */
  to?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function bound(iso: string | undefined, endOfDay: boolean): number | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) throw new Error(`not a date: ${iso}`);
  return endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? ms + DAY_MS - 1 : ms;
}

export function snapshotMatcher(filter: SnapshotFilter = {}): (s: SnapshotRecord) => boolean {
  const kinds = filter.kinds?.length ? new Set<string>(filter.kinds) : undefined;
  const platforms = filter.platforms?.length ? new Set<string>(filter.platforms) : undefined;
  const markets = filter.marketplaces?.length ? new Set(filter.marketplaces) : undefined;
  const from = bound(filter.from, false);
  const to = bound(filter.to, true);
  return (s) => {
    if (kinds && !kinds.has(s.kind)) return false;
    if (platforms && !platforms.has(s.platform)) return false;
    if (markets && !markets.has(s.marketplace)) return false;
    if (from === undefined && to === undefined) return true;
    const at = Date.parse(s.capturedAt);
    return (from === undefined || at >= from) && (to === undefined || at <= to);
  };
}

/** A stored snapshot without its database id, as exports and backups carry it. */
export function withoutId(s: StoredSnapshot): SnapshotRecord {
  const { id: _id, ...rec } = s;
  return rec;
}

/**
 * Reads snapshots in primary-key order (kind, marketplace, entity, then time) by keyset pagination: each page
 * is one `getAll` of `batchSize` rows (no offset, no cursor walk), filtered in memory, so 100,000 snapshots
 * export without being held at once. Kinds asked for are read as their own key ranges (the key starts with
 * the kind), so one kind's file does not read the others. The next page is requested before the current one
 * is handed on, so the database reads while the caller formats (at most two pages in memory). A yielded
 * batch holds at most `batchSize` snapshots; pages with no match yield nothing.
 */
export async function* iterateSnapshots(
  db: OpsLensDb,
  filter: SnapshotFilter = {},
  batchSize = 2000,
  /** A part of the key space, [lower, upper), instead of the kinds' ranges (a worker's share of an export). */
  part?: KeyPart,
): AsyncGenerator<StoredSnapshot[]> {
  const matches = snapshotMatcher(filter);
  const ranges: [unknown, unknown][] = part
    ? [[part.lower ?? Dexie.minKey, part.upper ?? Dexie.maxKey]]
    : filter.kinds?.length
      ? [...new Set(filter.kinds)].sort().map((k) => [[k], [k, Dexie.maxKey]])
      : [[Dexie.minKey, Dexie.maxKey]];
  const closed = !part?.upper;
  for (const [lower, upper] of ranges) {
    const fetchPage = (after?: SnapshotKey) => {
      const p = db.history
        .where(':id')
        .between(after ?? lower, upper, after === undefined, closed)
        .limit(batchSize)
        .toArray();
      // Handled here too, so a caller that stops early leaves no unhandled rejection behind.
      p.catch(() => {});
      return p;
    };
    let next: Promise<StoredSnapshot[]> | undefined = fetchPage();
    while (next) {
      const page: StoredSnapshot[] = await next;
      if (page.length === 0) break;
      next = page.length < batchSize ? undefined : fetchPage(readingKey(page[page.length - 1]!));
      // Stored objects as read (with their `id`): copying 100,000 records only to drop it was a third of
      // an export's garbage. Writers name their columns; the backup drops the id itself.
      const batch = page.filter(matches);
      if (batch.length) yield batch;
    }
  }
}
