// Page cost: the same pages loaded alternately in a context with the extension and one without, main-thread
// time from the DevTools protocol's Performance.getMetrics after the page and our UI have settled.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { extensionId, launch, median, serve } from './browser';
import { bigPage, PAGE_KINDS, PRODUCT_URL, productPage, SIGNED_OUT_URL, signedOutPage } from './pages';
import { formatTop, MINIFIED, profiled, selfByScript, topFunctions } from './profile';
import { repaintOnHover } from './repaint';
import type { Figure, Sink } from './report';
import { traceLoad } from './trace';

// Nine pairs: with five, the 500-row pages' median moved by 100-150 ms between runs of the same code (December 2026).
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const ROWS = 500;
/** Quiet time after our UI appeared, for late work (badges, a second read) to be counted too. */
const QUIET_MS = 1000;
const CONTROL_URL = 'https://www.amazon.com/gp/help/customer/display.html?nodeId=1';
/** Issue 16's budgets: added main-thread ms per load, share of the page's own time, UI after load. */
const LONG_TASK_MS = 50;

interface Target {
  name: string;
  url: string;
  html: string;
  /** Our UI's element; none for pages where we show nothing. */
  ui?: string;
  /** One of our controls to hover, for the repaint it costs (scripts/bench/repaint.ts). */
  hover?: string;
  addedBudget?: number;
  shareBudget?: number;
  uiBudget?: number;
}

interface Sample {
  task: number;
  script: number;
  styleLayout: number;
}

/** BENCH_PAGES=business,control: only the pages whose names contain one of these words (while iterating). */
const WANTED = process.env.BENCH_PAGES?.split(',');

const targets = (): Target[] => allTargets().filter((t) => !WANTED || WANTED.some((w) => t.name.includes(w)));

const allTargets = (): Target[] => {
  const br = PAGE_KINDS.businessReport!;
  const st = PAGE_KINDS.searchTerms!;
  const console500 = {
    ui: 'opslens-panel',
    hover: 'opslens-badges button.badge:visible',
    addedBudget: 50,
    shareBudget: 8,
  };
  return [
    { name: `business report ${ROWS} rows`, url: br.url, html: bigPage(br, ROWS), ...console500 },
    { name: `search terms ${ROWS} rows`, url: st.url, html: bigPage(st, ROWS), ...console500 },
    // A console page with nothing to read: the business report's address, signed out.
    {
      name: 'console page with nothing to read (sign-in form at a report address)',
      url: SIGNED_OUT_URL,
      html: signedOutPage(),
      addedBudget: 15,
    },
    {
      name: 'product page',
      url: PRODUCT_URL,
      html: productPage(),
      ui: 'opslens-card',
      hover: 'opslens-card button.watch',
      addedBudget: 30,
      uiBudget: 300,
    },
    // Control: the extension is loaded but no content script matches, so only Chromium's own cost shows.
    {
      name: 'control: product page at a URL no content script matches',
      url: CONTROL_URL,
      html: productPage(),
    },
  ];
};

/**
 * One counted load in a fresh tab: main-thread metrics after a fixed window, the same on both sides.
 * Nothing polls the page meanwhile (waiting for our UI with Playwright would run its selector engine
 * in the page on every change, on one side only).
 */
async function load(context: BrowserContext, t: Target, windowMs: number): Promise<Sample> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const t0 = Date.now();
  await page.goto(t.url, { waitUntil: 'load', timeout: 60_000 });
  const left = windowMs - (Date.now() - t0);
  if (left > 0) await page.waitForTimeout(left);
  const { metrics } = await session.send('Performance.getMetrics');
  const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
  await page.close();
  return {
    task: m('TaskDuration'),
    script: m('ScriptDuration'),
    styleLayout: m('LayoutDuration') + m('RecalcStyleDuration'),
  };
}

