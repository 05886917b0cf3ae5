import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleMessage } from '../../lib/background/handlers';
import { memoryStore, memoryStores } from '../../lib/background/stores';
import { OpsLensDb } from '../../lib/db';
import type { TeamConfig } from '../../lib/sync/config';
import type { Fetch } from '../../lib/sync/couch';
import type { SettingsLayerDoc } from '../../lib/sync/docs';
import type { SyncState } from '../../lib/sync/engine';
import type { Outbox } from '../../lib/sync/record';
import { createTeamSync } from '../../lib/sync/scheduler';
import { startCouch, type TestCouch, WRITER } from '../sync/server';

// When sync runs (lib/sync/scheduler.ts): never while not connected or without the host permission, a
// round soon after a local change, one round at a time, resumed from storage by a worker that started
// again, and what this browser held before connecting shared without overriding the team.

const DB = 'sched';
let server: TestCouch;
beforeAll(async () => {
  server = await startCouch(DB);
});
afterAll(async () => {
  await server?.stop();
});

let n = 0;
/** One browser profile's stored state; `worker()` is its background, as many times as the worker starts. */
function profile(granted = true) {
  const db = new OpsLensDb(`sched-${n++}`);
  const stores = memoryStores();
  const config = memoryStore<TeamConfig | null>(null);
  const outbox = memoryStore<Outbox>({});
  const state = memoryStore<SyncState>({});
  const calls: string[] = [];
  const alarm = { on: false };
  const asked: string[] = [];
  let open = 0;
  let most = 0;
  const fetchFn: Fetch = async (url, init) => {
    calls.push(url);
    most = Math.max(most, ++open);
    try {
      return await fetch(url, init);
    } finally {
      open--;
    }
  };
  const worker = () => {
    const team = createTeamSync({
      db,
      stores,
      config,
      outbox,
      state,
      device: async () => 'dev-1',
      hasPermission: async (pattern) => {
        asked.push(pattern);
        return granted;
      },
      dropPermission: async (pattern) => asked.push(`drop ${pattern}`),
      alarms: {
        start: async () => {
          alarm.on = true;
        },
        stop: async () => {
          alarm.on = false;
        },
      },
      fetch: fetchFn,
      soonMs: 20,
    });
    const send = (msg: Parameters<typeof handleMessage>[1]) =>
      handleMessage({ db, stores, sync: team.record, team }, msg);
    return { team, send };
  };
  return { db, stores, config, outbox, state, calls, alarm, asked, worker, most: () => most };
}

