/** Whitespace (incl. no-break and ideographic spaces) collapsed; the characters themselves are kept as the page shows them. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);
const BLOCK = new Set(
  'DIV LI P TR TD TH BR UL OL DL DT DD H1 H2 H3 H4 H5 H6 SECTION ARTICLE HEADER FOOTER TABLE THEAD TBODY TFOOT'.split(
    ' ',
  ),
);

/** Text a reader sees in an element: no script/style content, whitespace collapsed. */
export function textOf(node: Node | null | undefined, skip?: (el: Element) => boolean): string {
  if (!node) return '';
  // Most cells hold plain text: read it in one call (the hot path of every table read).
  if (
    node.nodeType === 1 &&
    (node as Element).firstElementChild === null &&
    !skip &&
    !(node as Element).shadowRoot
  ) {
    const tag = (node as Element).tagName;
    if (SKIP.has(tag)) return '';
    if (tag !== 'INPUT') return clean(node.textContent ?? '');
  }
  const parts: string[] = [];
  walk(node, parts, skip);
  return clean(parts.join(''));
}

function walk(n: Node, parts: string[], skip: ((el: Element) => boolean) | undefined): void {
  const type = n.nodeType;
  if (type === 3) {
    parts.push(n.nodeValue ?? '');
    return;
  }
  if (type === 9 || type === 11) {
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c, parts, skip);
    return;
  }
  if (type !== 1) return;
  const el = n as Element;
  const tag = el.tagName;
  if (SKIP.has(tag) || skip?.(el)) return;
  if (tag === 'INPUT') {
    const kind = el.getAttribute('type');
    if (kind !== 'checkbox' && kind !== 'radio' && kind !== 'hidden')
      parts.push(` ${el.getAttribute('value') ?? ''} `);
    return;
  }
  // Block boxes separate words, as a browser's innerText does.
  const block = BLOCK.has(tag);
  if (block) parts.push(' ');
  const shadow = el.shadowRoot;
  if (shadow) walkShadow(shadow, el, parts, skip);
  else for (let c = el.firstChild; c; c = c.nextSibling) walk(c, parts, skip);
  if (block) parts.push(' ');
}

// An open shadow root renders instead of the host's children, which appear where its slots are.
function walkShadow(
  root: ShadowRoot,
  host: Element,
  parts: string[],
  skip: ((el: Element) => boolean) | undefined,
): void {
  const visit = (n: Node): void => {
    if (n.nodeType === 1 && (n as Element).tagName === 'SLOT') {
      for (let c = host.firstChild; c; c = c.nextSibling) walk(c, parts, skip);
      return;
    }
    if (n.nodeType !== 1 || !(n as Element).querySelector('slot')) walk(n, parts, skip);
    else for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  for (let c = root.firstChild; c; c = c.nextSibling) visit(c);
}

const PUA = /[\ue000-\uf8ff]/g;
// What a trimmed text may still need: inner runs of odd spaces, zero-width spaces, icon-font glyphs.
const NEEDS_CLEANING = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ue000-\uf8ff]/;

// Icon fonts draw glyphs from the Private Use Area; they are not text.
const clean = (text: string) => {
  const t = text.trim();
  return NEEDS_CLEANING.test(t) ? collapseSpace(t.replace(PUA, '')) : t;
};

/** The first element matching any selector, in the order given (selectors are fallbacks, not a union). */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** The first non-empty text among the selectors. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const sel of selectors) {
    for (const el of Array.from(root.querySelectorAll(sel))) {
      const t = textOf(el);
      if (t) return t;
    }
  }
  return undefined;
}

// Alibaba consoles stack secondary lines under a value: 生意参谋 `4.82万` over `较前7日 +32.32%`, 千牛 `3`
// beside `库存紧张`, 直通车 a bid beside an edit icon. The value is the cell's first line; the rest is
// never read as the number.

/** The first line of a cell: its first non-empty text, descending through wrappers that hold all of it. */
export function leadText(cell: Element): string {
  let node: Element = cell;
  for (;;) {
    const whole = textOf(node);
    const first = Array.from(node.childNodes).find((n) => textOf(n) !== '');
    if (!first) return whole;
    if (first.nodeType !== 1) return collapseSpace(first.nodeValue ?? '');
    if (textOf(first) !== whole) return textOf(first);
    node = first as Element;
  }
}

/** What follows the first line (`库存紧张`, `出售中`), or ''. */
export function restText(cell: Element): string {
  const whole = textOf(cell);
  const lead = leadText(cell);
  return whole.startsWith(lead) ? whole.slice(lead.length).trim() : '';
}
