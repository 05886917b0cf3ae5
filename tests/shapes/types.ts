// Types of the shape-family generator. Nothing here comes from lib/: the generator is an independent oracle.

export interface ShapeCase {
  id: string;
  page: string;
  shape: string;
  lang: string;
  context: string;
  url: string;
  html: string;
  layoutOnly: boolean;
  expected: {
    status: 'ok' | 'partial';
    missing?: string[];
    platform: 'amazon' | 'tmall' | 'taobao';
    marketplace?: string;
    currency?: string;
    period?: { from: string; to: string };
    records: { key: string; metrics: Record<string, number> }[];
  };
}

export interface CaseFilter {
  page?: string;
  shape?: string;
  lang?: string;
  context?: string;
}

/** How a number is displayed: counts, money (in minor units), rates (basis points of a percent), ratios. */
export type Unit = 'count' | 'money' | 'rate' | 'ratio' | 'score';

/** One column as the renderers see it: a visible label and how its cells sit. */
export interface Column {
  id: string;
  label: string;
  align: 'left' | 'right' | 'center';
  width: number;
  /** select: a checkbox column without a label; key: the identity column; action: row buttons. */
  kind: 'select' | 'key' | 'text' | 'num' | 'action';
  fixed?: 'left' | 'right';
  /** A category shown above the label in grouped headers (never part of the label). */
  group?: string;
  /** A description shown in a tooltip / popover. */
  help?: string;
}

export interface Row {
  /** The record key the oracle expects for this row. */
  key: string;
  /** A framework row key (data-row-key, row-id): an opaque id, not the record key. */
  rowId: string;
  /** Inner HTML of every cell, one per column. */
  cells: string[];
  /** The metrics a careful reader gets from this row (dashes left out). */
  metrics: Record<string, number>;
  /** The text each expected metric is displayed as (for the generator's self-check). */
  shown: Record<string, string>;
  /** Attributes some consoles put on their rows (data-adgroup-id, data-id). */
  attrs?: Record<string, string>;
}

/** The same data, ready for any table shape. */
export interface TableModel {
  lang: string;
  columns: Column[];
  rows: Row[];
  /** A totals row (cell HTML per column), not a record. */
  totals?: string[];
  /** Text of the "no more data" / placeholder row. */
  emptyText: string;
}

export interface PageData extends TableModel {
  page: string;
  /** Labels of every column (for the column picker and the i18n blob). */
  labels: string[];
  /** KPI cards above the table (label, displayed total). */
  kpis: [string, string][];
}

/** A table shape: one framework's markup for a TableModel. */
export interface Shape {
  id: string;
  /** The public source its markup follows (repo + path), for the README and the renderer header. */
  source: string;
  /** True when rows can only be joined by their vertical position. */
  layoutOnly: boolean;
  render(model: TableModel, seed: number): { html: string; css: string };
}
