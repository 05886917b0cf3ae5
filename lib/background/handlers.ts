import { isWatched, type OpsLensDb, putSnapshots, setWatched } from '../db';
import type { Message, ReplyFor } from '../messaging';

/** Why a write failed, in words a user can act on. Existing data is untouched: the transaction rolled back. */
export function describeDbError(err: unknown): string {
  const name = (err as { name?: string; inner?: { name?: string } })?.name;
  const inner = (err as { inner?: { name?: string } })?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Storage is full: nothing was written and your history is intact. Free disk space or export and thin old snapshots.';
  }
  return `Database error: ${(err as Error)?.message ?? String(err)}`;
}

export async function handleMessage(db: OpsLensDb, msg: Message): Promise<ReplyFor<Message['type']>> {
  switch (msg.type) {
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
