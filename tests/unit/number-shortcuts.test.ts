import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NumberContext, type NumberKind, parseNumber, parseNumberGeneral } from '../../lib/parse';

// parseNumber reads the commonest cell shapes (`1,234`, `$1,234.56`, `$ 1.42` beside a bid input, `12.5%`, a
// lone dash) by shortcuts; every other text goes through normalising and the general expression. The
// shortcuts must never change a result: for cell-like texts, with and without them, every kind and context.

const KINDS: NumberKind[] = ['money', 'count', 'rate', 'ratio', 'number'];
const CONTEXTS: NumberContext[] = [
  { decimal: '.', currency: 'USD' },
  { decimal: '.', currency: 'JPY' },
  { decimal: '.', currency: 'GBP' },
  { decimal: '.' },
  {},
];

const grouped = fc
  .tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 3 }))
  .map(([head, rest]) => [String(head), ...rest.map((g) => String(g).padStart(3, '0'))].join(','));
// Grouped-looking numbers whose first group starts with 0 (`0,123` is a fraction, `01,234` is not grouping).
const zeroHead = fc
  .tuple(
    fc.constantFrom('0', '00', '01', '012', '0123'),
    fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 2 }),
  )
  .map(([head, rest]) => [head, ...rest.map((g) => String(g).padStart(3, '0'))].join(','));
const digits = fc.oneof(
  grouped,
  zeroHead,
  fc.nat({ max: 10_000_000 }).map(String),
  fc.constantFrom('0', '00', '007'),
);
const cell = fc
  .tuple(
    fc.constantFrom('', '$', '€', '£', '$ ', '£ ', '¥', 'US$'),
    digits,
    fc.option(fc.stringMatching(/^[0-9]{1,4}$/), { nil: undefined }),
    fc.constantFrom('', '%', ' %'),
  )
  .map(([cur, int, frac, pct]) => `${cur}${int}${frac === undefined ? '' : `.${frac}`}${pct}`);
// Anything in the shortcut's alphabet: leading zeros, stray commas and dots, groups of two or four, `0,123`.
const near = fc.stringMatching(/^[$€£]? ?[0-9,.]{1,12} ?%?$/);
const dash = fc.constantFrom('—', '-', '--', '–', '−', '~', '.', '/', '_', '-%');

describe('parseNumber shortcuts', () => {
  it('give what the general path gives, for 30,000 cell-like texts', () => {
    fc.assert(
      fc.property(
        fc.oneof(cell, near, dash),
        fc.constantFrom(...KINDS),
        fc.constantFrom(...CONTEXTS),
        (t, k, c) => {
          expect(parseNumber(t, k, c)).toStrictEqual(parseNumberGeneral(t, k, c));
        },
      ),
      { numRuns: 30_000 },
    );
  });

  it('read the bid input shape and the dash as the page shows them', () => {
    expect(parseNumber('$ 1.42', 'money', { decimal: '.', currency: 'USD' })).toStrictEqual({
      ok: true,
      value: 1.42,
      lowerBound: false,
      currency: 'USD',
    });
    expect(parseNumber('—', 'money', { decimal: '.', currency: 'USD' })).toMatchObject({
      ok: false,
      reason: 'dash',
    });
  });
});
