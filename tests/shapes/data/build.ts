import { DASHES, esc, expectedValue, type FormatOptions, formatValue, type NumberStyle } from '../format';
import type { Rng } from '../rng';
import type { Column, PageData, Row, Unit } from '../types';

// Turns a page's column specs and raw row values into the TableModel every renderer draws.

export interface ColSpec {
  id: string;
  /** Label per language; `*` for every language. */
  labels: Record<string, string>;
  kind: Column['kind'];
  unit?: Unit;
  /** The data-dictionary metric a reader of this page must return for the column; absent = not read. */
  metric?: string;
  width?: number;
  group?: Record<string, string>;
  help?: Record<string, string>;
  fixed?: 'left' | 'right';
}

export interface RawRow {
  key: string;
  rowId: string;
  /** HTML for text, key and action columns. */
  html: Record<string, string>;
  /** Values for numeric columns, in display units; null = shown as a dash. */
  values: Record<string, number | null>;
  attrs?: Record<string, string>;
  /** Metrics read from a text cell (千牛's price, which can be a range), with their displayed text. */
  extra?: { metrics: Record<string, number>; shown: Record<string, string> };
}

export interface BuildOptions {
  page: string;
  lang: string;
  style: NumberStyle;
  format?: FormatOptions;
  /** Wraps a numeric cell's text (生意参谋 stacks a 较前7日 line under the value). */
  decorate?: (text: string, col: ColSpec, r: Rng) => string;
  totalsLabel?: string;
  emptyText: string;
  kpiIds?: string[];
}

export const labelOf = (labels: Record<string, string>, lang: string) => labels[lang] ?? labels['*'] ?? '';

export function buildPage(specs: ColSpec[], raw: RawRow[], o: BuildOptions, r: Rng): PageData {
  const columns: Column[] = specs.map((s) => ({
    id: s.id,
    label: labelOf(s.labels, o.lang),
    align: s.kind === 'num' ? 'right' : s.kind === 'select' || s.kind === 'action' ? 'center' : 'left',
    width: s.width ?? (s.kind === 'num' ? 110 : s.kind === 'select' ? 40 : s.kind === 'key' ? 280 : 140),
    kind: s.kind,
    ...(s.fixed ? { fixed: s.fixed } : {}),
    ...(s.group ? { group: labelOf(s.group, o.lang) } : {}),
    ...(s.help ? { help: labelOf(s.help, o.lang) } : {}),
  }));
  const rows: Row[] = raw.map((rr) => {
    const metrics: Record<string, number> = { ...rr.extra?.metrics };
    const shown: Record<string, string> = { ...rr.extra?.shown };
    const cells = specs.map((s) => {
      if (s.kind !== 'num') return rr.html[s.id] ?? '';
      const v = rr.values[s.id];
      if (v === null || v === undefined) return esc(r.pick(DASHES));
      const text = formatValue(s.unit ?? 'count', v, o.style, o.format);
      if (s.metric) {
        metrics[s.metric] = expectedValue(s.unit ?? 'count', v, o.style);
        shown[s.metric] = text;
      }
      return o.decorate ? o.decorate(text, s, r) : esc(text);
    });
    return { key: rr.key, rowId: rr.rowId, cells, metrics, shown, ...(rr.attrs ? { attrs: rr.attrs } : {}) };
  });
  const sums: Record<string, string> = {};
  for (const s of specs) {
    if (s.kind !== 'num' || (s.unit !== 'count' && s.unit !== 'money')) continue;
    const total = raw.reduce((a, rr) => a + (rr.values[s.id] ?? 0), 0);
    sums[s.id] = formatValue(s.unit, total, o.style, o.format);
  }
  const totals = o.totalsLabel
    ? specs.map((s, i) => {
        if (s.kind === 'key' || (i === 0 && s.kind !== 'select')) return esc(o.totalsLabel!);
        return esc(sums[s.id] ?? (s.kind === 'num' ? '-' : ''));
      })
    : undefined;
  const kpis: [string, string][] = (o.kpiIds ?? [])
    .map((id) => specs.find((s) => s.id === id))
    .filter((s): s is ColSpec => !!s && sums[s.id] !== undefined)
    .map((s) => [labelOf(s.labels, o.lang), sums[s.id]!]);
  return {
    page: o.page,
    lang: o.lang,
    columns,
    rows,
    ...(totals ? { totals } : {}),
    emptyText: o.emptyText,
    labels: columns.map((c) => c.label).filter(Boolean),
    kpis,
  };
}

/** A value that is sometimes not shown (dash), as consoles do for missing data. */
export const maybe = (r: Rng, v: number, p = 0.08): number | null => (r.chance(p) ? null : v);
