import type { Workbook, Worksheet, CellValue as XlsxCellValue } from 'exceljs';
import type { SnapshotRecord } from '../model';
import { type ExportColumnsOptions, exportColumns } from './columns';
import type { FileProblem } from './problems';

/** A file we cannot read or write: the English sentence (tests, command line) and the code the UI translates. */
export class ReportFileError extends Error {
  override name = 'ReportFileError';
  constructor(
    message: string,
    readonly code: FileProblem,
    readonly params: { mb?: number } = {},
  ) {
    super(message);
  }
}

/** Excel's row limit. */
export const XLSX_MAX_ROWS = 1_048_576;

// exceljs is about 235 KB gzipped (847 KB minified): loaded on first use, so only an export or import pays for it.
export async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs/dist/exceljs.bare.min.js');
  return new ExcelJS.Workbook();
}

export function toArrayBuffer(data: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  const u8 = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return u8.slice().buffer;
}

/** One sheet `snapshots` with the CSV's columns: numbers as numbers, rates as fractions shown as percentages. */
export async function snapshotsToXlsx(
  records: AsyncIterable<SnapshotRecord[]> | Iterable<SnapshotRecord[]>,
  opts: ExportColumnsOptions = {},
): Promise<ArrayBuffer> {
  const columns = exportColumns(opts);
  const wb = await newWorkbook();
  wb.creator = 'OpsLens';
  const ws = wb.addWorksheet('snapshots', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(columns.map((c) => c.header));
  ws.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    if (c.unit === 'rate') ws.getColumn(i + 1).numFmt = '0.00%';
  });
  let rows = 1;
  for await (const batch of records) {
    rows += batch.length;
    if (rows > XLSX_MAX_ROWS)
      throw new ReportFileError(
        `Excel holds at most ${XLSX_MAX_ROWS - 1} rows: narrow the filter or export CSV instead.`,
        'tooManyRows',
      );
    // Text goes in as text, never as a formula: exceljs writes a string starting with `=` as a string.
    for (const rec of batch) ws.addRow(columns.map((c) => c.value(rec) ?? null));
  }
  return toArrayBuffer(await wb.xlsx.writeBuffer());
}

const round = (v: number) => Math.round(v * 1e10) / 1e10;

function isoOf(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function cellText(value: XlsxCellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numFmt?.includes('%') ? `${round(value * 100)}%` : String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoOf(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: XlsxCellValue }).result;
    return result === undefined || (typeof result === 'object' && result && 'error' in result)
      ? ''
      : cellText(result as XlsxCellValue, numFmt);
  }
  if ('hyperlink' in value) return String(value.text ?? '');
  return '';
}

const startsWith = (u8: Uint8Array, sig: number[]) => sig.every((b, i) => u8[i] === b);

/** An .xlsx file loaded, or the reason it cannot be. */
async function loadWorkbook(
  data: ArrayBuffer | ArrayBufferView,
  opts: { maxBytes?: number },
): Promise<Workbook> {
  const buf = toArrayBuffer(data);
  const head = new Uint8Array(buf, 0, Math.min(8, buf.byteLength));
  const maxBytes = opts.maxBytes ?? 100 * 1024 * 1024;
  if (buf.byteLength > maxBytes)
    throw new ReportFileError(`The file is larger than ${Math.round(maxBytes / 1048576)} MB.`, 'tooLarge', {
      mb: Math.round(maxBytes / 1048576),
    });
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new ReportFileError(
      'This is an old Excel 97-2003 (.xls) file, which OpsLens cannot read: open it and save it as .xlsx or CSV.',
      'oldXls',
    );
  if (!startsWith(head, [0x50, 0x4b, 0x03, 0x04]))
    throw new ReportFileError(
      'This is not an Excel .xlsx file (an .xlsx file is a zip archive; this is not).',
      'notXlsx',
    );
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(buf);
  } catch (e) {
    throw new ReportFileError(
      `This .xlsx file is damaged or not a workbook (${(e as Error).message}).`,
      'damaged',
    );
  }
  return wb;
}

/** A sheet's rows as text, as a CSV would hold them; row i is sheet row i + 1. */
function sheetRows(ws: Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(cellText(cell.value, cell.numFmt));
    }
    while (rows.length < n - 1) rows.push([]);
    rows[n - 1] = cells;
  });
  return rows;
}

/** Rows of an .xlsx file's first (or named) sheet as text, as a CSV would hold them; row i is file row i + 1. */
export async function readXlsxRows(
  data: ArrayBuffer | ArrayBufferView,
  opts: { sheet?: number | string; maxBytes?: number } = {},
): Promise<string[][]> {
  const wb = await loadWorkbook(data, opts);
  const ws = typeof opts.sheet === 'string' ? wb.getWorksheet(opts.sheet) : wb.worksheets[opts.sheet ?? 0];
  if (!ws) throw new ReportFileError('The workbook has no such sheet.', 'noSheet');
  return sheetRows(ws);
}

/** Rows of every sheet of an .xlsx file (an OpsLens export has one sheet per record kind). */
export async function readXlsxSheets(
  data: ArrayBuffer | ArrayBufferView,
  opts: { maxBytes?: number } = {},
): Promise<string[][][]> {
  const wb = await loadWorkbook(data, opts);
  if (wb.worksheets.length === 0) throw new ReportFileError('The workbook has no such sheet.', 'noSheet');
  return wb.worksheets.map(sheetRows);
}
