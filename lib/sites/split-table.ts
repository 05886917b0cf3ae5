import { collapseSpace, textOf } from './dom';
import { findGrids, type Grid } from './table';

// Several consoles draw one data table as several <table>s: a header table over a body table (Fusion
// next-table in 千牛, Magix sticky tables in 万相台), or a frozen left table beside a scrolling right one,
// each split again into header and body (直通车, tests/fixtures/subway/keywords.html). Row i of every body
// table is row i of the data. Columns only line up when every body row has as many cells as its header
// table has labels: anything else is treated as a layout we do not know, never guessed.

// Sort buttons carry visually hidden hints (万相台: an opacity:0 span `点击降序`) that textContent keeps.
const SORT_HINT = /\s*(?:点击)?(?:升序|降序|排序)$/;

function headerLabel(cell: Element): string {
  const text = textOf(cell, (el) =>
    el.matches('[role="tooltip"], .tooltip, [aria-hidden="true"], [bx-name="tooltips"]'),
  );
  return collapseSpace(text.replace(SORT_HINT, ''));
}

const ownRows = (table: Element) =>
  Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
const ownCells = (tr: Element, sel: string) =>
  Array.from(tr.querySelectorAll(sel)).filter((c) => c.closest('tr') === tr);

interface Part {
  table: Element;
  labels: string[];
  headerCells: Element[];
  rows: Element[];
}

function partOf(table: Element): Part {
  const rows = ownRows(table);
  const head = rows.filter((tr) => tr.closest('thead') || ownCells(tr, 'td').length === 0);
  const body = rows.filter((tr) => !head.includes(tr) && !tr.closest('tfoot'));
  const headerRow = head.filter((tr) => ownCells(tr, 'th, td').some((c) => headerLabel(c) !== '')).pop();
  const headerCells = headerRow ? ownCells(headerRow, 'th, td') : [];
  return { table, labels: headerCells.map(headerLabel), headerCells, rows: body };
}

const isHead = (p: Part) => p.rows.length === 0 && p.labels.some((l) => l !== '');
const isBody = (p: Part) => !p.labels.some((l) => l !== '');

// A body row of another shape (a `暂无数据` placeholder spanning every column) is not a data row.
const placeholderRow = (tr: Element) => ownCells(tr, 'td, th').length === 1;

function commonAncestor(els: Element[]): Element {
  let root = els[0]!;
  while (root.parentElement && !els.every((e) => root.contains(e))) root = root.parentElement;
  return root;
}

function join(heads: Part[], bodies: Part[]): Grid | undefined {
  if (heads.length === 0 || heads.length !== bodies.length) return undefined;
  const bodyRows: Element[][] = [];
  for (const [i, body] of bodies.entries()) {
    const width = heads[i]!.labels.length;
    const rows = body.rows.filter((tr) => !placeholderRow(tr));
    if (rows.some((tr) => ownCells(tr, 'td, th').length !== width)) return undefined;
    bodyRows.push(rows);
  }
  const count = bodyRows[0]!.length;
  if (bodyRows.some((rows) => rows.length !== count)) return undefined;
  const rowElements = bodyRows[0]!;
  return {
    // The UI goes above the whole split table, never between its header, frozen and scrolling parts.
    root: commonAncestor([...heads, ...bodies].map((p) => p.table)),
    headers: heads.flatMap((h) => h.labels),
    headerCells: heads.flatMap((h) => h.headerCells),
    rows: rowElements.map((_, r) => bodyRows.flatMap((rows) => ownCells(rows[r]!, 'td, th'))),
    rowElements,
  };
}

/** Tables drawn as separate header and body tables, joined into one Grid each, in document order. */
export function findSplitGrids(root: ParentNode): Grid[] {
  const parts = Array.from(root.querySelectorAll('table')).map(partOf);
  const wrappers: Element[] = [];
  for (const head of parts.filter(isHead)) {
    // A few levels up at most: the halves of one table sit close together.
    let el = head.table.parentElement;
    for (let up = 0; el && up < 5; up++, el = el.parentElement) {
      const at = el;
      if (!parts.some((p) => isBody(p) && at.contains(p.table))) continue;
      if (!wrappers.includes(at)) wrappers.push(at);
      break;
    }
  }
  const out: Grid[] = [];
  for (const wrap of wrappers) {
    const inside = parts.filter((p) => wrap.contains(p.table));
    const grid = join(inside.filter(isHead), inside.filter(isBody));
    if (grid) out.push(grid);
  }
  return out;
}

/** Split tables first, then every ordinary grid that is not a piece of one. */
export function findAllGrids(root: ParentNode): Grid[] {
  const split = findSplitGrids(root);
  const pieces = new Set<Element>();
  for (const g of split) {
    for (const cell of [...g.headerCells, ...g.rows.flat()]) {
      const t = cell.closest('table');
      if (t) pieces.add(t);
    }
  }
  return [...split, ...findGrids(root).filter((g) => !pieces.has(g.root))];
}
