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

type IsCell = (el: Element) => boolean;

const TD_TH: IsCell = (el) => el.tagName === 'TD' || el.tagName === 'TH';
const TD: IsCell = (el) => el.tagName === 'TD';
const roleIn =
  (...roles: string[]): IsCell =>
  (el) => {
    const r = el.getAttribute('role');
    return r !== null && roles.includes(r);
  };
const ARIA_CELL = roleIn('gridcell', 'cell', 'rowheader');
const ARIA_HEADER = roleIn('columnheader', 'rowheader');
const KAT_CELL: IsCell = (el) => el.tagName === 'KAT-TABLE-CELL';
const ROW_SELECTOR = 'tr, [role="row"], kat-table-row';

/**
 * The cells of a row. They are almost always the row's own children, tested without selector matching
 * (the hot path of every table read); otherwise the cells below the row that belong to no nested row.
 */
function cellsOf(row: Element, isCell: IsCell, selector: string): Element[] {
  const out: Element[] = [];
  let all = row.firstElementChild !== null;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (!isCell(c)) {
      all = false;
      break;
    }
    out.push(c);
  }
  if (all) return out;
  return Array.from(row.querySelectorAll(selector)).filter(
    (c) => isCell(c) && c.closest(ROW_SELECTOR) === row,
  );
}

/** A grid whose rows are read only when asked for: a page's other tables are looked at by header only. */
function lazyGrid(
  root: Element,
  headerCells: Element[],
  body: () => { rows: Element[][]; rowElements: Element[] },
): Grid {
  let read: { rows: Element[][]; rowElements: Element[] } | undefined;
  return {
    root,
    headers: headerCells.map(headerText),
    headerCells,
    get rows() {
      read ??= body();
      return read.rows;
    },
    get rowElements() {
      read ??= body();
      return read.rowElements;
    },
  };
}

/** The table's own rows (not those of tables nested in its cells), with the section each sits in. */
function ownRows(table: Element): { tr: Element; section: string }[] {
  const out: { tr: Element; section: string }[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'TR') out.push({ tr: c, section: 'TBODY' });
    else if (c.tagName === 'THEAD' || c.tagName === 'TBODY' || c.tagName === 'TFOOT')
      for (let r = c.firstElementChild; r; r = r.nextElementSibling)
        if (r.tagName === 'TR') out.push({ tr: r, section: c.tagName });
  }
  return out;
}

function fromTable(table: HTMLTableElement): Grid | undefined {
  const all = ownRows(table);
  const header =
    all.find((r) => r.section === 'THEAD') ??
    all.find((r) => cellsOf(r.tr, TD_TH, 'td, th').filter((c) => c.tagName === 'TH').length > 1);
  if (!header) return undefined;
  const headerCells = cellsOf(header.tr, TD_TH, 'td, th');
  return lazyGrid(table, headerCells, () => {
    const rows: Element[][] = [];
    const rowElements: Element[] = [];
    for (const { tr, section } of all) {
      if (tr === header.tr || section !== 'TBODY') continue;
      const cells = cellsOf(tr, TD_TH, 'td, th');
      if (!cells.some(TD)) continue;
      rows.push(cells);
      rowElements.push(tr);
    }
    return { rows, rowElements };
  });
}

function colIndexOrder(cells: Element[]): Element[] {
  // Most grids either number every cell in order or none: no sort then.
  let inOrder = true;
  let prev = 0;
  for (const c of cells) {
    const at = Number(c.getAttribute('aria-colindex'));
    if (!(Number.isFinite(at) && at > 0)) return cells;
    if (at < prev) inOrder = false;
    prev = at;
  }
  if (inOrder) return cells;
  return cells
    .map((c) => ({ c, at: Number(c.getAttribute('aria-colindex')) }))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.c);
}

const GRID_SELECTOR = '[role="grid"], [role="table"], [role="treegrid"]';

function fromAria(grid: Element): Grid | undefined {
  const rows = Array.from(grid.querySelectorAll('[role="row"]')).filter(
    (r) => r.closest(GRID_SELECTOR) === grid,
  );
  const headerAt = rows.findIndex(
    (r) => cellsOf(r, roleIn('columnheader'), '[role="columnheader"]').length > 0,
  );
  if (headerAt < 0) return undefined;
  const headerRow = rows[headerAt]!;
  const headerCells = colIndexOrder(
    cellsOf(headerRow, ARIA_HEADER, '[role="columnheader"], [role="rowheader"]'),
  );
  return lazyGrid(grid, headerCells, () => {
    const body: { r: Element; cells: Element[]; at: number }[] = [];
    let indexed = true;
    for (const r of rows) {
      if (r === headerRow) continue;
      const cells = cellsOf(r, ARIA_CELL, '[role="gridcell"], [role="cell"], [role="rowheader"]');
      if (cells.length === 0) continue;
      const at = Number(r.getAttribute('aria-rowindex'));
      if (!(Number.isFinite(at) && at > 0)) indexed = false;
      body.push({ r, cells, at });
    }
    // Virtualised grids may render rows out of order; aria-rowindex says where each belongs.
    if (indexed) body.sort((a, b) => a.at - b.at);
    return { rows: body.map((b) => colIndexOrder(b.cells)), rowElements: body.map((b) => b.r) };
  });
}

function fromKatTable(table: Element): Grid | undefined {
  const head = table.querySelector('kat-table-head kat-table-row');
  if (!head) return undefined;
  const headerCells = Array.from(head.querySelectorAll('kat-table-cell'));
  return lazyGrid(table, headerCells, () => {
    const rowElements = Array.from(table.querySelectorAll('kat-table-body kat-table-row'));
    return { rows: rowElements.map((r) => cellsOf(r, KAT_CELL, 'kat-table-cell')), rowElements };
  });
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
