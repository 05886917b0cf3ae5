import type { SnapshotRecord } from '../model';
import { METRICS, type MetricName, validMetricValue } from '../model/metrics';
import { type NumberContext, type NumberKind, type Parsed, parseNumber } from '../parse';
import { leadText, textOf } from './dom';
import { ROWS_PER_STEP, runSteps, type Steps } from './steps';
import type { Grid } from './table';

export interface FieldSpec {
  /** A metric of the data dictionary, parsed as `unit`. */
  metric?: MetricName;
  unit?: NumberKind;
  /** Narrows the cell text to the number before parsing (e.g. the price of "$11.99 + $4.99" shipping). */
  pre?: (text: string) => string;
}

export interface RowDraft {
  /** Whole cell texts by field. */
  cells: Record<string, string>;
  /** Cell elements by field, for links and tags. */
  els: Record<string, Element>;
  metrics: SnapshotRecord['metrics'];
  /** Metrics whose cell showed `-`/`--`: Alibaba consoles print that for zero as well as for no data. */
  dashed: string[];
  element: Element;
  /** Every cell of the row, across the parts of a split table (undefined where a part has none). */
  all: (Element | undefined)[];
}

export interface RowsRead<F extends string = string> {
  rows: RowDraft[];
  /** Fields whose column exists but whose cells held something that is not a number of the right kind. */
  unreadable: F[];
  /** Rows that are placeholders (skeletons, spinners) rather than data. */
  placeholders: number;
}

/** The text of a cell; an input's value counts (Seller Central shows prices and bids in inputs). */
export function cellText(cell: Element | undefined): string {
  // textOf already reads an input's value where the input sits: no second query per cell.
  return cell ? textOf(cell) : '';
}

const SKELETON = 'kat-skeleton, .skeleton, [class*="skeleton" i], [class*="Skeleton"]';
/** A loading placeholder row (skeleton, spinner). */
export const isPlaceholder = (row: Element) =>
  row.getAttribute('aria-busy') === 'true' || row.querySelector(SKELETON) !== null;

// Consoles stack secondary lines under a value: 生意参谋 `4.82万` over `较前7日 +32.32%`, 千牛 `3` beside
// `库存紧张`, a bid beside an edit icon. When the whole cell is not a number, its first line may be.
function parseCell(cell: Element, text: string, spec: FieldSpec, num: NumberContext): Parsed {
  const kind = spec.unit ?? 'number';
  const whole = parseNumber(spec.pre ? spec.pre(text) : text, kind, num);
  if (whole.ok || whole.reason === 'empty' || whole.reason === 'dash') return whole;
  const lead = leadText(cell);
  return lead === text ? whole : parseNumber(spec.pre ? spec.pre(lead) : lead, kind, num);
}

/**
 * Reads every data row of a grid through a field map. A cell showing `--` or nothing gives no metric;
 * a cell showing anything else that does not parse makes its field unreadable: never a guessed number.
 */
export function readRows<F extends string>(
  grid: Grid,
  columns: Partial<Record<F, number>>,
  fields: Record<F, FieldSpec>,
  num: NumberContext,
): RowsRead<F> {
  return runSteps(readRowsSteps(grid, columns, fields, num));
}

/** readRows in steps of ROWS_PER_STEP rows (lib/sites/steps.ts). */
export function* readRowsSteps<F extends string>(
  grid: Grid,
  columns: Partial<Record<F, number>>,
  fields: Record<F, FieldSpec>,
  num: NumberContext,
): Steps<RowsRead<F>> {
  const unreadable = new Set<F>();
  const rows: RowDraft[] = [];
  let placeholders = 0;
  // The mapped fields, worked out once: a row reads only the cells of columns we use.
  const used: { field: F; at: number; spec: FieldSpec }[] = [];
  for (const field of Object.keys(fields) as F[]) {
    const at = columns[field];
    if (at !== undefined) used.push({ field, at, spec: fields[field] });
  }
  const busyTable = grid.root.getAttribute('aria-busy') === 'true';
  const { rows: gridRows, rowElements } = grid;
  for (let i = 0; i < gridRows.length; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const cells = gridRows[i]!;
    const element = rowElements[i]!;
    const draft: RowDraft = { cells: {}, els: {}, metrics: {}, dashed: [], element, all: cells };
    let text = false;
    let gap = false;
    const odd: F[] = [];
    for (const { field, at, spec } of used) {
      const cell = cells[at];
      const t = cellText(cell);
      draft.cells[field] = t;
      if (cell) draft.els[field] = cell;
      if (t !== '') text = true;
      if (!spec.metric) continue;
      if (t === '' || !cell) {
        gap = true;
        continue;
      }
      const p = parseCell(cell, t, spec, num);
      if (p.ok) {
        const wrongCurrency =
          spec.unit === 'money' && num.currency && p.currency && p.currency !== num.currency;
        // A negative count or a rating of 7 is not a reading: the field is unreadable, the rest is kept.
        if (wrongCurrency || !validMetricValue(METRICS[spec.metric], p.value)) odd.push(field);
        else draft.metrics[spec.metric] = p.value;
      } else if (p.reason === 'dash') draft.dashed.push(spec.metric);
      else if (p.reason !== 'empty') odd.push(field);
    }
    // Skeleton rows (loading placeholders) have empty or odd cells: only such rows are looked into.
    if ((busyTable || !text || gap || odd.length) && isPlaceholder(element)) {
      placeholders++;
      continue;
    }
    for (const f of odd) unreadable.add(f);
    draft.dashed.sort();
    rows.push(draft);
  }
  return { rows, unreadable: [...unreadable], placeholders };
}

/** attrs.dashed: which metrics the page printed as a dash. */
export const dashedAttr = (row: RowDraft): SnapshotRecord['attrs'] =>
  row.dashed.length ? { dashed: row.dashed.join(',') } : {};

/** The row's elements in every part of a split table (frozen left, middle, right): where ids and links sit. */
export function rowParts(row: RowDraft): Element[] {
  const out = [row.element];
  for (const c of row.all) {
    const part = c?.parentElement;
    if (part && !out.includes(part)) out.push(part);
  }
  return out;
}
