import { collapseSpace, textOf } from '../dom';
import { normalizeLabel } from '../table';
import { childrenOf, eachVisibleText, parentOf, textLength } from './tree';

// Header cells are found by the labels a person reads, wherever they sit: any element, any depth, inside
// open shadow roots, with sort carets, tooltip icons and help text around the label. A header "row" is
// whatever holds several of them side by side; grouped two-row headers give each leaf its group's label.

/** The labels one reader looks for, normalised, and every prefix of them (labels split over nodes). */
export interface LabelIndex {
  labels: Set<string>;
  prefixes: Set<string>;
  longest: number;
}

export function labelIndex(labels: Iterable<string>): LabelIndex {
  const set = new Set<string>();
  const prefixes = new Set<string>();
  let longest = 0;
  for (const raw of labels) {
    const l = normalizeLabel(raw);
    if (!l) continue;
    set.add(l);
    longest = Math.max(longest, l.length);
    for (let i = 1; i <= l.length; i++) prefixes.add(l.slice(0, i).trim());
  }
  return { labels: set, prefixes, longest };
}

const DECORATION =
  '[role="tooltip"], .tooltip, kat-popover, [aria-hidden="true"], [bx-name="tooltips"], [hidden], button[aria-label]:empty';
// Sort buttons carry visually hidden hints (万相台: an opacity:0 span `点击降序`) that textContent keeps.
const SORT_HINT =
  /\s*(?:点击)?(?:升序|降序|排序)$|\s*(?:sort(?:ed)? (?:ascending|descending)|click to sort)$/i;
const HELP_MARK = /\s*[?？ⓘ]$/;

/** The label a header cell shows: its text without tooltips, sort hints and help marks. */
export function headerLabel(cell: Element): string {
  const tagged = cell.getAttribute('data-label');
  const raw = tagged ?? textOf(cell, (el) => el.matches(DECORATION));
  return collapseSpace(raw.replace(SORT_HINT, '').replace(HELP_MARK, ''));
}

