// What to do about a missed budget: read from the profiles of this benchmark and the code they point at.
// Printed (once per topic) only when a figure of that topic misses its budget.
import { type Figure, passes } from './report';

interface Suggestion {
  topic: string;
  /** A missed figure this is about. */
  test: (f: Figure) => boolean;
  /** What a profile note must show for the suggestion to apply (it may be fixed already). */
  evidence?: RegExp;
  text: string;
}

const SUGGESTIONS: Suggestion[] = [
  {
    topic: 'ads adapters',
    test: (f) => f.section === 'extract' && /ads-(search-terms|keywords)/.test(f.name),
    evidence: /← scope \(lib\/sites\/amazon\/ads\.ts\)/,
    text:
      'Search terms and keywords: `scope(doc, url)` in lib/sites/amazon/ads.ts runs a document-wide ' +
      'querySelectorAll for the breadcrumbs once per row, so a read grows with rows × page size (5,000 rows ' +
      'do not finish). Compute the scope once per extraction and pass it to `identify`.',
  },
  {
    topic: 'extraction budget',
    test: (f) => f.section === 'extract',
    text:
      '50,000 rows/s is 10 ms for 500 rows, 0.02 ms a row. Done: rows are taken by tag or role from the ' +
      'row’s children (no selector matching per cell), read only when the grid is the one used, skeletons ' +
      'looked for only in rows with empty or odd cells, and plain number cells parsed by a checked shortcut ' +
      '(2.5-4x faster than before); since December 2026 also one pass over a row’s attributes, its children ' +
      'listed once, no object spread per row, labels indexed once per adapter, the page’s context read ' +
      'without document-wide queries and past table bodies; later, candidate rows kept in one indexed ' +
      'loop over the native list, a row’s shape checked in one pass that stops at the first odd child, cell ' +
      'roles counted only until the outcome is known, and the page outside its tables listed once for the ' +
      'four context looks of a read. What is left is per-cell native work (textContent, tagName, ' +
      'getAttribute: textOf and childrenOf; nested cells such as inventory’s product details are walked ' +
      'node by node), the shape check itself (every child, in wide tables 37 a row), and the records built ' +
      'per row; at 5,000 rows garbage collection and the DOM’s size make a row cost 1.5-3x what it costs ' +
      'at 500.',
  },
  {
    topic: 'placeholder check',
    test: (f) => f.section === 'extract',
    evidence: /← isPlaceholder/,
    text:
      '`isPlaceholder` (lib/sites/read-rows.ts) runs a descendant querySelector with attribute-substring ' +
      'selectors on each row that has an empty or odd cell (a split grid’s parts leave such gaps). One query ' +
      'of the whole table instead was tried (December 2026) and cost more wherever few rows have gaps (search ' +
      'terms at 5,000 rows went from 50,000 to 19,000 rows/s). Left: look for skeletons in the cells that are ' +
      'empty only, not the whole row.',
  },
  {
    topic: 'cells',
    test: (f) => f.section === 'extract',
    evidence: /closest ← /,
    text:
      'Every adapter: `cellsOf` (lib/sites/table.ts) runs querySelectorAll and then closest() for every ' +
      'cell to drop nested tables. Take cells from `row.children` when they are direct children, and fall ' +
      'back to the query only when they are not.',
  },
  {
    topic: 'cell text',
    test: (f) => f.section === 'extract',
    evidence: /walk \(lib\/sites\/dom\.ts\)/,
    text:
      'Cells with markup inside (inventory’s product details: title, ASIN and SKU in nested blocks): ' +
      '`textOf` walks them node by node so block boxes separate words and inputs give their values. Left: ' +
      'read such a cell’s known parts (its links and labels) instead of its whole text.',
  },
  {
    topic: 'context scan',
    test: (f) => f.section === 'extract' || (f.section === 'page cost' && !/product/.test(f.name)),
    evidence: /small \(lib\/sites\/context\/scan\.ts\)|markedSelected|Array\.from\(e\.children\)/,
    text:
      'Business report (a kat-table): most of a read is the period scan, not the table. `shortTexts` ' +
      '(lib/sites/context/scan.ts, from textPeriodSignals ← consolePeriodFinding ← amazonPeriodOrAsk) skips ' +
      'TBODY, UL, OL and role=rowgroup bodies only, so a kat-table-body of 500 rows is walked cell by cell, ' +
      'each cell and its row given to `small()` (which copies children arrays) and `textOf`; `walkPage` runs ' +
      '`markedSelected` (lib/sites/amazon/marketplace-signals.ts) on every kat-table-row and cell the same ' +
      'way. Skip any container of many like children (kat-table-body, *-row, *-cell, role=row) or the table ' +
      'the reader found, and count in `small()` with firstElementChild/nextElementSibling, stopping at the limit.',
  },
  {
    topic: 'header labels',
    test: (f) => f.section === 'extract',
    evidence: /normalizeLabel|eachVisibleText/,
    text:
      'Every table page: `findLabelElements` (lib/sites/reader/headers.ts) walks every visible text node of ' +
      'the document (`eachVisibleText`, lib/sites/reader/tree.ts) and runs `normalizeLabel` (lib/sites/table.ts: ' +
      'NFKC and nine regex replacements) on each, data cells included: about half of a read at 500 rows. ' +
      'Reject a text before normalizing it (numbers, money, rates and dates are never labels; a Map from raw ' +
      'text to label, as cells repeat), and stop descending into a body once its header row is known. Next: ' +
      '`bodyRows`/`rowsIn` (lib/sites/reader/body.ts), about 15%.',
  },
  {
    topic: 'console page cost',
    test: (f) => f.section === 'page cost' && !/product/.test(f.name),
    text:
      'Console pages (issue 16): console.js is now a 25 KB first look (lib/sites/probe.ts) that loads the ' +
      'reader, panel and text (console-main.js, about 200 KB) only when the page shows three column labels of ' +
      'one kind of table, so a page with nothing to read costs its evaluation and a throttled ' +
      'MutationObserver. The reading runs in steps (lib/sites/steps.ts) that give the main thread back every ' +
      '8 ms; its longest cold step at 500 rows is 15-35 ms (extract: first read\u2019s longest step). In the ' +
      'same hour, old and new builds alternated, the 500-row business report added 434/447 ms (old) and ' +
      '415/438 ms (new): our script time fell from about 200 to 60-100 ms, the page\u2019s own rendering between ' +
      'our slices took most of it back. The longest task was the browser\u2019s repaint of the whole page when ' +
      'our panel and badges first appeared (60-100 ms of Paint and PrePaint): in Chromium a flat page\u2019s ' +
      'body is painted by the root layer, beside our overlays, so each change of ours re-recorded the whole ' +
      'page. Since December 2026 the body is its own paint group from the page\u2019s first paint ' +
      '(entrypoints/console.content/paint-isolation.css, `isolation: isolate` in the manifest\u2019s content ' +
      'script CSS; until then a constructed sheet adopted after the first look, which cost one whole-page ' +
      'repaint): our UI appearing and every change of ours repaint only our layers (see the hover figures). ' +
      'What is left is our script: the cold first read of 500 rows (about 100 ms in slices, the ' +
      'reader\u2019s code compiled as it runs) and building the panel and 200-odd badges (about 50 ms).',
  },
  {
    topic: 'product page cost',
    test: (f) => f.section === 'page cost' && /product/.test(f.name),
    text:
      'Product page: the page itself is light (about 250 ms of main-thread work), so fixed costs dominate: ' +
      'evaluating amazon-product.js (Amazon\u2019s item adapter, 37 KB; until December 2026 product.js held ' +
      'all three item-page adapters and zod/mini for Tmall\u2019s page data, 65 KB), ' +
      'then product-card.js (the card and its text, 79 KB) imported after the reading was saved, so each is ' +
      'its own task (longest 35 ms); the two messages to the background; one layout and paint for the card. ' +
      'Intl is not used on pages. Since December 2026 a product page\u2019s body is not restyled (no paint ' +
      'isolation: the card\u2019s hover repaints 1.5-2.1 ms either way), WXT posts no message into the ' +
      'page\u2019s own listeners (noScriptStartedPostMessage), and the card has no glyph that only a CJK ' +
      'font holds (an English card loaded one for its \u201c\uff0b\u201d). What is left is fixed: the ' +
      'isolated world\u2019s start, WXT\u2019s context (its start event 2-8 ms in traces), the cold first read ' +
      '(about 7 ms, 0.3 ms warm: compiling the reader and its label patterns), the card module (4-5 ms to ' +
      'evaluate) and the card\u2019s first layout (6-14 ms for 67 boxes). Compare with the control rows, ' +
      'which show the method\u2019s noise. Left: one language\u2019s text per page instead of both (the text ' +
      'is 39 KB of the card\u2019s 60 KB).',
  },
  {
    topic: 'ingest',
    test: (f) => f.section === 'store' && /ingest/.test(f.name),
    text:
      'Ingest: putSnapshots is three bulk requests per batch of 500 (entities.bulkGet, history.bulkAdd, ' +
      'entities.bulkPut) in one transaction; its own JavaScript is a few ms. Measured part by part in one ' +
      'run (December 2026): history.bulkAdd alone, 500 a transaction, about 5,000 records/s (the ceiling, ' +
      'one transaction of 20,000, about 6,800); adding the entity rows’ bulkPut halves it (each reading ' +
      'writes two records, each with its indexes), the bulkGet takes another quarter. Left: keep the entity ' +
      'rows in the writer’s memory and write them behind (coalesced, with a recovery from the history on ' +
      'start), so a reading costs one write.',
  },
  {
    topic: 'export',
    test: (f) => f.section === 'export',
    text:
      'Export: the CSV button’s file is written by two workers (lib/export/csv-parts.ts), each reading and ' +
      'formatting half of the kind’s key range (cut at entity boundaries by reading counts), joined in key ' +
      'order; local times ask Intl once per quarter hour. What dominates in each worker: decoding the stored ' +
      'records’ structured clones and their garbage. Left: smaller stored records (the URL and label are ' +
      'repeated in every reading); the count of what each kind holds when the export view opens (kindsInUse) ' +
      'still reads every record in the page.',
  },
  {
    topic: 'latest',
    test: (f) => f.section === 'store' && /latest/.test(f.name),
    text:
      'Latest of 1,000 entities: `entities.bulkGet` issues 1,000 get requests in one transaction; their ' +
      'per-request cost (about 0.1 ms each here) is the figure. Tried: one getAll of the 10,000-row range ' +
      'and filtering took about 300 ms (it decodes ten times the rows), so bulkGet stays. Left: keep the ' +
      'few fields a list needs in a smaller row, so more of them come back per millisecond.',
  },
  {
    topic: 'history',
    test: (f) => f.section === 'store' && /history/.test(f.name),
    text:
      'One entity’s history: since schema version 7 one contiguous range of the history’s primary key ' +
      '[kind+marketplace+key+capturedAt+id] (lib/db/history-keys.ts), one getAll; what is left is decoding ' +
      'the 365 records’ structured clones (req.onsuccess) and the request’s round trip. Before (an index ' +
      'range fetching each record from the primary store, scattered over 1,000,000 records) 21-24 ms.',
  },
  {
    topic: 'popup',
    test: (f) => f.section === 'popup',
    text:
      'Popup: the list is first drawn by popup-first.js (18 KB, a classic script in the head: IndexedDB ' +
      'itself, no React or Dexie), which reads the watchlist and the 200 latest readings as the page is ' +
      'parsed; the popup’s modules evaluate after that paint and React replaces the list in one commit. ' +
      'What is left: the extension page’s navigation and the script’s start (about 40-80 ms here), the ' +
      '201 IndexedDB requests (25-60 ms), building 200 rows (about 20 ms) and the frame (30-60 ms). ' +
      'Left: one record holding the popup’s list, kept by the background, instead of 200 gets.',
  },
];

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

/** Suggestions for the topics whose figures missed their budgets and whose profiles show the cause, each once. */
export function suggestions(figures: Figure[], notes: string[]): string[] {
  const missed = figures.filter((f) => f.budget && !passes(f));
  const seen = notes.join('\n');
  const out = SUGGESTIONS.filter((s) => missed.some(s.test) && (!s.evidence || s.evidence.test(seen))).map(
    (s) => `Suggestion (${s.topic}): ${s.text}`,
  );
  const ingest = figures.find(
    (f) => f.section === 'store' && f.unit === 'records/s' && /^ingest/.test(f.name),
  );
  const ceiling = figures.find((f) => /plain IndexedDB add/.test(f.name));
  if (ingest && ceiling && missed.some((f) => /share of plain IndexedDB/.test(f.name)))
    out.push(
      `Suggestion (ingest ceiling): ingest runs at ${fmt(ingest.value)} records/s, ${Math.round((100 * ingest.value) / ceiling.value)}% of plain IndexedDB adds on this machine now (${fmt(ceiling.value)} records/s, all requests at once in one transaction).`,
    );
  return out;
}
