// The page as a person sees it is the composed tree: light DOM plus every open shadow root (Katal's
// kat-* elements, other web components). These helpers walk it without browser-only APIs, so the same
// reader runs in the content script, in Vitest (happy-dom) and in the extract command.

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'HEAD', 'TITLE']);

/** The parent in the composed tree: a shadow root's host instead of the root itself. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const p = el.parentNode as (Node & { host?: Element }) | null;
  return p && p.nodeType === 11 && p.host ? p.host : null;
}

/** Whether `a` contains `b` in the composed tree. */
export function containsComposed(a: Element, b: Element): boolean {
  for (let x: Element | null = b; x; x = parentOf(x)) if (x === a) return true;
  return false;
}

/** Hidden by the page's own markup: never what a person reads (column pickers, measure rows, i18n blobs). */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Calls `visit` for each text node a reader could see under `root`, in document order, entering open
 * shadow roots and skipping scripts, styles, templates and subtrees hidden by markup.
 */
export function eachVisibleText(root: Node, visit: (text: Text) => void): void {
  // A container of many like children (a table body, a grid's row container, a long list) holds its
  // header, if at all, in its first rows: the rest is data, and labels are never looked for there.
  const many = (root as Element).childElementCount > 8 && manyLike(root as Element);
  let seen = 0;
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (many && n.nodeType === 1 && ++seen > 3) break;
    const type = n.nodeType;
    if (type === 3) {
      visit(n as Text);
      continue;
    }
    if (type !== 1) continue;
    const el = n as Element;
    if (INVISIBLE.has(el.tagName) || hiddenByMarkup(el)) continue;
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) eachVisibleText(shadow, visit);
    eachVisibleText(el, visit);
  }
}

const ROWISH_CLASS = /(?:^|[\s_-])row(?:$|[\s_-])/i;
/** A row by the page's own words: a table row, role=row, a *-row element, a class naming a row. */
export const rowish = (el: Element) =>
  el.tagName === 'TR' ||
  el.tagName.endsWith('-ROW') ||
  el.getAttribute('role') === 'row' ||
  ROWISH_CLASS.test(el.getAttribute('class') ?? '');

/** More than 8 children, nearly all rows of one tag: a table body or a grid's row container. */
export function manyLike(el: Element): boolean {
  if (el.childElementCount <= 8) return false;
  const tag = el.firstElementChild!.tagName;
  let same = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === tag && rowish(c)) same++;
  return same * 10 >= el.childElementCount * 9;
}

/** Element children, or a shadow host's rendered children when it has no light children of its own. */
export function childrenOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INVISIBLE.has(c.tagName)) out.push(c);
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow && (out.length === 0 || out.every((c) => c.tagName === 'SLOT'))) {
    const inner: Element[] = [];
    for (let c = shadow.firstElementChild; c; c = c.nextElementSibling)
      if (!INVISIBLE.has(c.tagName)) inner.push(c);
    // A shadow root that only wraps a slot renders the light children: those are the children.
    if (!(inner.length === 1 && inner[0]!.tagName === 'SLOT')) return inner;
  }
  return out;
}

/**
 * childrenOf(el) when their tags are `shape` (tags of visible elements), else undefined: one pass that stops at
 * the first child out of shape (a grid's rows are checked against its header row, child by child).
 */
export function childrenShaped(el: Element, shape: readonly string[]): Element[] | undefined {
  if ((el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot) {
    const kids = childrenOf(el);
    return kids.length === shape.length && kids.every((k, i) => k.tagName === shape[i]) ? kids : undefined;
  }
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName;
    // The shape holds no invisible tag: a match needs no second look.
    if (tag === shape[out.length]) out.push(c);
    else if (!INVISIBLE.has(tag)) return undefined;
  }
  return out.length === shape.length ? out : undefined;
}

/** Every element under `root` matching `test`, in document order, entering open shadow roots. */
export function findAll(root: ParentNode, test: (el: Element) => boolean, limit = 100_000): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (let c = node.firstElementChild; c && out.length < limit; c = c.nextElementSibling) {
      if (INVISIBLE.has(c.tagName)) continue;
      if (test(c)) out.push(c);
      const shadow = (c as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) walk(shadow);
      if (c.firstElementChild) walk(c);
    }
  };
  const shadow = (root as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) walk(shadow);
  walk(root);
  return out;
}

/** Length of an element's text, cheaply (no layout, no allocation of the text where the engine avoids it). */
export const textLength = (el: Element) => el.textContent?.length ?? 0;
