import type { ContextAsk, ExtractContext, Extraction, Kind, Platform, SnapshotRecord } from '../model';
import type { DecimalMark } from '../parse';
import { withPageWalk } from './context/scan';
import { type FieldSpec, type RowDraft, readRowsSteps } from './read-rows';
import { readTableSteps } from './reader';
import { ROWS_PER_STEP, runSteps, type Steps } from './steps';
import type { ColumnDictionary } from './table';
import { notRecognised } from './types';

export interface PageMarket {
  platform: Platform;
  marketplace: string;
  currency: string;
  decimal: DecimalMark;
}

export interface RowIdentity {
  key: string;
  label?: string;
  attrs: SnapshotRecord['attrs'];
}

/** A console page that is one table of records: which columns, how rows become records, what the page says about itself. */
export interface ConsoleTableSpec<F extends string> {
  id: string;
  kind: Kind;
  columns: ColumnDictionary<F>;
  fields: Record<F, FieldSpec>;
  /** Columns that identify the table; at least `minMatch` (default 2) must be present. */
  signature: readonly F[];
  minMatch?: number;
  /** At least one must be present, or the page is recognised but unreadable. */
  keyFields: readonly F[];
  /** Fields not reported missing when their column is hidden (identity helpers, text). */
  quiet?: readonly F[];
  needsPeriod: boolean;
  /** The page's marketplace, or what to ask the operator when the page does not say. */
  market(
    doc: Document,
    ctx: ExtractContext,
  ): { market?: PageMarket; ask?: ContextAsk['marketplace']; answered?: boolean };
  period?(
    doc: Document,
    ctx: ExtractContext,
  ): { period?: SnapshotRecord['period']; ask?: ContextAsk['period'] };
  signedOut(doc: Document): boolean;
  identify(row: RowDraft, doc: Document, ctx: ExtractContext): RowIdentity | undefined;
}

/** The adapter's labels plus those the user pointed at for its fields (issue 6: re-point a field). */
export function withRemaps<F extends string>(
  columns: ColumnDictionary<F>,
  remaps: ExtractContext['remaps'],
): ColumnDictionary<F> {
  if (!remaps) return columns;
  const out = { ...columns } as Record<F, readonly string[]>;
  for (const [field, labels] of Object.entries(remaps)) {
    if (field in out) out[field as F] = [...out[field as F], ...labels];
  }
  return out;
}

const TOTALS = /^(total|totals|gesamt|summe|合計|合计|总计|汇总)$/i;
const TOTAL_ID = '[data-e2e-id*="total" i]';
const MONEY = new Set(['price', 'sales', 'spend', 'cpc', 'bid']);

/** The extraction of a one-table console page: columns by header text, nothing half-read stored. */
export function extractConsoleTable<F extends string>(
  spec: ConsoleTableSpec<F>,
  doc: Document,
  ctx: ExtractContext,
): Extraction {
  return runSteps(consoleTableSteps(spec, doc, ctx));
}

