import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { type Extraction, SnapshotRecord as RecordSchema } from '../../lib/model';
import { adapterFor, CONSOLE_ADAPTERS } from '../../lib/sites';
import { parseHtml } from '../../scripts/html';
import { CAPTURED_AT, extractFixture, fixture, readFixture } from '../helpers/fixtures';
import { type Effect, Journal, MUTATIONS, type MutationKind, mutate, rng, seedFor } from '../helpers/mutate';
import { type Base, extract, load, oracle } from '../helpers/mutation-bases';

// Issue 6, "no wrong numbers": every table adapter reads generated variants of its fixtures (columns
// reordered, renamed, removed, duplicated; wrappers; empty and loading states; numbers in another locale;
// dashes, garbage, hostile numbers) and every number it stores must equal the original page's reading of
// that record, or be absent and reported missing. Reproduce a run with MUTATION_SEED=<seed>; explore with
// MUTATION_SEED=$RANDOM.

const SEED = Number(process.env.MUTATION_SEED ?? 20261121);
const KINDS = Object.keys(MUTATIONS) as MutationKind[];
const PER_KIND = Math.ceil(200 / KINDS.length);

const BASES = new Map<string, Base[]>();
for (const { rel, url } of oracle()) {
  const base = load(rel, url, SEED);
  if (!base) continue;
  const id = base.original.adapter;
  BASES.set(id, [...(BASES.get(id) ?? []), base]);
}

// Bugs this suite finds go here while they are open, each with an exact reproduction among the regressions at
// the end of this file marked `it.fails`: variants that hit one are counted, not failed. Fix the bug, delete the
// entry and turn its reproduction into a plain test. (The first five, found and fixed in issue 6, are below.)
const KNOWN_BUGS: { name: string; matches: (p: Problem) => boolean }[] = [];
const knownBug = (p: Problem) => KNOWN_BUGS.some((b) => b.matches(p));

type ProblemType = 'wrong' | 'silent' | 'invalid' | 'status' | 'lost' | 'threw';
interface Problem {
  type: ProblemType;
  adapter: string;
  rel: string;
  kinds: string[];
  metric?: string;
  text: string;
}

interface Tally {
  variants: number;
  problems: Problem[];
  /** Readings reported missing (allowed); hostile numbers refused or stored as valid numbers. */
  reported: number;
  refused: number;
  accepted: number;
}
const TOTALS = new Map<string, Tally>();
const tallyOf = (id: string) => {
  if (!TOTALS.has(id)) TOTALS.set(id, { variants: 0, problems: [], reported: 0, refused: 0, accepted: 0 });
  return TOTALS.get(id)!;
};

