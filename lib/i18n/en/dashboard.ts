import type { Fmt } from '../fmt';
import type { Messages, NumberOrText } from '../types';

// Text of the dashboard and options pages: settings, the entity list and detail, export/import, storage.

type N = { n: number };

/** `p = 0.012` / `p < 0.001` from the p-value, or from a text the caller made ('0.012', '< 0.001'). */
export const pText = (p: NumberOrText, f: Fmt) =>
  typeof p === 'number' ? f.p(p) : /^[<>=]/.test(p) ? `p ${p}` : `p = ${p}`;

export const enDashboard = {
  settingsTitle: 'Advice settings',
  settingsIntro:
    'Every threshold the advice uses. Defaults come from public sources (shown beside each); set your own per marketplace and per product.',
  scopeDefaults: 'All marketplaces (defaults)',
  scope: 'Applies to',
  productOverrides: 'Per-product overrides',
  productKey: 'ASIN, SKU or item id',
  addOverride: 'Add override',
  removeOverride: ({ key }: { key: string }) => `Remove override for ${key}`,
  defaultValue: ({ value }: { value: number }, f: Fmt) => `default ${f.num(value, 3)}`,
  inherited: ({ value }: { value: number }, f: Fmt) => `inherited: ${f.num(value, 3)}`,
  invalidValue: 'Not a valid value: the previous one is kept.',
  saved: 'Saved',
  dismissedCount: ({ n }: N, f: Fmt) =>
    f.plural(n, { one: '# dismissed suggestion', other: '# dismissed suggestions' }),
  restoreDismissed: 'Show them again',
  openDashboardLink: 'Open the dashboard',
  source: ({ source }: { source: string }) => `source: ${source}`,
  noOverrides: 'No product overrides yet.',
  dashboardTitle: 'Dashboard',
  navEntities: 'Products & campaigns',
  navExport: 'Export & import',
  navStorage: 'Storage',
  navSettings: 'Settings',
  searchPlaceholder: 'Search name, ASIN, item id, keyword…',
  allPlatforms: 'All platforms',
  allMarketplaces: 'All marketplaces',
  allKinds: 'All kinds',
  seenFrom: 'Seen from',
  seenTo: 'to',
  sortBy: 'Sort',
  sortRecent: 'Last seen',
  sortName: 'Name',
  sortReadings: 'Readings',
  entitiesCount: ({ n, total }: { n: number; total: number }, f: Fmt) => `${f.count(n)} of ${f.count(total)}`,
  noEntities:
    'Nothing recorded yet. Open a Business Report, the advertising console or a product page and OpsLens starts keeping history.',
  noMatch: 'Nothing matches these filters.',
  pickEntity: 'Pick a product, campaign or keyword to see its history.',
  metricsToPlot: 'Metrics',
  snapshotsTable: 'Readings',
  adviceNow: 'Advice now',
  noAdviceNow: 'No advice for the latest reading.',
  comparePeriods: 'Compare two periods',
  periodA: 'Earlier',
  periodB: 'Later',
  notSignificant: ({ p }: { p: NumberOrText }, f: Fmt) => `not significant (${pText(p, f)})`,
  significant: ({ p }: { p: NumberOrText }, f: Fmt) => `significant (${pText(p, f)})`,
  capturedAt: 'Read at',
  period: 'Period',
  exportTitle: 'Export',
  exportIntro:
    'Exports the readings that match the filters of the list: one sheet (XLSX) or file (CSV) per kind of record, with only its columns, percentages and local times as Excel shows them.',
  exportCsv: 'CSV (Excel)',
  exportXlsx: 'XLSX',
  exportJson: 'JSON backup (everything)',
  exporting: ({ done }: { done: number }, f: Fmt) =>
    f.plural(done, { one: 'Exporting… # row', other: 'Exporting… # rows' }),
  exportDone: ({ n }: N, f: Fmt) => f.plural(n, { one: 'Exported # row.', other: 'Exported # rows.' }),
  exportHeaders: 'Column headers',
  exportHeadersUi: 'Readable (in English)',
  exportHeadersMachine: 'Machine-readable (for re-import into OpsLens)',
  exportCsvWhy:
    'CSV: one file per kind of record, so each opens in Excel with a double click (a zip would have to be unpacked first).',
  exportCsvKind: ({ kind, n }: { kind: string; n: number }, f: Fmt) =>
    `CSV: ${kind} (${f.plural(n, { one: '# reading', other: '# readings' })})`,
  exportEmpty: 'Nothing to export: no readings are stored yet.',
  exportNoMatch: 'Nothing to export: no readings match the filters.',
  exportCounting: 'Counting readings…',
  exportFailed: ({ reason }: { reason: string }) => `Export failed: ${reason}`,
  exportCol_marketplace: 'Marketplace',
  exportCol_name: 'Name',
  exportCol_periodFrom: 'Period from',
  exportCol_periodTo: 'Period to',
  exportCol_readAt: 'Read at (local time)',
  exportCol_currency: 'Currency',
  exportCol_page: 'Page',
  exportCol_url: 'Address',
  exportKey_listing: 'ASIN / SKU / item id',
  exportKey_campaign: 'Campaign id or name',
  exportKey_keyword: 'Keyword (match type)',
  exportKey_searchTerm: 'Search term',
  exportKey_competitor: 'ASIN / item id',
  attr_asin: 'ASIN',
  attr_sku: 'SKU',
  attr_parentAsin: 'Parent ASIN',
  attr_itemId: 'Item id',
  attr_campaign: 'Campaign',
  attr_adGroup: 'Ad group',
  attr_matchType: 'Match type',
  attr_status: 'Status',
  attr_brand: 'Brand',
  attr_seller: 'Seller',
  attr_availability: 'Availability',
  attr_bsrCategory: 'Best Sellers Rank category',
  attr_shopName: 'Shop',
  'source_amazon.business-report': 'Amazon Business Report',
  'source_amazon.business-report-file': 'Amazon Business Report (file)',
  'source_amazon.inventory': 'Amazon inventory',
  'source_amazon.product': 'Amazon product page',
  'source_amazon.ads-campaigns': 'Amazon ads: campaigns',
  'source_amazon.ads-keywords': 'Amazon ads: keywords',
  'source_amazon.ads-search-terms': 'Amazon ads: search terms',
  'source_amazon.sp-search-term-report': 'Sponsored Products search term report (file)',
  'source_amazon.sqp-report': 'Search Query Performance report (file)',
  'source_tmall.item': 'Tmall item page',
  'source_taobao.item': 'Taobao item page',
  'source_taobao.qianniu-items': '千牛 items',
  'source_tmall.subway-keywords': '直通车 keywords',
  'source_tmall.subway-report': '直通车 report',
  'source_tmall.sycm-items': '生意参谋 items',
  'source_tmall.sycm-keywords': '生意参谋 keywords',
  'source_tmall.wanxiangtai-plans': '万相台 plans',
  'source_tmall.sycm-export': '生意参谋 export (file)',
  'source_taobao.sycm-export': '生意参谋 export (file)',
  fileProblem_empty: 'The file is empty.',
  fileProblem_tooLarge: ({ mb }: { mb: number }, f: Fmt) => `The file is larger than ${f.count(mb)} MB.`,
  fileProblem_oldXls:
    'This is an old Excel 97-2003 (.xls) file, which OpsLens cannot read: open it and save it as .xlsx or CSV.',
  fileProblem_notXlsx: 'This is not an Excel .xlsx file (an .xlsx file is a zip archive; this is not).',
  fileProblem_damaged: 'This .xlsx file is damaged or not a workbook.',
  fileProblem_noSheet: 'The workbook has no sheet to read.',
  fileProblem_notText: 'This file is neither a CSV text file nor an .xlsx workbook.',
  fileProblem_htmlPage:
    'This is a web page saved with a spreadsheet name: open it in Excel and save it as .xlsx or CSV.',
  fileProblem_unrecognised:
    'No report OpsLens can import was found in this file. It reads Amazon Business Reports (by child item), Sponsored Products search term reports, Brand Analytics Search Query Performance, 生意参谋 item exports and its own exports with machine-readable headers.',
  fileProblem_needsMarketplace: 'The file does not say which marketplace it is for: choose one.',
  fileProblem_needsPeriod:
    'The file does not say which dates it covers: enter the date range it was downloaded for.',
  fileProblem_shopOverview:
    'This is a whole-shop overview (no 商品ID column); OpsLens keeps history per item: export 商品效果 or 商品排行 instead.',
  fileProblem_tooManyRows:
    'Excel holds at most 1,048,575 rows a sheet: narrow the filter or export CSV instead.',
  fileProblem_badBackup: 'This backup cannot be restored; nothing in it was written.',
  importFailed: ({ reason }: { reason: string }) => `The file could not be read: ${reason}`,
  importDetail: ({ detail }: { detail: string }) => `Detail: ${detail}`,
  importSkippedTitle: 'Rows left out',
  importSkippedRow: ({ row, reason }: { row: number; reason: string }, f: Fmt) =>
    `Row ${f.count(row)}: ${reason}`,
  reportPeriod: 'Dates the file was downloaded for (Business Reports by ASIN have no date column)',
  reportPeriodFrom: 'From',
  reportPeriodTo: 'To',
  period_missing: 'Enter both dates.',
  period_order: 'The end date is before the start date.',
  period_future: 'A report covers days that have passed: the dates cannot be in the future.',
  readingsCount: ({ n }: N, f: Fmt) => f.plural(n, { one: '# reading', other: '# readings' }),
  compareSame: 'These are the same period: pick two different periods to compare.',
  compareNeedsTwo: 'Comparing needs readings of two different periods.',
  ppChange: ({ v }: { v: string }) => `${v} pp`,
  chartPeriodLength: 'Readings of',
  chartMoments: 'moments (product pages)',
  chartDays: ({ n }: N, f: Fmt) => f.plural(n, { one: '# day', other: '# days' }),
  compareMetric: 'Metric',
  compareChange: 'Change',
  compareChangePct: 'Change %',
  conversionTest: ({ a, b, test }: { a: string; b: string; test: string }) =>
    `Conversion ${a} → ${b} (two-proportion z-test): ${test}`,
  notSaved: ({ why }: { why: string }) => `Not saved: ${why}`,
  chartNoPoints: 'No reading of the chosen metrics to plot.',
  rowProblem_noId: ({ column, value }: { column: string; value: string }) =>
    value ? `${column}: "${value}" is not an id` : `no ${column}`,
  rowProblem_notDate: ({ column, value }: { column: string; value: string }) =>
    `${column}: "${value}" is not a date`,
  rowProblem_notNumber: ({ column, value }: { column: string; value: string }) =>
    `${column}: "${value}" is not a number`,
  rowProblem_notWhole: ({ column, value }: { column: string; value: string }) =>
    `${column}: "${value}" is not a whole number`,
  rowProblem_otherCurrency: (p: { column: string; value: string; currency: string; expected: string }) =>
    `${p.column}: "${p.value}" is in ${p.currency}, the report is in ${p.expected}`,
  rowProblem_outOfRange: ({ column, value }: { column: string; value: string }) =>
    `${column}: "${value}" is out of range`,
  rowProblem_duplicate: ({ first }: { first: number }, f: Fmt) =>
    `the same entity and dates as row ${f.count(first)}`,
  rowProblem_invalid: ({ detail }: { detail: string }) => `not a valid reading (${detail})`,
  importNote_marketplaceFromName: ({ marketplace }: { marketplace: string }) =>
    `Marketplace ${marketplace} taken from the file name.`,
  importNote_tmallAssumed: 'Imported as a Tmall store; choose taobao.com if the shop is a Taobao shop.',
  importNote_ambiguousRate: ({ column }: { column: string }) =>
    `${column}: values without a % sign that match neither a fraction nor a percentage of the counts were left out.`,
  importNote_unknownMetrics: ({ columns }: { columns: string }) =>
    `Not in OpsLens's metric list yet, so left out: ${columns}.`,
  importTitle: 'Import',
  importIntro:
    'Restore a JSON backup, bring back an OpsLens export with machine-readable headers, or start history from official report files (Business Report, search term report, Search Query Performance, 生意参谋).',
  chooseFile: 'Choose a file',
  importPreview: (
    { file, kind, n, skipped }: { file: string; kind: string; n: number; skipped: number },
    f: Fmt,
  ) =>
    `${file}: ${kind}, ${f.plural(n, { one: '# record', other: '# records' })} to import, ${f.plural(skipped, { one: '# row', other: '# rows' })} skipped`,
  importApply: 'Import',
  importCancel: 'Cancel',
  importDone: ({ added, skipped }: { added: number; skipped: number }, f: Fmt) =>
    `Imported ${f.plural(added, { one: '# new reading', other: '# new readings' })} (${f.count(skipped)} already there).`,
  importRefused: ({ reason }: { reason: string }) => `Refused: ${reason} Nothing was written.`,
  reportMarketplace: 'Marketplace of this file',
  storageTitle: 'Storage',
  storageUsed: ({ used, quota }: { used: string; quota: string }) =>
    `${used} used of ${quota} available to OpsLens`,
  storagePersisted: 'Persistent storage: the browser will not clear this data on its own.',
  storageNotPersisted: 'The browser may clear this data when the disk is full.',
  requestPersist: 'Ask to keep it',
  retention: 'Retention',
  retentionAll: 'Keep every reading (default)',
  retentionDaily: ({ days }: { days: number }, f: Fmt) =>
    `Keep one reading a day for readings older than ${f.plural(days, { one: '# day', other: '# days' })}`,
  thinNow: 'Thin now',
  thinned: ({ n }: N, f: Fmt) =>
    f.plural(n, {
      one: 'Removed # reading; one a day is kept.',
      other: 'Removed # readings; one a day is kept.',
    }),
  counts: ({ snapshots, entities }: { snapshots: NumberOrText; entities: NumberOrText }, f: Fmt) =>
    `${f.plural(snapshots, { one: '# reading', other: '# readings' })} of ${f.plural(entities, { one: '# entity', other: '# entities' })}`,
  remapsTitle: 'Columns you pointed at',
  noRemaps: 'None. When OpsLens cannot find a column, the panel lets you point at it.',
  removeRemap: 'Remove',
  answersTitle: 'Answers you gave',
  noAnswers:
    'None. When a page does not say its marketplace or dates, the panel asks and remembers the answer here.',
  answer_marketplace: 'Marketplace',
  answer_dateOrder: 'Date order',
  answer_period: 'Report dates',
  dateOrder_mdy: 'month first (MM/DD/YYYY)',
  dateOrder_dmy: 'day first (DD/MM/YYYY)',
  thisPageNothing: 'OpsLens found no table it knows on this page.',
  thisPageHint:
    'If a report is on screen, its columns may have new names: read it anyway, then point at the columns OpsLens asks for.',
  thisPageRead: 'Read this page',
  answerAccount: ({ host }: { host: string }) => `account on ${host}`,
  answerPage: ({ page }: { page: string }) => `this address: ${page}`,
  removeAnswer: 'Remove',
} satisfies Messages;
