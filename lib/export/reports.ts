import type { FileProblem } from './problems';
import { detectBusinessReport, importBusinessReport } from './report-business';
import type { ReportImport, ReportKind, ReportOptions } from './report-common';
import { cannotImport } from './report-market';
import { detectOpsLensExport, importOpsLensExport } from './report-opslens';
import { detectSearchTermReport, importSearchTermReport } from './report-search-terms';
import { detectSqpReport, importSqpReport } from './report-sqp';
import { detectSycmItems, detectSycmShop, importSycmItems, SHOP_OVERVIEW_REFUSAL } from './report-sycm';
import { ReportFileError, readXlsxSheets } from './xlsx';

export type { ReportImport, ReportKind, ReportOptions, SkippedRow } from './report-common';

export const UNRECOGNISED =
  'No report OpsLens can import was found in this file. It reads Amazon Business Reports (by child item), ' +
  'Sponsored Products search term reports, Brand Analytics Search Query Performance, and 生意参谋 item exports.';

/** Which report the rows are, by their header labels. */
export function detectReport(rows: string[][]): ReportKind | undefined {
  if (detectOpsLensExport(rows)) return 'opslens-export';
  if (detectSearchTermReport(rows)) return 'amazon-search-terms';
  if (detectSqpReport(rows)) return 'amazon-sqp';
  if (detectBusinessReport(rows)) return 'amazon-business-report';
  if (detectSycmItems(rows)) return 'sycm-items';
  if (detectSycmShop(rows)) return 'sycm-shop';
  return undefined;
}

/** Records from a report's rows, with the rows left out and why; `error` when nothing could be read. */
export function importReport(
  rows: string[][],
  opts: ReportOptions,
  sheets: readonly string[][][] = [rows],
): ReportImport {
  if (detectOpsLensExport(rows)) return importOpsLensExport(sheets);
  const st = detectSearchTermReport(rows);
  if (st) return importSearchTermReport(rows, st, opts);
  const sqp = detectSqpReport(rows);
  if (sqp) return importSqpReport(rows, sqp, opts);
  const br = detectBusinessReport(rows);
  if (br) return importBusinessReport(rows, br, opts);
  const items = detectSycmItems(rows);
  if (items) return importSycmItems(rows, items, opts);
  if (detectSycmShop(rows)) return SHOP_OVERVIEW_REFUSAL;
  return cannotImport('unknown', UNRECOGNISED, 'unrecognised');
}

export type ReadRows =
  | {
      ok: true;
      rows: string[][] /** Every sheet of a workbook, the first being `rows`. */;
      sheets?: string[][][];
    }
  | { ok: false; reason: string; problem: FileProblem; problemParams?: { mb?: number } };

const startsWith = (u8: Uint8Array, sig: number[]) => sig.every((b, i) => u8[i] === b);

function looksBinary(u8: Uint8Array): boolean {
  const n = Math.min(u8.length, 4096);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = u8[i]!;
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) odd++;
  }
  return odd > n / 100;
}

/**
 * Text of a CSV export: UTF-8 (with or without byte-order mark), UTF-16 (Excel's "Unicode text"),
 * else GB18030 (生意参谋 and Excel in Chinese save GBK), else Windows-1252 (Excel in Western Europe).
 * The CSV reader (Papa Parse) is loaded with the first file, not with the dashboard.
 */
async function decodeCsv(u8: Uint8Array): Promise<string[][]> {
  const { parseCsv } = await import('./csv-read');
  if (startsWith(u8, [0xff, 0xfe])) return parseCsv(new TextDecoder('utf-16le').decode(u8));
  if (startsWith(u8, [0xfe, 0xff])) return parseCsv(new TextDecoder('utf-16be').decode(u8));
  try {
    return parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(u8));
  } catch {
    const gb = parseCsv(new TextDecoder('gb18030').decode(u8));
    if (detectReport(gb)) return gb;
    return parseCsv(new TextDecoder('windows-1252').decode(u8));
  }
}

/** Rows of a report file, CSV or .xlsx, told apart by content (a file named .xlsx must be one); a refusal says why. */
export async function readReportFile(
  data: ArrayBuffer | ArrayBufferView,
  opts: { fileName?: string; maxBytes?: number } = {},
): Promise<ReadRows> {
  const u8 =
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const maxBytes = opts.maxBytes ?? 100 * 1024 * 1024;
  if (u8.length === 0) return { ok: false, reason: 'The file is empty.', problem: 'empty' };
  if (u8.length > maxBytes) {
    const mb = Math.round(maxBytes / 1048576);
    return {
      ok: false,
      reason: `The file is larger than ${mb} MB.`,
      problem: 'tooLarge',
      problemParams: { mb },
    };
  }
  try {
    // 生意参谋's ".xls" is often CSV or HTML inside, so only .xlsx names are held to being a workbook.
    const workbook = /\.xls[xm]$/i.test(opts.fileName ?? '');
    if (workbook || startsWith(u8, [0x50, 0x4b]) || startsWith(u8, [0xd0, 0xcf, 0x11, 0xe0])) {
      const sheets = await readXlsxSheets(u8, { maxBytes });
      return { ok: true, rows: sheets[0]!, sheets };
    }
  } catch (e) {
    if (e instanceof ReportFileError)
      return { ok: false, reason: e.message, problem: e.code, problemParams: e.params };
    throw e;
  }
  const utf16 = startsWith(u8, [0xff, 0xfe]) || startsWith(u8, [0xfe, 0xff]);
  if (!utf16 && looksBinary(u8))
    return {
      ok: false,
      reason: 'This file is neither a CSV text file nor an .xlsx workbook.',
      problem: 'notText',
    };
  const rows = await decodeCsv(u8);
  if (/^\s*<(!doctype|html|table)/i.test(rows[0]?.[0] ?? ''))
    return {
      ok: false,
      reason:
        'This is a web page saved with a spreadsheet name: open it in Excel and save it as .xlsx or CSV.',
      problem: 'htmlPage',
    };
  return { ok: true, rows };
}

/** Reads and imports one file: the result a preview shows before anything is stored (`importRecords`). */
export async function importReportFile(
  data: ArrayBuffer | ArrayBufferView,
  opts: ReportOptions & { maxBytes?: number },
): Promise<ReportImport> {
  const read = await readReportFile(data, opts);
  if (!read.ok) return cannotImport('unknown', read.reason, read.problem, undefined, [], read.problemParams);
  return importReport(read.rows, opts, read.sheets);
}
