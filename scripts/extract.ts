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
const file = args.filter((_, i) => i !== urlAt && i !== urlAt + 1)[0];
if (!urlText || !file) fail('usage: npm run extract -- --url URL FILE.html');

let url: URL;
try {
  url = new URL(urlText);
} catch {
  fail(`not a URL: ${urlText}`);
}
const adapter = adapterFor(url);
if (!adapter) fail(`unsupported URL: no OpsLens adapter reads ${url.origin}${url.pathname}`);

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as Error).message}`);
}
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
