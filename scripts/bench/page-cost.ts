// Page cost: the same pages loaded alternately in a context with the extension and one without, main-thread
// time from the DevTools protocol's Performance.getMetrics after the page and our UI have settled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { extensionId, launch, median, serve } from './browser';
import { bigPage, PAGE_KINDS, PRODUCT_URL, productPage } from './pages';
import { formatTop, MINIFIED, profiled, selfByScript, topFunctions } from './profile';
import type { Figure, Sink } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROWS = 500;
/** Quiet time after our UI appeared, for late work (badges, a second read) to be counted too. */
const QUIET_MS = 1000;
const CONTROL_URL = 'https://www.amazon.com/gp/help/customer/display.html?nodeId=1';

interface Target {
  name: string;
  url: string;
  html: string;
  /** Our UI's element; none for the control page. */
  ui?: string;
}

interface Sample {
  task: number;
  script: number;
  styleLayout: number;
  uiMs?: number;
}

const targets = (): Target[] => {
  const br = PAGE_KINDS.businessReport!;
  const st = PAGE_KINDS.searchTerms!;
  return [
    { name: `business report ${ROWS} rows`, url: br.url, html: bigPage(br, ROWS), ui: 'opslens-panel' },
    { name: `search terms ${ROWS} rows`, url: st.url, html: bigPage(st, ROWS), ui: 'opslens-panel' },
    { name: 'product page', url: PRODUCT_URL, html: productPage(), ui: 'opslens-card' },
    // Control: the extension is loaded but no content script matches, so only Chromium's own cost shows.
    {
      name: 'control: product page at a URL no content script matches',
      url: CONTROL_URL,
      html: productPage(),
    },
  ];
};

/** One load in a fresh tab: metrics once `ui` appeared (with the extension) and `windowMs` has passed. */
async function load(context: BrowserContext, t: Target, withUi: boolean, windowMs: number): Promise<Sample> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const t0 = Date.now();
  await page.goto(t.url, { waitUntil: 'load', timeout: 60_000 });
  let uiMs: number | undefined;
  if (withUi && t.ui) {
    await page.waitForSelector(t.ui, { state: 'attached', timeout: 60_000 });
    uiMs = Date.now() - t0;
  }
  const left = windowMs - (Date.now() - t0);
  if (left > 0) await page.waitForTimeout(left);
  const { metrics } = await session.send('Performance.getMetrics');
  const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
  await page.close();
  return {
    task: m('TaskDuration'),
    script: m('ScriptDuration'),
    styleLayout: m('LayoutDuration') + m('RecalcStyleDuration'),
    ...(uiMs !== undefined ? { uiMs } : {}),
  };
}

export async function benchPageCost(sink: Sink, extensionDir: string): Promise<void> {
  const ts = targets();
  const pages = new Map(ts.map((t) => [t.url.split('#')[0]!, t.html]));
  const withExt = await launch(extensionDir);
  const without = await launch();
  try {
    const id = await extensionId(withExt.context);
    MINIFIED.set(
      'console.js',
      readFileSync(join(extensionDir, 'content-scripts', 'console.js'), 'utf8').split('\n'),
    );
    MINIFIED.set(
      'product.js',
      readFileSync(join(extensionDir, 'content-scripts', 'product.js'), 'utf8').split('\n'),
    );
    await serve(withExt.context, pages);
    await serve(without.context, pages);
    for (const t of ts) {
      // Warm-up, not counted: the first load stores every row; later loads see them unchanged (a day's reloads).
      const warm = await load(withExt.context, t, true, 0);
      await load(without.context, t, false, 0);
      const windowMs = Math.max(2000, (warm.uiMs ?? 0) + QUIET_MS);
      const w: Sample[] = [];
      const wo: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        // ABBA order, so drift in the machine's speed falls on both sides alike.
        if (i % 2 === 0) {
          w.push(await load(withExt.context, t, true, windowMs));
          wo.push(await load(without.context, t, false, windowMs));
        } else {
          wo.push(await load(without.context, t, false, windowMs));
          w.push(await load(withExt.context, t, true, windowMs));
        }
      }
      const med = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k] ?? 0));
      const own = med(wo, 'task');
      const added = med(w, 'task') - own;
      const add = (name: string, value: number, extra: Partial<Figure> = {}) =>
        sink.add({ section: 'page cost', name: `${t.name}: ${name}`, value, unit: 'ms', ...extra });
      add("page's own main-thread task time", own);
      add('added task time', added);
      const script = med(w, 'script') - med(wo, 'script');
      const styleLayout = med(w, 'styleLayout') - med(wo, 'styleLayout');
      add('added script time', script);
      add('added style + layout time', styleLayout);
      add('added other task time (parsing, paint, messages, GC)', added - script - styleLayout);
      const budget = t.ui ? { budget: { op: '<=' as const, value: 5 } } : {};
      const pct = add("added share of the page's own time", (100 * added) / own, { unit: '%', ...budget });
      if (t.ui) add('our UI shown after', med(w, 'uiMs'), { digits: 0 });
      if (t.ui && pct.value > 5) {
        const page = await withExt.context.newPage();
        const prof = await profiled(page, async () => {
          await page.goto(t.url, { waitUntil: 'load' });
          await page.waitForSelector(t.ui!, { state: 'attached' });
          await page.waitForTimeout(QUIET_MS);
        });
        await page.close();
        const byScript = [...selfByScript(prof).entries()].filter(
          ([f]) => f.endsWith('.js') && !f.startsWith('http'),
        );
        const ours = byScript.map(([f, ms]) => `${f} ${ms.toFixed(0)} ms`).join(', ');
        sink.note(
          `page cost ${t.name} (extension ${id}): one load with the extension, profiled: self time in our scripts ${ours || 'none sampled'}; busiest functions, the page’s own work included: ${formatTop(topFunctions(prof, 5))}.`,
        );
      }
    }
  } finally {
    await withExt.cleanup();
    await without.cleanup();
  }
}
