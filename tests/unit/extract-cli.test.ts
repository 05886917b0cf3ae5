// `npm run extract` as operators run it: the CLI in headless Chromium (the default) and in Node
// (`--structural`) must print the same JSON for the same saved page, and fail the same way (exit 2, one line).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ran, ROOT, runScript } from '../helpers/cli';
import { FIXTURES, fixture } from '../helpers/fixtures';

const HAS_CHROMIUM = existsSync('/usr/bin/chromium');
const AT = '2026-11-21T10:00:00.000Z';
const urlOf = (rel: string) => fixture(rel).facts.url;

const cli = (args: string[]) => runScript('extract', args);

const dir = mkdtempSync(join(tmpdir(), 'opslens-extract-cli-'));
// A saved page that names its own address, as a page-shape report does (no --url needed).
const named = join(dir, 'item-rank.html');
writeFileSync(
  named,
  readFileSync(join(FIXTURES, 'tmall/sycm-items/item-rank.html'), 'utf8').replace(
    /<head>/i,
    `<head><meta name="opslens-url" content="${urlOf('tmall/sycm-items/item-rank.html').replace(/&/g, '&amp;')}">`,
  ),
);
const nameless = join(dir, 'nameless.html');
writeFileSync(nameless, '<html><body><table><tr><td>1</td></tr></table></body></html>');

const PAGES: Record<string, string[]> = {
  'business report (Amazon, en)': [
    '--url',
    urlOf('amazon/business-report/en-child.html'),
    join(FIXTURES, 'amazon/business-report/en-child.html'),
  ],
  '直通车 keywords (hash route)': [
    '--url',
    urlOf('tmall/subway-keywords/keywords.html'),
    join(FIXTURES, 'tmall/subway-keywords/keywords.html'),
  ],
  '生意参谋 item rank, address from its meta': [named],
  'sign-in page at a console address (not recognised)': [
    '--url',
    urlOf('tmall/sycm-items/signed-out.html'),
    join(FIXTURES, 'tmall/sycm-items/signed-out.html'),
  ],
};
const FAILS: Record<string, [string[], RegExp]> = {
  'unsupported URL': [
    [
      '--url',
      urlOf('amazon/business-report/signed-out.html'),
      join(FIXTURES, 'amazon/business-report/signed-out.html'),
    ],
    /^unsupported URL: no OpsLens adapter reads https:\/\/sellercentral\.amazon\.com\/ap\/signin\n$/,
  ],
  'a file that names no address': [[nameless], /^usage: .*the file names no address\)\n$/],
  'not a URL': [['--url', 'sellercentral', nameless], /^not a URL: sellercentral\n$/],
  'not a capture time': [['--captured-at', 'yesterday', nameless], /^not a date: yesterday /],
};

const runs = new Map<string, Ran>();

describe.skipIf(!HAS_CHROMIUM)('npm run extract: headless Chromium and Node agree', () => {
  beforeAll(async () => {
    const jobs: [string, string[]][] = [];
    for (const [name, args] of Object.entries(PAGES))
      for (const mode of ['browser', 'structural'])
        jobs.push([
          `${name} ${mode}`,
          ['--captured-at', AT, ...(mode === 'structural' ? ['--structural'] : []), ...args],
        ]);
    for (const [name, [args]] of Object.entries(FAILS))
      for (const mode of ['browser', 'structural'])
        jobs.push([`${name} ${mode}`, [...(mode === 'structural' ? ['--structural'] : []), ...args]]);
    // Two at a time: this machine has two cores, and each run starts Node (and Chromium).
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) runs.set(job[0], await cli(job[1]));
    };
    await Promise.all([worker(), worker()]);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of Object.keys(PAGES)) {
    it(`${name}: the same JSON in both modes`, () => {
      const browser = runs.get(`${name} browser`)!;
      const structural = runs.get(`${name} structural`)!;
      expect(browser.stderr.split('\n').length, browser.stderr).toBeLessThanOrEqual(2);
      expect(browser.code, browser.stderr).toBe(structural.code);
      expect(browser.stderr).toBe(structural.stderr);
      const out = JSON.parse(browser.stdout) as {
        adapter: string;
        status: string;
        records: { capturedAt: string }[];
        missing: string[];
      };
      expect(out).toEqual(JSON.parse(structural.stdout));
      if (out.status === 'not-recognised') {
        expect(browser.code).toBe(2);
        expect(browser.stderr).toMatch(/^not recognised: tmall\.sycm-items \(.+\)\n$/);
      } else {
        expect(browser.code, browser.stderr).toBe(0);
        expect(out.status).toBe('ok');
        expect(out.records.length).toBeGreaterThan(20);
        expect(out.records.every((r) => r.capturedAt === AT)).toBe(true);
        expect(Object.keys(out).sort()).toEqual(['adapter', 'missing', 'records', 'status']);
      }
    });
  }

  for (const [name, [, reason]] of Object.entries(FAILS)) {
    it(`${name}: exit 2 with one line, in both modes`, () => {
      for (const mode of ['browser', 'structural']) {
        const r = runs.get(`${name} ${mode}`)!;
        expect(r.code, `${mode}: ${r.stderr}`).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(reason);
      }
    });
  }
});
