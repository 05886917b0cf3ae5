import type { Advice } from '../advice/types';
import { rebuildAdvice, refreshAdvice, saveAdvice } from '../db/advice-cache';
import type { OpsLensDb } from '../db/schema';
import { snapshotToday } from '../db/today-days';
import type { SnapshotRecord } from '../model';
import type { Stores } from './stores';

/**
 * What follows a write, in the background, after the reply: the advice Today reads, the day's snapshot of
 * Today. Jobs run one at a time in the order they came, so a rebuild never interleaves with a page's update.
 */
export interface Followups {
  /** Readings stored by snapshots.put (product pages, seeding). */
  stored(records: readonly SnapshotRecord[]): void;
  /** A console page stored, with the advice page.capture gave on it. */
  captured(records: SnapshotRecord[], advice: Advice[]): void;
  /** Every entity's advice again (settings changed, rules changed, an import); resolves with the rows written. */
  rebuild(): Promise<number>;
  /** Resolves when every job queued so far is done. */
  idle(): Promise<void>;
}

export interface FollowupOptions {
  now?: () => Date;
  /** Called after each job with what it did; lets the extension update its badge and tests watch. */
  after?: () => Promise<void>;
}

export function createFollowups(db: OpsLensDb, stores: Stores, opts: FollowupOptions = {}): Followups {
  let chain: Promise<unknown> = Promise.resolve();
  let pendingRebuild: Promise<number> | undefined;
  const now = () => opts.now?.() ?? new Date();
  function run<T>(job: () => Promise<T>): Promise<T> {
    const next = chain.then(async () => {
      const out = await job();
      await snapshotToday(db, now());
      await opts.after?.();
      return out;
    });
    chain = next.catch((err: unknown) => console.error('[opslens] follow-up failed', err));
    return next;
  }
  return {
    stored(records) {
      if (!records.length) return;
      void run(async () => refreshAdvice(db, records, await stores.settings.get())).catch(() => undefined);
    },
    captured(records, advice) {
      if (!records.length) return;
      void run(() => saveAdvice(db, records, advice)).catch(() => undefined);
    },
    rebuild() {
      // One rebuild waiting is enough: it will see every change made before it starts.
      pendingRebuild ??= run(async () => {
        pendingRebuild = undefined;
        return rebuildAdvice(db, await stores.settings.get());
      });
      return pendingRebuild;
    },
    async idle() {
      let seen: Promise<unknown>;
      do {
        seen = chain;
        await seen;
      } while (seen !== chain);
    },
  };
}
