import type { SnapshotRecord } from '../model';
import { METRICS, type MetricName, validMetricValue } from '../model/metrics';
import { type NumberContext, type NumberKind, parseNumber } from '../parse';
import { textOf } from './dom';
import type { Grid } from './table';

export interface FieldSpec {
  /** A metric of the data dictionary, parsed as `unit`. */
  metric?: MetricName;
  unit?: NumberKind;
  /** Narrows the cell text to the number before parsing (e.g. the price of "$11.99 + $4.99" shipping). */
  pre?: (text: string) => string;
}

export interface RowDraft {
  cells: Record<string, string>;
  metrics: SnapshotRecord['metrics'];
  element: Element;
}

export interface RowsRead {
  rows: RowDraft[];
  /** Fields whose column exists but whose cells held something that is not a number of the right kind. */
  unreadable: string[];
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

/**
 * Reads every data row of a grid through a field map. A cell showing `--` or nothing gives no metric;
 * a cell showing anything else that does not parse makes its field unreadable: never a guessed number.
 */
export function readRows<F extends string>(
  grid: Grid,
  columns: Partial<Record<F, number>>,
  fields: Record<F, FieldSpec>,
  num: NumberContext,
): RowsRead {
  const unreadable = new Set<string>();
  const rows: RowDraft[] = [];
  let placeholders = 0;
  // The mapped fields, worked out once: a row reads only the cells of columns we use.
  const used: { field: F; at: number; spec: FieldSpec; kind: NumberKind }[] = [];
  for (const field of Object.keys(fields) as F[]) {
    const at = columns[field];
    if (at !== undefined) used.push({ field, at, spec: fields[field], kind: fields[field].unit ?? 'number' });
  }
  const busyTable = grid.root.getAttribute('aria-busy') === 'true';
  const { rows: gridRows, rowElements } = grid;
  for (let i = 0; i < gridRows.length; i++) {
    const cells = gridRows[i]!;
    const element = rowElements[i]!;
    const draft: RowDraft = { cells: {}, metrics: {}, element };
    let text = false;
    let gap = false;
    const odd: string[] = [];
    for (const { field, at, spec, kind } of used) {
      const t = cellText(cells[at]);
      draft.cells[field] = t;
      if (t !== '') text = true;
      if (!spec.metric) continue;
      if (t === '') gap = true;
      const p = parseNumber(spec.pre ? spec.pre(t) : t, kind, num);
      if (p.ok) {
        const wrongCurrency =
          spec.unit === 'money' && num.currency && p.currency && p.currency !== num.currency;
        // A negative count or a rating of 7 is not a reading: the field is unreadable, the rest is kept.
        if (wrongCurrency || !validMetricValue(METRICS[spec.metric], p.value)) odd.push(field);
        else draft.metrics[spec.metric] = p.value;
      } else if (p.reason !== 'empty' && p.reason !== 'dash') {
        odd.push(field);
      }
    }
    // Skeleton rows (loading placeholders) have empty or odd cells: only such rows are looked into.
    if ((busyTable || !text || gap || odd.length) && isPlaceholder(element)) {
      placeholders++;
      continue;
    }
    for (const f of odd) unreadable.add(f);
    rows.push(draft);
  }
  return { rows, unreadable: [...unreadable], placeholders };
}
