import { adviseRecords } from '../advice';
import { history, isWatched, type OpsLensDb, putSnapshots, setWatched } from '../db';
import type { Message, ReplyFor } from '../messaging';
import type { SnapshotRecord } from '../model';
import type { SettingsDoc } from '../settings/advice-settings';

export interface SettingsStore {
  get(): Promise<SettingsDoc>;
  set(doc: SettingsDoc): Promise<void>;
}

/** Earlier readings of every listing on the page, read before the new ones are stored. */
async function listingHistory(db: OpsLensDb, records: SnapshotRecord[]) {
  const byKey = new Map<string, SnapshotRecord[]>();
  await Promise.all(
    records
      .filter((r) => r.kind === 'listing')
      .map(async (r) => byKey.set(`${r.marketplace}|${r.key}`, await history(db, r, { limit: 400 }))),
  );
  return (r: SnapshotRecord) =>
    (byKey.get(`${r.marketplace}|${r.key}`) ?? []).filter((h) => h.capturedAt < r.capturedAt);
}

/** Why a write failed, in words a user can act on. Existing data is untouched: the transaction rolled back. */
export function describeDbError(err: unknown): string {
  const name = (err as { name?: string; inner?: { name?: string } })?.name;
  const inner = (err as { inner?: { name?: string } })?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Storage is full: nothing was written and your history is intact. Free disk space or export and thin old snapshots.';
  }
  return `Database error: ${(err as Error)?.message ?? String(err)}`;
}

export async function handleMessage(
  db: OpsLensDb,
  settings: SettingsStore,
  msg: Message,
): Promise<ReplyFor<Message['type']>> {
  switch (msg.type) {
    case 'page.capture': {
      const lookup = await listingHistory(db, msg.records);
      const results = await putSnapshots(db, msg.records);
      const stored = results.filter((r) => r.stored).length;
      const doc = await settings.get();
      return {
        stored,
        skipped: results.length - stored,
        advice: adviseRecords(msg.records, lookup, doc),
        dismissed: doc.dismissed,
      };
    }
    case 'advice.dismiss': {
      const doc = await settings.get();
      const set = new Set(doc.dismissed);
      if (msg.dismissed) set.add(msg.id);
      else set.delete(msg.id);
      const dismissed = [...set].slice(-5000);
      await settings.set({ ...doc, dismissed });
      return { dismissed };
    }
    case 'snapshots.put': {
      const results = await putSnapshots(db, msg.records);
      const stored = results.filter((r) => r.stored).length;
      return { stored, skipped: results.length - stored, previous: results.map((r) => r.previous) };
    }
    case 'entity.state':
      return { watched: await isWatched(db, msg.ref) };
    case 'watch.set': {
      await setWatched(
        db,
        {
          ...msg.ref,
          platform: msg.platform,
          url: msg.url,
          addedAt: new Date().toISOString(),
          ...(msg.label ? { label: msg.label } : {}),
        },
        msg.watched,
      );
      return { watched: msg.watched };
    }
  }
}
