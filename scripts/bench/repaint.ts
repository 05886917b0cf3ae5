// What one change of our UI costs the page's paint (issue 16): the operator hovers a control of ours (a badge's
// advice opens, a button lights up) and the browser repaints. Measured on one loaded page, first as it runs (on
// console pages the body is its own paint group, entrypoints/console.content/paint-isolation.css), then switched
// the other way by a sheet of the page's own world (the isolation overridden, or on product pages, where we do
// not isolate, put in): the same page, the same change, side by side in one run.
import type { BrowserContext, Page } from 'playwright-core';
import { median } from './browser';

const TIMES = 5;

/** Main-thread Paint and PrePaint time while `act` runs and the frame after it is drawn. */
async function paintOf(page: Page, act: () => Promise<void>): Promise<number> {
  const session = await page.context().newCDPSession(page);
  const events: { name: string; ph: string; dur?: number }[] = [];
  session.on('Tracing.dataCollected', (m) => void events.push(...(m.value as unknown as typeof events)));
  const done = new Promise<void>((r) => session.once('Tracing.tracingComplete', () => r()));
  await session.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await act();
  await page.waitForTimeout(250);
  await session.send('Tracing.end');
  await done;
  await session.detach();
  return events
    .filter((e) => (e.name === 'Paint' || e.name === 'PrePaint') && e.ph === 'X')
    .reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
}

export interface Repaint {
  /** As the page runs with the extension. */
  asRuns: number;
  /** Whether the page runs with its body isolated (then `other` is without, else with). */
  isolated: boolean;
  other: number;
}

/** Median paint time of hovering `target` (one of our controls) in and out, as the page runs and switched. */
export async function repaintOnHover(context: BrowserContext, url: string, target: string): Promise<Repaint> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const control = page.locator(target).first();
  await control.waitFor({ state: 'visible', timeout: 30_000 });
  await control.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  const box = (await control.boundingBox())!;
  const round = async () => {
    const xs: number[] = [];
    for (let i = 0; i < TIMES; i++) {
      xs.push(await paintOf(page, () => page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)));
      xs.push(await paintOf(page, () => page.mouse.move(2, 2)));
    }
    return median(xs);
  };
  const asRuns = await round();
  const isolated = await page.evaluate(() => getComputedStyle(document.body).isolation === 'isolate');
  // A sheet of the page's own, over the extension's (entrypoints/console.content/paint-isolation.css).
  await page.evaluate((on) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`body{isolation:${on ? 'auto' : 'isolate'} !important}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, isolated);
  await page.waitForTimeout(300);
  const other = await round();
  await page.close();
  return { asRuns, isolated, other };
}
