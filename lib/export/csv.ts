import type { SnapshotRecord } from '../model';
import { type CellValue, type ExportColumn, type ExportColumnsOptions, exportColumns } from './columns';

export { iterateSnapshots, type SnapshotFilter } from './iterate';

export const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * One CSV cell (RFC 4180). Numbers are written plainly. Text that a spreadsheet would run as a formula
 * (leading `=`, `+`, `-`, `@`, tab or CR, OWASP's CSV-injection list) gets a leading `'`.
 */
// Text that needs neither a formula guard nor quotes, the usual case, is written as it is.
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

export function csvCell(value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (!NEEDS_CARE.test(value)) return value;
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: readonly CellValue[]): string => cells.map(csvCell).join(',') + CRLF;

/**
 * Writes records as CSV rows through `columns`. Most cells of a wide export are empty (a listing has a
 * dozen of the ~60 metric columns): a row starts as empty cells and only the metrics and attributes the
 * record holds are written into it, so the cost follows the data, not the width. Same cells as `csvRow`.
 */
export function csvRowWriter(columns: readonly ExportColumn[]): (rec: SnapshotRecord) => string {
  const other: [number, ExportColumn][] = [];
  const metricAt = new Map<string, number>();
  const attrAt = new Map<string, number>();
  columns.forEach((c, i) => {
    if (c.metric) metricAt.set(c.metric, i);
    else if (c.attr !== undefined) attrAt.set(c.attr, i);
    else other.push([i, c]);
  });
  const cells: string[] = new Array(columns.length).fill('');
  const touched: number[] = [];
  return (rec) => {
    for (const [i, c] of other) cells[i] = csvCell(c.value(rec));
    for (const m in rec.metrics) {
      const i = metricAt.get(m);
      if (i === undefined) continue;
      cells[i] = csvCell(rec.metrics[m as keyof typeof rec.metrics]);
      touched.push(i);
    }
    for (const a in rec.attrs) {
      const i = attrAt.get(a);
      if (i === undefined) continue;
      cells[i] = csvCell(rec.attrs[a]);
      touched.push(i);
    }
    const line = cells.join(',') + CRLF;
    for (const i of touched) cells[i] = '';
    touched.length = 0;
    return line;
  };
}

/**
 * Snapshots as CSV text, one chunk per batch (hand the chunks to `new Blob(chunks)`). The first chunk is
 * the byte-order mark, so Excel reads UTF-8, and the header row; rates are fractions as stored.
 */
export async function* snapshotsToCsvChunks(
  records: AsyncIterable<SnapshotRecord[]> | Iterable<SnapshotRecord[]>,
  opts: ExportColumnsOptions = {},
): AsyncGenerator<string> {
  const columns = exportColumns(opts);
  const row = csvRowWriter(columns);
  yield BOM + csvRow(columns.map((c) => c.header));
  for await (const batch of records) {
    if (batch.length === 0) continue;
    let chunk = '';
    for (const rec of batch) chunk += row(rec);
    yield chunk;
  }
}

/**
 * Text chunks as one Blob. Each chunk becomes a Blob as it comes, so its text leaves the JS heap at once
 * instead of 30 MB of strings being held (and traced by the garbage collector) until the end.
 */
export async function chunksToBlob(chunks: AsyncIterable<string>, type: string): Promise<Blob> {
  const parts: Blob[] = [];
  for await (const chunk of chunks) parts.push(new Blob([chunk]));
  return new Blob(parts, { type });
}
