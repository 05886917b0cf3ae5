import { entityId, isMetricName, METRICS, SnapshotRecord, validMetricValue } from '../model';
import { type NumberContext, type NumberKind, parseNumber } from '../parse';
import { normalizeLabel } from '../sites/table';
import { issueText } from './backup-schema';
import type { FileProblem, ImportNote, RowProblem, RowSkip } from './problems';

export type ReportKind =
  | 'amazon-business-report'
  | 'amazon-search-terms'
  | 'amazon-sqp'
  | 'sycm-items'
  | 'sycm-shop'
  | 'opslens-export';

export interface ReportOptions {
  fileName: string;
  /** The marketplace the file is for (`amazon.com`, `tmall.com`, …) when the file does not say. */
  marketplace?: string;
  /** Currency of money columns when the file does not say. */
  currency?: string;
  /** The dates the file covers when it has no date column (Business Reports). */
  period?: { from: string; to: string };
}

export interface SkippedRow {
  /** 1-based row number in the file, as a spreadsheet shows it. */
  row: number;
  reason: string;
  /** The reason as data, for the UI's language (absent only where a reader does not give one yet). */
  why?: RowProblem;
}

export interface ReportImport {
  /** `unknown` when no report OpsLens reads was recognised. */
  kind: ReportKind | 'unknown';
  records: SnapshotRecord[];
  skipped: SkippedRow[];
  warnings: string[];
  /** The warnings as data, for the UI's language (same order). */
  notes?: ImportNote[];
  /** Why nothing at all was imported (unrecognised file, or something the caller must supply). */
  error?: string;
  /** The same as a code the UI translates (lib/export/problems.ts); set whenever `error` is. */
  problem?: FileProblem;
  /** Numbers the problem's sentence names (`tooLarge`: the limit in MB). */
  problemParams?: { mb?: number };
  /** What the caller must ask for before anything can be imported. */
  needs?: ('marketplace' | 'period')[];
}

/** Column labels per field, every spelling seen; matched after normalizeLabel (case, spaces, dashes). */
export type Labels<F extends string> = Record<F, readonly string[]>;

export interface HeaderMatch<F extends string> {
  /** Index of the header row. */
  index: number;
  columns: Partial<Record<F, number>>;
  headers: string[];
}

/** Finds the header row among the first rows (exports put titles or filters above it). */
export function findHeader<L extends Labels<string>>(
  rows: string[][],
  labels: L,
  required: readonly (keyof L & string)[],
  scan = 12,
): HeaderMatch<keyof L & string> | undefined {
  type F = keyof L & string;
  const wanted = Object.entries(labels).map(([f, ls]) => [f as F, new Set(ls.map(normalizeLabel))] as const);
  for (let index = 0; index < Math.min(rows.length, scan); index++) {
    const headers = rows[index]!.map((h) => normalizeLabel(h));
    const columns: Partial<Record<F, number>> = {};
    for (const [field, set] of wanted) {
      const at = headers.findIndex((h) => set.has(h));
      if (at !== -1) columns[field] = at;
    }
    if (required.every((f) => columns[f] !== undefined)) return { index, columns, headers: rows[index]! };
  }
  return undefined;
}

export interface MetricColumn {
  /** Metric name; one not (yet) in METRICS is reported and left out. */
  metric: string;
  kind: NumberKind;
  /** What a rate without `%` means: a percentage (`3.45`), a fraction (`0.0345`), or check against the counts. */
  bare?: 'percent' | 'fraction' | 'check';
}

export type CellResult = { value?: number; bare?: number; error?: RowSkip };

const round = (v: number) => Math.round(v * 1e10) / 1e10;

/** One metric cell: missing (`-`, `--`, empty) gives no value, never 0; text that is not a number is an error. */
export function readMetricCell(
  text: string | undefined,
  col: MetricColumn,
  label: string,
  ctx: NumberContext,
): CellResult {
  const shown = JSON.stringify(text);
  let p = parseNumber(text, col.kind, ctx);
  if (!p.ok && p.reason === 'no-percent' && col.bare) {
    p = parseNumber(text, 'number', ctx);
    if (p.ok) {
      if (col.bare === 'percent') p = { ...p, value: round(p.value / 100) };
      else if (col.bare === 'check') return p.value === 0 ? { value: 0 } : { bare: p.value };
    }
  }
  const at = { column: label, value: text ?? '' };
  if (!p.ok) {
    if (p.reason === 'empty' || p.reason === 'dash') return {};
    const whole = p.reason === 'not-integer';
    return {
      error: {
        reason: `${label}: ${shown} is not ${whole ? 'a whole number' : 'a number'}`,
        why: { code: whole ? 'notWhole' : 'notNumber', ...at },
      },
    };
  }
  if (col.kind === 'money' && p.currency && ctx.currency && p.currency !== ctx.currency)
    return {
      error: {
        reason: `${label}: ${shown} is in ${p.currency}, the report is in ${ctx.currency}`,
        why: { code: 'otherCurrency', ...at, currency: p.currency, expected: ctx.currency },
      },
    };
  if (isMetricName(col.metric) && !validMetricValue(METRICS[col.metric], p.value))
    return {
      error: {
        reason: `${label}: ${shown} is out of range for ${col.metric}`,
        why: { code: 'outOfRange', ...at },
      },
    };
  return { value: p.value };
}

