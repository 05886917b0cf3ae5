import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkPage, withPageWalk } from '../../lib/sites/context/scan';
import { parseHtml } from '../../scripts/html';

// A read lists the page's context elements once for its four looks (lib/sites/console-table.ts). The list must
// be visited as the page walk visits the page itself, subtrees skipped where a look says so, and dropped when
// the read returns: a page changed after it is walked afresh.

const DIR = join(import.meta.dirname, '../fixtures');
const pages = ['amazon', 'tmall']
  .flatMap((p) => readdirSync(join(DIR, p), { recursive: true, encoding: 'utf8' }).map((f) => join(p, f)))
  .filter((f) => f.endsWith('.html'));

// Visits in order; skips the subtrees of every third element that has children.
const trace = (doc: Document) => {
  const out: string[] = [];
  let n = 0;
  walkPage(doc, (el) => {
    out.push(`${el.tagName}.${el.getAttribute('class') ?? ''}`);
    return !(el.firstElementChild && ++n % 3 === 0);
  });
  return out;
};

describe('the page walk, listed once per read', () => {
  it(`visits what the walk visits, skips included, on ${pages.length} fixture pages`, () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const f of pages) {
      const doc = parseHtml(readFileSync(join(DIR, f), 'utf8'), 'https://sellercentral.amazon.com/');
      const plain = trace(doc);
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
