// Store, export and popup figures, measured in an extension page of a copy of the built extension that
// also holds bench.html and bench.js (store.entry.ts bundled): the real browser's IndexedDB through lib/db.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bundle, extensionId, launch, median } from './browser';
import { benchPopup } from './popup';
import { formatTop, profiled, topFunctions } from './profile';
import { type Figure, passes, type Sink } from './report';

const INGEST = 100_000;
const BIG = Number(process.env.BENCH_STORE_SIZE ?? 1_000_000);
/** Ingest through putSnapshots stops after this long; the rate is over what was done. */
const INGEST_LIMIT_MS = Number(process.env.BENCH_INGEST_LIMIT_S ?? 45) * 1000;
/** Filling the large store stops after this long, and the queries run at the size reached. */
const FILL_LIMIT_MS = Number(process.env.BENCH_FILL_LIMIT_S ?? 120) * 1000;
const PER_DAY = 2740;
const n = (x: number) => x.toLocaleString('en-US');

type Api = Record<string, (...args: never[]) => Promise<unknown>>;
const call = <T>(page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(
    ([f, a]) =>
      (globalThis as unknown as { opslensBench: Api }).opslensBench[f as string]!(...(a as never[])),
    [fn, args] as const,
  ) as Promise<T>;

/** Adds the figure; when it misses its budget, profiles `again` and notes what dominates. */
async function checked(sink: Sink, page: Page, f: Figure, again: () => Promise<unknown>) {
  if (passes(sink.add(f))) return;
  const top = topFunctions(await profiled(page, again), 6);
  sink.note(`${f.section} ${f.name}: main-thread self time when run again: ${formatTop(top)}.`);
}

async function benchExtensionDir(extensionDir: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'opslens-bench-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(join(dir, 'bench.js'), await bundle(join(import.meta.dirname, 'store.entry.ts'), 'bench.js'));
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
      budget: { op: '>=', value: 20_000 },
    },
    () => call(page, 'ingest', 'bench-profile', 5_000, 500, 1000, 60_000),
  );

  type Export = { ms: number; rows: number; bytes: number; baseHeap: number; peakHeap: number };
  const ex = await call<Export>(page, 'exportCsv', 'bench-ingest');
  const mb = (b: number) => b / 2 ** 20;
  const name = `${n(ex.rows)} snapshots to CSV (${mb(ex.bytes).toFixed(1)} MB)`;
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
    name: 'peak JS heap above the start',
    value: mb(ex.peakHeap - ex.baseHeap),
    unit: 'MB',
  });
  sink.add({ section: 'export', name: 'peak JS heap', value: mb(ex.peakHeap), unit: 'MB' });
}

async function bigStore(sink: Sink, page: Page) {
  let count = 0;
  let fillMs = 0;
  let days = 0;
  while (days < 365 && count < BIG && fillMs < FILL_LIMIT_MS) {
    const to = Math.min(365, days + 30);
    const r = await call<{ ms: number; count: number }>(
      page,
      'fill',
      'bench-big',
      days,
      to,
      PER_DAY,
      BIG,
      count,
    );
    fillMs += r.ms;
    count = r.count;
    days = to;
  }
  if (count < BIG) {
    await call(page, 'fill', 'bench-big', 365, 365, PER_DAY, count, count); // the entities table's rows
    sink.undone.push(
      `store: filling stopped at ${n(count)} snapshots (${days} days) after ${(fillMs / 1000).toFixed(0)} s; the queries ran at that size, not at ${n(BIG)}.`,
    );
  }
  const at = `at ${n(count)}`;
  sink.add({
    section: 'store',
    name: `bulkAdd to ${n(count)} snapshots (setup)`,
    value: count / (fillMs / 1000),
    unit: 'records/s',
    digits: 0,
  });
  const entities = Array.from({ length: 21 }, (_, i) => i * 47);
  const hist = await call<{ ms: number; n: number }[]>(page, 'queryHistory', 'bench-big', entities);
  const points = hist[0]?.n ?? 0;
  const histMs = median(hist.slice(1).map((h) => h.ms));
  sink.add({
    section: 'store',
    name: `one entity's history ${at}, first query`,
    value: hist[0]?.ms ?? 0,
    unit: 'ms',
  });
  await checked(
    sink,
    page,
    {
      section: 'store',
      name: `one entity's ${points}-point history ${at} (median of 20)`,
      value: histMs,
      unit: 'ms',
      budget: { op: '<=', value: 20 },
    },
    () => call(page, 'queryHistory', 'bench-big', entities.slice(1, 11)),
  );
  const latest = await call<{ ms: number; n: number }[]>(page, 'queryLatest', 'bench-big', 1000, 11);
  if (latest.some((l) => l.n !== 1000)) sink.note('store: some entities had no entities-table row.');
  const latestMs = median(latest.slice(1).map((l) => l.ms));
  await checked(
    sink,
    page,
    {
      section: 'store',
      name: `latest snapshot of 1,000 entities ${at} (entities table, median of 10)`,
      value: latestMs,
      unit: 'ms',
      budget: { op: '<=', value: 100 },
    },
    () => call(page, 'queryLatest', 'bench-big', 1000, 3),
  );
}

export async function benchStore(sink: Sink, extensionDir: string): Promise<void> {
  const dir = await benchExtensionDir(extensionDir);
  const { context, cleanup } = await launch(dir);
  try {
    const id = await extensionId(context);
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`chrome-extension://${id}/bench.html`);
    await ingestAndExport(sink, page);
    await bigStore(sink, page);
    await page.close();
    await benchPopup(sink, context, id, dir);
  } finally {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}
