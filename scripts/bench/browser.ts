// Chromium for the benchmarks: persistent contexts with or without the extension, pages served at their
// real console URLs, and in-page code bundled with esbuild (extension pages forbid eval).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';
import { BUNDLES } from './profile';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  cleanup: () => Promise<void>;
}

/** A persistent context like the e2e tests', with the extension at `extensionDir` or with none at all. */
export async function launch(extensionDir?: string): Promise<Launched> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'opslens-bench-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--enable-precise-memory-info',
    '--lang=en-US',
  ];
  if (extensionDir)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  else args.push('--disable-extensions');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1366, height: 900 },
    args,
    env: { ...process.env, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' },
  });
  return {
    context,
    cleanup: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/**
 * Serves generated HTML at exact URLs (hash ignored) and aborts every other request that is not the
 * extension's own, so nothing leaves the machine and both contexts see the same network.
 */
export async function serve(context: BrowserContext, pages: Map<string, string>): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    const html = pages.get(url.split('#')[0]!);
    if (html === undefined) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/**
 * Bundles a TypeScript entry into one IIFE, unminified so that a CPU profile can name functions and
 * their modules (minifying changes names, not the work). `sourceURL` names the script in profiles.
 */
export async function bundle(entry: string, sourceURL: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = out.outputFiles[0]!.text;
  BUNDLES.set(sourceURL.replace(/^.*\//, ''), code.split('\n'));
  return `${code}\n//# sourceURL=${sourceURL}\n`;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
