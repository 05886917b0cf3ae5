import {
  type Column,
  columnsOfRows,
  findLabelElements,
  headerRowOf,
  type LabelIndex,
  labelAncestors,
  rowCells,
} from './headers';
import { childrenOf, parentOf } from './tree';

// A segment is one header (one or more header rows) with the columns under it. A logical table is one
// or more segments: a header table over a body table, frozen left/right parts, a data grid's pinned
// containers. Segments are joined into rows later (join.ts).

export interface Segment {
  /** The header rows, top to bottom; the last holds the leaf labels. */
  headRows: Element[];
  columns: Column[];
  /** How body rows are recognised: table rows, role=row, or elements shaped like the header row. */
  mode: 'table' | 'role' | 'shape';
}

const isHeadCell = (cell: Element) =>
  cell.tagName === 'TH' ||
  cell.getAttribute('role') === 'columnheader' ||
  cell.closest('thead, kat-table-head, [role="rowgroup"][class*="head" i]') !== null;

/** The table a row belongs to. */
const tableOf = (tr: Element) => tr.closest('table');

/** The header rows of a table: its THEAD rows, else the rows down to `row` that hold no data cell. */
function tableHeadRows(row: Element): Element[] {
  const table = tableOf(row);
  if (!table) return [row];
  const head = row.closest('thead');
  if (head) return Array.from(head.children).filter((r) => r.tagName === 'TR');
  const own: Element[] = Array.from(table.querySelectorAll('tr')).filter((r) => tableOf(r) === table);
  const at = own.indexOf(row);
  const out = [row];
  const dataRow = (r: Element) => rowCells(r).some((c) => c.tagName === 'TD' && !isHeadCell(c));
  for (let i = at - 1; i >= 0 && !dataRow(own[i]!); i--) out.unshift(own[i]!);
  // A group row's leaves sit in the header rows below it.
  for (let i = at + 1; i < own.length && !dataRow(own[i]!); i++) out.push(own[i]!);
  return out;
}

/** Sibling header rows of a role=row header (a data grid's group row above its leaf row): the run around it. */
function roleHeadRows(row: Element): Element[] {
  const isHead = (r: Element | null): r is Element =>
    r !== null && r.getAttribute('role') === 'row' && rowCells(r).some(isHeadCell);
  const out = [row];
  for (let r = row.previousElementSibling; isHead(r); r = r.previousElementSibling) out.unshift(r);
  for (let r = row.nextElementSibling; isHead(r); r = r.nextElementSibling) out.push(r);
  return out;
}

const isRowList = (el: Element, head: Element) => {
  const kids = childrenOf(el);
  const n = head.childElementCount;
  return (
    kids.length >= 2 && n > 0 && kids.every((k) => k.tagName === head.tagName && k.childElementCount === n)
  );
};

/** The element from `label` up to `top` whose sibling holds a list of rows (same tag, same shape), if any. */
function partHeader(label: Element, top: Element): Element | undefined {
  for (let x: Element | null = label; x && x !== top; x = parentOf(x)) {
    const parent = parentOf(x);
    const head = x;
    if (parent && childrenOf(parent).some((z) => z !== head && !z.contains(label) && isRowList(z, head)))
      return x;
  }
  return undefined;
}

/** Every header segment holding at least one of our labels, in document order. */
export function findSegments(root: Node, index: LabelIndex): Segment[] {
  const labels = findLabelElements(root, index);
  if (labels.length === 0) return [];
  const ancestors = labelAncestors(labels);
  const byRow = new Map<Element, { cells: Set<Element>; head: boolean; label: Element }>();
  for (const l of labels) {
    const at = headerRowOf(l, ancestors);
    if (!at) continue;
    const seen = byRow.get(at.row) ?? { cells: new Set(), head: false, label: l };
    seen.cells.add(at.cell);
    seen.head ||= isHeadCell(at.cell);
    byRow.set(at.row, seen);
  }
  const out: Segment[] = [];
  const taken = new Set<Element>();
  for (const [found, { cells, head, label }] of byRow) {
    let row = found;
    // Labels in one cell only (`ASIN:` and `SKU:` inside a product cell) are not a header; one labelled
    // cell is a header only where the markup says so (a frozen one-column table), or where it heads its
    // own list of rows (a frozen half drawn in plain divs: its header beside the container of its rows).
    if (cells.size < 2 && !head) {
      const part =
        row.tagName === 'TR' || row.getAttribute('role') === 'row' ? undefined : partHeader(label, row);
      if (!part) continue;
      row = part;
    }
    if (taken.has(row)) continue;
    const mode: Segment['mode'] =
      row.tagName === 'TR' ? 'table' : row.getAttribute('role') === 'row' ? 'role' : 'shape';
    const headRows = mode === 'table' ? tableHeadRows(row) : mode === 'role' ? roleHeadRows(row) : [row];
    if (headRows.some((r) => taken.has(r))) continue;
    for (const r of headRows) taken.add(r);
    const columns = columnsOfRows(headRows, rowCells);
    if (columns.length > 0) out.push({ headRows, columns, mode });
  }
  return out;
}
