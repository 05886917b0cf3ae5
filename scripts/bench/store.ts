// Store, export and popup figures, measured in an extension page of a copy of the built extension that
// also holds bench.html and bench.js (store.entry.ts bundled): the real browser's IndexedDB through lib/db.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bundle, extensionId, launch } from './browser';
import { call, checked, n } from './page-api';
import { benchPopup } from './popup';
import type { Figure, Sink } from './report';
import { bigStore } from './store-big';

const INGEST = 100_000;
/** Readings in the version 6 store whose upgrade is timed. */
const UPGRADE = 100_000;
/** Ingest through putSnapshots stops after this long; the rate is over what was done. */
const INGEST_LIMIT_MS = Number(process.env.BENCH_INGEST_LIMIT_S ?? 30) * 1000;
async function benchExtensionDir(extensionDir: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'opslens-bench-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(join(dir, 'bench.js'), await bundle(join(import.meta.dirname, 'store.entry.ts'), 'bench.js'));
  const worker = join(import.meta.dirname, '..', '..', 'lib', 'export', 'csv.worker.ts');
  writeFileSync(join(dir, 'bench-csv-worker.js'), await bundle(worker, 'bench-csv-worker.js'));
  const html = '<!doctype html><meta charset="utf-8"><title>bench</title><script src="bench.js"></script>\n';
  writeFileSync(join(dir, 'bench.html'), html);
  return dir;
}

async function ingestAndExport(sink: Sink, page: Page) {
  type Ingest = { ms: number; stored: number; ingested: number };
  const ing = await call<Ingest>(page, 'ingest', 'bench-ingest', INGEST, 500, 1000, INGEST_LIMIT_MS);
  if (ing.stored !== ing.ingested)
    sink.note(`store: ingest stored ${ing.stored} of ${ing.ingested} readings.`);
  if (ing.ingested < INGEST)
    sink.undone.push(
      `store: ingest through putSnapshots stopped after ${INGEST_LIMIT_MS / 1000} s at ${n(ing.ingested)} readings (the rate is over those); bulkAdd filled the store to ${n(INGEST)} for the export.`,
    );
  await checked(
    sink,
    page,
    {
      section: 'store',
      name: `ingest ${n(ing.ingested)} snapshots (putSnapshots, 500 a batch)`,
      value: ing.stored / (ing.ms / 1000),
      unit: 'records/s',
      digits: 0,
    },
    () => call(page, 'ingest', 'bench-profile', 2_000, 500, 1000, 60_000),
  );

  const ceil = await call<{ ms: number }>(page, 'ceiling', 20_000);
  sink.add({
    section: 'store',
    name: 'plain IndexedDB add, all requests at once, into a store shaped as history (the browser’s ceiling here)',
    value: 20_000 / (ceil.ms / 1000),
    unit: 'records/s',
    digits: 0,
  });
  const old = await call<{ ms: number }>(page, 'ceiling', 20_000, 'autoincrement');
  sink.add({
    section: 'store',
    name: 'plain IndexedDB add into an autoincrement store (as snapshots was until version 6), for comparison',
    value: 20_000 / (old.ms / 1000),
    unit: 'records/s',
    digits: 0,
  });
  // Issue 16: ingest at >= 80% of plain IndexedDB adds measured in the same run (a rate alone drifts with the machine).
  sink.add({
    section: 'store',
    name: 'ingest as a share of plain IndexedDB adds (same run)',
    value: (100 * ing.stored) / (ing.ms / 1000) / (20_000 / (ceil.ms / 1000)),
    unit: '%',
    digits: 0,
    budget: { op: '>=', value: 80 },
  });

  type Export = {
    ms: number;
    usesMs: number;
    rows: number;
    expected: number;
    bytes: number;
    baseHeap: number;
    peakHeap: number;
  };
  const one = await call<Export>(page, 'exportCsv', 'bench-ingest', 0);
  sink.add({
    section: 'export',
    name: 'the same file written in this page alone, no worker (for comparison)',
    value: one.ms / 1000,
    unit: 's',
    digits: 2,
  });
  const ex = await call<Export>(page, 'exportCsv', 'bench-ingest');
  if (ex.rows !== ex.expected || one.rows !== ex.expected)
    sink.note(
      `export: the CSV held ${n(ex.rows)} rows with workers and ${n(one.rows)} without, of ${n(ex.expected)}.`,
    );
  const mb = (b: number) => b / 2 ** 20;
  sink.add({
    section: 'export',
    name: 'what each kind holds, counted when the export opens (kindsInUse over the store)',
    value: ex.usesMs / 1000,
    unit: 's',
    digits: 2,
  });
  const name = `${n(ex.rows)} snapshots to CSV (${mb(ex.bytes).toFixed(1)} MB, the listing kind’s file as the CSV button writes it, two workers)`;
  const f: Figure = {
    section: 'export',
    name,
    value: ex.ms / 1000,
    unit: 's',
    digits: 2,
    budget: { op: '<=', value: 2 },
  };
  await checked(sink, page, f, () => call(page, 'exportCsv', 'bench-ingest'));
  sink.add({
    section: 'export',
    name: 'peak JS heap of the page above the start',
    value: mb(ex.peakHeap - ex.baseHeap),
    unit: 'MB',
  });
  sink.add({ section: 'export', name: 'peak JS heap of the page', value: mb(ex.peakHeap), unit: 'MB' });
}

export async function benchStore(sink: Sink, extensionDir: string): Promise<void> {
  const dir = await benchExtensionDir(extensionDir);
  const { context, cleanup } = await launch(dir);
  try {
    const id = await extensionId(context);
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`chrome-extension://${id}/bench.html`);
    // BENCH_STORE_PARTS=popup,ingest,upgrade,big runs some of them (all by default).
    const parts = process.env.BENCH_STORE_PARTS?.split(',');
    const part = (name: string) => !parts || parts.includes(name);
    // The popup first: the large store's fill keeps the database busy compacting for a while after.
    if (part('popup')) await benchPopup(sink, context, id, dir);
    if (part('ingest')) await ingestAndExport(sink, page);
    if (part('upgrade')) {
      const up = await call<{ ms: number; count: number }>(page, 'upgrade6', UPGRADE);
      if (up.count !== UPGRADE)
        sink.note(`store: the upgrade kept ${n(up.count)} of ${n(UPGRADE)} readings.`);
      sink.add({
        section: 'store',
        name: `schema upgrade 6 -> 7: ${n(up.count)} readings copied into history (once, on update)`,
        value: up.ms / 1000,
        unit: 's',
        digits: 2,
      });
    }
    if (part('big')) await bigStore(sink, page);
    await page.close();
  } finally {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}
