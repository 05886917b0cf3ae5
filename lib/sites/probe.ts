import { ADS_METRIC_COLUMNS, ADS_TEXT_COLUMNS } from './amazon/ads-labels';
import { BUSINESS_REPORT_COLUMNS } from './amazon/business-report-labels';
import { INVENTORY_COLUMNS } from './amazon/inventory-labels';
import type { ColumnDictionary } from './table';
import {
  QIANNIU_COLUMNS,
  SUBWAY_HOUR_COLUMNS,
  SUBWAY_KEYWORD_COLUMNS,
  SUBWAY_REPORT_COLUMNS,
  SYCM_ITEM_COLUMNS,
  SYCM_KEYWORD_COLUMNS,
  WANXIANGTAI_COLUMNS,
} from './tmall/labels';

// The console content script's first look (issue 16): is there anything on this page a reader could read?
// It runs on every console page, so it holds only the adapters' column labels (data, no reader): the reader,
// the panel and their text are loaded only when a page shows at least three columns of one kind of table, by
// the labels a person reads in its header. A page with none (signed out, an unrelated table) costs this look
// and a throttled MutationObserver; the operator can still ask for a read from the popup (a renamed column).

/** One kind of table: its fields' labels, lowercased. */
type Group = readonly (readonly string[])[];

const groupOf = (...dicts: ColumnDictionary<string>[]): Group =>
  dicts.flatMap((d) => Object.values(d).map((labels) => labels.map((l) => l.toLowerCase())));

export const PROBE_GROUPS: readonly Group[] = [
  groupOf(BUSINESS_REPORT_COLUMNS),
  groupOf(INVENTORY_COLUMNS),
  groupOf(ADS_METRIC_COLUMNS, ADS_TEXT_COLUMNS),
  groupOf(SYCM_ITEM_COLUMNS),
  groupOf(SYCM_KEYWORD_COLUMNS),
  groupOf(SUBWAY_KEYWORD_COLUMNS),
  groupOf(SUBWAY_REPORT_COLUMNS),
  groupOf(SUBWAY_HOUR_COLUMNS),
  groupOf(WANXIANGTAI_COLUMNS),
  groupOf(QIANNIU_COLUMNS),
];

/**
 * Fields of one kind of table whose labels must show. Every table read shows a key and two metrics or more;
 * with two, marketing text on a sign-in page (`商品` … `库存`) passed.
 */
const FIELDS_SHOWN = 3;

/** Headers come before rows in every grid's markup; past this, a page's text is rows. */
const TEXT_CAP = 200_000;

/**
 * Whether the page shows a table a reader knows (see mayHaveTable), in its own text or in that of the open
 * shadow roots in it (a console app's table may live in one). The shadow roots are looked for only when the
 * document's own text is not enough, since finding them means visiting every element.
 */
export function probePage(doc: Document, taught: readonly string[] = []): boolean {
  const own = doc.body?.textContent ?? '';
  if (mayHaveTable(own, taught)) return true;
  const parts: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const shadow = (n as Element).shadowRoot;
      if (shadow) {
        parts.push(shadow.textContent ?? '');
        visit(shadow);
      }
    }
  };
  visit(doc);
  return parts.length > 0 && mayHaveTable(`${parts.join(' ')} ${own}`, taught);
}

/**
 * True when the text shows labels of at least FIELDS_SHOWN fields of one kind of table, or any label the operator
 * taught (remaps: they name this operator's own columns). A false positive only loads the reader, which then
 * says what it found; a false negative is silence, so labels are matched as substrings, case folded.
 */
export function mayHaveTable(text: string, taught: readonly string[] = []): boolean {
  const t = (text.length > TEXT_CAP ? text.slice(0, TEXT_CAP) : text).toLowerCase();
  for (const label of taught) if (label && t.includes(label.toLowerCase())) return true;
  for (const group of PROBE_GROUPS) {
    let fields = 0;
    for (const labels of group)
      if (labels.some((l) => l && t.includes(l)) && ++fields >= FIELDS_SHOWN) return true;
  }
  return false;
}
