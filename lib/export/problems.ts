// Why a file cannot be imported or an export cannot be written, as codes the UI translates
// (lib/i18n dashboard: `fileProblem_<code>`). The English sentence stays beside the code for tests and
// the command line; the dashboard never shows it in place of the catalogue's text.

export const FILE_PROBLEMS = [
  'empty',
  'tooLarge',
  'oldXls',
  'notXlsx',
  'damaged',
  'noSheet',
  'notText',
  'htmlPage',
  'unrecognised',
  'needsMarketplace',
  'needsPeriod',
  'shopOverview',
  'tooManyRows',
  'badBackup',
] as const;

export type FileProblem = (typeof FILE_PROBLEMS)[number];

/** Why one row of a report was left out, as data the UI words in its language (`rowProblem_<code>`). */
export type RowProblem =
  /** The row's identity column (ASIN, 商品ID, search term, query) is empty or not an id; `column` as the file heads it. */
  | { code: 'noId'; column: string; value: string }
  | { code: 'notDate'; column: string; value: string }
  | { code: 'notNumber'; column: string; value: string }
  | { code: 'notWhole'; column: string; value: string }
  | { code: 'otherCurrency'; column: string; value: string; currency: string; expected: string }
  | { code: 'outOfRange'; column: string; value: string }
  /** The same entity and dates as an earlier row (1-based), which is kept. */
  | { code: 'duplicate'; first: number }
  /** A record that fails validation; `detail` is the schema's wording (field names, not prose). */
  | { code: 'invalid'; detail: string };

/** A left-out row's reason: the English sentence and the same as data. */
export interface RowSkip {
  reason: string;
  why: RowProblem;
}

/** Something an import did that the operator should know, as data the UI words (`importNote_<code>`). */
export type ImportNote =
  | { code: 'marketplaceFromName'; marketplace: string }
  | { code: 'tmallAssumed' }
  | { code: 'ambiguousRate'; column: string }
  | { code: 'unknownMetrics'; columns: string };
