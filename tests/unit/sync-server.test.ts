import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleMessage } from '../../lib/background/handlers';
import { memoryStore, memoryStores } from '../../lib/background/stores';
import { OpsLensDb } from '../../lib/db';
import { couch, type Fetch } from '../../lib/sync/couch';
import type { SettingsLayerDoc } from '../../lib/sync/docs';
import { type EngineDeps, type SyncState, syncOnce } from '../../lib/sync/engine';
import type { Outbox } from '../../lib/sync/record';
import { createRecorder } from '../../lib/sync/recorder';
import { READER, startCouch, type TestCouch, WRITER } from '../sync/server';

// The real CouchDB HTTP protocol against express-pouchdb in memory on 127.0.0.1 (tests/sync/server.ts).
// Each "browser" is its own Dexie database and stores, with the background's handlers as the only writers.

const DB = 'team';
let server: TestCouch;
let n = 0;
beforeAll(async () => {
  server = await startCouch(DB);
});
afterAll(async () => {
  await server?.stop();
});

let clock = Date.parse('2026-12-03T10:00:00.000Z');
const now = () => new Date(clock);
const tick = (ms = 60_000) => {
  clock += ms;
};

function browser(user: { user: string; password: string }, device: string) {
  const db = new OpsLensDb(`sync-${n++}`);
  const stores = memoryStores();
  const outbox = memoryStore<Outbox>({});
  const state = memoryStore<SyncState>({});
  const recorder = createRecorder(outbox, { operator: user.user, device }, { snapshots: () => true, now });
  const deps: Omit<EngineDeps, 'couch'> = { db, stores, outbox, state, now };
  const sync = (fetchFn?: Fetch, database = DB) =>
    syncOnce({ ...deps, couch: couch({ url: server.url, db: database, ...user }, fetchFn, 5_000) });
  const send = async (msg: Parameters<typeof handleMessage>[1]) => {
    const reply = await handleMessage({ db, stores, now, sync: recorder.record }, msg);
    await recorder.idle();
    return reply;
  };
  return { db, stores, outbox, state, send, sync };
}

const admin = async (path: string) => {
  const { user, password } = server.admin;
  const r = await fetch(`${server.url}/${DB}${path}`, {
    headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
  });
  return r.json() as Promise<{ rows: { id: string; doc: unknown }[] }>;
};
const docsStarting = async (prefix: string) =>
  (await admin(`/_all_docs?include_docs=true&startkey="${prefix}"&endkey="${prefix}\ufff0"`)).rows;

const product = (key: string) => ({
  type: 'watch.set' as const,
  ref: { kind: 'competitor' as const, marketplace: 'amazon.com', key },
  watched: true,
  platform: 'amazon' as const,
  url: `https://www.amazon.com/dp/${key}`,
});
const reading = (key: string, capturedAt: string) => ({
  kind: 'competitor' as const,
  source: 'amazon.product',
  platform: 'amazon' as const,
  marketplace: 'amazon.com',
  key,
  capturedAt,
  url: `https://www.amazon.com/dp/${key}`,
  metrics: { price: 34.99, rating: 4.4 },
  attrs: {},
});
const breakEven = (v: number) => ({
  type: 'settings.patch' as const,
  patch: { marketplaces: { 'amazon.com': { breakEvenAcos: v } } },
});

