import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware, type Transaction } from 'dexie';
import type { EntityRef } from '../model';
import { requestDone } from './idb-request';
import type { OpsLensDb, SnapshotKey, StoredSnapshot } from './schema';

// The history keyed by entity and time (schema version 7, issue 16): one entity's readings are one contiguous
// range of the primary key, [kind, marketplace, key, capturedAt, id], so a chart's 365 points are one range
// read of neighbouring records instead of 365 look-ups scattered over the whole store. `id` tells apart two
// readings of one entity at one instant (two report files of different periods ending the same day).

let lastId = 0;
/** Increasing within a page, above every id the autoincrement of versions 1-6 gave (those were 1, 2, 3...). */
export function nextReadingId(): number {
  lastId = Math.max(Date.now() * 1024, lastId + 1);
  return lastId;
}

/** Gives every reading written without an `id` one (as the autoincrement did, on the object itself). */
export const readingIds: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ReadingIds',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'history') return table;
      return {
        ...table,
        mutate(req: DBCoreMutateRequest) {
          if (req.type === 'add' || req.type === 'put')
            for (const v of req.values as StoredSnapshot[]) v.id ??= nextReadingId();
          return table.mutate(req);
        },
      };
    },
  }),
};

export interface Span {
  /** capturedAt lower bound, inclusive. */
  from?: string;
  /** capturedAt upper bound, inclusive unless `before`. */
  to?: string;
  /** Only readings strictly before `to`. */
  before?: boolean;
}

/** One entity's readings in capturedAt order (then id), as one primary-key range. */
export function readingsOf(db: OpsLensDb, ref: EntityRef, span: Span = {}) {
  const base = [ref.kind, ref.marketplace, ref.key];
  const upper =
    span.to === undefined
      ? [...base, Dexie.maxKey]
      : span.before
        ? [...base, span.to]
        : [...base, span.to, Dexie.maxKey];
  return db.history.where(':id').between([...base, span.from ?? Dexie.minKey], upper, true, !span.before);
}

/** The primary key of a stored reading. */
export const readingKey = (s: StoredSnapshot): SnapshotKey => [
  s.kind,
  s.marketplace,
  s.key,
  s.capturedAt,
  s.id!,
];

const COPY_PAGE = 10_000;

/**
 * Version 7's upgrade: every reading of the `snapshots` table (keyed by an autoincrement id) copied into
 * `history`, page by page in id order, keeping its id; Dexie then deletes `snapshots` in the same upgrade
 * transaction, so a failure leaves version 6 as it was. IndexedDB itself, every add of a page issued at once
 * (the time it takes: BENCHMARKS.md, "schema upgrade 6 -> 7").
 */
export async function copyToHistory(tx: Transaction): Promise<void> {
  const idb = (tx as unknown as { idbtrans: IDBTransaction }).idbtrans;
  const from = idb.objectStore('snapshots');
  const to = idb.objectStore('history');
  let after: number | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const page = (await requestDone(from.getAll(range, COPY_PAGE))) as StoredSnapshot[];
    if (!page.length) return;
    const adds = page.map((r) => requestDone(to.add(r)));
    after = page[page.length - 1]!.id!;
    await Promise.all(adds);
  }
}
