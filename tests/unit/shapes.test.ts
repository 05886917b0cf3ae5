import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../lib/model';
import { adapterFor } from '../../lib/sites';
import { parseHtml } from '../../scripts/html';
import {
  AMAZON_LANGS,
  attachDeclarativeShadowRoots,
  generateCaseDetails,
  generateCases,
  PAGES,
  SHAPES,
  type ShapeCase,
} from '../shapes';
import { esc } from '../shapes/format';

// The shape-family cases (tests/shapes/README.md) against the current reader. The oracle is the generator's
// own data; many cases are expected to fail until the table reader that reads what a person sees lands.

const CAPTURED_AT = '2026-11-21T10:00:00.000Z';
const details = generateCaseDetails();
const cases = details.map((d) => d.case);

// Parsing every case takes about a minute on two cores: by default the reader runs on one case per page kind
// and shape (rotating language and context), every case with SHAPES_ALL=1.
const pairIndex = new Map<string, number>();
const sample = cases.filter((c) => {
  const pair = `${c.page}/${c.shape}`;
  const n = pairIndex.get(pair) ?? 0;
  pairIndex.set(pair, n + 1);
  return (
    process.env.SHAPES_ALL === '1' ||
    n === (PAGES.indexOf(c.page) + SHAPES.findIndex((s) => s.id === c.shape)) % 4
  );
});

/** The text of a record key that the page itself prints (the ad group / item id parts come from the URL). */
function keyTexts(c: ShapeCase, key: string): string[] {
  if (c.page === 'amazon.ads-keywords') {
    const m = /^(.*) \[(EXACT|PHRASE|BROAD)\] @(\d+)$/.exec(key)!;
    return [m[1]!];
  }
  if (c.page === 'amazon.ads-search-terms') return [key.replace(/ @\d+$/, '')];
  if (c.page === 'tmall.sycm-keywords' || c.page === 'tmall.subway-keywords') return [key.split('|').at(-1)!];
  return [key];
}
const keyIds = (c: ShapeCase, key: string) =>
  c.page === 'amazon.ads-keywords' || c.page === 'amazon.ads-search-terms'
    ? [/@(\d+)$/.exec(key)![1]!]
    : c.page === 'tmall.sycm-keywords' || c.page === 'tmall.subway-keywords'
      ? [key.split('|')[0]!]
      : [];

describe('shape generator', () => {
  it('makes 300-1500 cases with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(cases.length).toBeLessThanOrEqual(1500);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) expect(c.id).toBe(`${c.page}/${c.shape}/${c.lang}/${c.context}`);
  });

  it('is deterministic', () => {
    const again = generateCases({ shape: 'ag-grid-pinned' });
    const first = cases.filter((c) => c.shape === 'ag-grid-pinned');
    expect(again).toStrictEqual(first);
  });

  it('covers every shape, language and context on every page kind', () => {
    for (const page of PAGES) {
      const mine = cases.filter((c) => c.page === page);
      expect(new Set(mine.map((c) => c.shape)).size, page).toBe(SHAPES.length);
      if (page.startsWith('amazon.'))
        expect(new Set(mine.map((c) => c.lang)), page).toStrictEqual(new Set(AMAZON_LANGS));
      const parts = new Set(mine.flatMap((c) => c.context.split('+')));
      const want = page.startsWith('amazon.')
        ? [
            'switcher-text',
            'select-option',
            'aria-selected',
            'kat-dropdown',
            'inline-ue_mid',
            'bootstrap-json',
            'host',
            'none-marketplace',
          ]
        : ['badge-tmall', 'badge-taobao', 'config-isTmall', 'none-store'];
      for (const w of want) expect(parts.has(w), `${page} ${w}`).toBe(true);
      if (page !== 'amazon.inventory' && page !== 'taobao.qianniu-items') {
        const periods = page.startsWith('amazon.')
          ? [
              'url-fromDate',
              'url-startDate',
              'url-start-end',
              'url-dateRange',
              'date-button-text',
              'date-button-long',
              'picker-attrs',
              'none-period',
            ]
          : ['stat-date-text', 'picker-text', 'url-dates', 'none-period'];
        for (const w of periods) expect(parts.has(w), `${page} ${w}`).toBe(true);
      }
    }
  });

  it('prints every expected key and every expected number on the page', () => {
    for (const { case: c, rows } of details) {
      expect(c.html.startsWith('<!DOCTYPE html>'), c.id).toBe(true);
      expect(adapterFor(new URL(c.url))?.id, c.id).toBe(c.page);
      for (const row of rows) {
        for (const t of keyTexts(c, row.key)) expect(c.html.includes(esc(t)), `${c.id} key ${t}`).toBe(true);
        for (const id of keyIds(c, row.key)) expect(c.url.includes(id), `${c.id} id ${id}`).toBe(true);
        for (const [metric, text] of Object.entries(row.shown))
          expect(c.html.includes(esc(text)), `${c.id} ${row.key} ${metric} ${text}`).toBe(true);
      }
      if (c.expected.status === 'partial') expect(c.expected.records).toStrictEqual([]);
      else expect(c.expected.records.length, c.id).toBe(rows.length);
    }
  });

  it('gives layout-only pages CSS that places rows by position', () => {
    const layout = cases.filter((c) => c.layoutOnly);
    expect(layout.length).toBeGreaterThan(0);
    for (const c of layout)
      expect(c.html).toMatch(/position: absolute; left: 0px; top: \d+px; height: \d+px/);
  });
});

