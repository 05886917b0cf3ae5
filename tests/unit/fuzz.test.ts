import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { SnapshotRecord as RecordSchema } from '../../lib/model';
import { type NumberContext, type NumberKind, parseFirstNumber, parseNumber } from '../../lib/parse';
import { readRows } from '../../lib/sites/read-rows';
import type { Grid } from '../../lib/sites/table';
import { TABLES, type TableSpec } from '../helpers/mutate';

// Issue 6, fuzz: the number parser and every table adapter's cell parsing take at least 100,000 random inputs
// a run, never throw and never produce NaN or Infinity; records built from fuzzed cells pass the schema.
// A failure prints fast-check's seed and path; FUZZ_SEED=<seed> replays a whole run.

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const INPUTS = 100_000;

// Characters and tokens consoles print around numbers, in every script we meet, plus things they should not.
const TOKENS = [
  ...'0123456789',
  ...".,'%+-−—–()~_/ ",
  '\u00a0',
  '\u202f',
  '\u3000',
  '\u200b',
  '\ue001',
  ...'$€£¥￥元円万亿萬億千kKM１２０，．％eEx',
  'US$',
  'CA$',
  'USD',
  'EUR',
  'CNY',
  'RMB',
  'JPY',
  'Tsd.',
  'Mio.',
  'Mrd.',
  'N/A',
  '--',
  '暂无',
  'NaN',
  'Infinity',
  '1e308',
  '9'.repeat(40),
];
const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 16 }).map((a) => a.join(''));

const formats = new Map<string, Intl.NumberFormat>();
const formatted = fc
  .record({
    n: fc.oneof(fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 })),
    locale: fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'de-CH', 'ja-JP', 'zh-CN', 'en-IN', 'ar-EG', 'es-ES'),
    style: fc.constantFrom('decimal', 'percent', 'currency'),
    currency: fc.constantFrom('USD', 'EUR', 'JPY', 'CNY', 'GBP', 'CAD'),
    digits: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ n, locale, style, currency, digits }) => {
    const id = `${locale}|${style}|${currency}|${digits}`;
    if (!formats.has(id))
      formats.set(
        id,
        new Intl.NumberFormat(locale, {
          style,
          currency,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }),
      );
    return formats.get(id)!.format(n);
  });

/** What a table cell may hold: number-like soup, numbers as locales format them, or any string at all. */
const cellText = fc.oneof(
  { weight: 4, arbitrary: soup },
  { weight: 4, arbitrary: formatted },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
);

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

// A tiny grid read by the adapter's own row reader. Each row draws its cells differently: plain text, text in a
// wrapper, an <input> (Seller Central prices and bids), and a value over a second line (生意参谋's `较前7日`).
const SHAPES = ['text', 'wrapped', 'input', 'twoLines'] as const;
const SECOND_LINES = fc.constantFrom('较前7日 +32.32%', '较前7日 -0.5%', '库存紧张', '', '−1,234', '12万+');

function syntheticGrid(spec: TableSpec) {
  const doc = new Window().document as unknown as Document;
  const metricFields = Object.keys(spec.fields).filter((f) => spec.fields[f]!.metric);
  const root = doc.createElement('div');
  const setters: ((a: string, b: string) => void)[] = [];
  const rows = SHAPES.map((shape) => {
    const row = root.appendChild(doc.createElement('div'));
    const cells = metricFields.map(() => {
      const cell = row.appendChild(doc.createElement('div'));
      const main = doc.createTextNode('');
      const second = doc.createTextNode('');
      if (shape === 'text') cell.appendChild(main);
      else if (shape === 'wrapped') cell.appendChild(doc.createElement('span')).appendChild(main);
      else if (shape === 'twoLines') {
        cell.appendChild(doc.createElement('div')).appendChild(main);
        cell.appendChild(doc.createElement('div')).appendChild(second);
      }
      const input = shape === 'input' ? cell.appendChild(doc.createElement('input')) : undefined;
      setters.push((a, b) => {
        if (input) input.setAttribute('value', a);
        else main.data = a;
        second.data = b;
      });
      return cell;
    });
    return { row, cells };
  });
  const grid: Grid = {
    root,
    headers: metricFields,
    headerCells: [],
    rows: rows.map((r) => r.cells),
    rowElements: rows.map((r) => r.row),
  };
  const columns = Object.fromEntries(metricFields.map((f, i) => [f, i]));
  return { grid, columns, setters, cells: setters.length };
}

describe.each(Object.entries(TABLES))(`%s cells (seed ${SEED})`, (id, spec) => {
  const { grid, columns, setters, cells } = syntheticGrid(spec);
  const runs = Math.ceil(INPUTS / cells);
  const invalid: string[] = [];

  it(`reads ${runs * cells} random cells without throwing or producing NaN/Infinity`, () => {
    let stored = 0;
    fc.assert(
      fc.property(
        fc.array(cellText, { minLength: cells, maxLength: cells }),
        SECOND_LINES,
        fc.constantFrom(...spec.contexts),
        (texts, second, ctx) => {
          for (const [i, set] of setters.entries()) set(texts[i]!, second);
          const read = readRows(grid, columns, spec.fields, ctx);
          for (const row of read.rows) {
            const metrics = row.metrics as Record<string, number>;
            if (Object.values(metrics).some((v) => !Number.isFinite(v))) return false;
            stored += Object.keys(metrics).length;
            const record = {
              kind: 'listing',
              source: id,
              platform: spec.reader === 'console' ? 'amazon' : 'tmall',
              marketplace: spec.reader === 'console' ? 'amazon.com' : 'tmall.com',
              key: 'K1',
              currency: ctx.currency ?? 'USD',
              capturedAt: '2026-11-21T10:00:00.000Z',
              url: 'https://example.com/',
              metrics,
              attrs: {},
            };
            if (invalid.length < 5 && !RecordSchema.safeParse(record).success) {
              const bad = Object.entries(metrics).filter(
                ([m]) => !RecordSchema.safeParse({ ...record, metrics: { [m]: metrics[m] } }).success,
              );
              invalid.push(`${JSON.stringify(bad)} from ${JSON.stringify(texts)}`);
            }
          }
          return true;
        },
      ),
      { numRuns: runs, seed: SEED },
    );
    FIGURES.push(`${id}: ${runs * cells} cells, ${stored} numbers stored`);
  });

  // Regression (issue 6): lib/sites/read-rows.ts stored negative counts and rates, and one such record made the
  // whole capture fail validation in the background.
  it('builds only records that pass the schema', () => {
    expect(invalid).toStrictEqual([]);
  });
});
