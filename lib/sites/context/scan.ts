// Cheap ways to look at what a page states about itself without reading its tables.

import { textOf } from '../dom';
import { rowish } from '../reader/tree';

/** Query parameters of the address and of its hash route (`#/report?a=1`, `#!/x?a=1`, legacy `#&a=1`). */
export function urlParams(url: URL): URLSearchParams[] {
  const out = [url.searchParams];
  const hash = url.hash.replace(/^#!?/, '');
  const q = hash.indexOf('?');
  const query = q >= 0 ? hash.slice(q + 1) : hash.includes('=') && !hash.startsWith('/') ? hash : '';
  if (query) out.push(new URLSearchParams(query));
  return out;
}

/** The first value of a parameter in the address or its hash route, with where it was found. */
export function urlParam(url: URL, name: string): string | undefined {
  for (const params of urlParams(url)) {
    const v = params.get(name);
    if (v) return v;
  }
  return undefined;
}

/** Inline script texts (no `src`): where consoles put their bootstrap data. */
export function inlineScripts(doc: Document): string[] {
  const out: string[] = [];
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if (s.hasAttribute('src')) continue;
    const t = s.textContent ?? '';
    if (t) out.push(t);
  }
  return out;
}

/**
 * `fn` worked out once per text (the last `limit` texts kept): a console page is read again on every
 * change, and its menus, labels and inline scripts say the same each time.
 */
export function oncePerText<T>(fn: (text: string) => T, limit = 64): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (memo.has(text)) return memo.get(text)!;
    if (memo.size >= limit) memo.clear();
    const v = fn(text);
    memo.set(text, v);
    return v;
  };
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'SELECT',
  'OPTION',
  'TEXTAREA',
]);
const ROWS = new Set(['TBODY', 'UL', 'OL']);

/** A short text the page shows and the element showing it. */
export interface ShownText {
  el: Element;
  text: string;
}

/**
 * Short texts the page shows (at most `max` characters) that pass `test`, leaf first, then the parent that
 * joins split spans (`<span>10/01/2026</span> - <span>10/31/2026</span>`). Table bodies and long lists are
 * skipped, so a 500-row table costs nothing; open shadow roots are entered.
 */
export function shortTexts(doc: Document, test: (text: string) => boolean, max = 80): ShownText[] {
  const out: ShownText[] = [];
  const seen = new Set<Element>();
  const consider = (el: Element | null) => {
    // A big container's text is long anyway: not worth joining (nor walking).
    if (!el || seen.has(el) || !small(el)) return;
    seen.add(el);
    const text = textOf(el);
    if (text.length <= max && test(text)) out.push({ el, text });
  };
  const visit = (el: Element) => {
    if (SKIP.has(el.tagName)) return;
    // Data rows: a body or list with many children is a table or a list of rows, not a date picker;
    // so is any container of many like children (kat-table-body, a grid's row container).
    if ((ROWS.has(el.tagName) || el.getAttribute('role') === 'rowgroup') && el.childElementCount > 8) return;
    if (manyLike(el) || isRowTag(el)) return;
    if (el.tagName === 'INPUT') {
      const v = el.getAttribute('value');
      if (v && v.length <= max && test(v)) out.push({ el, text: v });
      return;
    }
    let hasText = false;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && /\d/.test(c.nodeValue ?? '')) hasText = true;
      else if (c.nodeType === 1) visit(c as Element);
    }
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) for (const c of Array.from(shadow.children)) visit(c);
    if (hasText) {
      consider(el);
      consider(el.parentElement);
    }
  };
  if (doc.body) visit(doc.body);
  return out;
}

const NOT_PAGE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'TBODY', 'TD']);
const ROW_ROLES = new Set(['row', 'rowgroup', 'gridcell', 'cell']);

/** Not the page's context: scripts and the like, table bodies and cells, grid rows, custom table parts. */
const notPage = (el: Element) =>
  NOT_PAGE.has(el.tagName) || ROW_ROLES.has(el.getAttribute('role') ?? '') || isRowTag(el);
const ROW_TAG = /-(ROW|BODY|CELL)$/;

