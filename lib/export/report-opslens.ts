import { isMetricName, METRICS, SnapshotRecord } from '../model';
import { issueText } from './backup-schema';
import { cell, findHeader, type HeaderMatch, isBlank, type ReportImport } from './report-common';

// OpsLens's own CSV/XLSX export with machine-readable headers (lib/export/kind-columns.ts, `machine`), read
// back: one file per kind or one workbook with a sheet per kind. Rates are `30.17%` as exported, or
// fractions as older exports wrote them; capturedAt is ISO 8601 with its offset (or UTC).

const BASE = ['kind', 'source', 'platform', 'marketplace', 'key', 'capturedAt'] as const;
const LABELS = Object.fromEntries(BASE.map((f) => [f, [f]])) as Record<(typeof BASE)[number], string[]>;

export function detectOpsLensExport(rows: string[][]): HeaderMatch<string> | undefined {
  return findHeader(rows, LABELS, BASE, 1);
}

const round = (v: number) => Math.round(v * 1e10) / 1e10;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** A metric cell as the export wrote it: plain digits, a rate with `%`; '' is no value. */
function metricValue(text: string, metric: string): number | undefined | 'bad' {
  if (text === '') return undefined;
  const pct = METRICS[metric as keyof typeof METRICS] === 'rate' && text.endsWith('%');
  const digits = pct ? text.slice(0, -1) : text;
  if (!NUMBER.test(digits)) return 'bad';
  return pct ? round(Number(digits) / 100) : Number(digits);
}

/** The export's formula guard (csv.ts: `'` before a leading `=`, `+`, `-`, `@`) taken off again. */
const unguard = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

function sheetRecords(rows: string[][], sheet: number, out: ReportImport): void {
  const header = detectOpsLensExport(rows);
  if (!header) return;
  const names = header.headers.map((h) => h.trim());
  const at = (name: string) => names.indexOf(name);
  const where = (i: number) => (sheet > 0 ? `sheet ${sheet + 1}, row ${i + 1}` : `row ${i + 1}`);
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const metrics: Record<string, number> = {};
    const attrs: Record<string, string> = {};
    let bad: { column: string; value: string } | undefined;
    names.forEach((name, c) => {
      const text = cell(row, c);
      if (name.startsWith('attr.') && text) attrs[name.slice(5)] = unguard(text);
      if (!isMetricName(name)) return;
      const v = metricValue(text, name);
      if (v === 'bad') bad ??= { column: name, value: text };
      else if (v !== undefined) metrics[name] = v;
    });
    if (bad) {
      out.skipped.push({
        row: i + 1,
        reason: `${where(i)}: ${bad.column}: ${JSON.stringify(bad.value)} is not a number`,
        why: { code: 'notNumber', ...bad },
      });
      continue;
    }
    const text = (name: string) => (at(name) === -1 ? '' : unguard(cell(row, at(name))));
    const ms = Date.parse(text('capturedAt'));
    const from = text('periodFrom');
    const to = text('periodTo');
    const rec = {
      kind: text('kind'),
      source: text('source'),
      platform: text('platform'),
      marketplace: text('marketplace'),
      key: text('key'),
      ...(text('label') ? { label: text('label') } : {}),
      ...(text('currency') ? { currency: text('currency') } : {}),
      ...(from || to ? { period: { from, to } } : {}),
      capturedAt: Number.isFinite(ms) ? new Date(ms).toISOString() : text('capturedAt'),
      url: text('url'),
      metrics,
      attrs,
    };
    const r = SnapshotRecord.safeParse(rec);
    if (!r.success) {
      const detail = issueText(r.error.issues[0]!, [], rec);
      out.skipped.push({ row: i + 1, reason: `${where(i)}: ${detail}`, why: { code: 'invalid', detail } });
    } else out.records.push(r.data);
  }
}

/** Records of every sheet that has the export's header row; a sheet without it is left alone. */
export function importOpsLensExport(sheets: readonly string[][][]): ReportImport {
  const out: ReportImport = { kind: 'opslens-export', records: [], skipped: [], warnings: [] };
  sheets.forEach((rows, i) => {
    sheetRecords(rows, i, out);
  });
  return out;
}
