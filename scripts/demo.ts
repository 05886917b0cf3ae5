// `npm run demo`: builds the extension, opens Chromium with it on the bundled demo pages (served at their
// real URLs, no network), and walks the journey: a competitor's product page, Watch, a later visit with a
// new price, the popup. `--headless --shots DIR` runs without a display and writes screenshots instead.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { extensionIdOf, fixtureHtml, type Lang, launchWithExtension, servePages } from '../tests/e2e/browser';
import { DEMO_PAGES, type DemoPage } from './demo-pages';

const args = process.argv.slice(2);
const shotsAt = args.indexOf('--shots');
const headless = args.includes('--headless') || shotsAt >= 0 || !process.env.DISPLAY;
// Without a display there is nothing to look at: write the screenshots instead.
const shotsDir =
  shotsAt >= 0 ? resolve(args[shotsAt + 1] ?? 'demo-shots') : headless ? resolve('demo-shots') : undefined;
if (!process.env.DISPLAY && !args.includes('--headless'))
  console.log('[opslens] no display: running headless, screenshots go to demo-shots/');

execSync('node scripts/ensure-chromium.mjs', { stdio: 'inherit' });
if (!args.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });

async function shot(page: Page, name: string, clip?: 'card' | 'full') {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  const path = join(shotsDir, `${name}.png`);
  if (clip === 'card') {
    await page.locator('opslens-card .card').screenshot({ path });
  } else {
    await page.screenshot({ path, fullPage: clip === 'full' });
  }
  console.log(`  wrote ${path}`);
}

async function visit(context: BrowserContext, p: DemoPage, lang: Lang) {
  const page = await context.newPage();
  await page.goto(p.url);
  if (p.waitFor) await page.locator(p.waitFor).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(p.settleMs ?? 300);
  if (p.watch) {
    const watch = page.locator('opslens-card button.watch');
    if ((await watch.getAttribute('aria-pressed')) !== 'true') await watch.click();
    await page.locator('opslens-card button.watch[aria-pressed="true"]').waitFor();
  }
  if (p.hover) await page.locator(p.hover).first().focus();
  if (p.shot) await shot(page, `${p.shot}-${lang === 'zh-CN' ? 'zh' : 'en'}`, p.shotClip);
  return page;
}

async function run(lang: Lang) {
  const { context, cleanup } = await launchWithExtension(lang, undefined, headless);
  const { id } = await extensionIdOf(context);
  // The same product twice: the second visit shows a lower price, as a real competitor's page would days later.
  let visits = 0;
  const routes: Record<string, () => string> = {};
  for (const p of DEMO_PAGES) {
    routes[p.url] = () => {
      const html = fixtureHtml(p.fixture);
      return p.rewrite && visits++ > 0 ? p.rewrite(html) : html;
    };
  }
  await servePages(context, routes);
  console.log(`\nOpsLens demo (${lang}), extension ${id}`);
  for (const p of DEMO_PAGES.filter((d) => !d.lang || d.lang === lang)) {
    console.log(`- ${p.title}: ${p.url}`);
    const page = await visit(context, p, lang);
    if (p.revisit) {
      await page.reload();
      await page.locator('opslens-card .changes').waitFor({ timeout: 10_000 });
      if (p.shot) await shot(page, `${p.shot}-revisit-${lang === 'zh-CN' ? 'zh' : 'en'}`, p.shotClip);
    }
    if (headless) await page.close();
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 480 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.locator('.item, .empty').first().waitFor();
  await popup.waitForTimeout(300);
  await shot(popup, `popup-${lang === 'zh-CN' ? 'zh' : 'en'}`);
  const suffix = lang === 'zh-CN' ? 'zh' : 'en';
  const dash = await context.newPage();
  await dash.setViewportSize({ width: 1366, height: 900 });
  await dash.goto(`chrome-extension://${id}/dashboard.html#entities`);
  await dash.locator('.entity').first().waitFor();
  await dash.locator('input[type=search]').fill('Coffee Grinder');
  await dash.locator('.entity').first().click();
  await dash.locator('.chart canvas').waitFor();
  await shot(dash, `dashboard-${suffix}`);
  await dash.goto(`chrome-extension://${id}/options.html`);
  await dash.locator('.settings .grid').waitFor();
  await shot(dash, `options-${suffix}`);
  if (!headless) {
    console.log('\nChromium is open with OpsLens loaded. Close the window to end the demo.');
    await new Promise<void>((r) => context.on('close', () => r()));
  }
  await cleanup().catch(() => undefined);
}

await run('en-US');
if (headless) await run('zh-CN');
console.log(shotsDir ? `\nScreenshots in ${shotsDir}` : '\nDemo finished.');
