// `npm run extract -- [--url URL] [--structural] [--captured-at ISO] FILE.html`: runs the adapter for the
// address on a saved page and prints { adapter, status, records, missing, reason?, skippedRows? } as JSON.
// By default the page is read in headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH), laid out
// as the operator saw it, exactly as the content script reads it; `--structural`, or a machine without
// Chromium, reads it in Node (happy-dom: structure only, no layout). Exit 2 with a one-line reason when the
// URL is not supported or the page is not recognised. This is how operators send a failing page (a page-shape
// report names its address, so it needs no --url), and how we debug one.
import { readFileSync } from 'node:fs';
import { adapterFor } from '../lib/sites';
import { chromiumPath } from './extract-browser';
import type { ExtractSummary } from './extract-entry';

const USAGE = 'usage: npm run extract -- [--url URL] [--structural] [--captured-at ISO] FILE.html';

function fail(reason: string): never {
  process.stderr.write(`${reason}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const options = new Map<string, string | true>();
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--structural') options.set(a, true);
  else if (a === '--url' || a === '--captured-at') {
    const value = args[++i];
    if (value === undefined) fail(`${a} needs a value; ${USAGE}`);
    options.set(a, value);
  } else if (a.startsWith('--')) fail(`unknown option ${a}; ${USAGE}`);
  else files.push(a);
}
const file = files[0];
if (!file || files.length > 1) fail(USAGE);

let capturedAt = new Date().toISOString();
const at = options.get('--captured-at');
if (typeof at === 'string') {
  const t = Date.parse(at);
  if (Number.isNaN(t))
    fail(`not a date: ${at} (--captured-at takes an ISO time such as 2026-11-21T10:00:00Z)`);
  capturedAt = new Date(t).toISOString();
}

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as Error).message}`);
}
// A page-shape report names the address it was saved from.
const saved = /<meta name="opslens-url" content="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
const urlOption = options.get('--url');
const address = typeof urlOption === 'string' ? urlOption : saved;
if (!address) fail('usage: npm run extract -- --url URL FILE.html (the file names no address)');
let url: URL;
try {
  url = new URL(address);
} catch {
  fail(`not a URL: ${address}`);
}
if (!adapterFor(url)) fail(`unsupported URL: no OpsLens adapter reads ${url.origin}${url.pathname}`);

const browser = options.has('--structural') ? undefined : chromiumPath();
let out: ExtractSummary | undefined;
if (browser) {
  try {
    const { extractInBrowser } = await import('./extract-browser');
    out = await extractInBrowser(html, url, capturedAt, browser);
  } catch (err) {
    process.stderr.write(`chromium failed (${String((err as Error).message ?? err).split('\n')[0]})\n`);
    process.exit(1);
  }
} else {
  // Loaded only here: happy-dom is a second of start-up the browser path does not need.
  const [{ extractSummary }, { parseHtml }] = await Promise.all([
    import('./extract-entry'),
    import('./html'),
  ]);
  out = extractSummary(parseHtml(html, url.href), url, capturedAt);
}
if (!out) fail(`unsupported URL: no OpsLens adapter reads ${url.origin}${url.pathname}`);

process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
if (out.status === 'not-recognised') fail(`not recognised: ${out.adapter} (${out.reason ?? 'unknown page'})`);
if (out.status === 'partial') fail(`recognised, but these fields are missing: ${out.missing.join(', ')}`);
