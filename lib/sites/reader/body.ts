import { rowCells, spanOf } from './headers';
import type { Segment } from './segments';
import { childrenOf, childrenShaped, findAll, parentOf } from './tree';

// The body rows under a header: rows of the same kind near it (a header table's body table, a grid's
// row container, elements shaped like the header row), with their cells mapped to the header's columns
// by a column id both carry (AG Grid's col-id, aria-colindex) or by position.

export interface BodyRow {
  element: Element;
  /** Cells by column of the segment (undefined where the row has none). */
  cells: (Element | undefined)[];
  /** Row identity the page states, for joining the parts of a split table. */
  key?: string;
  index?: number;
  top?: number;
}

const KEY_ATTRS = ['data-row-key', 'row-id', 'data-rowkey', 'data-row-id', 'rowkey', 'data-key', 'data-id'];
const INDEX_ATTRS = [
  'aria-rowindex',
  'row-index',
  'data-row-index',
  'data-rowindex',
  'data-index',
  'rowindex',
];
const COLUMN_ATTRS = [
  'col-id',
  'data-col-id',
  'data-colid',
  'data-field',
  'data-column',
  'data-col',
  'aria-colindex',
];

const KEY_RANK = new Map(KEY_ATTRS.map((a, i) => [a, i]));
const INDEX_RANK = new Map(INDEX_ATTRS.map((a, i) => [a, i]));
const POSITION = /(?:^|;)\s*top\s*:\s*(-?[\d.]+)px|translate(?:Y|3d)?\(\s*(?:-?[\d.]+px\s*,\s*)?(-?[\d.]+)px/;

/**
 * The row, with what it states about its identity set on it (no object spread per row). `wrapped`: whether
 * the first rows hold Fusion's numbered cell wrappers (asked of those rows, not of every row).
 */
function withIdentity(out: BodyRow, wrapped: boolean): BodyRow {
  const row = out.element;
  // The row's few attribute names, once; values only of the names we rank.
  let keyRank = KEY_ATTRS.length;
  let indexRank = INDEX_ATTRS.length;
  let style = '';
  for (const name of row.getAttributeNames()) {
    if (name === 'style') style = row.getAttribute(name) ?? '';
    const k = KEY_RANK.get(name);
    if (k !== undefined && k < keyRank) {
      const value = row.getAttribute(name);
      if (value) {
        keyRank = k;
        out.key = value;
      }
    }
    const x = INDEX_RANK.get(name);
    if (x !== undefined && x < indexRank) {
      const value = Number(row.getAttribute(name));
      if (Number.isFinite(value)) {
        indexRank = x;
        out.index = value;
      }
    }
  }
  // Fusion's Next table numbers its cells' wrappers, not its rows (data-next-table-row): the row's index.
  if (out.index === undefined && wrapped) {
    const v = Number(
      row.querySelector('[data-next-table-row]')?.getAttribute('data-next-table-row') ?? Number.NaN,
    );
    if (Number.isFinite(v)) out.index = v;
  }
  // Virtual lists place recycled rows by style: top, or a translateY.
  const m = style ? POSITION.exec(style) : null;
  if (m) out.top = Number(m[1] ?? m[2]);
  return out;
}

/** Cells of a table row spread over the columns their colspan covers (a merged cell fills its first slot). */
function tableRowCells(tr: Element): (Element | undefined)[] {
  const out: (Element | undefined)[] = [];
  for (const cell of rowCells(tr)) {
    out.push(cell);
    for (let i = 1; i < spanOf(cell, 'colspan'); i++) out.push(undefined);
  }
  return out;
}

/** The attribute that names columns on both header cells and body cells, if any. */
function columnAttr(seg: Segment): string | undefined {
  return COLUMN_ATTRS.find((a) => seg.columns.every((c) => c.cell.hasAttribute(a)));
}

/**
 * A row's cells by the column id the header's cells carry (`keys`, in column order): null where no cell of
 * the row carries it, undefined where the row shares too few of the header's columns.
 */
function mapByAttr(
  keys: string[],
  attr: string,
  cells: Element[],
): (Element | undefined)[] | undefined | null {
  let any = false;
  let inOrder = cells.length === keys.length;
  const values = cells.map((c, i) => {
    const v = c.getAttribute(attr);
    if (v !== null) any = true;
    if (v !== keys[i]) inOrder = false;
    return v;
  });
  if (!any) return null;
  // Most grids render a row's cells in the header's order: no lookup needed.
  if (inOrder) return cells;
  const at = new Map<string, Element>();
  cells.forEach((c, i) => {
    const v = values[i];
    if (v !== null && v !== undefined) at.set(v, c);
  });
  const out = keys.map((k) => at.get(k));
  // A row of another part of the grid (a pinned container's row) shares few of this header's columns.
  return out.filter(Boolean).length * 2 >= keys.length ? out : undefined;
}

/** Candidate rows under `scope` for a segment, mapped to its columns; undefined cells where unmapped. */
function rowsIn(scope: Element, seg: Segment, head: Set<Element>): BodyRow[] {
  const width = seg.columns.length;
  // Header tables end in an empty cell over the body's scrollbar (antd's ant-table-cell-scrollbar,
  // Element's gutter): a body row may stop before those trailing unlabelled columns.
  let least = width;
  while (least > 1 && seg.columns[least - 1]!.shown === '') least--;
  const leaf = seg.headRows[seg.headRows.length - 1]!;
  const attr = columnAttr(seg);
  const keys = attr ? seg.columns.map((c) => c.cell.getAttribute(attr) ?? '') : [];
  // Native queries first (fast); the composed-tree walk only where they find nothing (rows in shadow roots).
  // An indexed loop over the list, kept as it goes: Array.from and a filter cost twice as much on the
  // thousands of divs of a div grid.
  const native = (sel: string, keep?: (el: Element) => boolean) => {
    const list = scope.querySelectorAll(sel);
    const out: Element[] = [];
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      if (!keep || keep(el)) out.push(el);
    }
    return out;
  };
  const shape = childrenOf(leaf).map((c) => c.tagName);
  // A row's children, kept from the shape test for reading its cells.
  const kidsOf = new Map<Element, Element[]>();
  const like = (el: Element) => {
    if (el.tagName !== leaf.tagName || el.childElementCount < 1) return false;
    // Fewer children than the header has cells, and no shadow root to render others: not a row (most of the
    // elements of the header's tag, when that is a div), told without listing its children.
    if (el.childElementCount < shape.length && !el.shadowRoot) return false;
    const kids = childrenShaped(el, shape);
    if (!kids) return false;
    kidsOf.set(el, kids);
    return true;
  };
  let candidates: Element[];
  if (seg.mode === 'table') candidates = native('tr', (tr) => !tr.closest('thead, tfoot'));
  else if (seg.mode === 'role') {
    candidates = native('[role="row"]');
    if (candidates.length <= 1) candidates = findAll(scope, (el) => el.getAttribute('role') === 'row');
  } else {
    candidates = native(leaf.tagName, like);
    if (candidates.length <= 1) candidates = findAll(scope, like);
  }
  // Fusion numbers the wrappers in every row: the first rows read tell (a query per row costs a lot).
  let wrapped = false;
  const out: BodyRow[] = [];
  // The header row's own ancestors and descendants are not body rows: two sets, not two tree walks a row.
  const around = new Set<Node>(leaf.querySelectorAll('*'));
  for (let p: Node | null = leaf; p; p = p.parentNode) around.add(p);
  for (const row of candidates) {
    if (head.has(row) || around.has(row)) continue;
    // Map by the column id only where the body cells carry it too (a header's data-column may be alone).
    let cells = attr ? mapByAttr(keys, attr, rowCells(row, kidsOf.get(row), false)) : null;
    if (cells === null) {
      const all: (Element | undefined)[] =
        seg.mode === 'table' ? tableRowCells(row) : rowCells(row, kidsOf.get(row));
      if (all.length <= width && all.length >= least) {
        cells = all;
        while (cells.length < width) cells.push(undefined);
      }
    }
    if (!cells) continue;
    if (out.length < 3) wrapped ||= row.querySelector('[data-next-table-row]') !== null;
    out.push(withIdentity({ element: row, cells }, wrapped));
  }
  return out;
}

