import type { Store } from '../background/stores';
import { originPattern, type TeamConfig, type TeamInput, type TeamStatus } from './config';
import { couch, type Fetch } from './couch';
import { type SyncReport, type SyncState, syncOnce } from './engine';
import type { MirrorDeps } from './mirror';
import { enqueue, type LocalChange, type Outbox } from './record';
import { createRecorder } from './recorder';
import { seedDocs } from './seed';

// When sync runs in the background (issue 17). An MV3 service worker is stopped after a short idle time and
// forgets its timers, so what must survive is in storage (connection, outbox, checkpoint) and the clock is
// an alarm, once a minute while connected. A local change asks for a round a few seconds later, while the
// worker is alive; if it stops first, the next alarm sends the outbox. Nothing runs while not connected.

export const ALARM = 'opslens-team-sync';
export const ALARM_MINUTES = 1;
/** How long after a local change its round starts: a burst of changes (a page of readings) goes in one. */
export const SOON_MS = 2_000;

export interface TeamSyncDeps extends MirrorDeps {
  config: Store<TeamConfig | null>;
  outbox: Store<Outbox>;
  state: Store<SyncState>;
  /** This browser profile's id (made once, kept). */
  device: () => Promise<string>;
  /** Whether the browser grants the host permission `pattern` (granted by the operator's click). */
  hasPermission: (pattern: string) => Promise<boolean>;
  dropPermission?: (pattern: string) => Promise<unknown>;
  alarms: { start(): Promise<unknown>; stop(): Promise<unknown> };
  /** Whether the browser's match patterns can name a port (not Firefox's). */
  patternPort?: boolean;
  fetch?: Fetch;
  now?: () => Date;
  soonMs?: number;
}

export type TeamSync = ReturnType<typeof createTeamSync>;

const sameServer = (a: TeamConfig | null, b: TeamInput) =>
  !!a && a.url === b.url && a.db === b.db && a.user === b.user;

export function createTeamSync(deps: TeamSyncDeps) {
  const { config, outbox, state } = deps;
  let recorder: ReturnType<typeof createRecorder> | undefined;
  let current: TeamConfig | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const use = (cfg: TeamConfig | null) => {
    current = cfg;
    recorder = cfg
      ? createRecorder(
          outbox,
          { operator: cfg.user, device: cfg.device },
          { snapshots: () => !!current?.snapshots, ...(deps.now ? { now: deps.now } : {}) },
        )
      : undefined;
  };
  let ready = config.get().then(use, () => use(null));
  const pattern = (cfg: TeamConfig) => originPattern(cfg.url, deps.patternPort ?? true);

  async function runOnce(): Promise<SyncReport | undefined> {
    await ready;
    const cfg = current;
    if (!cfg) return undefined;
    await recorder?.idle();
    if (!(await deps.hasPermission(pattern(cfg)).catch(() => false))) {
      await state.update((s) => ({ ...s, lastError: 'permission' }));
      return undefined;
    }
    return syncOnce({ ...deps, couch: couch(cfg, deps.fetch) });
  }

  // One round at a time; a request made while one runs is one more round after it, however many there are.
  let chain: Promise<unknown> = Promise.resolve();
  let queued: Promise<SyncReport | undefined> | undefined;
  function round(): Promise<SyncReport | undefined> {
    if (queued) return queued;
    const next = chain.then(() => {
      queued = undefined;
      return runOnce();
    });
    queued = next;
    chain = next.catch((err) => console.error('[opslens] team sync round failed', err));
    return next;
  }
  function soon() {
    clearTimeout(timer);
    timer = setTimeout(() => void round(), deps.soonMs ?? SOON_MS);
  }

  async function status(): Promise<TeamStatus> {
    await ready;
    const [s, o] = await Promise.all([state.get(), outbox.get()]);
    const cfg = current;
    return {
      connected: !!cfg,
      ...(cfg ? { url: cfg.url, db: cfg.db, user: cfg.user } : {}),
      snapshots: cfg?.snapshots ?? false,
      pending: Object.keys(o).length,
      ...(s.lastSyncAt ? { lastSyncAt: s.lastSyncAt } : {}),
      ...(s.lastError ? { lastError: s.lastError } : {}),
      readOnly: s.readOnly ?? false,
    };
  }

  return {
    /** Deps.sync of the handlers: a shared change into the outbox (when connected), and a round soon. */
    record(change: LocalChange): void {
      ready = ready.then(() => {
        if (!recorder) return;
        recorder.record(change);
        soon();
      });
    },
    /** Connects (the host permission must have been granted), shares what is held here, runs a first round. */
    async connect(input: TeamInput): Promise<TeamStatus> {
      await ready;
      const cfg: TeamConfig = { ...input, device: await deps.device() };
      if (!(await deps.hasPermission(pattern(cfg)).catch(() => false)))
        return { ...(await status()), lastError: 'permission' };
      // Another server, database or user: its checkpoint and unsent changes do not apply.
      if (!sameServer(current, input))
        await Promise.all([outbox.update(() => ({})), state.update(() => ({}))]);
      await config.update(() => cfg);
      use(cfg);
      const seed = await seedDocs(deps.db, deps.stores, { operator: cfg.user, device: cfg.device });
      // Changes waiting already are newer than the seed: enqueue lets the later of the two win.
      await outbox.update((o) => enqueue(o, seed));
      await deps.alarms.start();
      await round();
      return status();
    },
    /** Stops syncing and forgets the connection and its password; what was synced stays in this browser. */
    async disconnect(): Promise<TeamStatus> {
      await ready;
      const cfg = current;
      clearTimeout(timer);
      await deps.alarms.stop();
      await config.update(() => null);
      use(null);
      await Promise.all([outbox.update(() => ({})), state.update(() => ({}))]);
      if (cfg) await deps.dropPermission?.(pattern(cfg))?.catch(() => undefined);
      return status();
    },
    status,
    /** A round now (the alarm, the Team screen's "Sync now"); replies with the status after it. */
    async syncNow(): Promise<TeamStatus> {
      await round();
      return status();
    },
    /** After the worker started again: the alarm back if it was lost, and a round if changes wait. */
    async resume(): Promise<void> {
      await ready;
      if (!current) return;
      await deps.alarms.start();
      if (Object.keys(await outbox.get()).length) await round();
    },
  };
}
