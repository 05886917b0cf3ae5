import { GARBAGE, HOSTILE, LOCALES, type LocaleName, relocale } from './cell-values';
import { ROW, setColumnOrder, skeletonCell, textNodes, type Variant } from './table-model';

export * from './cell-values';
export * from './table-model';
export * from './tables';

// Layout mutations for tests/unit/mutation.test.ts, made in place through a Journal that undoes them
// (happy-dom clones a 1,500-element page in 100-300 ms; a journal makes and reverts a variant in under 1 ms).

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
