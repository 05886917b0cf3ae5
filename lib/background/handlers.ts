import { history, ingestPage, isWatched, type OpsLensDb, putSnapshots, setWatched, thinToDaily } from '../db';
import { markAlertsSeen } from '../db/alerts';
import { addExperiment, experimentsWithVerdicts } from '../db/experiments';
import { advisePage } from '../db/page-advice';
import { verdictLines } from '../experiments/text';
import type { Message, MessageType, ReplyOf, RequestOf } from '../messaging';
import { applySettingsPatch, type SettingsDoc } from '../settings/advice-settings';
import { sameAnswer, withAnswer } from '../settings/answers';
import { sameRemap, withRemap } from '../settings/remaps';
import { DISMISSED_LIMIT } from '../settings/store';
import type { LocalChange } from '../sync/record';
import type { TeamSync } from '../sync/scheduler';
import { localDay } from '../today/day';
import { withStatus } from '../today/status';
import type { Followups } from './followups';
import type { Stores } from './stores';

export interface Deps {
  db: OpsLensDb;
  stores: Stores;
  now?: () => Date;
  /** What follows a write (Today's advice, its day snapshot); none in tests that look at the write alone. */
  followups?: Followups;
  /** Opens an extension page in a new tab (the browser's; none in tests that do not look at tabs). */
  open?: (path: string) => Promise<unknown>;
  /** Team sync (lib/sync): told of each shared change after it is written; none when sync is off. */
  sync?: (change: LocalChange) => void;
  /** The Team screen's connection (lib/sync/scheduler.ts); none where sync is not wired (most tests). */
  team?: Pick<TeamSync, 'connect' | 'status' | 'syncNow' | 'disconnect'>;
}

/** Team messages need the background's team sync; without it they are refused (never silently ignored). */
const teamOf = (deps: Deps) => {
  if (!deps.team) throw new Error('team sync is not available here');
  return deps.team;
};

type Handler<T extends MessageType> = (msg: RequestOf<T>, deps: Deps) => Promise<ReplyOf<T>>;

const stamp = (deps: Deps) => (deps.now?.() ?? new Date()).toISOString();
const keep = (ids: Iterable<string>) => [...new Set(ids)].slice(-DISMISSED_LIMIT);

// Every write below is idempotent where that is cheap, so that a message delivered twice (sent again
// after the worker restarted and forgot its request ids) changes nothing the second time: readings of
// the same time are recognised as held, sets are set again, a list entry replaces its namesake.

