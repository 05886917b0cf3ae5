import type { Fmt } from '../fmt';
import type { Messages, NumberOrText } from '../types';

// Text of the pages the extension draws on: the product card, the popup and the console panel.
// Every key here is in zh/page.ts too (compile-time check there); parameters are declared here.

type N = { n: number };
type Title = { title: string };
type When = { when: string };
type Fields = { fields: string | readonly string[] };

export const enPage = {
  appName: 'OpsLens',
  listSeparator: ', ',
  collapse: 'Collapse',
  expand: 'Expand OpsLens',
  watch: 'Watch',
  unwatch: 'Unwatch',
  watching: 'Watching',
  price: 'Price',
  listPrice: 'List price',
  rating: 'Rating',
  reviewCount: 'Reviews',
  bsr: 'Best Sellers Rank',
  monthlySales: 'Bought last month',
  availability: 'Availability',
  seller: 'Seller',
  brand: 'Brand',
  imageCount: 'Images',
  wasPrice: ({ price }: { price: string }) => `was ${price}`,
  ratingValue: ({ rating }: { rating: NumberOrText }, f: Fmt) => `${f.value(rating, 1)} of 5`,
  rankValue: ({ rank, category }: { rank: NumberOrText; category: string }, f: Fmt) =>
    `#${f.value(rank)} in ${category}`,
  atLeast: ({ value }: { value: NumberOrText }, f: Fmt) => `${f.value(value)}+`,
  firstVisit: 'First visit: history starts now.',
  noChangeSince: ({ when }: When) => `No change since ${when}.`,
  changesSince: ({ when }: When) => `Since ${when}`,
  notOnPage: ({ fields }: Fields, f: Fmt) => `Not on this page: ${f.fields(fields)}`,
  notRecognised: ({ reason }: { reason: string }) => `OpsLens could not read this page (${reason}).`,
  couldNotRead: ({ fields }: Fields, f: Fmt) => `OpsLens could not read: ${f.fields(fields)}.`,
  saveFailed: ({ error }: { error: string }) => `Could not save this reading: ${error}`,
  changeFromTo: ({ label, from, to }: { label: string; from: string; to: string }) =>
    `${label}: ${from} → ${to}`,
  popupTitle: 'Watched products',
  popupEmpty: 'No watched products yet.',
  popupEmptyHint:
    'Open a product page on Amazon, Tmall or Taobao and press Watch on the OpsLens card. Its price, rating, reviews and rank are then kept here with their history.',
  lastSeen: ({ when }: When) => `Last seen ${when}`,
  open: 'Open',
  remove: 'Remove',
  removeLabel: ({ title }: Title) => `Remove ${title} from the watchlist`,
  openLabel: ({ title }: Title) => `Open ${title}`,
  loading: 'Loading…',
  points: ({ n }: N, f: Fmt) => f.plural(n, { one: '# reading', other: '# readings' }),
  priceHistory: ({ title }: Title) => `Price history of ${title}`,
  openDashboard: 'Dashboard',
  justNow: 'just now',
  minutesAgo: ({ n }: N, f: Fmt) => `${f.count(n)} min ago`,
  hoursAgo: ({ n }: N, f: Fmt) => `${f.count(n)} h ago`,
  daysAgo: ({ n }: N, f: Fmt) => `${f.count(n)} d ago`,
  panelTitle: 'OpsLens',
  adviceCount: ({ n }: N, f: Fmt) => f.plural(n, { one: '# suggestion', other: '# suggestions' }),
  noAdvice: 'No suggestions for this table.',
  savedRows: ({ n }: N, f: Fmt) => f.plural(n, { one: 'Saved # row', other: 'Saved # rows' }),
  unchangedRows: ({ n }: N, f: Fmt) =>
    f.plural(n, {
      one: '# row unchanged since last reading',
      other: '# rows unchanged since last reading',
    }),
  periodLabel: ({ from, to }: { from: string; to: string }) => `${from} – ${to}`,
  moreAdvice: ({ n }: N, f: Fmt) => `+${f.count(n)} more: see the badges in the table`,
  needMoreData: ({ n }: N, f: Fmt) =>
    f.plural(n, {
      one: '# needs more clicks before judging',
      other: '# need more clicks before judging',
    }),
  copy: 'Copy',
  copied: 'Copied',
  dismiss: 'Dismiss',
  dismissed: 'Dismissed',
  dismissedWhat: ({ title }: Title) => `Dismissed: ${title}.`,
  undo: 'Undo',
  historyTitle: 'History',
  historySpan: ({ n, from, to }: N & { from: string; to: string }, f: Fmt) =>
    `${f.plural(n, { one: '# reading', other: '# readings' })}, ${from} – ${to}`,
  historyLine: ({
    label,
    first,
    last,
    low,
    high,
  }: {
    label: string;
    first: string;
    last: string;
    low: string;
    high: string;
  }) => `${label}: ${first} → ${last} (lowest ${low}, highest ${high})`,
  historyTooShort: 'One reading so far: the history starts with the next visit.',
  historyFailed: ({ error }: { error: string }) => `Could not read the history: ${error}`,
  assumedAcos: ({ value }: { value: number }, f: Fmt) =>
    `Rests on the default break-even ACoS ${f.pct(value)}.`,
  assumedRoi: ({ value }: { value: number }, f: Fmt) =>
    `Rests on the default break-even ROI ${f.value(value, 1)}.`,
  setMargin: 'Set your margin',
  stage_lifecycleNew: 'New',
  stage_lifecycleHot: 'Hot seller',
  stage_lifecyclePotential: 'Potential',
  stage_lifecycleTail: 'Tail stock',
  copyNegatives: ({ n }: N, f: Fmt) => f.plural(n, { one: 'Copy # negative', other: 'Copy all # negatives' }),
  copyHarvests: ({ n }: N, f: Fmt) =>
    f.plural(n, { one: 'Copy # exact keyword to add', other: 'Copy all # exact keywords to add' }),
  copyHarvestsBroad: ({ n }: N, f: Fmt) =>
    f.plural(n, {
      one: 'Copy # broad/phrase keyword to add',
      other: 'Copy all # broad/phrase keywords to add',
    }),
  copyDiagnostic: 'Copy diagnostic',
  nothingSaved: 'Nothing was saved.',
  emptyTable: 'OpsLens: this table has no rows.',
  adviceFor: ({ label }: { label: string }) => `Advice for ${label}`,
  closeAdvice: 'Close',
  shopScores: 'Shop scores',
  scoreDescription: 'Description',
  scoreService: 'Service',
  scoreShipping: 'Shipping',
  soldCount: 'Sold',
  promoPrice: 'Coupon price',
  notRead: ({ fields }: Fields, f: Fmt) => `Not read: ${f.fields(fields)}.`,
  repointField: ({ field }: { field: string }) => `Point at the column that holds ${field}`,
  pickColumn: ({ field }: { field: string }) =>
    `Click the column header (or any cell) that holds ${field}. Esc cancels.`,
  savingRows: 'Saving this reading…',
  unknownTable: 'OpsLens does not know this table.',
  teachIt: 'Teach it:',
  teachHint: ({ key }: { key: string }) =>
    `Point at the ${key} first, then at one or more number columns: OpsLens reads the table as soon as it knows both.`,
  askMarketplace: 'This page does not say which marketplace it is for. Which one is it?',
  askMarketplaceConflict:
    'The marketplace of this page is unclear: what the page shows disagrees, or its prices do not fit the marketplace chosen before. Which one is it?',
  marketplaceName: ({ site, country }: { site: string; country: string }) => `${site} (${country})`,
  otherMarketplace: 'Another marketplace',
  useMarketplace: 'Use',
  askPeriod: 'This page does not say which dates the report covers. Which dates?',
  askPeriodAmbiguous: 'The report dates can be read two ways. Which is it?',
  askPeriodConflict: 'The page shows different report dates in different places. Which is right?',
  periodFrom: 'From',
  periodTo: 'To',
  savePeriod: 'Save dates',
  periodInvalid: 'Choose both dates, the first not after the last.',
  rememberedAccount: 'OpsLens remembers this for the account (settings can remove it).',
  rememberedPage: 'OpsLens remembers these dates for this address only.',
  saveShape: 'Save page shape',
  shapeNote: 'The file holds the page’s layout and column names; numbers and names are replaced.',
  twoSentences: ({ first, second }: { first: string; second: string }) => `${first} ${second}`,
  pointAt: ({ field }: { field: string }) => `Point at ${field}`,
  movePanel: 'Move the panel to another corner',
  panelShortcut: 'Alt+Shift+O',
  answerFailed: ({ error }: { error: string }) => `The answer was not saved: ${error}`,
  featuresTitle: 'On the pages',
  featuresNote: 'Pages are read and saved either way; a change applies to pages opened afterwards.',
  'feature_console-panel': 'Summary panel on console pages',
  'feature_row-badges': 'Advice badges beside table rows',
  'feature_product-card': 'Quick-glance card on product pages',
  // The product card's experiments (the dashboard shows them too).
  expTitle: 'Experiments',
  expRecord: 'Record a change',
  expChange_price: 'Price',
  expChange_mainImage: 'Main image',
  expChange_title: 'Title',
  expChange_coupon: 'Coupon',
  expChange_bid: 'Bid',
  expWhat: 'What changed',
  expNote: 'Note',
  expNotePlaceholder: 'e.g. price 39.99 → 34.99',
  expSave: 'Save',
  expCancel: 'Cancel',
  expRecorded: ({ change, day }: { change: string; day: string }) => `${change} changed on ${day}`,
  expStatus_significant: 'Significant change',
  expStatus_notSignificant: 'No significant change',
  expStatus_collecting: 'Collecting data',
  expStatus_noData: 'No data yet',
  expSaveFailed: ({ error }: { error: string }) => `Could not record the change: ${error}`,
} satisfies Messages;
