import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/sites';
import { CONSOLE_MATCHES, PRODUCT_PAGE_MATCHES } from '../../lib/sites/matches';
import config from '../../wxt.config';
import { FIXTURES } from '../helpers/fixtures';

// Issue 6, permissions: the manifest asks for `storage` and for the pages adapters read, nothing broader.
// This pins the inputs of the build (no build needed): widening any of them must change this file.

const ROOT = join(import.meta.dirname, '..', '..');

const cross = (hosts: string[], paths: string[]) =>
  hosts.flatMap((h) => paths.map((p) => `https://${h}${p}`));
const AMAZON_TLDS = ['com', 'ca', 'co.uk', 'de', 'fr', 'it', 'es', 'co.jp'];

const EXPECTED_PRODUCT = [
  ...cross(
    AMAZON_TLDS.map((t) => `www.amazon.${t}`),
    ['/dp/*', '/*/dp/*', '/gp/product/*'],
  ),
  'https://detail.tmall.com/item.htm*',
  'https://item.taobao.com/item.htm*',
];
const EXPECTED_CONSOLE = [
  ...cross(
    [
      ...AMAZON_TLDS.map((t) => `sellercentral.amazon.${t}`),
      'sellercentral-europe.amazon.com',
      'sellercentral-japan.amazon.com',
    ],
    ['/business-reports*', '/gp/site-metrics/*', '/myinventory/*', '/inventory*'],
  ),
  ...cross(
    AMAZON_TLDS.map((t) => `advertising.amazon.${t}`),
    ['/campaign-manager*', '/cm/*'],
  ),
  'https://sycm.taobao.com/cc/*',
  'https://sycm.taobao.com/custom/login.htm*',
  'https://subway.simba.taobao.com/*',
  'https://one.alimama.com/index.html*',
  'https://myseller.taobao.com/home.htm/SellManage/*',
];

// Scheme and host of a pattern, for the checks on what it names; matching URLs is MatchPattern's job (the
// matcher WXT ships), which throws on a pattern the browser would reject.
const PATTERN = /^(?<scheme>[^:]+):\/\/(?<host>[^/]+)(?<path>\/.*)$/;
const ALL = [...PRODUCT_PAGE_MATCHES, ...CONSOLE_MATCHES];
// MatchPattern reads a URL object with `instanceof Location`, which Node lacks: hand it the text.
const matchesAny = (url: URL) => ALL.some((p) => new MatchPattern(p).includes(url.href));

/** Files under `dir` whose name passes `test`, in every subfolder. */
function filesUnder(dir: string, test: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, test);
    return test.test(name) ? [path] : [];
  });
}

/** Pages adapters read: every fixture oracle's address, and the product-page shapes the product fixtures stand for. */
function knownPages(): URL[] {
  // Every facts file, wherever the fixture layout puts it (one per page, or one per platform).
  const urls = filesUnder(FIXTURES, /(^|-)facts\.json$/).flatMap((f) =>
    Object.values(JSON.parse(readFileSync(f, 'utf8')) as Record<string, { url?: string }>)
      .map((x) => x.url)
      .filter((u): u is string => typeof u === 'string'),
  );
  urls.push(
    'https://www.amazon.com/dp/B0C9X5S1Z7',
    'https://www.amazon.com/COSORI-Electric-Kettle/dp/B0C1K2Z3X4?th=1',
    'https://www.amazon.com/gp/product/B0C9X5S1Z7',
  );
  return urls.map((u) => new URL(u));
}

