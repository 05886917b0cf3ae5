import type { Advice } from '../advice';
import { type EntityRef, entityId, type SnapshotRecord } from '../model';
import type { SettingsDoc } from '../settings/advice-settings';
import { advisePage } from './page-advice';
import { readingOf } from './pages';
import type { AdviceRow, OpsLensDb, PageRow } from './schema';
import { latestOf } from './snapshots';

// The current advice of every entity, kept by the background beside the readings so that Today reads one
// table instead of advising thousands of entities (and reading their histories) on every open. The advice is
// the one of lib/db/page-advice.ts on the entity's reading (pages.ts: readingOf), as the dashboard's entity
// view and the console panel give it. Rows change when readings arrive (page.capture, snapshots.put), and
// are rebuilt whole when settings change, when the extension is installed or updated (rules change with the
// code) and after an import.

interface Reading {
  records: SnapshotRecord[];
  /** The entities whose advice this reading gives. */
  owners: Set<string>;
}

function rowsOf(reading: Reading, advice: Advice[]): AdviceRow[] {
  const byEntity = new Map(reading.records.map((r) => [entityId(r), r]));
  const rows: AdviceRow[] = [];
  for (const a of advice) {
    const entity = entityId(a.ref);
    const rec = byEntity.get(entity);
    if (!rec || !reading.owners.has(entity)) continue;
    rows.push({
      id: a.id,
      entity,
      advice: a,
      platform: rec.platform,
      url: rec.url,
      capturedAt: rec.capturedAt,
    });
  }
  return rows;
}

/** Replaces the advice of `entities` with `rows`, in one transaction. */
async function replace(db: OpsLensDb, entities: string[], rows: AdviceRow[]): Promise<void> {
  await db.transaction('rw', db.advice, async () => {
    await db.advice.where('entity').anyOf(entities).delete();
    if (rows.length) await db.advice.bulkPut(rows);
  });
}

/** A console page just stored (and advised on by page.capture): every entity on it takes that advice. */
export async function saveAdvice(db: OpsLensDb, records: SnapshotRecord[], advice: Advice[]): Promise<void> {
  const owners = new Set(records.map(entityId));
  await replace(db, [...owners], rowsOf({ records, owners }, advice));
}

async function adviseAll(db: OpsLensDb, readings: Iterable<Reading>, settings: SettingsDoc | undefined) {
  const rows: AdviceRow[] = [];
  for (const reading of readings) {
    if (!reading.records.length) continue;
    rows.push(...rowsOf(reading, await advisePage(db, reading.records, settings)));
  }
  return rows;
}

/** Advice of some entities again, from their readings now (readings came by snapshots.put: a product page, seeding). */
export async function refreshAdvice(
  db: OpsLensDb,
  refs: readonly EntityRef[],
  settings: SettingsDoc | undefined,
): Promise<void> {
  const readings = new Map<string, Reading>();
  const ids = [...new Map(refs.map((r) => [entityId(r), r]))];
  for (const [id, ref] of ids) {
    const r = await readingOf(db, ref);
    // Entities on the same page are advised together, once.
    const key = r.page !== undefined ? `page ${r.page}` : id;
    const reading = readings.get(key) ?? { records: r.records, owners: new Set<string>() };
    reading.owners.add(id);
    readings.set(key, reading);
  }
  await replace(
    db,
    ids.map(([id]) => id),
    await adviseAll(db, readings.values(), settings),
  );
}

/**
 * Every entity's advice from scratch: each stored page advised once for the entities whose latest reading it
 * is, the others on their newest reading alone. Returns how many advice rows it wrote.
 */
export async function rebuildAdvice(db: OpsLensDb, settings: SettingsDoc | undefined): Promise<number> {
  const [pages, entities] = await db.transaction('r', db.pages, db.entities, () =>
    Promise.all([db.pages.orderBy(':id').toArray(), db.entities.toArray()]),
  );
  const latestPage = new Map<string, PageRow>();
  for (const page of pages) for (const m of page.members) latestPage.set(m, page);
  const readings = new Map<string, Reading>();
  for (const e of entities) {
    const id = entityId(e);
    const page = latestPage.get(id);
    if (page?.id !== undefined && page.capturedAt >= e.lastCapturedAt) {
      const key = `page ${page.id}`;
      const reading = readings.get(key) ?? { records: page.records, owners: new Set<string>() };
      reading.owners.add(id);
      readings.set(key, reading);
    } else {
      readings.set(id, { records: [latestOf(e)], owners: new Set([id]) });
    }
  }
  const rows = await adviseAll(db, readings.values(), settings);
  await db.transaction('rw', db.advice, async () => {
    await db.advice.clear();
    await db.advice.bulkPut(rows);
  });
  return rows.length;
}
