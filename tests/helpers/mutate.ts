import type { DecimalMark, NumberContext } from '../../lib/parse';
import { CONSOLE_ADAPTERS } from '../../lib/sites';
import { AMAZON_MARKETPLACES } from '../../lib/sites/amazon/marketplaces';
import type { FieldSpec } from '../../lib/sites/read-rows';
import type { ColumnDictionary, Grid } from '../../lib/sites/table';

// Layout mutations for tests/unit/mutation.test.ts: each variant of a fixture is made in place on the one
// parsed Document, through a Journal that undoes every change afterwards. (happy-dom clones a 1,500-element
// page in 100-300 ms; a journal makes and reverts a variant in well under 1 ms.)

/** How a table adapter reads cells: its label table, field specs, and the number contexts it meets. */
export interface TableSpec {
  columns: ColumnDictionary<string>;
  fields: Record<string, FieldSpec>;
  /** `console`: an Amazon console; `alibaba`: a back office that reads yuan. */
  reader: 'console' | 'alibaba';
  contexts: NumberContext[];
}

const AMAZON: Pick<TableSpec, 'reader' | 'contexts'> = {
  reader: 'console',
  contexts: Object.values(AMAZON_MARKETPLACES).map(({ decimal, currency }) => ({ decimal, currency })),
};
const ALIBABA: Pick<TableSpec, 'reader' | 'contexts'> = {
  reader: 'alibaba',
  contexts: [{ decimal: '.', currency: 'CNY' }],
};

// Every console adapter reads a table and declares its columns and fields: the mutation suite
// (tests/unit/mutation.test.ts) varies its fixtures, the fuzz suite (tests/unit/fuzz.test.ts) its cells.
export const TABLES: Record<string, TableSpec> = Object.fromEntries(
  CONSOLE_ADAPTERS.map((a) => {
    if (!a.columns || !a.fields) throw new Error(`${a.id} reads a table: declare its columns and fields`);
    const spec = { columns: a.columns, fields: a.fields } as Pick<TableSpec, 'columns' | 'fields'>;
    return [a.id, { ...spec, ...(a.id.startsWith('amazon.') ? AMAZON : ALIBABA) }];
  }),
);

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

const ROW = 'tr, [role="row"], kat-table-row';

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

// Numbers as other locales print them: [group, decimal].
export const LOCALES = {
  en: [',', '.'],
  de: ['.', ','],
  fr: ['\u202f', ','],
  ch: ["'", '.'],
  plainComma: ['', ','],
} as const satisfies Record<string, readonly [string, string]>;
export type LocaleName = keyof typeof LOCALES;

// Text that is only a number with its currency, unit, sign or percent: nothing else is rewritten.
const NUMERIC_ONLY =
  /^[\s\d.,%+\-−()$€£¥￥]*(?:US\$|CA\$|USD|EUR|JPY|CNY|RMB|元|円|万|亿|[kKM])?[\s\d.,%+\-−()$€£¥￥]*$/;