/** A bare rate is a fraction or a percentage: whichever agrees with the counts it derives from. */
export function resolveBareRate(bare: number, derived: number | undefined): number | undefined {
  if (derived === undefined || !Number.isFinite(derived)) return undefined;
  const close = (v: number) => Math.abs(v - derived) <= Math.max(0.01 * derived, 0.00015);
  if (close(bare)) return bare;
  if (close(bare / 100)) return round(bare / 100);
  return undefined;
}

/** Reading metric columns of one row into `metrics`; returns the first error (`{ reason, why }`), if any. */
export function readMetrics(
  row: string[],
  header: HeaderMatch<string>,
  specs: Record<string, MetricColumn>,
  ctx: NumberContext,
  metrics: Record<string, number>,
  bare: Record<string, number> = {},
): RowSkip | undefined {
  for (const [field, spec] of Object.entries(specs)) {
    const at = header.columns[field];
    if (at === undefined || !isMetricName(spec.metric)) continue;
    const r = readMetricCell(row[at], spec, header.headers[at]!.trim(), ctx);
    if (r.error) return r.error;
    if (r.value !== undefined) metrics[spec.metric] = r.value;
    if (r.bare !== undefined) bare[spec.metric] = r.bare;
  }
  return undefined;
}

/** Columns the file has whose metric is not in the vocabulary yet: one warning, not silence. */
export function unknownMetricWarning(header: HeaderMatch<string>, specs: Record<string, MetricColumn>) {
  const left = Object.entries(specs)
    .filter(([f, s]) => header.columns[f] !== undefined && !isMetricName(s.metric))
    .sort(([a], [b]) => header.columns[a]! - header.columns[b]!)
    .map(([f, s]) => `${header.headers[header.columns[f]!]!.trim()} (${s.metric})`);
  return left.length ? [`Not in OpsLens's metric list yet, so left out: ${left.join(', ')}.`] : [];
}

/** The same as a note for the UI. */
export function unknownMetricNote(
  header: HeaderMatch<string>,
  specs: Record<string, MetricColumn>,
): ImportNote[] {
  const left = Object.entries(specs)
    .filter(([f, s]) => header.columns[f] !== undefined && !isMetricName(s.metric))
    .sort(([a], [b]) => header.columns[a]! - header.columns[b]!)
    .map(([f]) => header.headers[header.columns[f]!]!.trim());
  return left.length ? [{ code: 'unknownMetrics', columns: left.join(', ') }] : [];
}

export const cell = (row: string[], at: number | undefined): string =>
  at === undefined ? '' : (row[at] ?? '').trim();
export const isBlank = (row: string[]) => row.every((c) => c.trim() === '');

/** A column as the file heads it, for a reason that names it. */
export const headerOf = (header: HeaderMatch<string>, at: number | undefined, fallback: string) =>
  (at === undefined ? undefined : header.headers[at]?.trim()) || fallback;

/** A row left out because its identity or date cell is empty or wrong. */
export function cellSkip(code: 'noId' | 'notDate', column: string, value: string, reason: string): RowSkip {
  return { reason, why: { code, column, value } };
}

/** Imported history is stamped at the end of the last reported day, so the same file always gives the same records. */
export const capturedAtFor = (period: { to: string }) => `${period.to}T23:59:59.000Z`;

export const fileUrl = (fileName: string) => `file:${fileName}`.slice(0, 4000);

/**
 * Collects an import's records: each is validated (a row that fails is skipped with the reason), and a
 * second row for the same entity and period is skipped rather than stored as a second reading.
 */
export function collect(kind: ReportImport['kind'], warnings: string[], notes: ImportNote[] = []) {
  const out: ReportImport = { kind, records: [], skipped: [], warnings, notes };
  const seen = new Map<string, number>();
  const accept = (rec: SnapshotRecord, row: number): void => {
    const r = SnapshotRecord.safeParse(rec);
    if (!r.success) {
      const detail = issueText(r.error.issues[0]!, [], rec);
      out.skipped.push({ row, reason: detail, why: { code: 'invalid', detail } });
      return;
    }
    const id = `${entityId(rec)}|${rec.period?.from}|${rec.period?.to}`;
    const first = seen.get(id);
    if (first !== undefined) {
      out.skipped.push({
        row,
        reason: `the same ${rec.kind} and dates as row ${first}`,
        why: { code: 'duplicate', first },
      });
      return;
    }
    seen.set(id, row);
    out.records.push(r.data);
  };
  return { out, accept };
}
