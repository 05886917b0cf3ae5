// `npm run extract` in headless Chromium: the saved page is loaded at its own address (the document request is
// answered with the file, every other request is aborted, so nothing leaves the machine), then
// scripts/extract-entry.ts, bundled with esbuild, runs the page's adapter in the laid-out page, as the
// content script does. The page's own scripts do not run: its saved DOM is already what they made, and run
// again without their servers they would re-render or blank it (the Node path does not run them either).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractSummary } from './extract-entry';

/** Debian's Chromium, or CHROMIUM_PATH; undefined when neither is on this machine. */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

let bundled: Promise<string> | undefined;
/** The entry as one IIFE (a few hundred ms; done once per process). */
export function entryBundle(): Promise<string> {
  bundled ??= import('esbuild')
    .then(({ build }) =>
      build({
        entryPoints: [join(import.meta.dirname, 'extract-entry.ts')],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        write: false,
        logLevel: 'error',
      }),
    )
    .then((out) => `${out.outputFiles[0]!.text}\n//# sourceURL=opslens-extract.js\n`);
  return bundled;
}

const noHash = (u: string) => u.split('#')[0]!;

/**
 * Reads `html` as the page at `url` in headless Chromium (a plain launch, no extension) and returns what
 * the content script's adapter reads there; undefined when no adapter reads this address.
 */
export async function extractInBrowser(
  html: string,
  url: URL,
  capturedAt: string,
  executablePath: string,
): Promise<ExtractSummary | undefined> {
  const [code, { chromium }] = await Promise.all([entryBundle(), import('playwright-core')]);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=en-US',
    ],
    env: { ...process.env, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' },
  });
  try {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'en-US',
      viewport: { width: 1366, height: 900 },
      serviceWorkers: 'block',
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.route('**/*', (route) => {
      const req = route.request();
      if (
        req.isNavigationRequest() &&
        req.frame() === page.mainFrame() &&
        noHash(req.url()) === noHash(url.href)
      )
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return route.abort('blockedbyclient');
    });
    await page.goto(url.href, { waitUntil: 'load', timeout: 60_000 });
    // Evaluated through the DevTools protocol, which runs with the page's scripts disabled and its CSP bypassed.
    await page.evaluate(code);
    const json = await page.evaluate((at) => {
      const run = (globalThis as { __opslensExtractSummary?: (capturedAt: string) => string })
        .__opslensExtractSummary;
      if (!run) throw new Error('the extract bundle did not load');
      return run(at);
    }, capturedAt);
    return (JSON.parse(json) as ExtractSummary | null) ?? undefined;
  } finally {
    await browser.close();
  }
}
