import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SnapshotRecord as RecordSchema } from '../../lib/model';
import { type NumberContext, type NumberKind, parseFirstNumber, parseNumber } from '../../lib/parse';
import { readRows } from '../../lib/sites/read-rows';
import { cellText, intl } from '../helpers/cell-texts';
import { TABLES, type TableSpec } from '../helpers/mutate';
import { syntheticGrid } from '../helpers/synthetic-grid';

// Issue 6, fuzz: the number parser and every table adapter's cell parsing take at least 100,000 random inputs
// a run, never throw and never produce NaN or Infinity; records built from fuzzed cells pass the schema; and
// (issue 12) a number formatted by Intl.NumberFormat, never by us, in each locale format we read parses back
// to its value. Each test draws its own inputs and builds its own grid, so any order or subset of them
// checks the same thing (`vitest --sequence.shuffle`). FUZZ_SEED=<seed> replays a whole run.

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const INPUTS = 100_000;

const KINDS: NumberKind[] = ['money', 'count', 'rate', 'ratio', 'number'];
const CONTEXTS: NumberContext[] = [
  { decimal: '.', currency: 'USD' },
  { decimal: ',', currency: 'EUR' },
  { decimal: '.', currency: 'JPY' },
  { decimal: '.', currency: 'CNY' },
  {},
];

const FIGURES: string[] = [];
afterAll(() => console.log(`[fuzz] seed=${SEED}; ${FIGURES.join('; ')}`));

describe(`the number parser (seed ${SEED})`, () => {
  it(`takes ${INPUTS} random cells without throwing or returning NaN/Infinity`, () => {
    let parsed = 0;
    fc.assert(
      fc.property(cellText, fc.constantFrom(...KINDS), fc.constantFrom(...CONTEXTS), (text, kind, ctx) => {
        for (const p of [parseNumber(text, kind, ctx), parseFirstNumber(text, kind, ctx)]) {
          if (!p.ok) continue;
          parsed++;
          if (!Number.isFinite(p.value)) return false;
          if (kind === 'count' && !Number.isInteger(p.value)) return false;
          if (p.currency !== undefined && !/^[A-Z]{3}$/.test(p.currency)) return false;
        }
        return true;
      }),
      { numRuns: INPUTS, seed: SEED },
    );
    FIGURES.push(`parser: ${INPUTS} inputs × 2 functions, ${parsed} read as numbers`);
  });
});

const SECOND_LINES = fc.constantFrom('较前7日 +32.32%', '较前7日 -0.5%', '库存紧张', '', '−1,234', '12万+');

/** Fills a fresh grid of the table's cells with random texts `runs` times; `check` sees each reading. */
function fuzzCells(
  id: string,
  spec: TableSpec,
  runs: number,
  check: (metrics: Record<string, number>, ctx: NumberContext) => void,
) {
  const { grid, columns, setters, cells } = syntheticGrid(spec);
  let stored = 0;
  fc.assert(
    fc.property(
      fc.array(cellText, { minLength: cells, maxLength: cells }),
      SECOND_LINES,
      fc.constantFrom(...spec.contexts),
      (texts, second, ctx) => {
        for (const [i, set] of setters.entries()) set(texts[i]!, second);
        for (const row of readRows(grid, columns, spec.fields, ctx).rows) {
          const metrics = row.metrics as Record<string, number>;
          stored += Object.keys(metrics).length;
          check(metrics, ctx);
        }
      },
    ),
    { numRuns: Math.ceil(runs / cells), seed: seedOf(id) },
  );
  return { cells: Math.ceil(runs / cells) * cells, stored };
}
const seedOf = (id: string) =>
  [...id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0, SEED);

describe.each(Object.entries(TABLES))(`%s cells (seed ${SEED})`, (id, spec) => {
  it(`reads ${INPUTS} random cells without throwing or producing NaN/Infinity`, () => {
    const { cells, stored } = fuzzCells(id, spec, INPUTS, (metrics) => {
      for (const [m, v] of Object.entries(metrics)) expect(Number.isFinite(v), `${m}=${v}`).toBe(true);
    });
    FIGURES.push(`${id}: ${cells} cells, ${stored} numbers stored`);
  });

  // Regression (issue 6): lib/sites/read-rows.ts stored negative counts and rates, and one such record made the
  // whole capture fail validation in the background. (It used to read what the test above had collected.)
  it('builds only records that pass the schema', () => {
    const platform = spec.reader === 'console' ? 'amazon' : 'tmall';
    fuzzCells(`${id}:schema`, spec, INPUTS / 5, (metrics, ctx) => {
      const record = {
        kind: 'listing',
        source: id,
        platform,
        marketplace: `${platform}.com`,
        key: 'K1',
        currency: ctx.currency ?? 'USD',
        capturedAt: '2026-11-21T10:00:00.000Z',
        url: 'https://example.com/',
        metrics,
        attrs: {},
      };
      if (RecordSchema.safeParse(record).success) return;
      const bad = Object.keys(metrics).filter(
        (m) => !RecordSchema.safeParse({ ...record, metrics: { [m]: metrics[m] } }).success,
      );
      expect(bad.length ? bad.map((m) => `${m}=${metrics[m]}`) : record).toStrictEqual([]);
    });
  });
});

// Round trips: Intl.NumberFormat writes a number as each locale prints it; the parser must read back the value
// within what the format kept (half a unit of its last digit). The decimal mark is each locale's, by hand.
const DECIMAL: Record<string, '.' | ','> = {
  'en-US': '.',
  'de-DE': ',',
  'fr-FR': ',',
  'ja-JP': '.',
  'zh-CN': '.',
};
const LOCALES = Object.keys(DECIMAL);
const ROUND_TRIPS = 20_000;
const near = (got: number, want: number, step: number) =>
  Math.abs(got - want) <= step / 2 + Math.abs(want) * 1e-12;

