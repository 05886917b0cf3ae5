import { METRICS, type SnapshotRecord, validMetricValue } from '../../model';
import { type NumberContext, type Parsed, parseNumber } from '../../parse';
import { collapseSpace, textOf } from '../dom';
import { cellText, type FieldSpec, isPlaceholder } from '../read-rows';
import type { Grid } from '../table';

// Alibaba consoles stack secondary lines under a value: 生意参谋 `4.82万` over `较前7日 +32.32%`, 千牛 `3`
// beside `库存紧张`, 直通车 a bid beside an edit icon. The value is the cell's first line; the rest is
// never read as the number.

/** The first line of a cell: its first non-empty text, descending through wrappers that hold all of it. */
export function leadText(cell: Element): string {
  let node: Element = cell;
  for (;;) {
    const whole = textOf(node);
    const first = Array.from(node.childNodes).find((n) => textOf(n) !== '');
    if (!first) return whole;
    if (first.nodeType !== 1) return collapseSpace(first.nodeValue ?? '');
    if (textOf(first) !== whole) return textOf(first);
    node = first as Element;
  }
}

/** What follows the first line (`库存紧张`, `出售中`), or ''. */
export function restText(cell: Element): string {
  const whole = textOf(cell);
  const lead = leadText(cell);
  return whole.startsWith(lead) ? whole.slice(lead.length).trim() : '';
}

export interface AliRow {
  /** Whole cell texts by field. */
  cells: Record<string, string>;
  /** Cell elements by field, for links and tags. */
  els: Record<string, Element>;
  metrics: SnapshotRecord['metrics'];
  /** Metrics whose cell showed `-`/`--`: these consoles print that for zero as well as for no data. */
  dashed: string[];
  element: Element;
  /** Every cell of the row, across the parts of a split table. */
  all: Element[];
}

function parseCell(cell: Element, spec: FieldSpec, num: NumberContext): Parsed {
  const whole = parseNumber(cellText(cell), spec.unit ?? 'number', num);
  if (whole.ok || whole.reason === 'empty' || whole.reason === 'dash') return whole;
  return parseNumber(leadText(cell), spec.unit ?? 'number', num);
}

/** Reads rows through a field map; a cell that holds something other than a number makes its field unreadable. */
export function readAliRows<F extends string>(
  grid: Grid,
  columns: Partial<Record<F, number>>,
  fields: Record<F, FieldSpec>,
  num: NumberContext,
): { rows: AliRow[]; unreadable: F[]; placeholders: number } {
  const unreadable = new Set<F>();
  const rows: AliRow[] = [];
  let placeholders = 0;
  const busyTable = grid.root.getAttribute('aria-busy') === 'true';
  grid.rows.forEach((cells, i) => {
    const element = grid.rowElements[i]!;
    // One cell across a wide table is a `暂无数据` / `加载中` message row, not data.
    if (cells.length === 1 && grid.headers.length > 1) return;
    let text = false;
    let gap = false;
    const odd: F[] = [];
    const row: AliRow = { cells: {}, els: {}, metrics: {}, dashed: [], element, all: cells };
    for (const field of Object.keys(fields) as F[]) {
      const at = columns[field];
      const cell = at === undefined ? undefined : cells[at];
      if (!cell) continue;
      const t = cellText(cell);
      row.cells[field] = t;
      row.els[field] = cell;
      if (t !== '') text = true;
      const spec = fields[field];
      if (!spec.metric) continue;
      if (t === '') gap = true;
      const p = parseCell(cell, spec, num);
      if (p.ok) {
        const wrongCurrency =
          spec.unit === 'money' && p.currency && num.currency && p.currency !== num.currency;
        if (wrongCurrency || !validMetricValue(METRICS[spec.metric], p.value)) odd.push(field);
        else row.metrics[spec.metric] = p.value;
      } else if (p.reason === 'dash') row.dashed.push(spec.metric);
      else if (p.reason !== 'empty') odd.push(field);
    }
    // As readRows: only rows with empty or odd cells can be skeletons, so only they are looked into.
    if ((busyTable || !text || gap || odd.length) && isPlaceholder(element)) {
      placeholders++;
      return;
    }
    for (const f of odd) unreadable.add(f);
    row.dashed.sort();
    rows.push(row);
  });
  return { rows, unreadable: [...unreadable], placeholders };
}

/** attrs.dashed: which metrics the page printed as a dash. */
export const dashedAttr = (row: AliRow): SnapshotRecord['attrs'] =>
  row.dashed.length ? { dashed: row.dashed.join(',') } : {};
