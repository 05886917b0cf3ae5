import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowCells } from '../../lib/sites/reader/headers';
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

// A row's cells: those with a cell role when at least half its children have one, else all its children;
// in aria-colindex order when every cell has a positive whole one (a stable sort), else in document order.
const ROLES = ['gridcell', 'cell', 'columnheader', 'rowheader'];
function plainCells(el: Element): Element[] {
  const kids = childrenOf(el);
  const roled = kids.filter((k) => ROLES.includes(k.getAttribute('role') ?? ''));
  const cells = roled.length > 0 && roled.length * 2 >= kids.length ? roled : kids;
  const at = cells.map((c) => Number(c.getAttribute('aria-colindex')));
  if (!cells[0]?.hasAttribute('aria-colindex') || !at.every((n) => Number.isInteger(n) && n > 0))
    return cells;
  return cells
    .map((c, i) => [c, at[i]!] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([c]) => c);
}

describe("a row's cells", () => {
  it('are what the plain definition gives, for 20,000 rows of mixed roles and column numbers', () => {
    const kid = fc.record({
      role: fc.constantFrom(undefined, 'gridcell', 'cell', 'rowheader', 'presentation', ''),
      col: fc.constantFrom(undefined, '1', '2', '3', '4', '7', '0', '-1', '2.5', 'x', ''),
    });
    fc.assert(
      fc.property(fc.array(kid, { maxLength: 9 }), (kids) => {
        row.replaceChildren(
          ...kids.map(({ role, col }) => {
            const el = doc.createElement('div');
            if (role !== undefined) el.setAttribute('role', role);
            if (col !== undefined) el.setAttribute('aria-colindex', col);
            return el;
          }),
        );
        expect(rowCells(row)).toStrictEqual(plainCells(row));
      }),
      { numRuns: 20_000 },
    );
  });
});
