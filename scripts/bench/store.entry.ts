// Bundled into bench.js and run in an extension page of the built extension: the real browser's IndexedDB
// through lib/db, with generated business-report readings.
import Dexie from 'dexie';
import { history, OpsLensDb, putSnapshots } from '../../lib/db';
import { kindCsvBlob } from '../../lib/export/csv-parts';
import { iterateSnapshots } from '../../lib/export/iterate';
import { kindsInUse } from '../../lib/export/kind-columns';
import type { SnapshotRecord } from '../../lib/model';
import { V6_STORES } from '../../tests/helpers/released-stores';
import { entityRow, reading } from './data';
import { ceiling, seedWatched, timeWatched } from './idb-extra';

export async function fresh(name: string): Promise<OpsLensDb> {
  const db = new OpsLensDb(name);
  await db.delete();
  return new OpsLensDb(name);
}

const batchOf = (b: number, batch: number, perDay: number) => {
  const first = (b % perDay) * batch;
  return Array.from({ length: batch }, (_, i) =>
    reading(first + i, Math.floor(b / perDay), (b % perDay) * 60_000),
  );
};

/**
 * `total` readings through putSnapshots, `batch` at a time (a page of rows), `entities` listings read
 * once a day; stops after `limitMs`, and then tops the store up to `total` with bulkAdd (for the export).
 */
async function ingest(name: string, total: number, batch: number, entities: number, limitMs: number) {
  const db = await fresh(name);
  const perDay = entities / batch;
  let stored = 0;
  let ms = 0;
  let b = 0;
  for (; b * batch < total && ms < limitMs; b++) {
    const recs = batchOf(b, batch, perDay);
    const t = performance.now();
    const res = await putSnapshots(db, recs);
    ms += performance.now() - t;
    stored += res.filter((r) => r.stored).length;
  }
  const ingested = b * batch;
  for (; b * batch < total; b++) await db.history.bulkAdd(batchOf(b, batch, perDay));
  db.close();
  return { ms, stored, ingested };
}

/** Days [from, to) of the large store: 1,000 entities read daily, 9,000 more in rotation, `perDay` a day. */
async function fill(name: string, from: number, to: number, perDay: number, cap: number, start: number) {
  const db = from === 0 ? await fresh(name) : new OpsLensDb(name);
  let count = start;
  const t = performance.now();
  for (let d = from; d < to && count < cap; d++) {
    const recs: SnapshotRecord[] = [];
    for (let j = 0; j < perDay && count + recs.length < cap; j++)
      recs.push(reading(j < 1000 ? j : 1000 + ((d * (perDay - 1000) + j - 1000) % 9000), d));
    await db.history.bulkAdd(recs);
    count += recs.length;
  }
  const ms = performance.now() - t;
  if (count >= cap || to >= 365) {
    const last = Math.min(to, 365) - 1;
    const rows = Array.from({ length: 10_000 }, (_, e) => entityRow(reading(e, last), 0));
    await db.entities.bulkPut(rows);
  }
  db.close();
  return { ms, count };
}

async function timeEach<T>(items: T[], fn: (x: T) => Promise<number>) {
  const out: { ms: number; n: number }[] = [];
  for (const x of items) {
    const t = performance.now();
    const n = await fn(x);
    out.push({ ms: performance.now() - t, n });
  }
  return out;
}

/** One entity's whole history, for `entities` entities of the 1,000 read daily. */
async function queryHistory(name: string, entities: number[]) {
  const db = new OpsLensDb(name);
  await db.open();
  const r = await timeEach(entities, async (e) => (await history(db, reading(e, 0))).length);
  db.close();
  return r;
}

/** The latest snapshot of `n` entities through the entities table, `reps` times over different entities. */
async function queryLatest(name: string, n: number, reps: number) {
  const db = new OpsLensDb(name);
  await db.open();
  const sets = Array.from({ length: reps }, (_, k) =>
    Array.from({ length: n }, (_, i) => {
      const r = reading((k * 997 + i * 7) % 10_000, 0);
      return [r.kind, r.marketplace, r.key] as [typeof r.kind, string, string];
    }),
  );
  const r = await timeEach(sets, async (keys) => (await db.entities.bulkGet(keys)).filter(Boolean).length);
  db.close();
  return r;
}

const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

/**
 * Every snapshot to CSV as the dashboard's CSV button does it (components/ExportImport.tsx): what each kind
 * holds was counted when the page opened (`kindsInUse`, timed apart), then the kind's file written in two
 * parts by two workers (lib/export/csv-parts.ts; bench-csv-worker.js is lib/export/csv.worker.ts bundled).
 * The heap is this page's (the workers' own heaps are not in it); rows are counted after the clock stops.
 */
async function exportCsv(name: string, workers = 2) {
  const db = new OpsLensDb(name);
  await db.open();
  const t0 = performance.now();
  const uses = await kindsInUse(iterateSnapshots(db));
  const usesMs = performance.now() - t0;
  const use = uses.find((u) => u.kind === 'listing')!;
  (globalThis as unknown as { gc?: () => void }).gc?.();
  const base = heap();
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, heap());
  }, 20);
  const t = performance.now();
  const spawn = () => new Worker('bench-csv-worker.js');
  const blob = await kindCsvBlob(
    db,
    {},
    use,
    { lang: 'en', headers: 'ui' },
    workers ? spawn : undefined,
    workers || 2,
  );
  const ms = performance.now() - t;
  clearInterval(sampler);
  const text = await blob.text();
  let rows = -1;
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) rows++;
  db.close();
  return { ms, usesMs, rows, expected: use.rows, bytes: blob.size, baseHeap: base, peakHeap: peak };
}

/** A version 6 store of `total` readings (1,000 listings a day), then opened by today's schema: the upgrade's time. */
async function upgrade6(total: number) {
  const name = 'bench-upgrade';
  await Dexie.delete(name);
  const old = new Dexie(name);
  old.version(6).stores(V6_STORES);
  for (let d = 0; d * 1000 < total; d++)
    await old.table('snapshots').bulkAdd(Array.from({ length: 1000 }, (_, e) => reading(e, d)));
  old.close();
  const t = performance.now();
  const db = new OpsLensDb(name);
  await db.open();
  const ms = performance.now() - t;
  const count = await db.history.count();
  db.close();
  await Dexie.delete(name);
  return { ms, count };
}

Object.assign(globalThis, {
  opslensBench: {
    ingest,
    fill,
    queryHistory,
    queryLatest,
    exportCsv,
    seedWatched,
    ceiling,
    timeWatched,
    upgrade6,
  },
});
