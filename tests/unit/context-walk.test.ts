import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkPage, withPageWalk } from '../../lib/sites/context/scan';
import { parseHtml } from '../../scripts/html';

// A read lists the page's context elements once for its four looks (lib/sites/console-table.ts). A look that
// skips an element's subtree must skip exactly what the DOM holds under it, on a fresh list and on one reused,
// and the list is dropped when the read returns: a page changed after it is walked afresh.

const DIR = join(import.meta.dirname, '../fixtures');
const pages = ['amazon', 'tmall']
  .flatMap((p) => readdirSync(join(DIR, p), { recursive: true, encoding: 'utf8' }).map((f) => join(p, f)))
  .filter((f) => f.endsWith('.html'));

// Visits in order; skips the subtrees of every third element that has children.
const skips = (el: Element, n: number) => el.firstElementChild !== null && n % 3 === 0;
const trace = (doc: Document) => {
  const out: string[] = [];
  let n = 0;
  walkPage(doc, (el) => {
    out.push(`${el.tagName}.${el.getAttribute('class') ?? ''}`);
    return !(el.firstElementChild && skips(el, ++n));
  });
  return out;
};
// The same visits told from the whole walk and the DOM's own containment (shadow hosts included): an
// element is visited unless it lies inside an element whose subtree was skipped.
const inside = (el: Node, outer: Element) => {
  for (let p: Node | null = el; p; p = p.parentNode ?? (p as ShadowRoot).host ?? null)
    if (p === outer) return true;
  return false;
};
const expected = (doc: Document) => {
  const all: Element[] = [];
  walkPage(doc, (el) => {
    all.push(el);
    return true;
  });
  const skipped: Element[] = [];
  const out: string[] = [];
  let n = 0;
  for (const el of all) {
    if (skipped.some((s) => s !== el && inside(el, s))) continue;
    out.push(`${el.tagName}.${el.getAttribute('class') ?? ''}`);
    if (el.firstElementChild && skips(el, ++n)) skipped.push(el);
  }
  return out;
};

describe('the page walk, listed once per read', () => {
  it(`visits what the walk visits, skips included, on ${pages.length} fixture pages`, () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const f of pages) {
      const doc = parseHtml(readFileSync(join(DIR, f), 'utf8'), 'https://sellercentral.amazon.com/');
      const plain = expected(doc);
      expect(trace(doc), f).toStrictEqual(plain);
      const [first, second] = withPageWalk(doc, () => [trace(doc), trace(doc)]);
      expect(first, f).toStrictEqual(plain);
      expect(second, f).toStrictEqual(plain);
    }
  });

  it('is dropped when the read returns', () => {
    const doc = parseHtml('<!doctype html><body><div id="a"><span>x</span></div></body>', 'https://x.test/');
    expect(withPageWalk(doc, () => trace(doc))).toStrictEqual(['BODY.', 'DIV.', 'SPAN.']);
    doc.getElementById('a')!.append(doc.createElement('b'));
    expect(trace(doc)).toStrictEqual(['BODY.', 'DIV.', 'SPAN.', 'B.']);
    expect(withPageWalk(doc, () => trace(doc))).toStrictEqual(['BODY.', 'DIV.', 'SPAN.', 'B.']);
  });
});
