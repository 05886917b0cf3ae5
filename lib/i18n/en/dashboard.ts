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
  exportIntro: 'Exports the snapshots that match the filters of the list.',
  exportCsv: 'CSV (Excel)',
  exportXlsx: 'XLSX',
  exportJson: 'JSON backup (everything)',
  exporting: ({ done }: { done: number }, f: Fmt) =>
    f.plural(done, { one: 'Exporting… # row', other: 'Exporting… # rows' }),
  exportDone: ({ n }: N, f: Fmt) => f.plural(n, { one: 'Exported # row.', other: 'Exported # rows.' }),
  importTitle: 'Import',
  importIntro:
    'Restore a JSON backup, or start history from official report files (Business Report, search term report, Search Query Performance, 生意参谋).',
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
  answerAccount: ({ host }: { host: string }) => `account on ${host}`,
  answerPage: ({ page }: { page: string }) => `this address: ${page}`,
  removeAnswer: 'Remove',
} satisfies Messages;
