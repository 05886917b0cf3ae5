import { localDay } from '../today/day';
import { itemOf } from '../today/items';
import { type DayRow, toDayItem } from '../today/since';
import type { OpsLensDb } from './schema';

/** Days of Today snapshots kept. */
export const DAYS_KEPT = 40;

/** Today's list as it stands now becomes the snapshot of the operator's day (the last one of a day stays). */
export async function snapshotToday(db: OpsLensDb, now: Date): Promise<DayRow> {
  const rows = await db.advice.toArray();
  const items = rows.flatMap((r) => {
    const item = itemOf(r);
    return item ? [toDayItem(item)] : [];
  });
  const row: DayRow = { day: localDay(now), at: now.toISOString(), items };
  const oldest = localDay(new Date(now.getTime() - DAYS_KEPT * 86_400_000));
  await db.transaction('rw', db.todayDays, async () => {
    await db.todayDays.put(row);
    await db.todayDays.where('day').below(oldest).delete();
  });
  return row;
}

/** The last snapshot of a day before `day`: what "since yesterday" compares with (the day before the last open). */
export const dayBefore = (db: OpsLensDb, day: string): Promise<DayRow | undefined> =>
  db.todayDays.where('day').below(day).last();