const input = { url: '', db: DB, ...WRITER, snapshots: false };
const watch = (key: string) => ({
  type: 'watch.set' as const,
  ref: { kind: 'competitor' as const, marketplace: 'amazon.com', key },
  watched: true,
  platform: 'amazon' as const,
  url: `https://www.amazon.com/dp/${key}`,
});
const onServer = async (id: string) => {
  const { user, password } = server.admin;
  const r = await fetch(`${server.url}/${DB}/${encodeURIComponent(id)}`, {
    headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
  });
  return r.ok ? ((await r.json()) as Record<string, unknown>) : undefined;
};
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('team sync scheduling', () => {
  it('does nothing while not connected: no outbox, no request, no alarm', async () => {
    const p = profile();
    const { team, send } = p.worker();
    await send(watch('B0LOCAL001'));
    expect(await team.syncNow()).toMatchObject({ connected: false, pending: 0 });
    expect(await p.outbox.get()).toStrictEqual({});
    expect(p.calls).toStrictEqual([]);
    expect(p.alarm.on).toBe(false);
  });

  it('does not connect without the host permission, and sends nothing', async () => {
    const p = profile(false);
    const status = await p.worker().team.connect({ ...input, url: server.url });
    expect(status).toMatchObject({ connected: false, lastError: 'permission' });
    expect(p.asked).toStrictEqual([`http://127.0.0.1:${server.port}/*`]);
    expect(await p.config.get()).toBeNull();
    expect(p.calls).toStrictEqual([]);
  });

  it('connects, shares what was held before without overriding the team, and says nothing of the password', async () => {
    // The team already set a break-even ACoS; this browser held another one and a watched product.
    const other = profile().worker();
    await other.team.connect({ ...input, url: server.url });
    await other.send({
      type: 'settings.patch',
      patch: { marketplaces: { 'amazon.com': { breakEvenAcos: 0.3 } } },
    });
    expect(await other.team.syncNow()).toMatchObject({ pending: 0 });
    const p = profile();
    const { send, team: sync } = p.worker();
    await send(watch('B0BEFORE01'));
    await send({
      type: 'settings.patch',
      patch: { marketplaces: { 'amazon.com': { breakEvenAcos: 0.2, bidBand: 0.05 } } },
    });
    expect(await p.outbox.get()).toStrictEqual({});
    const status = await sync.connect({ ...input, url: server.url });
    expect(status).toMatchObject({ connected: true, user: 'ana', pending: 0, readOnly: false });
    expect(status).not.toHaveProperty('password');
    expect(JSON.stringify(status)).not.toContain(WRITER.password);
    expect(p.alarm.on).toBe(true);
    expect(await onServer('watch:competitor|amazon.com|B0BEFORE01')).toMatchObject({ deleted: false });
    const layer = (await onServer('settings:marketplaces|amazon.com')) as SettingsLayerDoc;
    // The team's value stays; the one it lacked is filled; the browser's old value is no team value.
    expect(layer.fields.breakEvenAcos?.v).toBe(0.3);
    expect(layer.fields.bidBand?.v).toBe(0.05);
    expect(layer.history).toStrictEqual([]);
    expect((await p.stores.settings.get()).marketplaces['amazon.com']).toStrictEqual({
      breakEvenAcos: 0.3,
      bidBand: 0.05,
    });
  });

  it('sends a local change soon after it is made, without being asked', async () => {
    const p = profile();
    const { team, send } = p.worker();
    await team.connect({ ...input, url: server.url });
    await send(watch('B0SOON0001'));
    await until(async () => !!(await onServer('watch:competitor|amazon.com|B0SOON0001')));
    expect(await onServer('watch:competitor|amazon.com|B0SOON0001')).toMatchObject({ deleted: false });
    await until(async () => !Object.keys(await p.outbox.get()).length);
    expect(await p.outbox.get()).toStrictEqual({});
  });

  it('runs one round at a time, however many are asked for', async () => {
    const p = profile();
    const { team, send } = p.worker();
    await team.connect({ ...input, url: server.url });
    for (let i = 0; i < 5; i++) await send(watch(`B0ONCE000${i}`));
    await Promise.all([team.syncNow(), team.syncNow(), team.syncNow(), team.syncNow()]);
    expect(p.most()).toBe(1);
    expect((await team.status()).pending).toBe(0);
  });

  it('a worker that started again resumes from the stored outbox and alarm', async () => {
    const p = profile();
    const first = p.worker();
    await first.team.connect({ ...input, url: server.url });
    await server.stop();
    await first.send(watch('B0RESUME01'));
    await first.team.syncNow();
    expect((await first.team.status()).lastError).toBe('offline');
    await server.restart();
    p.alarm.on = false; // the browser lost the alarm with the worker
    const second = p.worker();
    await second.team.resume();
    expect(p.alarm.on).toBe(true);
    expect(await onServer('watch:competitor|amazon.com|B0RESUME01')).toMatchObject({ deleted: false });
    expect(await second.team.status()).toMatchObject({ pending: 0, connected: true });
    expect((await second.team.status()).lastError).toBeUndefined();
  });

  it('disconnect forgets the connection, its password and its permission; later changes stay here', async () => {
    const p = profile();
    const { team, send } = p.worker();
    await team.connect({ ...input, url: server.url });
    expect((await p.config.get())?.password).toBe(WRITER.password);
    expect(await team.disconnect()).toMatchObject({ connected: false, pending: 0 });
    expect(await p.config.get()).toBeNull();
    expect(p.alarm.on).toBe(false);
    expect(p.asked).toContain(`drop http://127.0.0.1:${server.port}/*`);
    const calls = p.calls.length;
    await send(watch('B0AFTER001'));
    await new Promise((r) => setTimeout(r, 60));
    expect(await p.outbox.get()).toStrictEqual({});
    expect(p.calls.length).toBe(calls);
    expect(await onServer('watch:competitor|amazon.com|B0AFTER001')).toBeUndefined();
  });
});