const NOT_LABEL = /^[\s\d.,%‰$€£¥￥+\-−–—:/()#*~]*$/;

const ROW_ROLE = (el: Element) =>
  el.tagName === 'TR' || el.getAttribute('role') === 'row' || el.tagName.endsWith('-ROW');

/** Label elements: the highest element whose whole label is one of ours (th > div > span "Clicks" -> th). */
export function findLabelElements(root: Node, index: LabelIndex): Element[] {
  const found = new Set<Element>();
  const cache = new Map<Element, string>();
  const label = (el: Element) => {
    let l = cache.get(el);
    if (l === undefined) {
      l = textLength(el) > index.longest * 4 + 40 ? '' : normalizeLabel(headerLabel(el));
      cache.set(el, l);
    }
    return l;
  };
  const normalised = new Map<string, string>();
  eachVisibleText(root, (t) => {
    const raw = t.nodeValue ?? '';
    // Numbers, money, rates and dates are never labels: most of a table's text is rejected unnormalised.
    if (raw.length > index.longest * 2 + 20 || NOT_LABEL.test(raw)) return;
    let s = normalised.get(raw);
    if (s === undefined) {
      s = normalizeLabel(raw);
      normalised.set(raw, s);
    }
    if (!s || !index.prefixes.has(s)) return;
    let el = t.parentElement ?? parentOf(t as unknown as Element);
    for (let up = 0; el && up < 4 && !index.labels.has(label(el)); up++) {
      if (ROW_ROLE(el)) return;
      el = parentOf(el);
    }
    if (!el || !index.labels.has(label(el))) return;
    const l = label(el);
    for (let p = parentOf(el); p && !ROW_ROLE(p) && label(p) === l; p = parentOf(p)) el = p;
    found.add(el);
  });
  return [...found];
}

/** The row that holds a label: the nearest row element, else the nearest ancestor holding two labels. */
export function headerRowOf(
  el: Element,
  ancestors: Map<Element, number>,
): { row: Element; cell: Element } | undefined {
  let cell = el;
  for (let p = parentOf(el), up = 0; p && up < 10; p = parentOf(p), up++) {
    if (ROW_ROLE(p)) return { row: p, cell };
    cell = p;
  }
  cell = el;
  for (let p = parentOf(el), up = 0; p && up < 10; p = parentOf(p), up++) {
    if ((ancestors.get(p) ?? 0) >= 2) return { row: p, cell };
    cell = p;
  }
  return undefined;
}

/** How many label elements each ancestor holds (a few levels up). */
export function labelAncestors(labels: Element[]): Map<Element, number> {
  const count = new Map<Element, number>();
  for (const l of labels)
    for (let p = parentOf(l), up = 0; p && up < 10; p = parentOf(p), up++)
      count.set(p, (count.get(p) ?? 0) + 1);
  return count;
}

export const spanOf = (cell: Element, attr: 'colspan' | 'rowspan') => {
  const v = Number(cell.getAttribute(attr) ?? cell.getAttribute(`aria-${attr}`) ?? 1);
  return Number.isInteger(v) && v > 0 && v < 100 ? v : 1;
};

/** One column of a header: its leaf cell and the label variants it answers to. */
export interface Column {
  cell: Element;
  /** What the page shows, for diagnostics. */
  shown: string;
  /** Normalised labels: the leaf's, and `group - leaf` under a group header. */
  labels: string[];
  /** The same variants as the page prints them. */
  variants: string[];
}

/** Columns of header rows laid out as a table: colspan/rowspan resolved, groups prefixed to their leaves. */
export function columnsOfRows(rows: Element[], cellsOf: (row: Element) => Element[]): Column[] {
  const grid: Element[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r]![c]) c++;
      const cs = spanOf(cell, 'colspan');
      const rs = spanOf(cell, 'rowspan');
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cs; dc++) grid[r + dr]![c + dc] = cell;
      }
      c += cs;
    }
  });
  const last = grid[rows.length - 1] ?? [];
  const out: Column[] = [];
  for (let c = 0; c < last.length; c++) {
    const leaf = last[c];
    if (!leaf) continue;
    const shown = headerLabel(leaf);
    const variants = [shown];
    for (let r = rows.length - 2; r >= 0; r--) {
      const group = grid[r]?.[c];
      if (!group || group === leaf || spanOf(group, 'colspan') < 2) continue;
      const g = headerLabel(group);
      if (g) variants.unshift(`${g} - ${shown}`, `${g} ${shown}`);
      break;
    }
    const labels = variants.map(normalizeLabel);
    // A merged leaf (colspan > 1) is one column to a reader; its other slots are not columns.
    if (c > 0 && last[c - 1] === leaf) continue;
    out.push({ cell: leaf, shown, labels, variants });
  }
  return out;
}

const CELL_ROLES = new Set(['gridcell', 'cell', 'columnheader', 'rowheader']);
const isTableCell = (c: Element) => c.tagName === 'TD' || c.tagName === 'TH';
const hasCellRole = (c: Element) => CELL_ROLES.has(c.getAttribute('role') ?? '');

/**
 * The cells of one header or body row, in column order (aria-colindex when every cell has one; `ordered`
 * false leaves them in DOM order, for a caller mapping them by a column id itself).
 */
export function rowCells(row: Element, kids = childrenOf(row), ordered = true): Element[] {
  // Called for every row of every table read: counts first, a new array only where some child is left out.
  if (row.tagName === 'TR') return kids.every(isTableCell) ? kids : kids.filter(isTableCell);
  // Roles counted until the outcome is known: once the rest could not make half, every child is kept.
  const n = kids.length;
  let roled = 0;
  for (let i = 0; i < n; i++) {
    if (hasCellRole(kids[i]!)) roled++;
    else if (roled + (n - i - 1) < n / 2) break;
  }
  const cells = roled > 0 && roled >= n / 2 ? (roled === n ? kids : kids.filter(hasCellRole)) : kids;
  if (!ordered || !cells[0]?.hasAttribute('aria-colindex')) return cells;
  // One pass: every cell numbered, and in order (the usual case) needs no array.
  let prev = 0;
  let inOrder = true;
  for (const c of cells) {
    const at = Number(c.getAttribute('aria-colindex'));
    if (!Number.isInteger(at) || at <= 0) return cells;
    if (at <= prev) inOrder = false;
    prev = at;
  }
  if (inOrder) return cells;
  return cells
    .map((c) => ({ c, n: Number(c.getAttribute('aria-colindex')) }))
    .sort((a, b) => a.n - b.n)
    .map((x) => x.c);
}
