// Sync figures for the note (issue 17): time for N readings shared by one browser to reach another through
// the test server, and the bytes on the wire. Skipped unless asked: `SYNC_MEASURE=10000 npx vitest run tests/unit/sync-measure.test.ts`.
import 'fake-indexeddb/auto';

import { it } from 'vitest';
import { memoryStore, memoryStores } from '../../lib/background/stores';
import { OpsLensDb, putSnapshots } from '../../lib/db';
import { couch, type Fetch } from '../../lib/sync/couch';
import { type SyncState, syncOnce } from '../../lib/sync/engine';
import { docsOf, enqueue, type Outbox } from '../../lib/sync/record';
import { startCouch, WRITER } from '../sync/server';

const N = Number(process.env.SYNC_MEASURE ?? 0);

it.skipIf(!N)(
  'measures N readings from one browser to another',
  async () => {
    const server = await startCouch('team', 30 * 60_000);
    let sent = 0;
    let received = 0;
    const counting: Fetch = async (url, init) => {
      sent += typeof init.body === 'string' ? Buffer.byteLength(init.body) : 0;
      const res = await fetch(url, init);
      const text = await res.text();
      received += Buffer.byteLength(text);
      return new Response(text, { status: res.status, headers: res.headers });
    };
    const side = (name: string) => ({
      db: new OpsLensDb(name),
      stores: memoryStores(),
      outbox: memoryStore<Outbox>({}),
      state: memoryStore<SyncState>({}),
      couch: couch({ url: server.url, db: 'team', ...WRITER }, counting, 60_000),
    });
    const a = side('measure-a');
    const b = side('measure-b');
    const t0 = Date.parse('2026-11-01T00:00:00.000Z');
    const records = Array.from({ length: N }, (_, i) => ({
      kind: 'competitor' as const,
      source: 'amazon.product',
      platform: 'amazon' as const,
      marketplace: 'amazon.com',
      key: `B0MEAS${String(i % 100).padStart(4, '0')}`,
      capturedAt: new Date(t0 + Math.floor(i / 100) * 3_600_000).toISOString(),
      url: `https://www.amazon.com/dp/B0MEAS${String(i % 100).padStart(4, '0')}`,
      metrics: { price: 20 + (i % 700) / 100, rating: 4.3, reviewCount: 1000 + i },
      attrs: {},
    }));
    await putSnapshots(a.db, records);
    await a.outbox.update((o) =>
      enqueue(
        o,
        docsOf({ type: 'snaps', records }, { operator: 'ana', device: 'a' }, new Date().toISOString()),
      ),
    );
    const start = performance.now();
    let rounds = 0;
    while (Object.keys(await a.outbox.get()).length) {
      const r = await syncOnce(a);
      rounds++;
      if (r.error) throw new Error(r.error);
    }
    const pushed = performance.now();
    const up = sent;
    await syncOnce(b);
    const done = performance.now();
    console.log(
      JSON.stringify({
        readings: N,
        pushSeconds: +((pushed - start) / 1000).toFixed(1),
        pushRounds: rounds,
        pullSeconds: +((done - pushed) / 1000).toFixed(1),
        totalSeconds: +((done - start) / 1000).toFixed(1),
        bytesUp: up,
        bytesDown: received,
        bPulledReadings: await b.db.history.count(),
      }),
    );
    await server.stop();
  },
  600_000,
);
