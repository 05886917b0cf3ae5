import { textOf } from '../dom';
import { runSteps, type Steps } from '../steps';
import { type ColumnDictionary, type Grid, normalizeLabel } from '../table';
import { type BodyRow, bodyRows } from './body';
import type { Column } from './headers';
import { type LabelIndex, labelIndex } from './headers';
import { type JoinMethod, joinRows } from './join';
import { findSegments, type Segment } from './segments';
import { parentOf } from './tree';

// One table reader for every console page. The logical table is assembled from what a person sees:
// header labels (segments.ts), the rows under each header (body.ts), and the parts of a split or frozen
// table joined by what the page states about its rows (join.ts). Adapters declare labels; this finds them.

export interface TableFound<F extends string> {
  grid: Grid;
  columns: Partial<Record<F, number>>;
  /** How many of the signature fields the table has. */
  score: number;
  /** How each extra part was joined to the first (empty for a one-part table). */
  joins: JoinMethod[];
  /** Rows of another part that no row of the first part was joined to: rows the page shows and we did not read. */
  leftOut: number;
}

interface Part {
  seg: Segment;
  rows: BodyRow[];
  fields: Map<string, number[]>;
}

function fieldsOf<F extends string>(seg: Segment, dict: Map<F, Set<string>>): Map<F, number[]> {
  const out = new Map<F, number[]>();
  seg.columns.forEach((col, i) => {
    for (const [field, labels] of dict)
      if (col.labels.some((l) => labels.has(l))) out.set(field, [...(out.get(field) ?? []), i]);
  });
  return out;
}

function depthTo(a: Element, b: Element): number {
  let d = 0;
  for (let x: Element | null = a; x; x = parentOf(x), d++) {
    for (let y: Element | null = b, e = 0; y && e < 12; y = parentOf(y), e++)
      if (x === y) return Math.max(d, e);
    if (d > 12) break;
  }
  return Number.POSITIVE_INFINITY;
}

function commonAncestor(els: Element[]): Element {
  let root = els[0]!;
  const inside = (x: Element, y: Element) => {
    for (let p: Element | null = y; p; p = parentOf(p)) if (p === x) return true;
    return false;
  };
  while (parentOf(root) && !els.every((e) => inside(root, e))) root = parentOf(root)!;
  return root;
}

const filled = (rows: BodyRow[], at: number) =>
  rows.slice(0, 30).filter((r) => textOf(r.cells[at]) !== '').length;

/** Parts in page order; `j` maps the first part's rows to this part's (undefined for the first part itself). */
function assemble<F extends string>(
  order: { p: Part; j?: (BodyRow | undefined)[] }[],
  dict: Map<F, Set<string>>,
) {
  const primary = order.find((o) => !o.j)!.p;
  const parts = order.map((o) => o.p);
  const rowsOfPart = (k: number): (BodyRow | undefined)[] => order[k]!.j ?? primary.rows;
  const columns: Column[] = parts.flatMap((p) => p.seg.columns);
  const rows: (Element | undefined)[][] = [];
  const rowElements: Element[] = [];
  const width = columns.length;
  const single = parts.length === 1;
  primary.rows.forEach((row, i) => {
    // A row with no partner in another part is half a row: not read (counted as left out).
    if (!single && order.some((o) => o.j && o.j[i] === undefined)) return;
    let cells: (Element | undefined)[];
    if (single) cells = row.cells;
    else {
      cells = [];
      parts.forEach((p, k) => {
        const other = rowsOfPart(k)[i];
        for (let c = 0; c < p.seg.columns.length; c++) cells.push(other?.cells[c]);
      });
    }
    // One cell across a wide table is a "No data" / "Loading" message row, not data.
    if (width > 2) {
      let n = 0;
      for (const c of cells) if (c && ++n > 1) break;
      if (n <= 1) return;
    }
    rows.push(cells);
    rowElements.push(row.element);
  });
  const headers = columns.map((c) => {
    const i = c.labels.findIndex((l) => [...dict.values()].some((set) => set.has(l)));
    return c.variants[i < 0 ? c.variants.length - 1 : i]!;
  });
  // A label seen in two parts (a fixed table repeating every column) is read where its cells hold text.
  const offsets: number[] = [];
  let at = 0;
  for (const p of parts) {
    offsets.push(at);
    at += p.seg.columns.length;
  }
  const picked: Partial<Record<F, number>> = {};
  for (const field of dict.keys()) {
    const candidates = parts.flatMap((p, k) => (p.fields.get(field) ?? []).map((c) => ({ p, k, c })));
    if (candidates.length === 0) continue;
    let best = candidates[0]!;
    if (candidates.length > 1) {
      const score = (x: (typeof candidates)[number]) =>
        filled(
          rowsOfPart(x.k).filter((r): r is BodyRow => r !== undefined),
          x.c,
        );
      for (const c of candidates.slice(1)) if (score(c) > score(best)) best = c;
    }
    picked[field] = offsets[best.k]! + best.c;
  }
  const anchors = parts.flatMap((p) => [
    p.seg.headRows[0]!,
    ...(p.rows.length ? [p.rows[p.rows.length - 1]!.element] : []),
  ]);
  const grid: Grid = {
    root: commonAncestor(anchors),
    headers,
    headerCells: columns.map((c) => c.cell),
    rows,
    rowElements,
  };
  return { grid, columns: picked };
}