/**
 * Body rows of a segment: the nearest scope around its header that holds rows of its width. Rows of a
 * nested table inside a cell are not rows of this table. Rows come out in the order the page states
 * (row index, then style position), DOM order otherwise.
 */
export function bodyRows(seg: Segment, head: Set<Element>): BodyRow[] {
  let scope: Element | null = seg.headRows[0]!;
  for (let up = 0; scope && up < 7; up++, scope = parentOf(scope)) {
    let rows = rowsIn(scope, seg, head);
    if (rows.length > 0) {
      if (seg.mode === 'table') rows = nearestTable(rows, leafOf(seg));
      const set = new Set(rows.map((r) => r.element));
      if (seg.mode === 'shape') {
        // Shaped like the header row may also be the rows' container (six rows under six headers): an
        // element whose children include two or more of the candidates is their container, not a row.
        const held = new Map<Element, number>();
        for (const r of rows) {
          const p = parentOf(r.element);
          if (p && set.has(p)) held.set(p, (held.get(p) ?? 0) + 1);
        }
        const outer = new Set([...held].filter(([, n]) => n >= 2).map(([p]) => p));
        return ordered(rows.filter((r) => !outer.has(r.element) && !nestedIn(r.element, set, scope!, outer)));
      }
      return ordered(rows.filter((r) => !nestedIn(r.element, set, scope!)));
    }
  }
  return [];
}

const leafOf = (seg: Segment) => seg.headRows[seg.headRows.length - 1]!;

/**
 * Rows of several body tables under one scope (Element UI's fixed tables repeat every column and row):
 * the header's own table's body, else the first body table after the header.
 */
function nearestTable(rows: BodyRow[], header: Element): BodyRow[] {
  const tables = [...new Set(rows.map((r) => r.element.closest('table')))];
  if (tables.length < 2) return rows;
  const own = header.closest('table');
  const pick =
    tables.find((t) => t === own) ??
    tables.find((t) => t && header.compareDocumentPosition(t) & 4) ??
    tables[0];
  return rows.filter((r) => r.element.closest('table') === pick);
}

function nestedIn(row: Element, rows: Set<Element>, scope: Element, except?: Set<Element>): boolean {
  for (let p = parentOf(row); p && p !== scope; p = parentOf(p))
    if (rows.has(p) && !except?.has(p)) return true;
  return false;
}

export function ordered(rows: BodyRow[]): BodyRow[] {
  if (rows.every((r) => r.index !== undefined)) return [...rows].sort((a, b) => a.index! - b.index!);
  if (rows.every((r) => r.top !== undefined)) return [...rows].sort((a, b) => a.top! - b.top!);
  return rows;
}
