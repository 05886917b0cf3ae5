// Today's first paint (issue 15): the dashboard opened on Today over 1,000 entities whose history holds up to
// 1,000,000 snapshots (BENCH_TODAY_SNAPSHOTS), in a copy of the built extension that also holds bench.html.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, extensionId, launch, median } from './browser';
import { call, n } from './page-api';
import type { Sink } from './report';

const ENTITIES = 1000;
const SNAPSHOTS = Number(process.env.BENCH_TODAY_SNAPSHOTS ?? 1_000_000);
const FILL_LIMIT_MS = Number(process.env.BENCH_TODAY_FILL_LIMIT_S ?? 240) * 1000;
const RUNS = 7;
const BUDGET = 300;

/** Marks Today's count line for Element Timing as soon as the list is in the DOM (as the popup bench does). */
const PROBE = `(() => {
  const w = window;
  w.__today = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'opslens-today') w.__today.painted = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  new MutationObserver(() => {
    const head = document.querySelector('.today-count');
    if (w.__today.items !== undefined || !head || !document.querySelector('.today-item')) return;
    w.__today.items = document.querySelectorAll('.today-item').length;
    head.setAttribute('elementtiming', 'opslens-today');
  }).observe(document, { childList: true, subtree: true });
})();`;

export async function benchToday(sink: Sink, extensionDir: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'opslens-bench-today-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(
    join(dir, 'bench-today.js'),
    await bundle(join(import.meta.dirname, 'today.entry.ts'), 'bench-today.js'),
  );
  writeFileSync(
    join(dir, 'bench.html'),
    '<!doctype html><meta charset="utf-8"><script src="bench-today.js"></script>\n',
  );
  const { context, cleanup } = await launch(dir);
  try {
    const id = await extensionId(context);
    const page = await context.newPage();
    page.setDefaultTimeout(900_000);
    await page.goto(`chrome-extension://${id}/bench.html`);
    const filled = await call<{ ms: number; count: number; days: number }>(
      page,
      'fill',
      ENTITIES,
      SNAPSHOTS,
      FILL_LIMIT_MS,
    );
    if (filled.count < SNAPSHOTS)
      sink.undone.push(
        `today: filling stopped at ${n(filled.count)} snapshots after ${(filled.ms / 1000).toFixed(0)} s; Today ran at that size.`,
      );
    const advice = await call<{ rows: number; ms: number }>(page, 'lastPages', ENTITIES, filled.days);
    sink.add({
      section: 'today',
      name: `rebuild the stored advice of ${n(ENTITIES)} entities (background, ${n(advice.rows)} advice)`,
      value: advice.ms,
      unit: 'ms',
      digits: 0,
    });
    await page.close();
    const times: number[] = [];
    let items = 0;
    for (let i = 0; i <= RUNS; i++) {
      const tab = await context.newPage();
      await tab.addInitScript({ content: PROBE });
      await tab.goto(`chrome-extension://${id}/dashboard.html`);
      await tab.waitForFunction(
        () => (window as unknown as { __today: { painted?: number } }).__today.painted !== undefined,
        null,
        { timeout: 60_000 },
      );
      const t = await tab.evaluate(
        () => (window as unknown as { __today: { painted: number; items: number } }).__today,
      );
      await tab.close();
      items = t.items;
      if (i > 0) times.push(t.painted); // the first run warms the files and the database up
    }
    sink.add({
      section: 'today',
      name: `Today first paint, ${n(ENTITIES)} entities, ${n(filled.count)} snapshots (${n(advice.rows)} advice, ${items} lines painted; median of ${RUNS})`,
      value: median(times),
      unit: 'ms',
      budget: { op: '<=', value: BUDGET },
    });
  } finally {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}
