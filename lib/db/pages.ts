import { type EntityRef, entityId, type SnapshotRecord } from '../model';
import { entityRange } from './entities';
import { incrementsOf, putHours, splitHourRecords } from './hours';
import type { OpsLensDb } from './schema';
import { type PutResult, putSnapshots } from './snapshots';

/**
 * Stores one console page's readings and remembers the page as it was read, in one transaction: a failure
 * leaves both as they were.
 */
export function ingestPage(db: OpsLensDb, records: SnapshotRecord[]): Promise<PutResult[]> {
  return db.transaction('rw', [db.history, db.entities, db.pages, db.hours], async () => {
    // A 分时 page's hours are kept as hourly buckets, not readings (./hours.ts); today's campaign readings
    // also give the increments since the reading before.
    const { hours, readings } = splitHourRecords(records);
    const stored = await putSnapshots(db, readings);
    await putHours(db, [...hours, ...incrementsOf(readings, stored)]);
    if (readings.length) await rememberPage(db, readings);
    const byReading = new Map(readings.map((r, i) => [r, stored[i]!]));
    return records.map((r) => byReading.get(r) ?? { stored: false, previous: null });
  });
}

const isLatestPageOf = async (db: OpsLensDb, member: string, pageId: number) =>
  (await db.pages.where('members').equals(member).primaryKeys()).at(-1) === pageId;

/** Adds the page, and forgets earlier pages that are no longer the latest page of any of their entities. */
async function rememberPage(db: OpsLensDb, records: SnapshotRecord[]): Promise<void> {
  const members = [...new Set(records.map(entityId))];
  const capturedAt = records.map((r) => r.capturedAt).sort()[records.length - 1]!;
  const id = await db.pages.add({ capturedAt, members, records });
  const mine = new Set(members);
  const overlapping = new Set(await db.pages.where('members').anyOf(members).primaryKeys());
  overlapping.delete(id);
  for (const older of overlapping) {
    const page = await db.pages.get(older);
    let kept = false;
    for (const m of page?.members ?? []) {
      if (mine.has(m)) continue;
      if (await isLatestPageOf(db, m, older)) {
        kept = true;
        break;
      }
    }
    if (!kept) await db.pages.delete(older);
  }
}

/** An entity's reading (see `pageReadingOf`), with the id of the page when it is a page. */
export interface EntityReading {
  page?: number;
  records: SnapshotRecord[];
}

/**
 * The reading an entity's advice is computed from: the latest console page that showed it, with all that
 * page's records; or, when a later reading came another way (a product page, an import) or no page was
 * ever kept for it (data from before version 2), its newest snapshot alone.
 */
export async function readingOf(db: OpsLensDb, ref: EntityRef): Promise<EntityReading> {
  return db.transaction('r', db.pages, db.history, async () => {
    const [pageId, newest] = await Promise.all([
      db.pages.where('members').equals(entityId(ref)).primaryKeys(),
      entityRange(db, ref).last(),
    ]);
    const id = pageId.at(-1);
    const page = id !== undefined ? await db.pages.get(id) : undefined;
    if (page && (!newest || page.capturedAt >= newest.capturedAt)) return { page: id, records: page.records };
    if (!newest) return { records: [] };
    const { id: _id, ...record } = newest;
    return { records: [record] };
  });
}

/** The records of an entity's reading (`readingOf`). */
export const pageReadingOf = async (db: OpsLensDb, ref: EntityRef): Promise<SnapshotRecord[]> =>
  (await readingOf(db, ref)).records;
