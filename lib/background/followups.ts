import type { Advice } from '../advice/types';
import { rebuildAdvice, refreshAdvice, saveAdvice } from '../db/advice-cache';
import { applyAlerts } from '../db/alerts';
import type { AlertRow, OpsLensDb } from '../db/schema';
import type { PutResult } from '../db/snapshots';
import { snapshotToday } from '../db/today-days';
import type { SnapshotRecord } from '../model';
import { judgeReadings } from './alerts';
import type { Stores } from './stores';

/**
 * What follows a write, in the background, after the reply: the advice Today reads, the alerts new readings
 * raise (and their notification), the day's snapshot of Today.
 * Jobs run one at a time in the order they came, so a rebuild never interleaves with a page's update.
 */
export interface Followups {
  /** Readings stored by snapshots.put (product pages, seeding). */
  stored(records: readonly SnapshotRecord[], results: readonly PutResult[]): void;
  /** A console page stored, with the advice page.capture gave on it. */
  captured(records: SnapshotRecord[], advice: Advice[], results: readonly PutResult[]): void;
  /** Every entity's advice again (settings changed, rules changed, an import); resolves with the rows written. */
  rebuild(): Promise<number>;
  /** Something Today shows changed (alerts seen): the badge and the day's snapshot follow. */
  changed(): void;
  /** Resolves when every job queued so far is done. */
  idle(): Promise<void>;
}

export interface FollowupOptions {
  now?: () => Date;
  /** Alerts a batch of readings raised: one grouped notification (lib/background/notify.ts). */
  raised?: (alerts: AlertRow[]) => Promise<void>;
  /** After each job: the toolbar badge. */
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
  async function alertOn(records: readonly SnapshotRecord[], results: readonly PutResult[]) {
    const judged = await judgeReadings(db, stores, records, results);
    if (!judged.length) return;
    const raised = await applyAlerts(db, judged, now());
    if (raised.length) await opts.raised?.(raised);
  }
  return {
    stored(records, results) {
      if (!records.length) return;
      const fresh = records.filter((_, i) => results[i]?.stored);
      void run(async () => {
        if (fresh.length) await refreshAdvice(db, fresh, await stores.settings.get());
        await alertOn(records, results);
      }).catch(() => undefined);
    },
    captured(records, advice, results) {
      if (!records.length) return;
      void run(async () => {
        await saveAdvice(db, records, advice);
        await alertOn(records, results);
      }).catch(() => undefined);
    },
    rebuild() {
      // One rebuild waiting is enough: it will see every change made before it starts.
      pendingRebuild ??= run(async () => {
        pendingRebuild = undefined;
        return rebuildAdvice(db, await stores.settings.get());
      });
      return pendingRebuild;
    },
    changed() {
      void run(async () => undefined).catch(() => undefined);
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
