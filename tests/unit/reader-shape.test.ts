import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childrenOf, childrenShaped } from '../../lib/sites/reader/tree';
import { parseHtml } from '../../scripts/html';

// The body-row check (lib/sites/reader/body.ts) compares a row's children with the header row's, child by
// child, in one pass that stops at the first difference. It must say what the plain definition says: the
// row's visible children (childrenOf: scripts, styles and templates left out) have exactly the header's tags.

const doc = parseHtml('<!doctype html><html><body><div id="r"></div></body></html>', 'https://x.test/');
const row = doc.getElementById('r')!;
const TAGS = ['DIV', 'SPAN', 'TD', 'KAT-TABLE-CELL', 'SCRIPT', 'STYLE', 'TEMPLATE'] as const;
const visible = TAGS.filter((t) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(t));
const plain = (el: Element, shape: string[]) => {
  const kids = childrenOf(el);
  return kids.length === shape.length && kids.every((k, i) => k.tagName === shape[i]) ? kids : undefined;
};

describe('a row shaped like the header', () => {
  it('is what comparing all its visible children gives, for 20,000 rows', () => {
    let matched = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TAGS), { maxLength: 9 }),
        fc.array(fc.constantFrom(...visible), { maxLength: 7 }),
        fc.boolean(),
        (tags, shape, copy) => {
          // Half the rows are the header's own tags with invisible children mixed in: those must match.
          const kids = copy ? shape.flatMap((t, i) => (i % 2 ? [t, 'SCRIPT'] : [t])) : tags;
          row.replaceChildren(...kids.map((t) => doc.createElement(t)));
          const got = childrenShaped(row, shape);
          expect(got).toStrictEqual(plain(row, shape));
          if (got) matched++;
        },
      ),
      { numRuns: 20_000 },
    );
    expect(matched).toBeGreaterThan(5_000);
  });

  it('a shadow host is judged by the children it renders', () => {
    const host = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).append(doc.createElement('span'), doc.createElement('span'));
    expect(childrenShaped(host, ['SPAN', 'SPAN'])).toHaveLength(2);
    expect(childrenShaped(host, ['SPAN'])).toBeUndefined();
  });
});