interface Outcome {
  result?: Extraction;
  error?: string;
  expectedFields: number;
  /** Metrics of expected records read with the expected value. */
  right: number;
  /** Metrics of expected records with another value, or not shown for that record. */
  wrong: number;
  /** Records whose key the oracle does not have (a wrong identity: name instead of id, lost source). */
  strayRecords: number;
}

const outcomes = new Map<string, Outcome>();

function run(c: ShapeCase): Outcome {
  const known = outcomes.get(c.id);
  if (known) return known;
  const expectedFields = c.expected.records.reduce((a, r) => a + Object.keys(r.metrics).length, 0);
  let out: Outcome;
  try {
    const doc = parseHtml(c.html, c.url);
    attachDeclarativeShadowRoots(doc);
    const url = new URL(c.url);
    const result = adapterFor(url)!.extract(doc, { url, capturedAt: CAPTURED_AT });
    const want = new Map(c.expected.records.map((r) => [r.key, r.metrics]));
    let right = 0;
    let wrong = 0;
    let strayRecords = 0;
    for (const rec of result.records) {
      const exp = want.get(rec.key);
      if (!exp) {
        strayRecords++;
        continue;
      }
      for (const [k, v] of Object.entries(rec.metrics)) {
        if (exp[k] === v) right++;
        else wrong++;
      }
    }
    out = { result, expectedFields, right, wrong, strayRecords };
  } catch (e) {
    out = { error: String(e), expectedFields, right: 0, wrong: 0, strayRecords: 0 };
  }
  outcomes.set(c.id, out);
  return out;
}

describe('current reader on the shape cases', () => {
  for (const c of sample) {
    it(c.id, () => {
      const { result, error } = run(c);
      expect(error).toBeUndefined();
      const r = result!;
      const byKey = new Map(c.expected.records.map((x) => [x.key, x.metrics]));
      // Layout-only cases too: their halves state each row's position in style, which Node reads.
      expect(r.status).toBe(c.expected.status);
      if (c.expected.status === 'partial') {
        for (const m of c.expected.missing ?? []) expect(r.missing).toContain(m);
        expect(r.records).toStrictEqual([]);
        return;
      }
      expect(new Set(r.records.map((x) => x.key))).toStrictEqual(new Set(byKey.keys()));
      for (const rec of r.records) {
        expect(rec.metrics, rec.key).toStrictEqual(byKey.get(rec.key));
        expect(rec.platform).toBe(c.expected.platform);
        expect(rec.marketplace).toBe(c.expected.marketplace);
        expect(rec.period).toStrictEqual(c.expected.period);
        const money = Object.keys(rec.metrics).some((k) =>
          ['price', 'sales', 'spend', 'cpc', 'bid', 'bidPc', 'netSales', 'cpm', 'avgOrderValue'].includes(k),
        );
        if (money) expect(rec.currency).toBe(c.expected.currency);
      }
    });
  }
});

describe('summary', () => {
  it('prints the read rate per page kind and shape', () => {
    const rows: Record<
      string,
      { cases: number; ok: number; fields: number; right: number; wrong: number; stray: number }
    > = {};
    const add = (k: string, c: ShapeCase, o: Outcome) => {
      rows[k] ??= { cases: 0, ok: 0, fields: 0, right: 0, wrong: 0, stray: 0 };
      const s = rows[k];
      s.cases++;
      if (o.result?.status === c.expected.status) s.ok++;
      s.fields += o.expectedFields;
      s.right += o.right;
      s.wrong += o.wrong;
      s.stray += o.strayRecords;
    };
    for (const c of sample) {
      const o = run(c);
      add(`${c.page} | *`, c, o);
      add(`* | ${c.shape}`, c, o);
      add(`${c.page.split('.')[0]} | ${c.shape}`, c, o);
      add('* | *', c, o);
    }
    const lines = Object.entries(rows)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, s]) => {
        const rate = s.fields ? ((100 * s.right) / s.fields).toFixed(1) : '-';
        return `${k.padEnd(48)} cases ${String(s.cases).padStart(4)}  status ok ${String(s.ok).padStart(4)}  fields ${String(s.fields).padStart(6)}  read right ${rate.padStart(5)}%  wrong numbers ${String(s.wrong).padStart(4)}  stray records ${s.stray}`;
      });
    console.log(
      `Shape cases against the current reader (page | shape; ${sample.length} of ${cases.length} cases):\n${lines.join('\n')}`,
    );
    expect(Object.keys(rows).length).toBeGreaterThan(0);
  });
});
