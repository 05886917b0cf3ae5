// `npm run extract -- --url URL FILE.html`: runs the adapters on a saved page, in Node, and prints
// { adapter, records, missing } as JSON. Exit 2 with a one-line reason when the URL is not supported
// or the page is not recognised. This is how operators send a failing page, and how we debug one.
import { readFileSync } from 'node:fs';
import { adapterFor } from '../lib/sites';
import { parseHtml } from './html';

function fail(reason: string): never {
  process.stderr.write(`${reason}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const urlText = urlAt >= 0 ? args[urlAt + 1] : undefined;
const file = args.filter((_, i) => urlAt < 0 || (i !== urlAt && i !== urlAt + 1))[0];
if (!file) fail('usage: npm run extract -- [--url URL] FILE.html');

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as Error).message}`);
}
// A page-shape report names the address it was saved from.
const saved = /<meta name="opslens-url" content="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
const address = urlText ?? saved;
if (!address) fail('usage: npm run extract -- --url URL FILE.html (the file names no address)');
let url: URL;
try {
  url = new URL(address);
} catch {
  fail(`not a URL: ${address}`);
}
const adapter = adapterFor(url);
if (!adapter) fail(`unsupported URL: no OpsLens adapter reads ${url.origin}${url.pathname}`);
const extraction = adapter.extract(parseHtml(html, url.href), { url, capturedAt: new Date().toISOString() });
const out = {
  adapter: extraction.adapter,
  status: extraction.status,
  records: extraction.records,
  missing: extraction.missing,
  ...(extraction.reason ? { reason: extraction.reason } : {}),
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
if (extraction.status === 'not-recognised')
  fail(`not recognised: ${extraction.adapter} (${extraction.reason ?? 'unknown page'})`);
if (extraction.status === 'partial')
  fail(`recognised, but these fields are missing: ${extraction.missing.join(', ')}`);