function roundTrip(
  name: string,
  arb: fc.Arbitrary<{
    text: string;
    value: number;
    step: number;
    kind: NumberKind;
    ctx: NumberContext;
    currency?: string;
  }>,
) {
  it(`${name} parses back to its value (${ROUND_TRIPS} numbers)`, () => {
    fc.assert(
      fc.property(arb, ({ text, value, step, kind, ctx, currency }) => {
        const p = parseNumber(text, kind, ctx);
        expect(p, text).toMatchObject({ ok: true });
        if (!p.ok) return;
        expect(near(p.value, value, step), `${text} read as ${p.value}, was ${value}`).toBe(true);
        if (currency) expect(p.currency, text).toBe(currency);
      }),
      { numRuns: ROUND_TRIPS, seed: seedOf(name) },
    );
  });
}

const amount = (max: number) =>
  fc.oneof(fc.double({ min: -max, max, noNaN: true }), fc.integer({ min: -1e6, max: 1e6 }));

describe(`numbers formatted by Intl.NumberFormat read back (seed ${SEED})`, () => {
  roundTrip(
    'a decimal in en-US, de-DE, fr-FR, ja-JP and zh-CN, grouped or not, 0-4 fraction digits',
    fc
      .record({
        n: amount(1e12),
        locale: fc.constantFrom(...LOCALES),
        d: fc.integer({ min: 0, max: 4 }),
        group: fc.boolean(),
      })
      .map(({ n, locale, d, group }) => ({
        text: intl(locale, { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: group }).format(
          n,
        ),
        value: n,
        step: 10 ** -d,
        kind: 'number' as const,
        ctx: { decimal: DECIMAL[locale]! },
      })),
  );

  // Counts up to 5×10^11 (no console prints more): above that lib/parse/number.ts's roundTo(value, 6) loses the
  // integer about half the time, and the count is refused as `not-integer` (the known bug below).
  roundTrip(
    'a count in each locale',
    fc
      .record({ n: fc.integer({ min: 0, max: 5e11 }), locale: fc.constantFrom(...LOCALES) })
      .map(({ n, locale }) => ({
        text: intl(locale, { maximumFractionDigits: 0 }).format(n),
        value: n,
        step: 0,
        kind: 'count' as const,
        ctx: { decimal: DECIMAL[locale]! },
      })),
  );
  it.fails('known bug: a count of 893,353,197,547 is refused as not-integer (fix it, then make this a plain it)', () => {
    expect(parseNumber(intl('en-US', {}).format(893353197547), 'count')).toMatchObject({
      value: 893353197547,
    });
  });

  // The currencies each locale's marketplaces print, with the symbol Intl gives them: $, CA$, £, €, ￥, ¥, US$.
  const MONEY: [string, string][] = [
    ['en-US', 'USD'],
    ['en-US', 'CAD'],
    ['en-US', 'GBP'],
    ['de-DE', 'EUR'],
    ['fr-FR', 'EUR'],
    ['ja-JP', 'JPY'],
    ['zh-CN', 'CNY'],
    ['zh-CN', 'USD'],
  ];
  roundTrip(
    'money with its currency symbol in each locale (yen without fractions)',
    fc
      .record({ n: amount(1e10), pair: fc.constantFrom(...MONEY), cents: fc.boolean() })
      .map(({ n, pair, cents }) => {
        const [locale, currency] = pair;
        const d = currency === 'JPY' || !cents ? 0 : 2;
        return {
          text: intl(locale, {
            style: 'currency',
            currency,
            minimumFractionDigits: d,
            maximumFractionDigits: d,
          }).format(n),
          value: n,
          step: 10 ** -d,
          kind: 'money' as const,
          ctx: { decimal: DECIMAL[locale]!, currency },
          currency,
        };
      }),
  );

  roundTrip(
    'a percentage in each locale, read as a rate (12,5 % -> 0.125)',
    fc
      .record({
        n: fc.double({ min: -100, max: 100, noNaN: true }),
        locale: fc.constantFrom(...LOCALES),
        d: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ n, locale, d }) => ({
        text: intl(locale, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }).format(
          n,
        ),
        value: n,
        step: 10 ** -(d + 2),
        kind: 'rate' as const,
        ctx: { decimal: DECIMAL[locale]! },
      })),
  );

  // 万 and 亿 (zh-CN), 万 and 億 (ja-JP), Mio. and Mrd. (de-DE). Up to 9×10^11: from 10^12 (and what rounds to
  // it) zh-CN writes 万亿, which no console prints and the parser does not read.
  const COMPACT = ['zh-CN', 'ja-JP', 'de-DE'];
  roundTrip(
    'a compact number (1.23万, 4.5億, 1,2 Mio.)',
    fc
      .record({ n: amount(9e11), locale: fc.constantFrom(...COMPACT), d: fc.integer({ min: 0, max: 2 }) })
      .map(({ n, locale, d }) => {
        const text = intl(locale, { notation: 'compact', maximumFractionDigits: d }).format(n);
        const unit = /[亿億]|Mrd/.test(text)
          ? /Mrd/.test(text)
            ? 1e9
            : 1e8
          : /万|Mio/.test(text)
            ? /Mio/.test(text)
              ? 1e6
              : 1e4
            : 1;
        return {
          text,
          value: n,
          step: 10 ** -d * unit,
          kind: 'number' as const,
          ctx: { decimal: DECIMAL[locale]! },
        };
      }),
  );
});