/** Problems with one variant's extraction. */
function check(base: Base, ex: Extraction, eff: Effect, kept: number[], t: Tally): Problem[] {
  const out: Problem[] = [];
  const at = { adapter: base.original.adapter, rel: base.rel, kinds: eff.kinds };
  const add = (type: ProblemType, text: string, metric?: string) =>
    out.push({
      type,
      ...at,
      ...(metric ? { metric } : {}),
      text: `${base.rel} [${eff.kinds.join('+')}] ${text}`,
    });
  for (const rec of ex.records) {
    const bad = Object.entries(rec.metrics).filter(([, value]) => !Number.isFinite(value));
    if (bad.length || !RecordSchema.safeParse(rec).success)
      add('invalid', `${rec.key} fails the schema: ${JSON.stringify(rec.metrics)}`);
  }
  // A page left with only a totals row (and perhaps rows still loading) has no records to read.
  const none = kept.some((row) => [...base.rowOfKey.values()].includes(row)) ? [] : ['empty', 'loading'];
  const want =
    eff.expect === 'empty' || eff.expect === 'loading'
      ? [eff.expect]
      : eff.expect === 'same'
        ? ['ok', ...none]
        : ['ok', 'partial', 'not-recognised', ...none];
  if (!want.includes(ex.status) || (ex.status !== 'ok' && ex.records.length > 0))
    add('status', `status ${ex.status} with ${ex.records.length} records, expected ${want.join('|')}`);
  const before = new Map(base.original.records.map((r) => [r.key, r]));
  const seen = new Set<string>();
  for (const rec of ex.records) {
    const orig = before.get(rec.key);
    if (!orig) continue;
    seen.add(rec.key);
    const row = base.rowOfKey.get(rec.key);
    for (const m of new Set([...Object.keys(orig.metrics), ...Object.keys(rec.metrics)])) {
      const tag = `${row}|${m}`;
      const was = orig.metrics[m];
      const now = rec.metrics[m];
      if (eff.overwritten.has(tag)) {
        if (now === undefined) t.refused++;
        else t.accepted++;
      } else if (now !== undefined) {
        if (now !== was) add('wrong', `WRONG ${rec.key}.${m}: ${now}, the page's reading is ${was}`, m);
      } else if (was !== undefined) {
        if (ex.missing.includes(base.fieldOf.get(m) ?? m)) {
          t.reported++;
          if (eff.expect === 'same')
            add('lost', `${rec.key}.${m} lost to a change that should not matter`, m);
        } else if (!eff.blanked.has(tag)) {
          add('silent', `${rec.key}.${m} dropped and not reported (missing: ${ex.missing.join(',')})`, m);
        }
      }
    }
  }
  if (eff.expect === 'same')
    for (const [key, row] of base.rowOfKey)
      if (kept.includes(row) && !seen.has(key))
        add('lost', `record ${key} lost to a change that should not matter`);
  return out;
}

afterAll(() => {
  if (process.env.MUTATION_REPORT)
    writeFileSync(
      process.env.MUTATION_REPORT,
      JSON.stringify(
        [...TOTALS.values()].flatMap((t) => t.problems),
        null,
        1,
      ),
    );
  const all = [...TOTALS.values()];
  const sum = (k: 'variants' | 'reported' | 'refused' | 'accepted') => all.reduce((a, t) => a + t[k], 0);
  const count = (type: ProblemType) =>
    all.reduce((a, t) => a + t.problems.filter((p) => p.type === type).length, 0);
  console.log(
    `[mutation] seed=${SEED} variants=${sum('variants')} (${[...TOTALS].map(([id, t]) => `${id} ${t.variants}`).join(', ')}); ` +
      `wrong numbers=${count('wrong')}, dropped unreported=${count('silent')}, invalid records=${count('invalid')}, ` +
      `bad statuses=${count('status')}, lost to neutral changes=${count('lost')}, threw=${count('threw')}, ` +
      `readings reported missing=${sum('reported')}, hostile numbers refused=${sum('refused')} stored valid=${sum('accepted')}; ` +
      `known bugs hit: ${KNOWN_BUGS.map((b) => `${all.flatMap((t) => t.problems).filter(b.matches).length} × ${b.name}`).join('; ') || 'none listed'}`,
  );
});

describe.each([...BASES.keys()])('%s', (id) => {
  const bases = BASES.get(id)!;

  it.each(KINDS)(`%s: ${PER_KIND} variants (seed ${SEED})`, (kind) => {
    const r = rng(seedFor(SEED, id, kind));
    const tally = tallyOf(id);
    const problems: Problem[] = [];
    for (let i = 0; i < PER_KIND; i++) {
      const base = r.pick(bases);
      const j = new Journal(base.doc);
      const effect: Effect = { kinds: [], expect: 'same', blanked: new Set(), overwritten: new Set() };
      const v = { ...base, j, r, t: base.model, kept: [] as number[], effect };
      try {
        mutate(v, kind);
        problems.push(...check(base, extract(base), effect, v.kept, tally));
      } catch (err) {
        problems.push({ type: 'threw', adapter: id, rel: base.rel, kinds: effect.kinds, text: String(err) });
      } finally {
        j.revert();
      }
      tally.variants++;
    }
    tally.problems.push(...problems);
    expect(
      problems
        .filter((p) => !knownBug(p))
        .map((p) => p.text)
        .slice(0, 12),
    ).toStrictEqual([]);
  });

  it('leaves every page as it found it', () => {
    for (const base of bases)
      expect({ ...extract(base), anchors: undefined }).toStrictEqual({
        ...base.original,
        anchors: undefined,
      });
  });
});

