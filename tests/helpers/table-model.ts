import type { DecimalMark } from '../../lib/parse';
import type { Grid } from '../../lib/sites/table';

// The seeded random source, the undo journal and the table model the layout mutations work on
// (tests/helpers/mutate.ts).

export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const k = int(i + 1);
        [out[i], out[k]] = [out[k]!, out[i]!];
      }
      return out;
    },
  };
}
export type Rng = ReturnType<typeof rng>;

/** A seed for one part of a run, derived from the run's seed and names (FNV-1a). */
export function seedFor(seed: number, ...parts: string[]): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** DOM changes that can all be undone, newest first. */
export class Journal {
  private undo: (() => void)[] = [];
  constructor(readonly doc: Document) {}

  /** Inserts or moves `node` before `before` in `parent`. */
  put(node: Node, parent: Node, before: Node | null) {
    const from = node.parentNode;
    const next = node.nextSibling;
    parent.insertBefore(node, before);
    this.undo.push(() => {
      if (from) from.insertBefore(node, next);
      else (node as ChildNode).remove();
    });
  }
  remove(node: Node) {
    const from = node.parentNode;
    if (!from) return;
    const next = node.nextSibling;
    from.removeChild(node);
    this.undo.push(() => from.insertBefore(node, next));
  }
  /** Replaces an element's children (the old ones are kept for the undo, or moved into the new ones). */
  children(el: Element, nodes: Node[]) {
    const old = Array.from(el.childNodes);
    for (const c of old) el.removeChild(c);
    for (const n of nodes) el.appendChild(n);
    this.undo.push(() => {
      for (const c of Array.from(el.childNodes)) el.removeChild(c);
      for (const c of old) el.appendChild(c);
    });
  }
  text(el: Element, text: string) {
    this.children(el, [this.doc.createTextNode(text)]);
  }
  attr(el: Element, name: string, value: string | null) {
    const old = el.getAttribute(name);
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
    this.undo.push(() => (old === null ? el.removeAttribute(name) : el.setAttribute(name, old)));
  }
  data(node: Text, value: string) {
    const old = node.data;
    node.data = value;
    this.undo.push(() => {
      node.data = old;
    });
  }
  /** Wraps `node` in `wrapper`, where it stood. */
  wrap(node: Node, wrapper: Element) {
    this.put(wrapper, node.parentNode!, node);
    this.put(node, wrapper, null);
  }
  revert() {
    while (this.undo.length) this.undo.pop()!();
  }
}

export const ROW = 'tr, [role="row"], kat-table-row';

/** What the mutations need to know about a grid, computed once on the pristine page. */
/** A grid every cell of which is on the page (the fixtures' tables are whole). */
type WholeGrid = Omit<Grid, 'rows'> & { rows: Element[][] };

export interface TableModel {
  grid: WholeGrid;
  width: number;
  markup: 'table' | 'aria' | 'kat';
  /** Cells are placed by aria-colindex (virtualised ARIA grids). */
  colindexed: boolean;
  /** Groups of columns whose cells share one parent in every row (split tables have several). */
  segments: number[][];
  /** Each logical row's row elements (a split table draws one row in several tables). */
  rowParts: Element[][];
}

export function tableModel(read: Grid): TableModel {
  const width = read.headerCells.length;
  if (read.rows.some((r) => r.length !== width)) throw new Error('rows and headers do not align');
  if (read.rows.some((r) => r.some((c) => !c))) throw new Error('a fixture row lacks a cell');
  const grid = read as WholeGrid;
  const ids = new Map<Node | null, number>();
  const id = (n: Node | null) => {
    if (!ids.has(n)) ids.set(n, ids.size);
    return ids.get(n)!;
  };
  const bySeg = new Map<string, number[]>();
  for (let c = 0; c < width; c++) {
    const sig = [grid.headerCells[c]!, ...grid.rows.map((r) => r[c]!)].map((x) => id(x.parentNode)).join();
    bySeg.set(sig, [...(bySeg.get(sig) ?? []), c]);
  }
  const tag = grid.root.tagName.toLowerCase();
  return {
    grid,
    width,
    markup: tag === 'table' ? 'table' : tag === 'kat-table' ? 'kat' : 'aria',
    colindexed: grid.headerCells.every((h) => Number(h.getAttribute('aria-colindex')) > 0),
    segments: [...bySeg.values()],
    rowParts: grid.rows.map((cells, r) => [
      ...new Set([grid.rowElements[r]!, ...cells.map((c) => c.closest(ROW)!).filter(Boolean)]),
    ]),
  };
}

/** One column of the new order: an existing column, or a copy of one. */
export interface Slot {
  col: number;
  copy?: boolean;
}

/** Lays out the cells of one segment (header row and every body row) in a new column order. */
export function setColumnOrder(j: Journal, t: TableModel, seg: number[], order: Slot[]) {
  const lines = [t.grid.headerCells, ...t.grid.rows];
  for (const line of lines) {
    const cells = seg.map((c) => line[c]!);
    const parent = cells[0]!.parentNode!;
    const inDom = Array.from(parent.childNodes).filter((n) => cells.includes(n as Element));
    const marks = inDom.map((cell) => {
      const m = j.doc.createComment('slot');
      j.put(m, parent, cell);
      return m;
    });
    for (const c of cells) j.remove(c);
    const fresh = order.map((s) => {
      const cell = line[s.col]!;
      return s.copy ? (cell.cloneNode(true) as Element) : cell;
    });
    const tail = marks[marks.length - 1]!.nextSibling;
    for (const [k, cell] of fresh.entries()) {
      j.put(cell, parent, marks[k] ?? tail);
      if (t.colindexed) j.attr(cell, 'aria-colindex', String(k + 1));
    }
    for (const m of marks) j.remove(m);
  }
}

/** Text nodes under an element, in document order. */
export function textNodes(el: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    else for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(el);
  return out;
}

/** Markup that a console draws while rows load, per table kind. */
export function skeletonCell(doc: Document, t: TableModel, r: Rng): Element {
  if (t.markup === 'kat') return doc.createElement('kat-skeleton');
  const el = doc.createElement(r.pick(['div', 'span']));
  el.className = r.pick([
    'skeleton',
    'ant-skeleton-input',
    'ReportTable-module__skeleton--96mjT',
    'SkeletonLine',
  ]);
  return el;
}

/** What a variant changed, and so what its extraction may differ in. */
export interface Effect {
  kinds: string[];
  /** `same`: every kept record reads as before; `values`: numbers equal or reported missing. */
  expect: 'same' | 'values' | 'empty' | 'loading';
  /** `row|metric` cells the variant shows as `--` or empty: no value is the right reading. */
  blanked: Set<string>;
  /** `row|metric` cells the variant shows another (hostile) number in: only validity is checked. */
  overwritten: Set<string>;
}

export interface Variant {
  j: Journal;
  r: Rng;
  t: TableModel;
  decimal: DecimalMark;
  alibaba: boolean;
  /** Column index -> metric the adapter reads there. */
  metricAt: ReadonlyMap<number, string>;
  /** Logical rows still on the page. */
  kept: number[];
  effect: Effect;
}
