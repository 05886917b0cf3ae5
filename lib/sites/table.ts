import { normalizeText } from '../parse';

/**
 * A data table as a reader sees it, whatever the markup: `<table>`, ARIA grids (role=grid/table/treegrid,
 * virtualised rows with aria-rowindex) or Amazon's `kat-table`. Adapters find columns by header text.
 */
export interface Grid {
  root: Element;
  headers: string[];
  /** Header cells, for diagnostics and for anchoring UI. */
  headerCells: Element[];
  rows: (Element | undefined)[][];
  /** The row elements, aligned with `rows`. */
  rowElements: Element[];
  /** Rows of a part of the table that could not be joined to the others (shown, not read). */
  skipped?: number;
}

/** Lowercase, one space, dashes and brackets folded: `Sessions – Total` ~ `sessions - total`, `质量分（PC）` ~ `质量分(pc)`. */
export function normalizeLabel(label: string): string {
  return normalizeText(label)
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\s*\(\s*/g, '(')
    .replace(/\s*\)\s*/g, ')')
    .replace(/[↑↓▲▼⇅\u25b2\u25bc]/g, '')
    .replace(/\s*[:：]$/, '')
    .trim()
    .toLowerCase();
}

export type ColumnDictionary<F extends string> = Record<F, readonly string[]>;

/** Maps fields to column indexes by exact (normalised) header label; the first column wins on duplicates. */
export function mapColumns<F extends string>(
  headers: string[],
  dict: ColumnDictionary<F>,
): Partial<Record<F, number>> {
  const norm = headers.map(normalizeLabel);
  const out: Partial<Record<F, number>> = {};
  for (const field of Object.keys(dict) as F[]) {
    const labels = new Set(dict[field].map(normalizeLabel));
    const i = norm.findIndex((h) => labels.has(h));
    if (i >= 0) out[field] = i;
  }
  return out;
}
