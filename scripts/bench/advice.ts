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
      '50,000 rows/s is 10 ms for 500 rows, 0.02 ms a row: every per-row DOM query, per-cell array or ' +
      'regular expression shows up in the self times noted above for each adapter; remove the largest first ' +
      'and run `npm run bench` again (BENCH_ONLY=extract takes about two minutes).',
  },
  {
    topic: 'placeholder check',
    test: (f) => f.section === 'extract',
    evidence: /← isPlaceholder/,
    text:
      'Every adapter: `isPlaceholder` (lib/sites/read-rows.ts) runs a descendant querySelector with ' +
      'attribute-substring selectors on every row. Check for skeletons once per table (one query on the ' +
      'grid root), and per row only where that finds any.',
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
      'Cells with markup inside (inventory’s product details): `textOf` walks them recursively. Read only ' +
      'the mapped columns’ cells, and use textContent where a cell has no block children or inputs.',
  },
  {
    topic: 'console reads',
    test: (f) => f.section === 'page cost' && !/product/.test(f.name),
    text:
      'Console pages: the watcher shows nothing until two reads 350 ms apart agree, and reads again after ' +
      'every burst of mutations (our own panel and badges excluded), so each read’s cost (the first-read ' +
      'figures of the extraction section) is paid at least twice per load; cheaper reads lower this figure ' +
      'directly.',
  },
  {
    topic: 'console page cost',
    test: (f) => f.section === 'page cost' && !/product/.test(f.name),
    evidence: /position \(console\.js/,
    text:
      'Console pages: the watcher reads the whole table at least twice (two agreeing reads 350 ms apart) and ' +
      'again on every mutation burst, so the adapter cost above is paid several times; the badge overlay’s ' +
      '`position()` measures every anchored row each frame (forced layout, shown as (program)). Make a read ' +
      'cheap first (above), then position badges only for rows in view (IntersectionObserver) and only when ' +
      'the page scrolls or resizes.',
  },
  {
    topic: 'product page cost',
    test: (f) => f.section === 'page cost' && /product/.test(f.name),
    text:
      'Product page: compare with the control rows (extension loaded, no content script on the page): what ' +
      'the product page adds beyond them is product.js. Its own script time is small; the rest is work it ' +
      'causes on the main thread (injection, a fetch for its CSS, messages, mounting the shadow-root card). ' +
      'Inline the card CSS, and mount the card after the reply, in an idle callback.',
  },
  {
    topic: 'ingest',
    test: (f) => f.section === 'store' && /ingest/.test(f.name),
    evidence: /ingest[^\n]*getAll ← /,
    text:
      'Ingest: putSnapshots awaits IndexedDB requests per reading one after another (entities.get, ' +
      'latestBefore, snapshots.add, entities.put), so it runs at the round-trip latency. Per batch, issue ' +
      'entities.bulkGet, then bulkAdd and bulkPut; the entity row already holds the latest reading.',
  },
  {
    topic: 'export',
    test: (f) => f.section === 'export',
    text:
      'Export: reading the pages of snapshots (getAll results, structured clone) and garbage collection ' +
      'dominate, then CSV formatting, which writes every metric column (about 50) for every row. Write only ' +
      'the columns in use (`columnsInUse`), and read larger pages.',
  },
  {
    topic: 'latest',
    test: (f) => f.section === 'store' && /latest/.test(f.name),
    evidence: /get ← /,
    text:
      'Latest of 1,000 entities: `entities.bulkGet` is 1,000 separate get requests. Read a range in one ' +
      'request instead (an index such as [platform+kind] with getAll), or keep the latest readings the ' +
      'dashboard needs in fewer, larger rows.',
  },
  {
    topic: 'popup list',
    test: (f) => f.section === 'popup',
    text:
      'Popup: the list cannot be painted before its query returns (timed alone above) and React has ' +
      'rendered every row (compare the figures above). Paint the first screenful of rows ' +
      'from the entities table (one request) and fill in histories and the rest of the list after.',
  },
  {
    topic: 'popup',
    test: (f) => f.section === 'popup',
    evidence: /getContext|_computeLabelSizes/,
    text:
      'Popup: before the list is painted it waits for watchedWithHistory (200 separate history queries, ' +
      'timed alone above) and renders all 200 rows at once; after that, 200 Chart.js sparklines keep the ' +
      'main thread busy (canvas contexts, label measuring). Read the 30-day histories in one query, render ' +
      'the first screenful of rows first, and draw sparklines as inline SVG polylines.',
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
  const ingest = missed.find((f) => f.section === 'store' && /ingest/.test(f.name));
  const ceiling = figures.find((f) => /plain IndexedDB add/.test(f.name));
  if (ingest && ceiling && ingest.budget)
    out.push(
      `Suggestion (ingest ceiling): ingest runs at ${Math.round((100 * ingest.value) / ceiling.value)}% of plain IndexedDB on this machine now (${fmt(ceiling.value)} records/s, all requests at once)` +
        (ceiling.value < ingest.budget.value
          ? `, and that ceiling is itself below the ${fmt(ingest.budget.value)} records/s budget: no store on IndexedDB meets it here under this load. Measure again on an idle machine before changing the store.`
          : '.'),
    );
  return out;
}