/** The page's elements outside its tables, in the order walkPage visits them; `end[i]`: past el i's subtree. */
interface PageList {
  els: Element[];
  end: number[];
}
function listPage(doc: Document): PageList {
  const els: Element[] = [];
  const end: number[] = [];
  const add = (el: Element) => {
    if (notPage(el) || rowsOfCells(el)) return;
    const i = els.length;
    els.push(el);
    end.push(0);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) add(c);
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) for (const c of Array.from(shadow.children)) add(c);
    end[i] = els.length;
  };
  if (doc.body) add(doc.body);
  return { els, end };
}

let held: { doc: Document; list?: PageList } | undefined;

/**
 * Runs `fn` with the page's context elements listed once: a read asks for them four times (the switcher,
 * marketplace ids, the date picker's locale and its period). Only for synchronous code, in which the page
 * cannot change: the list is dropped when `fn` returns.
 */
export function withPageWalk<T>(doc: Document, fn: () => T): T {
  if (held) return fn();
  held = { doc };
  try {
    return fn();
  } finally {
    held = undefined;
  }
}

/**
 * Visits the page's elements outside table bodies and grid rows (a table's data is not the page's context),
 * entering open shadow roots; `visit` returns false to skip an element's subtree.
 */
export function walkPage(doc: Document, visit: (el: Element) => boolean | undefined): void {
  let list: PageList;
  if (held?.doc === doc) {
    held.list ??= listPage(doc);
    list = held.list;
  } else list = listPage(doc);
  const { els, end } = list;
  for (let i = 0; i < els.length; ) i = visit(els[i]!) === false ? end[i]! : i + 1;
}

/** A custom element's table parts (kat-table-row, kat-table-body, …): a table's data, never the page's context. */
const isRowTag = (el: Element) => ROW_TAG.test(el.tagName) || rowish(el);

/** More than 8 children, nearly all of one tag: a list of rows (or days, or items), not a label or a control. */
function manyLike(el: Element): boolean {
  if (el.childElementCount <= 8) return false;
  const tag = el.firstElementChild!.tagName;
  let same = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === tag) same++;
  return same * 10 >= el.childElementCount * 9;
}

/**
 * More than 50 children of one tag with the same number (3 or more) of children each: rows of cells, by
 * their shape alone (a grid of plain divs names neither rows nor cells). A marketplace switcher lists
 * about 20, so its items are always walked; a table of up to 50 such rows costs little to walk. Told from
 * the first eight and the last three children (counting every child of a 5,000-row body costs more than
 * walking it).
 */
function rowsOfCells(el: Element): boolean {
  const first = el.firstElementChild;
  if (!first) return false;
  let c: Element | null = first;
  for (let n = 0; c && n <= 50; n++) c = c.nextElementSibling;
  if (!c) return false;
  const tag = first.tagName;
  const cells = first.childElementCount;
  if (cells < 3) return false;
  const alike = (x: Element | null) => x !== null && x.tagName === tag && x.childElementCount === cells;
  let x: Element | null = first;
  for (let i = 0; i < 8; i++, x = x!.nextElementSibling) if (!alike(x)) return false;
  x = el.lastElementChild;
  for (let i = 0; i < 3; i++, x = x!.previousElementSibling) if (!alike(x)) return false;
  return true;
}

/** At most `limit` descendants: a label or a control, not a container holding a menu or a table. */
export function small(el: Element, limit = 24): boolean {
  let n = 0;
  const count = (e: Element): boolean => {
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) if (++n > limit || !count(c)) return false;
    return true;
  };
  return count(el);
}

/** True when the element, or an ancestor within a few levels, looks like a date control by its names. */
export function inDateControl(el: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && i < 5; i++, e = e.parentElement) {
    if (/^(?:BUTTON|INPUT|LABEL)$|^KAT-DATE/.test(e.tagName)) return true;
    const names = `${e.getAttribute('class') ?? ''} ${e.id} ${e.getAttribute('data-e2e-id') ?? ''} ${e.getAttribute('data-testid') ?? ''} ${e.getAttribute('aria-label') ?? ''}`;
    if (/date|range|picker|calendar|period|zeitraum|datum|fecha|periodo|日期|期間|日付/i.test(names))
      return true;
  }
  return false;
}