describe('team sync through a CouchDB-compatible server', () => {
  const a = browser(WRITER, 'profile-a');
  const b = browser(WRITER, 'profile-b');

  it('A watches a product and changes a threshold; B sees both', async () => {
    await a.send(product('B0SHARED01'));
    await a.send(breakEven(0.25));
    expect(Object.keys(await a.outbox.get()).sort()).toStrictEqual([
      'settings:marketplaces|amazon.com',
      'watch:competitor|amazon.com|B0SHARED01',
    ]);
    expect(await a.sync()).toMatchObject({ pushed: 2, pending: 0, readOnly: false });
    const rb = await b.sync();
    expect(rb.error).toBeUndefined();
    expect((await b.db.watchlist.toArray()).map((w) => w.key)).toStrictEqual(['B0SHARED01']);
    expect((await b.stores.settings.get()).marketplaces['amazon.com']).toStrictEqual({ breakEvenAcos: 0.25 });
    // Applied from the server, not recorded as B's own change: nothing to send back.
    expect(await b.outbox.get()).toStrictEqual({});
  });

  it('the same reading taken offline in both browsers becomes one document', async () => {
    await server.stop();
    tick();
    await a.send({ type: 'snapshots.put', records: [reading('B0SHARED01', '2026-12-03T10:01:00.000Z')] });
    await b.send({ type: 'snapshots.put', records: [reading('B0SHARED01', '2026-12-03T10:07:00.000Z')] });
    expect((await a.sync()).error).toBe('offline');
    expect((await a.state.get()).lastError).toBe('offline');
    await server.restart();
    await a.sync();
    await b.sync();
    await a.sync();
    expect(await docsStarting('snap:')).toHaveLength(1);
    // B's own reading (10:07) and A's (10:01) are the same one within the hour: each browser keeps one.
    expect(await a.db.history.count()).toBe(1);
    expect(await b.db.history.count()).toBe(1);
    expect(await b.outbox.get()).toStrictEqual({});
  });

  it('a conflicting threshold: the later edit wins in both browsers, the other value kept in history', async () => {
    await server.stop();
    tick();
    await a.send(breakEven(0.22)); // 10:02, by ana on profile-a
    tick();
    await b.send(breakEven(0.3)); // 10:03, by ana on profile-b: later, wins
    await server.restart();
    // B (the later edit) first, then A: A's older value loses on the server and A takes B's.
    await b.sync();
    await a.sync();
    await b.sync();
    for (const x of [a, b])
      expect((await x.stores.settings.get()).marketplaces['amazon.com']).toStrictEqual({
        breakEvenAcos: 0.3,
      });
    const [row] = await docsStarting('settings:');
    const doc = row!.doc as SettingsLayerDoc;
    expect(doc.fields.breakEvenAcos).toMatchObject({ v: 0.3, by: { device: 'profile-b' } });
    expect(doc.history.map((h) => [h.v, h.by.device])).toStrictEqual([
      [0.22, 'profile-a'],
      [0.25, 'profile-a'],
    ]);
  });

  it('a reader sees the shared data and cannot write', async () => {
    const r = browser(READER, 'profile-r');
    expect((await r.sync()).error).toBeUndefined();
    expect((await r.db.watchlist.toArray()).map((w) => w.key)).toStrictEqual(['B0SHARED01']);
    await r.send(product('B0READER01'));
    const report = await r.sync();
    expect(report).toMatchObject({ readOnly: true, pending: 1 });
    expect((await r.state.get()).readOnly).toBe(true);
    expect((await docsStarting('watch:')).map((x) => x.id)).toStrictEqual([
      'watch:competitor|amazon.com|B0SHARED01',
    ]);
  });

  it('the server goes away mid-sync and comes back: nothing lost or doubled', async () => {
    for (let i = 0; i < 250; i++) await a.send(product(`B0BULK${String(i).padStart(4, '0')}`));
    // The server stops right after it has taken the first batch of 200 writes.
    let bulk = 0;
    const cutting: Fetch = async (url, init) => {
      const res = await fetch(url, init);
      if (!url.includes('_bulk_docs') || ++bulk !== 1) return res;
      // The reply is read whole before the server goes: the first batch is confirmed, the rest is not sent.
      const text = await res.text();
      await server.stop();
      return new Response(text, { status: res.status, headers: res.headers });
    };
    const cut = await a.sync(cutting);
    expect(cut).toMatchObject({ error: 'offline', pending: 50 });
    await server.restart();
    expect(await a.sync()).toMatchObject({ pending: 0 });
    await a.sync();
    expect(await docsStarting('watch:competitor|amazon.com|B0BULK')).toHaveLength(250);
    await b.sync();
    expect(await b.db.watchlist.count()).toBe(251);
  });

  it('a reply lost after the server wrote a batch: the batch is confirmed later, not written twice', async () => {
    for (let i = 0; i < 20; i++) await b.send(product(`B0LOST${String(i).padStart(4, '0')}`));
    const losing: Fetch = async (url, init) => {
      const res = await fetch(url, init);
      if (!url.includes('_bulk_docs')) return res;
      await server.stop(); // the server wrote the batch; its reply never arrives
      throw new TypeError('fetch failed');
    };
    const lost = await b.sync(losing);
    await server.restart();
    expect(lost).toMatchObject({ error: 'offline', pending: 20 });
    expect(await b.sync()).toMatchObject({ pending: 0 });
    const rows = await docsStarting('watch:competitor|amazon.com|B0LOST');
    // Written once: every document still at its first revision.
    expect(rows.map((r) => (r.doc as { _rev: string })._rev.split('-')[0])).toStrictEqual(
      Array(20).fill('1'),
    );
  });

  it('a wrong password is said as such, and nothing is sent', async () => {
    const w = browser({ user: WRITER.user, password: 'wrong' }, 'profile-w');
    await w.send(product('B0WRONGPW1'));
    expect(await w.sync()).toMatchObject({ error: 'unauthorized', pending: 1 });
    expect((await w.state.get()).lastError).toBe('unauthorized');
  });

  it('a database that does not exist is said as such', async () => {
    const m = browser(WRITER, 'profile-m');
    const report = await syncOnce({
      db: m.db,
      stores: m.stores,
      outbox: m.outbox,
      state: m.state,
      now,
      couch: couch({ url: server.url, db: 'nope', ...WRITER }),
    });
    expect(report.error).toBe('missing');
  });
});
