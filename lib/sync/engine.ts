import type { Store } from '../background/stores';
import { type Couch, SyncError, type SyncErrorKind } from './couch';
import { parseTeamDoc, type TeamDoc } from './docs';
import { resolve, sameContent } from './merge';
import { applyDocs, type MirrorDeps } from './mirror';
import type { Outbox } from './record';

// One round of sync: the outbox to the server, then the server's changes since the checkpoint into the
// local store. Everything it needs to go on lives in storage (outbox, checkpoint), and each step can be
// repeated without effect, so a service worker stopped anywhere in a round loses nothing: the next round
// (an alarm) sends again what was not confirmed and reads again what was not checkpointed.

export interface SyncState {
  /** The server's `last_seq` of the last pulled batch that was applied here. */
  checkpoint?: string;
  lastSyncAt?: string;
  lastError?: SyncErrorKind;
  /** The server refused our writes (a reader account): changes stay here and are not sent. */
  readOnly?: boolean;
}

export interface EngineDeps extends MirrorDeps {
  couch: Couch;
  outbox: Store<Outbox>;
  state: Store<SyncState>;
  now?: () => Date;
}

export interface SyncReport {
  pushed: number;
  pulled: number;
  pending: number;
  error?: SyncErrorKind;
  readOnly: boolean;
}

export const PUSH_BATCH = 200;
export const PULL_BATCH = 500;
/** Rounds of push within one sync: a conflict (someone wrote between our read and write) is read again. */
const PUSH_ROUNDS = 3;

async function pushOnce(deps: EngineDeps): Promise<{ pushed: number; forbidden: boolean; left: number }> {
  const all = Object.values(await deps.outbox.get());
  const batch = all.slice(0, PUSH_BATCH);
  if (!batch.length) return { pushed: 0, forbidden: false, left: 0 };
  const remote = await deps.couch.get(batch.map((d) => d._id));
  const merged = batch.map((local) => {
    const held = parseTeamDoc(remote.get(local._id));
    const keep = resolve(held, local);
    return { local, keep, write: !held || !sameContent(keep, held) };
  });
  const writes = merged.filter((m) => m.write);
  let forbidden = false;
  let results: { id: string; ok: boolean; error?: string }[] = [];
  try {
    results = await deps.couch.put(writes.map((m) => m.keep));
  } catch (err) {
    if (!(err instanceof SyncError && err.kind === 'forbidden')) throw err;
    forbidden = true;
  }
  const failed = new Set(results.filter((r) => !r.ok).map((r) => r.id));
  if (results.some((r) => r.error === 'forbidden')) forbidden = true;
  const done = forbidden ? merged.filter((m) => !m.write) : merged.filter((m) => !failed.has(m.local._id));
  // What the server holds now may be newer than ours (a later edit elsewhere): that is what we keep too.
  const changed = done.filter((m) => !sameContent(m.keep, m.local)).map((m) => m.keep);
  if (changed.length) await applyDocs(deps, changed);
  const sent = new Map(done.map((m) => [m.local._id, m.local]));
  const after = await deps.outbox.update((o) => {
    const next = { ...o };
    // A change made while this round ran is newer than what was sent: it stays for the next round.
    for (const [id, local] of sent) if (next[id] && sameContent(next[id], local)) delete next[id];
    return next;
  });
  const conflicts = results.some((r) => r.error === 'conflict');
  return {
    pushed: done.length,
    forbidden,
    left: conflicts || all.length > PUSH_BATCH ? Object.keys(after).length : 0,
  };
}

async function pull(deps: EngineDeps): Promise<number> {
  let since = (await deps.state.get()).checkpoint;
  let pulled = 0;
  for (;;) {
    const { docs, last, count } = await deps.couch.changes(since, PULL_BATCH);
    const outbox = await deps.outbox.get();
    const parsed = docs.flatMap((raw) => {
      const d = parseTeamDoc(raw);
      return d ? [d] : [];
    });
    // A document we changed and have not sent yet: what applies here is its merge with the server's.
    const apply: TeamDoc[] = parsed.map((d) => (outbox[d._id] ? resolve(d, outbox[d._id]!) : d));
    pulled += await applyDocs(deps, apply);
    await deps.state.update((s) => ({ ...s, checkpoint: last }));
    since = last;
    if (count < PULL_BATCH) return pulled;
  }
}

/** One round: push, then pull. Errors are recorded in the state (in words for the status line), not thrown. */
export async function syncOnce(deps: EngineDeps): Promise<SyncReport> {
  let pushed = 0;
  let pulled = 0;
  let readOnly = false;
  let error: SyncErrorKind | undefined;
  try {
    for (let round = 0; round < PUSH_ROUNDS; round++) {
      const r = await pushOnce(deps);
      pushed += r.pushed;
      readOnly ||= r.forbidden;
      if (r.forbidden || !r.left) break;
    }
    pulled = await pull(deps);
  } catch (err) {
    error = err instanceof SyncError ? err.kind : 'server';
  }
  const at = (deps.now?.() ?? new Date()).toISOString();
  await deps.state.update((s) => {
    const { lastError: _old, ...rest } = s;
    return {
      ...rest,
      ...(error ? { lastError: error } : { lastSyncAt: at }),
      readOnly: error ? (s.readOnly ?? false) : readOnly,
    };
  });
  const pending = Object.keys(await deps.outbox.get()).length;
  return { pushed, pulled, pending, readOnly, ...(error ? { error } : {}) };
}