it('covers every console adapter, with at least 200 variants each', () => {
  const consoles = CONSOLE_ADAPTERS.map((a) => a.id).sort();
  expect([...BASES.keys()].sort()).toStrictEqual(consoles);
  expect(PER_KIND * KINDS.length).toBeGreaterThanOrEqual(200);
});

describe('regressions: bugs this suite found (issue 6), reproduced exactly', () => {
  const run = (rel: string, href: string, edit: (html: string) => string) => {
    const url = new URL(href);
    return adapterFor(url)!.extract(parseHtml(edit(readFixture(rel)), url.href), {
      url,
      capturedAt: CAPTURED_AT,
    });
  };
  const urlOf = (rel: string) => fixture(rel).facts.url;

  // lib/parse/number.ts trusted the marketplace's decimal mark: a JP page in a German UI prints ￥746.101.
  it('amazon.business-report: ￥746.101 (ja-child, first row) is 746101 yen or missing, not 746.101', () => {
    const rel = 'amazon/business-report/ja-child.html';
    const before = extractFixture(rel, urlOf(rel));
    const after = run(rel, urlOf(rel), (h) => h.replace('>￥746,101<', '>￥746.101<'));
    const key = before.records.find((r) => r.metrics.sales === 746101)!.key;
    const sales = after.records.find((r) => r.key === key)?.metrics.sales;
    expect(sales === undefined && after.missing.includes('sales') ? 746101 : sales).toBe(746101);
  });

  // lib/sites/read-rows.ts stored any parsed number, and one invalid record fails the whole capture's validation.
  it('amazon.business-report: Sessions - Total "-1,323" (en-child) is refused, not stored', () => {
    const rel = 'amazon/business-report/en-child.html';
    const ex = run(rel, urlOf(rel), (h) =>
      h.replace('data-column-id="c7">1,323<', 'data-column-id="c7">-1,323<'),
    );
    expect(ex.records.filter((r) => !RecordSchema.safeParse(r).success)).toStrictEqual([]);
  });

  // lib/sites/taobao/qianniu-items.ts readPrice kept a negative amount.
  it('taobao.qianniu-items: price "¥ -128.00" is refused, not stored', () => {
    const ex = run('taobao/qianniu-items/on-sale.html', urlOf('taobao/qianniu-items/on-sale.html'), (h) =>
      h.replace('¥ 128.00', '¥ -128.00'),
    );
    expect(ex.records.filter((r) => !RecordSchema.safeParse(r).success)).toStrictEqual([]);
  });

  // lib/sites/console-table.ts read the one-cell placeholder row as a row: status ok with no records.
  it('amazon.business-report: a legacy table showing one "No data" row is empty', () => {
    const rel = 'amazon/business-report/en-legacy.html';
    const ex = run(rel, urlOf(rel), (h) =>
      h.replace(
        /<tbody>[\s\S]*?<\/tbody>/,
        '<tbody><tr><td colspan="12">No data available</td></tr></tbody>',
      ),
    );
    expect(ex.status).toBe('empty');
  });

  // lib/sites/tmall/*.ts reported only their core fields as missing; optional columns vanished unreported.
  it('tmall.sycm-items: a renamed 搜索引导访客数 column is reported missing', () => {
    const ex = run('tmall/sycm-items/item-rank.html', urlOf('tmall/sycm-items/item-rank.html'), (h) =>
      h.replace('>搜索引导访客数</span>', '>搜索引导访客数（新）</span>'),
    );
    expect(ex.records.some((r) => r.metrics.searchVisitors !== undefined)).toBe(false);
    expect(ex.missing).toContain('searchVisitors');
  });
});
