import { type Advice, adviseRecords, HISTORY_POINTS, type HistoryLookup, needsHistory } from '../advice';
import { isHourRecord } from '../daypart/records';
import { type EntityRef, entityId, type SnapshotRecord } from '../model';
import type { SettingsDoc } from '../settings/advice-settings';
import { readingsOf } from './history-keys';
import { pageReadingOf } from './pages';
import type { OpsLensDb } from './schema';

// Advice is computed here only, from the same inputs wherever it is shown: the page's records (an
// entity's peers on the page that read it), the history before each of them, and the settings. The
// background calls it on page.capture, the dashboard on the page reading it reads back from Dexie.

/** The newest `HISTORY_POINTS` readings strictly before the reading itself: the same whether or not it is stored yet. */
export function historyBefore(db: OpsLensDb, rec: SnapshotRecord) {
  return readingsOf(db, rec, { to: rec.capturedAt, before: true }).reverse().limit(HISTORY_POINTS).toArray();
}

async function historyOf(db: OpsLensDb, records: readonly SnapshotRecord[]): Promise<HistoryLookup> {
  const byReading = new Map<string, SnapshotRecord[]>();
  const id = (r: SnapshotRecord) => `${entityId(r)}@${r.capturedAt}`;
  await db.transaction('r', db.history, () =>
    Promise.all(
      records.filter(needsHistory).map(async (r) => {
        const found = await historyBefore(db, r);
        byReading.set(
          id(r),
          found.reverse().map(({ id: _id, ...s }) => s),
        );
      }),
    ),
  );
  return (r) => byReading.get(id(r)) ?? [];
}

/** Every advice on one page reading. */
export async function advisePage(
  db: OpsLensDb,
  records: SnapshotRecord[],
  settings: SettingsDoc | undefined,
): Promise<Advice[]> {
  // A 分时 page's hour rows are not campaigns to advise on (lib/daypart/records.ts).
  const readings = records.filter((r) => !isHourRecord(r));
  return adviseRecords(readings, await historyOf(db, readings), settings);
}

const sameEntity = (a: EntityRef, b: EntityRef) =>
  a.kind === b.kind && a.marketplace === b.marketplace && a.key === b.key;

/** The advice on one entity, as the panel gave it for the page that last showed it. */
export async function entityAdvice(
  db: OpsLensDb,
  ref: EntityRef,
  settings: SettingsDoc | undefined,
): Promise<Advice[]> {
  const page = await pageReadingOf(db, ref);
  return (await advisePage(db, page, settings)).filter((a) => sameEntity(a.ref, ref));
}
