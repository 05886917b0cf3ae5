// What to do about a missed budget: read from the profiles of this benchmark and the code they point at.
// Printed (once per topic) only when a figure of that topic misses its budget.
import { type Figure, passes } from './report';

const SUGGESTIONS: { topic: string; test: (f: Figure) => boolean; text: string }[] = [
  {
    topic: 'ads adapters',
    test: (f) => f.section === 'extract' && /ads-(search-terms|keywords)/.test(f.name),
    text:
      'Search terms and keywords: `scope(doc, url)` in lib/sites/amazon/ads.ts runs a document-wide ' +
      'querySelectorAll for the breadcrumbs once per row, so a read grows with rows × page size (5,000 rows ' +
      'do not finish). Compute the scope once per extraction and pass it to `identify`.',
  },
  {
    topic: 'table reading',
    test: (f) => f.section === 'extract',
    text:
      'Every adapter: per row, `isPlaceholder` (lib/sites/read-rows.ts) runs a descendant querySelector with ' +
      'attribute-substring selectors, `cellsOf` calls closest() for every cell, and `textOf` walks each cell ' +
      'recursively into arrays. Check for placeholders once per table, take cells from `row.children` when ' +
      'they are direct children, and give `textOf` a fast path for cells with a single text node.',
  },
  {
    topic: 'console page cost',
    test: (f) => f.section === 'page cost' && !/product/.test(f.name),
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
    text:
      'Ingest: putSnapshots awaits four IndexedDB requests per reading one after another (entities.get, ' +
      'latestBefore, snapshots.add, entities.put), so it runs at the round-trip latency, far below the ' +
      'plain-IndexedDB ceiling measured beside it. Per batch, issue entities.bulkGet, then bulkAdd and ' +
      'bulkPut without awaiting each request; the entity row already holds the latest reading, which is ' +
      'enough to spot a repeat when readings arrive in time order. Where the ceiling itself is below the ' +
      'budget, the budget cannot be met on this machine under this load.',
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
    text:
      'Latest of 1,000 entities: `entities.bulkGet` is 1,000 separate get requests. Read a range in one ' +
      'request instead (an index such as [platform+kind] with getAll), or keep the latest readings the ' +
      'dashboard needs in fewer, larger rows.',
  },
  {
    topic: 'popup',
    test: (f) => f.section === 'popup',
    text:
      'Popup: after the data (watchedWithHistory makes 200 separate history queries), 200 Chart.js ' +
      'sparklines dominate (canvas contexts, label measuring). Draw sparklines as inline SVG polylines, ' +
      'render the first screenful of items first, and read the 30-day histories in one query.',
  },
];

/** Suggestions for the topics whose figures missed their budgets, each once. */
export function suggestions(figures: Figure[]): string[] {
  const missed = figures.filter((f) => f.budget && !passes(f));
  return SUGGESTIONS.filter((s) => missed.some(s.test)).map((s) => `Suggestion (${s.topic}): ${s.text}`);
}
