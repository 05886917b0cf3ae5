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