describe('content script match patterns', () => {
  it('are exactly the pinned lists', () => {
    expect([...PRODUCT_PAGE_MATCHES].sort()).toStrictEqual([...EXPECTED_PRODUCT].sort());
    expect([...CONSOLE_MATCHES].sort()).toStrictEqual([...EXPECTED_CONSOLE].sort());
    expect(new Set(ALL).size).toBe(ALL.length);
  });

  it('name one https host each, never a wildcard host or scheme', () => {
    for (const p of ALL) {
      const m = PATTERN.exec(p)?.groups;
      expect(m, p).toBeDefined();
      expect(m!.scheme, p).toBe('https');
      expect(m!.host, p).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(p).not.toMatch(/<all_urls>|^\*:|:\/\/\*/);
    }
  });

  it('only name hosts an adapter reads', () => {
    const pages = knownPages();
    for (const host of new Set(ALL.map((p) => PATTERN.exec(p)!.groups!.host!))) {
      // The host of a known page, or the same page on this host (another marketplace of the same console).
      const read = pages.some((page) => {
        const there = new URL(page.href);
        there.host = host;
        return adapterFor(there) !== undefined;
      });
      expect(read, host).toBe(true);
    }
  });

  it('cover every page the fixtures stand for', () => {
    for (const page of knownPages()) if (adapterFor(page)) expect(matchesAny(page), page.href).toBe(true);
  });

  it('leave out the pages next to them that no adapter reads', () => {
    for (const href of [
      'https://www.amazon.com/',
      'https://www.amazon.com/s?k=kettle',
      'https://www.amazon.com/gp/cart/view.html',
      'http://www.amazon.com/dp/B0C9X5S1Z7',
      'https://sellercentral.amazon.com/home',
      'https://sellercentral.amazon.com/orders-v3',
      'https://list.tmall.com/search_product.htm?q=kettle',
      'https://www.taobao.com/',
      'https://sycm.taobao.com/portal/home.htm',
    ])
      expect(matchesAny(new URL(href)), href).toBe(false);
  });

  it('are the only ones content scripts declare', () => {
    const sources = ['entrypoints', 'features']
      .flatMap((dir) => filesUnder(join(ROOT, dir), /\.(ts|tsx)$/))
      .map((f) => readFileSync(f, 'utf8'));
    expect(sources.length).toBeGreaterThan(3);
    const declared = sources.flatMap((s) =>
      [...s.matchAll(/\bmatches:\s*([^,\n]+)/g)].map((m) => m[1]!.trim()),
    );
    expect(declared.sort()).toStrictEqual([
      'ALIBABA_PRODUCT_MATCHES',
      'AMAZON_PRODUCT_MATCHES',
      'CONSOLE_MATCHES',
    ]);
    for (const s of sources) expect(s).not.toMatch(/host_permissions|registerContentScripts|<all_urls>/);
  });
});

describe('manifest from wxt.config.ts', () => {
  const manifestFor = (browser: string) => {
    const m = config.manifest;
    return typeof m === 'function'
      ? m({ browser, manifestVersion: 3, mode: 'production', command: 'build' })
      : (m ?? {});
  };

  it('asks for storage and alarms, and no hosts; notifications and one server only when the operator asks', async () => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest = (await manifestFor(browser)) as Record<string, unknown>;
      // Issue 17: alarms for team sync's round each minute while connected.
      expect(manifest.permissions, browser).toStrictEqual(['storage', 'alarms']);
      // Issue 15: alerts as browser notifications, requested by a click in settings (permissions.request).
      expect(manifest.optional_permissions, browser).toStrictEqual(['notifications']);
      // Issue 17: the team's CouchDB server, requested by the click on Connect for its scheme and host only
      // (components/TeamSettings.tsx); nothing is granted at install.
      expect(manifest.optional_host_permissions, browser).toStrictEqual(['https://*/*', 'http://*/*']);
      for (const key of [
        'host_permissions',
        'externally_connectable',
        'content_security_policy',
        'content_scripts',
      ])
        expect(manifest, `${browser}: ${key}`).not.toHaveProperty(key);
    }
  });

  it('lets the console pages load the console reader and product pages the card, nothing else (issue 16)', async () => {
    const originsOf = (patterns: string[]) => [
      ...new Set(patterns.map((p) => `https://${PATTERN.exec(p)!.groups!.host}/*`)),
    ];
    const consoles = originsOf(EXPECTED_CONSOLE);
    const products = originsOf(EXPECTED_PRODUCT);
    expect([consoles.length, products.length]).toStrictEqual([22, 10]);
    for (const browser of ['chrome', 'firefox']) {
      const manifest = (await manifestFor(browser)) as Record<string, unknown>;
      // In Chrome from an address that changes every session, so a page cannot probe a fixed one.
      const dynamic = browser === 'chrome' ? { use_dynamic_url: true } : {};
      expect(manifest.web_accessible_resources, browser).toStrictEqual([
        { resources: ['console-main.js'], matches: consoles, ...dynamic },
        { resources: ['product-card.js'], matches: products, ...dynamic },
      ]);
    }
  });

  it('has no other keys than the pinned ones', async () => {
    expect(Object.keys((await manifestFor('chrome')) as object).sort()).toStrictEqual(
      [
        'default_locale',
        'description',
        'name',
        'optional_host_permissions',
        'optional_permissions',
        'permissions',
        'web_accessible_resources',
      ].sort(),
    );
  });
});
