import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace, textOf } from '../../lib/sites/dom';
import { parseHtml } from '../../scripts/html';

// textOf skips collapsing a cell's text that is already clean (words with single spaces): the shortcut must
// give what collapsing always gives. The oracle is the plain definition: icon-font glyphs (the Private Use
// Area) dropped, every run of whitespace (any kind, zero-width spaces too) one space, trimmed.

const PUA = /[\ue000-\uf8ff]/g;
const oracle = (s: string) => collapseSpace(s.replace(PUA, ''));
const doc = parseHtml(
  '<!doctype html><html><body><div id="c"></div><div id="n"></div></body></html>',
  'https://x.test/',
);
const leaf = doc.getElementById('c')!;
const nested = doc.getElementById('n')!;

const piece = fc.oneof(
  fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2002',
    '\u200b',
    '\u202f',
    '\u3000',
    '\ufeff',
    '\ue001',
  ),
  fc.stringMatching(/^[A-Za-z0-9$%.,]{1,6}$/),
  fc.constantFrom('销售额', 'Umsatz', '—'),
);
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

describe("textOf's whitespace", () => {
  it('is what collapsing gives, for 20,000 texts in a leaf cell and across elements', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        leaf.textContent = a;
        expect(textOf(leaf)).toBe(oracle(a));
        nested.replaceChildren(doc.createElement('span'), doc.createElement('span'));
        nested.children[0]!.textContent = a;
        nested.children[1]!.textContent = b;
        expect(textOf(nested)).toBe(oracle(a + b));
      }),
      { numRuns: 20_000 },
    );
  });
});
