import type { OpsLensDb } from '../db';
import { loadDismissed } from '../settings/store';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupSettings } from './backup-schema';
import { iterateSnapshots, withoutId } from './iterate';
import { mergeSnapshots } from './merge';

export { type BackupLimits, type ParsedBackup, parseBackup } from './backup-parse';
export { BACKUP_FORMAT, BACKUP_VERSION, type Backup, BackupSettings } from './backup-schema';

/**
 * The backup as text chunks, snapshots last and read in batches (hand them to `new Blob(chunks)`). Settings
 * without `dismissed` (as `settingsStore.get()` gives them) get the stored dismissed advice.
 */
export async function* backupChunks(db: OpsLensDb, settings: BackupSettings): AsyncGenerator<string> {
  const [watchlist, entities, dismissed] = await Promise.all([
    db.watchlist.toArray(),
    db.entities.toArray(),
    settings.dismissed ?? loadDismissed(),
  ]);
  const head = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    schemaVersion: db.verno,
    settings: { ...settings, dismissed },
    watchlist,
    entities,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"snapshots":[`;
  let first = true;
  for await (const batch of iterateSnapshots(db)) {
    yield (first ? '' : ',') + batch.map((s) => JSON.stringify(withoutId(s))).join(',');
    first = false;
  }
  yield ']}';
}

export async function exportBackup(db: OpsLensDb, settings: BackupSettings): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of backupChunks(db, settings)) parts.push(chunk);
  return parts.join('');
}

export interface RestoreResult {
  /** Snapshots new to the database. */
  added: number;
  /** Snapshots the database already held (importing the same file twice skips them all). */
  skipped: number;
  /** Watchlist rows new to the database. */
  watch: number;
  /** The backup's settings, for the caller to merge in (`settingsStore.set`: they live in extension storage). */
  settings: BackupSettings;
}

/** Merges a parsed backup into the database in one transaction: all of it or, on any error, none. */
export function restoreBackup(db: OpsLensDb, backup: Backup): Promise<RestoreResult> {
  return db.transaction('rw', db.history, db.entities, db.watchlist, async () => {
    const { added, skipped } = await mergeSnapshots(db, backup.snapshots, backup.entities ?? []);
    let watch = 0;
    for (const row of backup.watchlist) {
      const key = [row.kind, row.marketplace, row.key] as const;
      const existing = await db.watchlist.get([...key]);
      if (!existing) watch++;
      const addedAt = existing && existing.addedAt < row.addedAt ? existing.addedAt : row.addedAt;
      await db.watchlist.put({ ...row, addedAt });
    }
    return { added, skipped, watch, settings: backup.settings };
  });
}
