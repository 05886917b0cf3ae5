import { describe, expect, it } from 'vitest';
import { CONSOLE_ADAPTERS } from '../../lib/sites/console-adapters';
import { mayHaveTable, probePage } from '../../lib/sites/probe';
import { parseHtml } from '../../scripts/html';
import { readFixture as fixtureHtml, fixturePages, pageFixtures } from '../helpers/fixtures';
import { attachDeclarativeShadowRoots, generateCases, PAGES, SHAPES } from '../shapes';

// The console content script's first look (lib/sites/probe.ts) decides whether the reader is loaded at all: a
// page it passes over is silence. Oracles: each fixture's facts file (written from the page, not from the
// probe) and the shape generator's cases, every one of which holds a table the reader is meant to read.

const CONSOLE = new Set(CONSOLE_ADAPTERS.map((a) => a.id));
const fixtures = fixturePages()
  .filter((p) => CONSOLE.has(p))
  .flatMap((p) => pageFixtures<{ status?: string; reason?: string }>(p));

describe('the first look on console pages', () => {
  it('passes every fixture the reader reads, empties and partial readings included', () => {
    const read = fixtures.filter(
      (f) => f.facts.status === 'ok' || f.facts.status === 'empty' || f.facts.recognised,
    );
    expect(read.length).toBeGreaterThan(25);
    const missed = read.filter((f) => !probePage(parseHtml(fixtureHtml(f.rel), f.facts.url)));
    expect(missed.map((f) => f.rel)).toStrictEqual([]);
  });

  it('passes over sign-in, captcha and signed-out pages', () => {
    const nothing = fixtures.filter((f) => /sign|captcha/.test(f.facts.reason ?? ''));
    expect(nothing.length).toBeGreaterThanOrEqual(2);
    for (const f of nothing) expect(probePage(parseHtml(fixtureHtml(f.rel), f.facts.url)), f.rel).toBe(false);
  });

  it('passes a case of every page kind in every markup shape, tables in shadow roots included', () => {
    const seen = new Set<string>();
    const sample = generateCases().filter((c) => {
      const pair = `${c.page}/${c.shape}`;
      if (seen.has(pair)) return false;
      seen.add(pair);
      return true;
    });
    expect(sample.length).toBe(PAGES.length * SHAPES.length);
    const missed = sample.filter((c) => {
      const doc = parseHtml(c.html, c.url);
      attachDeclarativeShadowRoots(doc);
      return !probePage(doc);
    });
    expect(missed.map((c) => c.id)).toStrictEqual([]);
  });

  it('looks into open shadow roots only when the document text is not enough', () => {
    const doc = parseHtml(
      '<!DOCTYPE html><body><main><app-root></app-root></main></body>',
      'https://x.test/',
    );
    expect(probePage(doc)).toBe(false);
    const shadow = doc.querySelector('app-root')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><span>Sessions</span><span>Units Ordered</span><span>SKU</span></div>';
    expect(probePage(doc)).toBe(true);
  });

  it('passes over an unrelated table, and reads it once the operator taught one of its columns', () => {
    const html = `<!DOCTYPE html><body><h1>Manage Orders</h1><table><thead><tr><th>Order date</th><th>Order ID</th>
      <th>Buyer name</th><th>Ship by</th></tr></thead><tbody><tr><td>Nov 3, 2026</td><td>113-2020</td><td>J. Doe</td>
      <td>Nov 5</td></tr></tbody></table></body>`;
    const doc = parseHtml(html, 'https://sellercentral.amazon.com/inventory');
    expect(probePage(doc)).toBe(false);
    expect(probePage(doc, ['buyer NAME'])).toBe(true);
    expect(probePage(doc, ['Besucher'])).toBe(false);
  });

  it('needs three fields of one kind of table, in any of the console languages', () => {
    expect(mayHaveTable('Sessions — Units Ordered')).toBe(false);
    expect(mayHaveTable('Sessions — Units Ordered — SKU')).toBe(true);
    expect(mayHaveTable('セッション数 - 合計 ... タイトル ... ページビュー')).toBe(true);
    expect(mayHaveTable('商品 商品访客数 商品浏览量')).toBe(true);
    expect(mayHaveTable('Impressions and Clicks')).toBe(false);
    expect(mayHaveTable('Impressions, Clicks and Spend')).toBe(true);
    // Labels of one field are one field; fields of two kinds of table do not add up.
    expect(mayHaveTable('Sessions - Total, Sessions, 会话数')).toBe(false);
    expect(mayHaveTable('Sessions, Page Views, 展现量')).toBe(false);
  });
});
