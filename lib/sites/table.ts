import { normalizeText } from '../parse';
import { textOf } from './dom';

/**
 * A data table as a reader sees it, whatever the markup: `<table>`, ARIA grids (role=grid/table/treegrid,
 * virtualised rows with aria-rowindex) or Amazon's `kat-table`. Adapters find columns by header text.
 */
export interface Grid {
  root: Element;
  headers: string[];
  /** Header cells, for diagnostics and for anchoring UI. */
  headerCells: Element[];
  rows: Element[][];
  /** The row elements, aligned with `rows`. */
  rowElements: Element[];
}

/** Lowercase, one space, dashes and brackets folded: `Sessions – Total` ~ `sessions - total`, `质量分（PC）` ~ `质量分(pc)`. */
export function normalizeLabel(label: string): string {
  return normalizeText(label)
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\s*\(\s*/g, '(')
    .replace(/\s*\)\s*/g, ')')
    .replace(/[↑↓▲▼⇅\u25b2\u25bc]/g, '')
    .replace(/\s*[:：]$/, '')
    .trim()
    .toLowerCase();
}

// Header cells can hold sort buttons, tooltips and icons; their visible label is what we match.
function headerText(cell: Element): string {
  const label = cell.querySelector('[data-label], .header-label, .kat-table-cell-label');
  const raw = label
    ? (label.getAttribute('data-label') ?? textOf(label))
    : textOf(cell, (el) => el.matches('[role="tooltip"], .tooltip, kat-popover, [aria-hidden="true"]'));
  return normalizeText(raw);
}

function cellsOf(row: Element, selector: string): Element[] {
  // Cells are almost always the row's own children: take those when they are all there is.
  const direct = Array.from(row.children).filter((c) => c.matches(selector));
  if (direct.length && direct.length === row.children.length) return direct;
  return Array.from(row.querySelectorAll(selector)).filter(
    (c) => c.closest('tr, [role="row"], kat-table-row') === row,
  );
}

function fromTable(table: HTMLTableElement): Grid | undefined {
  const allRows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  const headerRow =
    allRows.find((tr) => tr.closest('thead')) ?? allRows.find((tr) => cellsOf(tr, 'th').length > 1);
  if (!headerRow) return undefined;
  const headerCells = cellsOf(headerRow, 'th, td');
  const body = allRows.filter(
    (tr) => tr !== headerRow && !tr.closest('thead') && !tr.closest('tfoot') && cellsOf(tr, 'td').length > 0,
  );
  return {
    root: table,
    headers: headerCells.map(headerText),
    headerCells,
    rows: body.map((tr) => cellsOf(tr, 'td, th')),
    rowElements: body,
  };
}

function colIndexOrder(cells: Element[]): Element[] {
  const withIndex = cells.map((c, i) => ({ c, i, at: Number(c.getAttribute('aria-colindex')) }));
  if (withIndex.every((x) => Number.isFinite(x.at) && x.at > 0)) withIndex.sort((a, b) => a.at - b.at);
  return withIndex.map((x) => x.c);
}

function fromAria(grid: Element): Grid | undefined {
  const rows = Array.from(grid.querySelectorAll('[role="row"]')).filter(
    (r) => r.closest('[role="grid"], [role="table"], [role="treegrid"]') === grid,
  );
  const headerRow = rows.find((r) => cellsOf(r, '[role="columnheader"]').length > 0);
  if (!headerRow) return undefined;
  const headerCells = colIndexOrder(cellsOf(headerRow, '[role="columnheader"], [role="rowheader"]'));
  let body = rows.filter(
    (r) => r !== headerRow && cellsOf(r, '[role="gridcell"], [role="cell"], [role="rowheader"]').length > 0,
  );
  // Virtualised grids may render rows out of order; aria-rowindex says where each belongs.
  const idx = (r: Element) => Number(r.getAttribute('aria-rowindex'));
  if (body.every((r) => Number.isFinite(idx(r)) && idx(r) > 0))
    body = [...body].sort((a, b) => idx(a) - idx(b));
  return {
    root: grid,
    headers: headerCells.map(headerText),
    headerCells,
    rows: body.map((r) => colIndexOrder(cellsOf(r, '[role="gridcell"], [role="cell"], [role="rowheader"]'))),
    rowElements: body,
  };
}

function fromKatTable(table: Element): Grid | undefined {
  const head = table.querySelector('kat-table-head kat-table-row');
  if (!head) return undefined;
  const headerCells = Array.from(head.querySelectorAll('kat-table-cell'));
  const body = Array.from(table.querySelectorAll('kat-table-body kat-table-row'));
  return {
    root: table,
    headers: headerCells.map(headerText),
    headerCells,
    rows: body.map((r) => cellsOf(r, 'kat-table-cell')),
    rowElements: body,
  };
}

/** Every data table in the document, in document order. */
export function findGrids(root: ParentNode): Grid[] {
  const out: Grid[] = [];
  for (const el of Array.from(
    root.querySelectorAll('table, [role="grid"], [role="table"], [role="treegrid"], kat-table'),
  )) {
    const tag = el.tagName.toLowerCase();
    // A <table role="grid"> is read once, as a table.
    const grid =
      tag === 'table'
        ? fromTable(el as HTMLTableElement)
        : tag === 'kat-table'
          ? fromKatTable(el)
          : fromAria(el);
    if (grid && grid.headers.length > 1) out.push(grid);
  }
  return out;
}

export type ColumnDictionary<F extends string> = Record<F, readonly string[]>;

/** Maps fields to column indexes by exact (normalised) header label; the first column wins on duplicates. */
export function mapColumns<F extends string>(
  headers: string[],
  dict: ColumnDictionary<F>,
): Partial<Record<F, number>> {
  const norm = headers.map(normalizeLabel);
  const out: Partial<Record<F, number>> = {};
  for (const field of Object.keys(dict) as F[]) {
    const labels = new Set(dict[field].map(normalizeLabel));
    const i = norm.findIndex((h) => labels.has(h));
    if (i >= 0) out[field] = i;
  }
  return out;
}

/** The grid whose headers cover the most of `required` labels (at least `min`), if any. */
export function bestGrid<F extends string>(
  grids: Grid[],
  dict: ColumnDictionary<F>,
  required: readonly NoInfer<F>[],
  min = 2,
) {
  let best: { grid: Grid; columns: Partial<Record<F, number>>; score: number } | undefined;
  for (const grid of grids) {
    const columns = mapColumns(grid.headers, dict);
    const score = required.filter((f) => columns[f] !== undefined).length;
    if (score >= min && (!best || score > best.score)) best = { grid, columns, score };
  }
  return best;
}
