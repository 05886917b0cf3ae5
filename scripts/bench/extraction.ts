// Extraction throughput: each table adapter, run inside Chromium on generated 500- and 5,000-row pages.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bundle, launch, serve } from './browser';
import type { ExtractTiming } from './extract.entry';
import { bigPage, PAGE_KINDS, type PageKind } from './pages';
import { formatTop, profiled, topFunctions } from './profile';
import type { Sink } from './report';
import { BENCH_SHAPES, shapePage } from './shape-pages';

const SIZES = (process.env.BENCH_SIZES ?? '500,5000').split(',').map(Number);
const MIN_MS = 1000;
/** Two reads (the first and a timed one) not done in twice this are stopped, and reported as at most rows / this. */
const GIVE_UP_MS = 6_000;
const BUDGET = 50_000;

type Run = (min: number) => ExtractTiming;
const inPage = (page: Page, minMs: number) =>
  page.evaluate(
    (min) => (globalThis as unknown as { __opslensBenchExtract: Run }).__opslensBenchExtract(min),
    minMs,
  );

async function open(page: Page, kind: PageKind, code: string) {
  await page.goto(kind.url, { waitUntil: 'load', timeout: 120_000 });
  await page.addScriptTag({ content: code });
}

/** Times the adapter on the open page and adds its figures; profiles a read where the rate misses the budget. */
async function measure(sink: Sink, page: Page, name: string, adapter: string, n: number, profile: boolean) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), 2 * GIVE_UP_MS);
  });
  const r = await Promise.race([inPage(page, MIN_MS).catch(() => undefined), timeout]);
  clearTimeout(timer);
  if (!r) {
    await page.close({ runBeforeUnload: false }).catch(() => {});
    sink.add({
      section: 'extract',
      name,
      value: n / (GIVE_UP_MS / 1000),
      unit: 'rows/s',
      digits: 0,
      budget: { op: '>=', value: BUDGET },
    });
    sink.note(
      `extract ${name}: two reads took over ${(2 * GIVE_UP_MS) / 1000} s and were stopped; the figure is an upper bound.`,
    );
    return;
  }
  if (r.adapter !== adapter || r.records !== n)
    sink.note(`extract ${name}: ${r.adapter} read ${r.records} of ${n} rows (status ${r.status}).`);
  const rowsPerS = r.records / (r.medianMs / 1000);
  sink.add({
    section: 'extract',
    name,
    value: rowsPerS,
    unit: 'rows/s',
    digits: 0,
    budget: { op: '>=', value: BUDGET },
  });
  sink.add({ section: 'extract', name: `${name}, first read`, value: r.firstMs, unit: 'ms' });
  if (r.longestStepMs !== undefined)
    sink.add({
      section: 'extract',
      name: `${name}, first read's longest step (step ${r.longestStep}, lib/sites/steps.ts)`,
      value: r.longestStepMs,
      unit: 'ms',
    });
  if (rowsPerS < BUDGET && profile) {
    const top = topFunctions(await profiled(page, () => inPage(page, 500)));
    sink.note(
      `extract ${name}: ${r.medianMs.toFixed(0)} ms per read (median); self time: ${formatTop(top)}.`,
    );
  }
  await page.close();
}

export async function benchExtraction(sink: Sink): Promise<void> {
  const code = await bundle(join(import.meta.dirname, 'extract.entry.ts'), 'opslens-sites.js');
  const { context, cleanup } = await launch();
  const pages = new Map<string, string>();
  await serve(context, pages);
  try {
    for (const kind of Object.values(PAGE_KINDS)) {
      for (const n of SIZES) {
        pages.set(kind.url.split('#')[0]!, bigPage(kind, n));
        const page = await context.newPage();
        await open(page, kind, code);
        const name = `${kind.adapter} ${n.toLocaleString('en-US')} rows`;
        await measure(sink, page, name, kind.adapter, n, n === SIZES[0] || !!process.env.BENCH_PROFILE_ALL);
      }
    }
    // The same reader on some of the shape families' markup (tests/shapes), at the first size.
    const n = SIZES[0]!;
    for (const id of BENCH_SHAPES) {
      const shaped = shapePage(id, n);
      pages.set(shaped.url.split('#')[0]!, shaped.html);
      const page = await context.newPage();
      await page.goto(shaped.url, { waitUntil: 'load', timeout: 120_000 });
      await page.addScriptTag({ content: code });
      const name = `shape ${id}, ${shaped.adapter} ${n.toLocaleString('en-US')} rows`;
      await measure(sink, page, name, shaped.adapter, n, true);
    }
  } finally {
    await cleanup();
  }
}