/** One handler per message type of lib/messaging.ts; the compiler checks that none is missing. */
export const HANDLERS: { [T in MessageType]: Handler<T> } = {
  'snapshots.put': async ({ records }, { db, followups, sync }) => {
    const results = await putSnapshots(db, records);
    const stored = results.filter((r) => r.stored).length;
    followups?.stored(records, results);
    sync?.({ type: 'snaps', records: records.filter((_, i) => results[i]?.stored) });
    return { stored, skipped: results.length - stored, previous: results.map((r) => r.previous) };
  },
  'page.capture': async ({ records }, { db, stores, followups, sync }) => {
    const results = await ingestPage(db, records);
    sync?.({ type: 'snaps', records: records.filter((_, i) => results[i]?.stored) });
    const stored = results.filter((r) => r.stored).length;
    const [settings, dismissed] = await Promise.all([stores.settings.get(), stores.dismissed.get()]);
    const advice = await advisePage(db, records, settings);
    followups?.captured(records, advice, results);
    return { stored, skipped: results.length - stored, advice, dismissed };
  },
  'advice.dismiss': async ({ id, dismissed }, { stores, sync }) => {
    const list = await stores.dismissed.update((list) =>
      dismissed ? keep([...list.filter((x) => x !== id), id]) : list.filter((x) => x !== id),
    );
    sync?.({ type: 'dismissed', ids: [id], dismissed });
    return { dismissed: list };
  },
  'advice.dismissMany': async ({ ids }, { stores, sync }) => {
    const list = await stores.dismissed.update((list) => keep([...list, ...ids]));
    sync?.({ type: 'dismissed', ids, dismissed: true });
    return { dismissed: list };
  },
  'advice.restoreAll': async (_msg, { stores, sync }) => {
    let before: string[] = [];
    const list = await stores.dismissed.update((old) => {
      before = old;
      return [];
    });
    sync?.({ type: 'dismissed', ids: before, dismissed: false });
    return { dismissed: list };
  },
  'entity.state': async ({ ref }, { db }) => ({ watched: await isWatched(db, ref) }),
  'watch.set': async (msg, deps) => {
    const row = {
      ...msg.ref,
      platform: msg.platform,
      url: msg.url,
      addedAt: stamp(deps),
      ...(msg.label ? { label: msg.label } : {}),
    };
    await setWatched(deps.db, row, msg.watched);
    deps.sync?.({ type: 'watch', row, watched: msg.watched });
    return { watched: msg.watched };
  },
  'settings.patch': async ({ patch }, { stores, followups, sync }) => {
    let before: SettingsDoc | undefined;
    const settings = await stores.settings.update((doc) => {
      before = doc;
      return applySettingsPatch(doc, patch);
    });
    if (before) sync?.({ type: 'settings', before, after: settings });
    void followups?.rebuild().catch(() => undefined);
    return { settings };
  },
  'today.mark': async ({ id, state, fingerprint, until }, deps) => {
    const now = deps.now?.() ?? new Date();
    const next =
      state === 'open'
        ? undefined
        : {
            state,
            at: now.toISOString(),
            ...(fingerprint ? { fingerprint } : {}),
            ...(until ? { until } : {}),
          };
    return {
      status: await deps.stores.todayStatus.update((s) => withStatus(s, id, next, now.getTime())),
    };
  },
  'alerts.settings': async ({ patch }, { stores }) => ({
    settings: await stores.alertSettings.update((s) => ({ ...s, ...patch })),
  }),
  'alerts.seen': async ({ ids }, deps) => {
    const open = await markAlertsSeen(deps.db, ids, deps.now?.() ?? new Date());
    deps.followups?.changed();
    return { open };
  },
  'experiment.add': async ({ ref, platform, label, url, change, note }, deps) => {
    const now = deps.now?.() ?? new Date();
    const experiment = await addExperiment(deps.db, {
      ref: { kind: ref.kind, marketplace: ref.marketplace, key: ref.key },
      platform,
      ...(label ? { label } : {}),
      url,
      change,
      note,
      at: now.toISOString(),
      day: localDay(now),
    });
    deps.sync?.({ type: 'experiment', row: experiment, deleted: false });
    return { experiment };
  },
  'experiment.end': async ({ id, remove }, deps) => {
    const held = deps.sync && remove ? await deps.db.experiments.get(id) : undefined;
    if (remove) await deps.db.experiments.delete(id);
    else await deps.db.experiments.update(id, { endedAt: (deps.now?.() ?? new Date()).toISOString() });
    const row = held ?? (deps.sync ? await deps.db.experiments.get(id) : undefined);
    if (row) deps.sync?.({ type: 'experiment', row, deleted: remove === true });
    return { ok: true };
  },
  'experiments.of': async ({ ref, lang }, { db }) => {
    const views = await experimentsWithVerdicts(db, ref);
    return { experiments: lang ? views.map((v) => ({ ...v, lines: verdictLines(v.verdict, lang) })) : views };
  },
  'advice.rebuild': async (_msg, { followups }) => ({ advice: (await followups?.rebuild()) ?? 0 }),
  'remaps.add': async ({ remap }, deps) => ({
    remaps: await deps.stores.remaps.update((list) => withRemap(list, remap, stamp(deps))),
  }),
  'remaps.remove': async ({ remap }, { stores }) => ({
    remaps: await stores.remaps.update((list) => list.filter((x) => !sameRemap(x, remap))),
  }),
  'answers.save': async ({ answer }, deps) => ({
    answers: await deps.stores.answers.update((list) => withAnswer(list, answer, stamp(deps))),
  }),
  'answers.remove': async ({ answer }, { stores }) => ({
    answers: await stores.answers.update((list) => list.filter((x) => !sameAnswer(x, answer))),
  }),
  'entity.history': async ({ ref, metrics, limit }, { db }) => {
    const rows = await history(db, ref, { limit });
    const points = rows.flatMap((r) => {
      const values: Record<string, number> = {};
      for (const m of metrics) if (r.metrics[m] !== undefined) values[m] = r.metrics[m]!;
      return Object.keys(values).length ? [{ at: r.capturedAt, values }] : [];
    });
    return { points };
  },
  'settings.open': async ({ scope }, deps) => {
    if (!deps.open) return { ok: false };
    await deps.open(`/options.html${scope ? `#scope=${encodeURIComponent(scope)}` : ''}`);
    return { ok: true };
  },
  'storage.thin': async ({ days }, deps) => {
    const removed = await thinToDaily(deps.db, days, (deps.now?.() ?? new Date()).getTime());
    if (removed) void deps.followups?.rebuild().catch(() => undefined);
    return { removed };
  },
  'sync.connect': async ({ config }, deps) => ({ status: await teamOf(deps).connect(config) }),
  'sync.status': async (_msg, deps) => ({ status: await teamOf(deps).status() }),
  'sync.now': async (_msg, deps) => ({ status: await teamOf(deps).syncNow() }),
  'sync.disconnect': async (_msg, deps) => ({ status: await teamOf(deps).disconnect() }),
};

/** Runs a validated message's handler. */
export function handleMessage<M extends Message>(deps: Deps, msg: M): Promise<ReplyOf<M['type']>> {
  return (HANDLERS[msg.type] as Handler<M['type']>)(msg as RequestOf<M['type']>, deps);
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