// An adapter's labels, normalised and indexed once per dictionary (a page is read again on every change).
const PREPARED = new WeakMap<object, { dict: Map<string, Set<string>>; index: LabelIndex }>();
function prepared<F extends string>(dictionary: ColumnDictionary<F>) {
  let p = PREPARED.get(dictionary);
  if (!p) {
    const dict = new Map<string, Set<string>>();
    for (const f of Object.keys(dictionary) as F[]) dict.set(f, new Set(dictionary[f].map(normalizeLabel)));
    p = { dict, index: labelIndex(Object.values<readonly string[]>(dictionary).flat()) };
    PREPARED.set(dictionary, p);
  }
  return p as { dict: Map<F, Set<string>>; index: LabelIndex };
}

/**
 * The table on the page whose headers cover the most `signature` fields (at least `min`, and every one
 * of `must`), assembled from all its parts; `seen` lists every header label found, for diagnostics.
 */
export function readTable<F extends string>(
  root: Document | Element,
  dictionary: ColumnDictionary<F>,
  signature: readonly NoInfer<F>[],
  min = 2,
  must: readonly NoInfer<F>[] = [],
): TableRead<F> {
  return runSteps(readTableSteps(root, dictionary, signature, min, must));
}

export interface TableRead<F extends string> {
  found?: TableFound<F>;
  seen: string[];
}

/** readTable in steps (lib/sites/steps.ts): after finding the headers, before and after reading each part's rows. */
export function* readTableSteps<F extends string>(
  root: Document | Element,
  dictionary: ColumnDictionary<F>,
  signature: readonly NoInfer<F>[],
  min = 2,
  must: readonly NoInfer<F>[] = [],
): Steps<TableRead<F>> {
  const { dict, index } = prepared(dictionary);
  const start = (root as Document).body ?? (root as Element);
  const segs = findSegments(start, index);
  yield;
  const seen = [...new Set(segs.flatMap((s) => s.columns.map((c) => c.shown).filter((l) => l !== '')))];
  const head = new Set(segs.flatMap((s) => s.headRows));
  const parts: Part[] = segs.map((seg) => ({ seg, rows: [], fields: fieldsOf(seg, dict) }));
  const sigOf = (fields: Set<string>) => signature.filter((f) => fields.has(f)).length;
  const withRows = new Set<Part>();
  const rowsOf = (p: Part) => {
    if (!withRows.has(p)) {
      p.rows = bodyRows(p.seg, head);
      withRows.add(p);
    }
    return p.rows;
  };
  const ranked = parts
    .filter((p) => sigOf(new Set(p.fields.keys())) > 0)
    .sort((a, b) => sigOf(new Set(b.fields.keys())) - sigOf(new Set(a.fields.keys())));
  let best: TableFound<F> | undefined;
  let bestRows = -1;
  for (const primary of ranked) {
    const fresh = !withRows.has(primary);
    if (fresh) yield;
    const rows = rowsOf(primary);
    if (fresh) yield;
    const chosen: Part[] = [primary];
    const joins: (BodyRow | undefined)[][] = [];
    const methods: JoinMethod[] = [];
    let leftOut = 0;
    for (const other of parts) {
      if (other === primary || other.fields.size === 0) continue;
      if (depthTo(primary.seg.headRows[0]!, other.seg.headRows[0]!) > 10) continue;
      if (!withRows.has(other)) yield;
      const j = joinRows(rows, rowsOf(other));
      if (!j) continue;
      chosen.push(other);
      joins.push(j.rows);
      const matched = j.rows.filter(Boolean).length;
      leftOut = Math.max(leftOut, rowsOf(other).length - matched, rows.length - matched);
      methods.push(j.method);
    }
    // Columns read left to right as the page orders its parts (frozen left, middle, frozen right).
    const order = chosen.map((p, k) => ({ p, j: k === 0 ? undefined : joins[k - 1]! }));
    order.sort((a, b) => (a.p.seg.headRows[0]!.compareDocumentPosition(b.p.seg.headRows[0]!) & 4 ? -1 : 1));
    const fields = new Set(chosen.flatMap((p) => [...p.fields.keys()]));
    const score = sigOf(fields);
    if (score < min || must.some((m) => !fields.has(m))) continue;
    const dataRows = rows.length;
    if (best && (score < best.score || (score === best.score && dataRows <= bestRows))) continue;
    const { grid, columns } = assemble(order, dict);
    if (leftOut > 0) grid.skipped = leftOut;
    best = { grid, columns, score, joins: methods, leftOut };
    bestRows = dataRows;
  }
  return { found: best, seen };
}
