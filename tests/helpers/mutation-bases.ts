import { expect } from 'vitest';
import type { Extraction } from '../../lib/model';
import type { DecimalMark } from '../../lib/parse';
import { adapterFor } from '../../lib/sites';
import { AMAZON_MARKETPLACES } from '../../lib/sites/amazon/marketplaces';
import { readTable } from '../../lib/sites/reader';
import { mapColumns } from '../../lib/sites/table';
import { allFixtures, CAPTURED_AT, loadFixture } from './fixtures';
import { rng, seedFor, TABLES, type TableModel, tableModel } from './mutate';

// The pages tests/unit/mutation.test.ts makes its variants from: every fixture a console adapter reads.

export interface Base {
  rel: string;
  url: URL;
  doc: Document;
  /** The adapter's reading of the page the variants are made from. */
  original: Extraction;
  model: TableModel;
  decimal: DecimalMark;
  alibaba: boolean;
  metricAt: Map<number, string>;
  fieldOf: Map<string, string>;
  rowOfKey: Map<string, number>;
}

/** Every fixture an adapter reads (tests/fixtures/<platform>/<page>/facts.json names its address). */
export const oracle = () =>
  allFixtures()
    .filter((f) => f.facts.adapter !== null)
    .map((f) => ({ rel: f.rel, url: new URL(f.facts.url) }));

export const extract = (b: { url: URL; doc: Document }) =>
  adapterFor(b.url)!.extract(b.doc, { url: b.url, capturedAt: CAPTURED_AT });
const tableOf = (doc: Document, ex: Extraction) => {
  const spec = TABLES[ex.adapter]!;
  const fields = Object.keys(spec.columns);
  const grid = readTable(doc, spec.columns, fields, 1).found?.grid;
  if (!grid || grid.root !== ex.anchors?.table)
    throw new Error("the adapter's table is not the one the reader finds");
  return tableModel(grid);
};

// Each page keeps a seeded handful of its rows, as a filtered report would (antd's fixed-column overlay tables
// too): happy-dom's cost per variant grows with the page, and other seeds visit the other rows.
const ROWS_KEPT = 5;

/** A fixture's page with a seeded handful of its rows kept, and its reading: what variants are made from. */
export function load(rel: string, url: URL, seed: number): Base | undefined {
  const adapter = adapterFor(url);
  if (!adapter) throw new Error(`${rel}: no adapter reads ${url.href}`);
  const doc = loadFixture(rel, url.href);
  const full = adapter.extract(doc, { url, capturedAt: CAPTURED_AT });
  if (full.status !== 'ok' || !full.anchors || full.records.length === 0) return undefined;
  const spec = TABLES[adapter.id];
  if (!spec) throw new Error(`${adapter.id} reads a table: declare its columns and fields`);
  const whole = tableOf(doc, full);
  const keep = new Set(
    rng(seedFor(seed, rel))
      .shuffle(whole.rowParts.map((_, i) => i))
      .slice(0, ROWS_KEPT),
  );
  const drop = (rows: Element[][]) => {
    for (const [i, parts] of rows.entries()) if (!keep.has(i)) for (const part of parts) part.remove();
  };
  const bodyRows = (table: Element) =>
    Array.from(table.querySelectorAll('tbody > tr')).filter((tr) => tr.closest('table') === table);
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const rows = bodyRows(table);
    if (rows.length === whole.rowParts.length && !whole.rowParts.some((p) => p.includes(rows[0]!)))
      drop(rows.map((tr) => [tr]));
  }
  drop(whole.rowParts);
  const original = adapter.extract(doc, { url, capturedAt: CAPTURED_AT });
  const fullByKey = new Map(full.records.map((r) => [r.key, r]));
  for (const rec of original.records)
    expect(rec, `${rel}: fewer rows, same readings`).toStrictEqual(fullByKey.get(rec.key));
  const model = tableOf(doc, original);
  const metricAt = new Map<number, string>();
  const fieldOf = new Map<string, string>();
  for (const [field, col] of Object.entries(mapColumns(model.grid.headers, spec.columns))) {
    const metric = spec.fields[field]?.metric;
    if (metric === undefined || col === undefined) continue;
    metricAt.set(col, metric);
    fieldOf.set(metric, field);
  }
  const rowOfKey = new Map<string, number>();
  for (const [i, row] of original.anchors!.rows.entries())
    rowOfKey.set(original.records[i]!.key, model.grid.rowElements.indexOf(row));
  const market = original.records[0]!.marketplace;
  return {
    rel,
    url,
    doc,
    original,
    model,
    decimal: AMAZON_MARKETPLACES[market]?.decimal ?? '.',
    alibaba: original.records[0]!.platform !== 'amazon',
    metricAt,
    fieldOf,
    rowOfKey,
  };
}