/** When our UI appears, in ms after the load event (a separate load: waiting for it costs the page). */
async function uiAfterLoad(context: BrowserContext, t: Target): Promise<number> {
  const page = await context.newPage();
  await page.goto(t.url, { waitUntil: 'load', timeout: 60_000 });
  const loaded = Date.now();
  await page.waitForSelector(t.ui!, { state: 'attached', timeout: 60_000 });
  const ms = Date.now() - loaded;
  await page.close();
  return ms;
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
    for (const f of ['console-main.js', 'product-card.js'])
      if (existsSync(join(extensionDir, f)))
        MINIFIED.set(f, readFileSync(join(extensionDir, f), 'utf8').split('\n'));
    MINIFIED.set(
      'amazon-product.js',
      readFileSync(join(extensionDir, 'content-scripts', 'amazon-product.js'), 'utf8').split('\n'),
    );
    await serve(withExt.context, pages);
    await serve(without.context, pages);
    for (const t of ts) {
      // Warm-up, not counted: the first load stores every row; later loads see them unchanged (a day's reloads).
      const ui = t.ui ? [await uiAfterLoad(withExt.context, t)] : [];
      await load(without.context, t, 0);
      const windowMs = Math.max(2500, (ui[0] ?? 0) + 1500 + QUIET_MS);
      const w: Sample[] = [];
      const wo: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        // ABBA order, so drift in the machine's speed falls on both sides alike.
        if (i % 2 === 0) {
          w.push(await load(withExt.context, t, windowMs));
          wo.push(await load(without.context, t, windowMs));
        } else {
          wo.push(await load(without.context, t, windowMs));
          w.push(await load(withExt.context, t, windowMs));
        }
      }
      const med = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k] ?? 0));
      const own = med(wo, 'task');
      const added = med(w, 'task') - own;
      const add = (name: string, value: number, extra: Partial<Figure> = {}) =>
        sink.add({ section: 'page cost', name: `${t.name}: ${name}`, value, unit: 'ms', ...extra });
      const budget = (value?: number) =>
        value === undefined ? {} : { budget: { op: '<=' as const, value } };
      add("page's own main-thread task time", own);
      add('added ms per load (with − without)', added, budget(t.addedBudget));
      add('with / without', med(w, 'task') / own, { unit: '×', digits: 2 });
      const script = med(w, 'script') - med(wo, 'script');
      const styleLayout = med(w, 'styleLayout') - med(wo, 'styleLayout');
      add('added script time', script);
      add('added style + layout time', styleLayout);
      add('added other task time (parsing, paint, messages, GC)', added - script - styleLayout);
      add("added share of the page's own time", (100 * added) / own, { unit: '%', ...budget(t.shareBudget) });
      if (t.ui) {
        for (let i = 1; i < 3; i++) ui.push(await uiAfterLoad(withExt.context, t));
        add('our UI shown after the load event', median(ui), { digits: 0, ...budget(t.uiBudget) });
      }
      if (t.hover) {
        const r = await repaintOnHover(withExt.context, t.url, t.hover);
        add('repaint when the operator hovers a control of ours (trace, Paint + PrePaint)', r.asRuns);
        add(
          r.isolated
            ? 'the same with the page in one paint group with ours (the isolation taken out)'
            : "the same with the page's body made its own paint group (as on console pages)",
          r.other,
        );
      }
      if (t.addedBudget === undefined) continue;
      // The trace check: our main-thread tasks on one load, none to be longer than 50 ms.
      const trace = await traceLoad(
        withExt.context,
        t.url,
        (page) => page.waitForTimeout(windowMs),
        // Any extension script: ours is the only extension here, and console-main.js is loaded from the
        // session's dynamic address (use_dynamic_url), not from the extension id's.
        'chrome-extension://',
      );
      const longest = trace.ours[0]?.ms ?? 0;
      add('our longest main-thread task (trace)', longest, budget(LONG_TASK_MS));
      // A frame's task holds our animation-frame callback and the browser's paint of the whole page: what in
      // the longest tasks was our script's own (evaluation, timers, callbacks) tells the two apart.
      add(
        "our script's longest stretch in one task (trace)",
        Math.max(0, ...trace.ours.map((x) => x.oursMs)),
      );
      const long = trace.ours.filter((x) => x.ms > LONG_TASK_MS);
      sink.note(
        `page cost ${t.name}: trace of one load with the extension: ${trace.ours.length} tasks ran our code, ${trace.oursTotal.toFixed(0)} ms in all; ${long.length ? `over ${LONG_TASK_MS} ms: ${long.map((x) => `${x.ms.toFixed(0)} ms at ${x.at.toFixed(0)} ms, our script ${x.oursMs.toFixed(0)} ms of it (${x.top})`).join('; ')}` : `none over ${LONG_TASK_MS} ms`}; by kind: ${[
          ...trace.byKind,
        ]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
          .join(', ')}; the page's main thread in all, ours included: ${trace.allTotal.toFixed(0)} ms (${[
          ...trace.all,
        ]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
          .join(', ')}).`,
      );
      if (!t.ui || added <= t.addedBudget) continue;
      const page = await withExt.context.newPage();
      const prof = await profiled(page, async () => {
        await page.goto(t.url, { waitUntil: 'load' });
        await page.waitForTimeout(windowMs);
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
  } finally {
    await withExt.cleanup();
    await without.cleanup();
  }
}
