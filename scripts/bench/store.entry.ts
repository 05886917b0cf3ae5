// Bundled into bench.js and run in an extension page of the built extension: the real browser's IndexedDB
// through lib/db, with generated business-report readings.
import { history, OpsLensDb, putSnapshots } from '../../lib/db';
import { chunksToBlob } from '../../lib/export/csv';
import { iterateSnapshots } from '../../lib/export/iterate';
import { kindsInUse } from '../../lib/export/kind-columns';
import { kindToCsvChunks } from '../../lib/export/kind-export';
import type { SnapshotRecord } from '../../lib/model';
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
 * holds was counted when the page opened (`kindsInUse`, timed apart), then the kind's file with its columns,
 * UI headers and local times, chunks into a Blob; heap sampled at every chunk.
 */
async function exportCsv(name: string) {
  const db = new OpsLensDb(name);
  await db.open();
  const t0 = performance.now();
  const uses = await kindsInUse(iterateSnapshots(db));
  const usesMs = performance.now() - t0;
  const use = uses.find((u) => u.kind === 'listing')!;
  (globalThis as unknown as { gc?: () => void }).gc?.();
  const base = heap();
  let peak = base;
  const t = performance.now();
  let rows = -1;
  async function* sampled() {
    const batches = iterateSnapshots(db, { kinds: [use.kind] });
    for await (const chunk of kindToCsvChunks(batches, use, { lang: 'en', headers: 'ui' })) {
      yield chunk;
      // Counting rows must not cost what it measures: a scan, no split into 100,000 strings.
      for (let i = chunk.indexOf('\r\n'); i !== -1; i = chunk.indexOf('\r\n', i + 2)) rows++;
      peak = Math.max(peak, heap());
    }
  }
  const blob = await chunksToBlob(sampled(), 'text/csv');
  const ms = performance.now() - t;
  db.close();
  return { ms, usesMs, rows, bytes: blob.size, baseHeap: base, peakHeap: peak };
}

Object.assign(globalThis, {
  opslensBench: { ingest, fill, queryHistory, queryLatest, exportCsv, seedWatched, ceiling, timeWatched },
});