/** extractConsoleTable in steps: after finding the table, after the page's context, every ROWS_PER_STEP rows. */
export function* consoleTableSteps<F extends string>(
  spec: ConsoleTableSpec<F>,
  doc: Document,
  ctx: ExtractContext,
): Steps<Extraction> {
  const { id } = spec;
  if (spec.signedOut(doc)) return notRecognised(id, 'sign-in');
  const { found, seen: labels } = yield* readTableSteps(
    doc,
    withRemaps(spec.columns, ctx.remaps),
    spec.signature,
    spec.minMatch ?? 2,
  );
  if (!found) {
    // The page is one we read but its table is not one we know: the signature fields are what to teach.
    const teach = [...new Set([spec.keyFields[0]!, ...spec.signature])];
    return { ...notRecognised(id, 'no-table', labels), missing: teach };
  }
  yield;
  const { grid, columns } = found;
  const seen = grid.headers;
  const quiet = new Set<string>(spec.quiet ?? []);
  const all = Object.keys(spec.fields) as F[];
  const missing: string[] = all.filter((f) => columns[f] === undefined && !quiet.has(f));
  // The marketplace and the period look at the page outside its tables: listed once for both.
  const [stated, dated] = withPageWalk(doc, () => [
    spec.market(doc, ctx),
    spec.needsPeriod ? spec.period?.(doc, ctx) : undefined,
  ]);
  const market = stated.market;
  const period = dated?.period;
  const required: string[] = [];
  if (!spec.keyFields.some((f) => columns[f] !== undefined)) required.push(spec.keyFields[0]!);
  if (!all.some((f) => spec.fields[f].metric && columns[f] !== undefined)) required.push('metrics');
  if (!market) required.push('marketplace');
  if (spec.needsPeriod && !period) required.push('period');
  if (required.length) {
    const ask: ContextAsk = {
      ...(!market && stated.ask ? { marketplace: stated.ask } : {}),
      ...(spec.needsPeriod && !period ? { period: dated?.ask ?? { options: [], conflict: false } } : {}),
    };
    return {
      adapter: id,
      status: 'partial',
      records: [],
      missing: [...required, ...missing.filter((m) => !required.includes(m))],
      seen,
      ...(ask.marketplace || ask.period ? { ask } : {}),
    };
  }
  yield;
  const m = market!;
  const read = yield* readRowsSteps(grid, columns, spec.fields, { decimal: m.decimal, currency: m.currency });
  // An answered marketplace whose money the table contradicts (its $ for amazon.de) was the wrong answer:
  // ask again rather than read the page in another marketplace's number format.
  if (stated.answered && read.unreadable.some((f) => spec.fields[f].unit === 'money'))
    return {
      adapter: id,
      status: 'partial',
      records: [],
      missing: ['marketplace', ...missing],
      seen,
      ask: { marketplace: { options: [], conflict: true } },
    };
  // A totals row is named so in a cell or by its test id (on the row or a container of it).
  const aboveRoot = grid.root.closest(TOTAL_ID) !== null;
  const totalById = (row: Element) => {
    for (let e: Element | null = row; e && e !== grid.root; e = e.parentElement)
      if (/total/i.test(e.getAttribute('data-e2e-id') ?? '')) return true;
    return aboveRoot;
  };
  const totals = (r: RowDraft) => {
    for (const f in r.cells) {
      const t = r.cells[f]!;
      if (t.length <= 6 && TOTALS.test(t)) return true;
    }
    return totalById(r.element);
  };
  const rows = read.rows.filter((r) => !totals(r));
  if (rows.length === 0)
    return { adapter: id, status: read.placeholders > 0 ? 'loading' : 'empty', records: [], missing, seen };
  const records: SnapshotRecord[] = [];
  const anchors: Element[] = [];
  let unkeyed = false;
  const keys = new Set<string>();
  const href = ctx.url.href;
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const row = rows[i]!;
    const who = spec.identify(row, doc, ctx);
    if (!who || keys.has(who.key)) {
      unkeyed ||= !who;
      continue;
    }
    keys.add(who.key);
    let hasMoney = false;
    for (const k in row.metrics) if (MONEY.has(k)) hasMoney = true;
    // Built field by field in the record's order: a spread per row costs a lot before the code is warm.
    const rec: SnapshotRecord = {
      kind: spec.kind,
      source: id,
      platform: m.platform,
      marketplace: m.marketplace,
      key: who.key,
    } as SnapshotRecord;
    if (who.label) rec.label = who.label;
    if (hasMoney) rec.currency = m.currency;
    if (period) rec.period = period;
    rec.capturedAt = ctx.capturedAt;
    rec.url = href;
    rec.metrics = row.metrics;
    rec.attrs = who.attrs;
    records.push(rec);
    anchors.push(row.element);
  }
  // Rows that hold no record at all are a "No data" message row, not data.
  if (records.length === 0) return { adapter: id, status: 'empty', records: [], missing, seen };
  for (const u of read.unreadable) if (!missing.includes(u)) missing.push(u);
  if (unkeyed) missing.push(spec.keyFields[0]!);
  return {
    adapter: id,
    status: 'ok',
    records,
    missing,
    seen,
    ...(grid.skipped ? { skippedRows: grid.skipped } : {}),
    anchors: { table: grid.root, rows: anchors },
  };
}