/** Rewrites every number in a numeric-only text from the page's decimal mark to another locale's. */
export function relocale(text: string, from: DecimalMark, to: LocaleName): string {
  if (!/\d/.test(text) || !NUMERIC_ONLY.test(text)) return text;
  const [group, decimal] = LOCALES[to];
  return text.replace(/\d[\d.,]*\d|\d/g, (token) => {
    const at = token.lastIndexOf(from);
    const int = (at >= 0 ? token.slice(0, at) : token).replace(/[.,]/g, '');
    const frac = at >= 0 ? token.slice(at + 1) : undefined;
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return frac === undefined ? grouped : `${grouped}${decimal}${frac}`;
  });
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

/** Strings that are not a number of any kind: never readable as one. */
export const GARBAGE = [
  'abc',
  'n.a.',
  '12abc',
  'x1,234',
  '1.2.3,4,5',
  '$$5',
  '5 $ 5',
  '%',
  '$',
  '¥',
  '1e5',
  '0x1F',
  'Infinity',
  '-Infinity',
  '½',
  '١٢٣',
  '12 34 5',
  '1,2,3',
  '7..5',
  '3/4',
  '∞',
  '🙂',
  'null%',
  '<b>5</b>',
  '<img src=x onerror=alert(1)>',
  '12 units',
  'approx. 40',
  'Loading…',
  '加载中',
  '约 12',
  '5 – 10',
];

/** Numbers no console shows for these metrics (negative, absurdly large, out of range): refused or valid, never NaN. */
export const HOSTILE = [
  '-5',
  '(1,234.00)',
  '−12',
  '-0',
  '+7',
  '-$5.00',
  '$-5.00',
  '-12.5%',
  '-3,5 %',
  '99999999999999999999999',
  '9'.repeat(400),
  `${'9'.repeat(309)}.5`,
  '0.0000000001',
  '1,000,000,000,000,000,000.00',
  '500%',
  '1.5万',
  '2亿',
  '12K+',
  '10万+',
];

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

const weaken = (v: Variant, to: 'values') => {
  if (v.effect.expect === 'same') v.effect.expect = to;
};
const el = (v: Variant, tag: string, attrs: Record<string, string> = {}, text?: string) => {
  const e = v.j.doc.createElement(tag);
  for (const [k, val] of Object.entries(attrs)) e.setAttribute(k, val);
  if (text !== undefined) e.textContent = text;
  return e;
};
const bodyCells = (v: Variant, cols: number[]) =>
  v.kept.flatMap((row) => cols.map((col) => ({ row, col, cell: v.t.grid.rows[row]![col]! })));
const metricCols = (v: Variant) => [...v.metricAt.keys()];
const anyCol = (v: Variant) => v.r.int(v.t.width);
const segmentOf = (v: Variant, col: number) => v.t.segments.find((s) => s.includes(col))!;

/** Sometimes keeps fewer rows (a filtered or paginated table). */
export function keepRows(v: Variant) {
  const all = v.t.grid.rows.map((_, i) => i);
  v.kept = v.r.chance(0.8)
    ? all
    : v.r
        .shuffle(all)
        .slice(0, 1 + v.r.int(all.length))
        .sort((a, b) => a - b);
  for (const row of all) if (!v.kept.includes(row)) for (const part of v.t.rowParts[row]!) v.j.remove(part);
}

const UNKNOWN_LABELS = [
  'Metric 7',
  'Zyx',
  'Sessions (beta)',
  'Sitzungen*',
  '未知指标',
  '新指标',
  'Column',
  '—',
];
// What consoles print for "no value"; zero-width spaces look empty too.
const DASHES = ['--', '-', '—', '–', '−', '', ' ', 'N/A', '--%', '\u200b\u200b'];

export const MUTATIONS = {
  reorder(v: Variant) {
    const seg = v.r.pick(v.t.segments.filter((s) => s.length > 1));
    if (!seg) return;
    let order = v.r.shuffle(seg);
    if (order.every((c, i) => c === seg[i])) order = [...seg].reverse();
    setColumnOrder(
      v.j,
      v.t,
      seg,
      order.map((col) => ({ col })),
    );
  },
  rename(v: Variant) {
    const col = v.r.chance(0.8) && v.metricAt.size ? v.r.pick(metricCols(v)) : anyCol(v);
    v.j.text(v.t.grid.headerCells[col]!, v.r.pick(UNKNOWN_LABELS));
    weaken(v, 'values');
  },
  remove(v: Variant) {
    const col = v.r.chance(0.7) && v.metricAt.size ? v.r.pick(metricCols(v)) : anyCol(v);
    const seg = segmentOf(v, col);
    setColumnOrder(
      v.j,
      v.t,
      seg,
      seg.filter((c) => c !== col).map((c) => ({ col: c })),
    );
    weaken(v, 'values');
  },
  duplicate(v: Variant) {
    const col = v.r.chance(0.7) && v.metricAt.size ? v.r.pick(metricCols(v)) : anyCol(v);
    const seg = segmentOf(v, col);
    const before = v.r.chance(0.5);
    const order = seg.flatMap((c) =>
      c !== col ? [{ col: c }] : before ? [{ col, copy: true }, { col }] : [{ col }, { col, copy: true }],
    );
    setColumnOrder(v.j, v.t, seg, order);
  },
  /** Cells drawn in DOM order other than their aria-colindex, rows in DOM order other than aria-rowindex. */
  shuffle(v: Variant) {
    if (v.t.colindexed && v.r.chance(0.5)) {
      for (const line of [v.t.grid.headerCells, ...v.kept.map((r) => v.t.grid.rows[r]!)]) {
        const parent = line[0]!.parentNode!;
        for (const cell of v.r.shuffle(line)) v.j.put(cell, parent, null);
      }
    }
    if (v.t.rowParts.every((p) => p.length === 1)) {
      const rows = v.kept.map((r) => v.t.rowParts[r]![0]!);
      const parent = rows[0]!.parentNode!;
      if (rows.every((row) => row.parentNode === parent))
        for (const row of v.r.shuffle(rows)) v.j.put(row, parent, null);
    }
  },
  wrapCells(v: Variant) {
    const cols = v.r.chance(0.3) ? v.t.grid.headerCells.map((_, i) => i) : [anyCol(v), anyCol(v), anyCol(v)];
    const chain = v.r.pick([['div'], ['span'], ['div', 'span'], ['span', 'span'], ['div', 'div', 'span']]);
    for (const { cell } of bodyCells(v, [...new Set(cols)])) {
      const old = Array.from(cell.childNodes);
      const outer = el(v, chain[0]!, { class: 'cell-inner' });
      let inner = outer;
      for (const tag of chain.slice(1)) inner = inner.appendChild(el(v, tag));
      v.j.children(cell, [outer]);
      for (const c of old) inner.appendChild(c);
    }
  },
  wrapRows(v: Variant) {
    for (const row of v.kept) {
      for (const part of v.t.rowParts[row]!) {
        if (part.tagName === 'TR') {
          // A table split into several <tbody> groups, each row in its own.
          const body = part.parentNode as Element;
          const group = el(v, 'tbody', { class: 'row-group' });
          v.j.put(group, body.parentNode!, body);
          v.j.put(part, group, null);
        } else v.j.wrap(part, el(v, 'div', { class: 'virtual-row-wrapper' }));
      }
    }
    if (v.r.chance(0.5)) v.j.wrap(v.t.grid.root, el(v, 'div', { class: 'scroll-container' }));
  },
  headerDecor(v: Variant) {
    for (const cell of v.t.grid.headerCells) {
      if (!cell.textContent?.trim() || v.r.chance(0.4)) continue;
      const old = Array.from(cell.childNodes);
      const label = el(v, v.r.pick(['div', 'span']), { class: 'header-inner' });
      const extra: Node[] = [];
      if (v.r.chance(0.5)) extra.push(el(v, 'i', { 'aria-hidden': 'true', class: 'icon' }, 'ⓘ ▼'));
      if (v.r.chance(0.5))
        extra.push(el(v, 'span', { role: 'tooltip', class: 'tooltip' }, 'Total over 7 days: 1,234'));
      v.j.children(cell, [label, ...extra]);
      for (const c of old) label.appendChild(c);
    }
  },
  empty(v: Variant) {
    const parent = v.t.rowParts[v.kept[0]!]![0]!.parentNode!;
    for (const parts of v.t.rowParts) for (const part of parts) v.j.remove(part);
    const text = v.alibaba ? '暂无数据' : 'No data available';
    if (v.t.markup === 'table' && v.r.chance(0.5)) {
      const td = el(v, 'td', { colspan: String(v.t.width), class: 'empty-cell' }, text);
      const tr = el(v, 'tr', { class: 'empty-row' });
      tr.appendChild(td);
      v.j.put(tr, parent, null);
    } else {
      const root = v.t.grid.root;
      v.j.put(
        el(v, 'div', { role: 'status', class: 'empty-state' }, text),
        root.parentNode!,
        root.nextSibling,
      );
    }
    v.effect.expect = 'empty';
  },
  loading(v: Variant) {
    const shapes = v.t.rowParts[v.kept[0]!]!.map((part) => ({
      part,
      parent: part.parentNode!,
      cells: v.t.grid.rows[v.kept[0]!]!.filter((c) => c.closest(ROW) === part),
    }));
    for (const parts of v.t.rowParts) for (const part of parts) v.j.remove(part);
    if (v.alibaba && v.r.chance(0.4)) {
      const spin = v.r.pick(['ant-spin ant-spin-spinning', 'next-loading-tip', 'mx-loading', 'loading-mask']);
      v.j.put(el(v, 'div', { class: spin }), v.t.grid.root.parentNode!, v.t.grid.root);
    } else {
      const n = 3 + v.r.int(6);
      const busy = v.r.chance(0.5);
      for (const { part, parent, cells } of shapes) {
        for (let i = 0; i < n; i++) {
          const row = el(v, part.tagName.toLowerCase(), { class: part.getAttribute('class') ?? '' });
          if (part.getAttribute('role')) row.setAttribute('role', part.getAttribute('role')!);
          if (busy) row.setAttribute('aria-busy', 'true');
          for (const c of cells) {
            const cell = el(v, c.tagName.toLowerCase());
            if (c.getAttribute('role')) cell.setAttribute('role', c.getAttribute('role')!);
            cell.appendChild(skeletonCell(v.j.doc, v.t, v.r));
            row.appendChild(cell);
          }
          v.j.put(row, parent, null);
        }
      }
    }
    v.effect.expect = 'loading';
  },
  /** Some rows still loading (a virtualised grid scrolled fast): they are not read, the others are. */
  partialSkeleton(v: Variant) {
    if (v.kept.length < 2) return;
    const rows = v.r.shuffle(v.kept).slice(0, 1 + v.r.int(v.kept.length - 1));
    v.kept = v.kept.filter((row) => !rows.includes(row));
    for (const row of rows) {
      for (const cell of v.t.grid.rows[row]!) v.j.children(cell, [skeletonCell(v.j.doc, v.t, v.r)]);
      if (v.r.chance(0.3)) for (const part of v.t.rowParts[row]!) v.j.attr(part, 'aria-busy', 'true');
    }
    weaken(v, 'values');
  },
  /** The page's numbers in another locale's format (the seller's UI language), its marketplace unchanged. */
  locale(v: Variant) {
    const to = v.r.pick(
      (Object.keys(LOCALES) as LocaleName[]).filter((l) => LOCALES[l][1] !== v.decimal || l === 'ch'),
    );
    for (const { cell } of bodyCells(
      v,
      v.t.grid.headerCells.map((_, i) => i),
    )) {
      for (const node of textNodes(cell)) {
        const next = relocale(node.data, v.decimal, to);
        if (next !== node.data) v.j.data(node, next);
      }
      for (const input of Array.from(cell.querySelectorAll('input[value]'))) {
        const value = input.getAttribute('value')!;
        const next = relocale(value, v.decimal, to);
        if (next !== value) v.j.attr(input, 'value', next);
      }
    }
    weaken(v, 'values');
  },
  dash(v: Variant) {
    const p = 0.1 + v.r.next() * 0.4;
    for (const { row, col, cell } of bodyCells(v, metricCols(v))) {
      if (!v.r.chance(p)) continue;
      v.j.text(cell, v.r.pick(DASHES));
      v.effect.blanked.add(`${row}|${v.metricAt.get(col)}`);
    }
    weaken(v, 'values');
  },
  garbage(v: Variant) {
    const p = 0.1 + v.r.next() * 0.4;
    const cols = v.r.chance(0.85) ? metricCols(v) : v.t.grid.headerCells.map((_, i) => i);
    for (const { cell } of bodyCells(v, cols)) {
      if (!v.r.chance(p)) continue;
      const junk = v.r.pick(GARBAGE);
      if (v.r.chance(0.25) && cell.textContent?.trim()) v.j.put(el(v, 'span', {}, junk), cell, null);
      else v.j.text(cell, junk);
    }
    weaken(v, 'values');
  },
  hostile(v: Variant) {
    const p = 0.1 + v.r.next() * 0.4;
    for (const { row, col, cell } of bodyCells(v, metricCols(v))) {
      if (!v.r.chance(p)) continue;
      v.j.text(cell, v.r.pick(HOSTILE));
      v.effect.overwritten.add(`${row}|${v.metricAt.get(col)}`);
    }
    weaken(v, 'values');
  },
} satisfies Record<string, (v: Variant) => void>;
export type MutationKind = keyof typeof MUTATIONS;

const COLUMN_KINDS: MutationKind[] = ['reorder', 'rename', 'remove', 'duplicate'];
const NEUTRAL: MutationKind[] = ['wrapCells', 'wrapRows', 'headerDecor', 'shuffle'];

/** Applies `kind` to the page, after trimming rows and, sometimes, a harmless layout change. */
export function mutate(v: Variant, kind: MutationKind) {
  keepRows(v);
  const column = COLUMN_KINDS.includes(kind);
  if (kind !== 'empty' && kind !== 'loading' && v.r.chance(0.35)) {
    const extra = v.r.pick<MutationKind>(column ? NEUTRAL : [...NEUTRAL, 'reorder', 'duplicate']);
    v.effect.kinds.push(extra);
    MUTATIONS[extra](v);
  }
  v.effect.kinds.push(kind);
  MUTATIONS[kind](v);
}
