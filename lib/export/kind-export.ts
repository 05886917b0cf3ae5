import type { Worksheet } from 'exceljs';
import { kindLabel } from '../i18n';
import type { SnapshotRecord } from '../model';
import type { ExportColumn } from './columns';
import { BOM, csvCell } from './csv';
import { type KindExportOptions, type KindUse, kindColumns } from './kind-columns';
import { newWorkbook, ReportFileError, toArrayBuffer, XLSX_MAX_ROWS } from './xlsx';

type Batches = AsyncIterable<SnapshotRecord[]> | Iterable<SnapshotRecord[]>;

const CRLF = '\r\n';
const round = (v: number) => Math.round(v * 1e10) / 1e10;

/** A rate as Excel shows (and reads back) a percentage: 0.3017 -> `30.17%`. */
export const percentText = (v: number) => `${round(v * 100)}%`;

function csvValue(c: ExportColumn, rec: SnapshotRecord): string {
  const v = c.value(rec);
  return c.unit === 'rate' && typeof v === 'number' && Number.isFinite(v) ? percentText(v) : csvCell(v);
}

/**
 * One kind's readings as CSV text (one file per kind), in chunks for `chunksToBlob`: byte-order mark and
 * header row first, then the rows of `use.kind` only, with only that kind's columns; rates as `30.17%`,
 * times local.
 */
export async function* kindToCsvChunks(
  records: Batches,
  use: KindUse,
  opts: KindExportOptions,
): AsyncGenerator<string> {
  yield kindCsvHeader(use, opts);
  yield* kindCsvRows(records, use, opts);
}

/** The byte-order mark and header row of one kind's CSV file. */
export const kindCsvHeader = (use: KindUse, opts: KindExportOptions) =>
  BOM +
  kindColumns(use, opts)
    .map((c) => csvCell(c.header))
    .join(',') +
  CRLF;

/** The rows of one kind's CSV file (`kindToCsvChunks` without its header), a chunk per batch. */
export async function* kindCsvRows(
  records: Batches,
  use: KindUse,
  opts: KindExportOptions,
): AsyncGenerator<string> {
  const columns = kindColumns(use, opts);
  for await (const batch of records) {
    let chunk = '';
    for (const rec of batch) {
      if (rec.kind !== use.kind) continue;
      chunk += columns.map((c) => csvValue(c, rec)).join(',') + CRLF;
    }
    if (chunk) yield chunk;
  }
}

const NUM_FMT: Partial<Record<NonNullable<ExportColumn['unit']>, string>> = {
  rate: '0.00%',
  money: '#,##0.00',
  count: '#,##0',
  rank: '#,##0',
};

/** Excel's sheet names: at most 31 characters, none of `[]:*?/\`. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * One workbook, one sheet per record kind in `uses` (the kinds' own columns, headers in the UI language or
 * machine-readable), numbers as numbers: rates percent-formatted (0.3017 shows as 30.17%), money and counts
 * grouped, times as local date cells.
 */
export async function snapshotsToXlsxByKind(
  records: Batches,
  uses: readonly KindUse[],
  opts: KindExportOptions,
): Promise<ArrayBuffer> {
  const wb = await newWorkbook();
  wb.creator = 'OpsLens';
  const sheets = new Map<string, { ws: Worksheet; columns: ExportColumn[]; rows: number }>();
  for (const use of uses) {
    const name = sheetName(opts.headers === 'ui' ? kindLabel(opts.lang, use.kind) : use.kind);
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const columns = kindColumns(use, opts);
    ws.addRow(columns.map((c) => c.header));
    ws.getRow(1).font = { bold: true };
    columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      const fmt = c.numFmt ?? (c.unit ? NUM_FMT[c.unit] : undefined);
      if (fmt) col.numFmt = fmt;
      col.width = Math.min(40, Math.max(10, c.header.length + 2));
    });
    sheets.set(use.kind, { ws, columns, rows: 1 });
  }
  for await (const batch of records) {
    for (const rec of batch) {
      const sheet = sheets.get(rec.kind);
      if (!sheet) continue;
      if (++sheet.rows > XLSX_MAX_ROWS)
        throw new ReportFileError(
          `Excel holds at most ${XLSX_MAX_ROWS - 1} rows a sheet: narrow the filter or export CSV instead.`,
          'tooManyRows',
        );
      // Text goes in as text, never as a formula: exceljs writes a string starting with `=` as a string.
      sheet.ws.addRow(sheet.columns.map((c) => (c.date ? c.date(rec) : c.value(rec)) ?? null));
    }
  }
  return toArrayBuffer(await wb.xlsx.writeBuffer());
}
