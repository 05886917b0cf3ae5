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
  return clean(walk(node, skip));
}

// The text under a node, as one string built as it goes (no array of parts to join: most cells are small).
function walk(n: Node, skip: ((el: Element) => boolean) | undefined): string {
  const type = n.nodeType;
  if (type === 3) return (n as Text).data;
  if (type === 9 || type === 11) return childText(n, skip);
  if (type !== 1) return '';
  const el = n as Element;
  const tag = el.tagName;
  if (SKIP.has(tag) || skip?.(el)) return '';
  if (tag === 'INPUT') {
    const kind = el.getAttribute('type');
    return kind !== 'checkbox' && kind !== 'radio' && kind !== 'hidden'
      ? ` ${el.getAttribute('value') ?? ''} `
      : '';
  }
  const shadow = el.shadowRoot;
  const inner = shadow ? shadowText(shadow, el, skip) : childText(el, skip);
  // Block boxes separate words, as a browser's innerText does.
  return BLOCK.has(tag) ? ` ${inner} ` : inner;
}

function childText(n: Node, skip: ((el: Element) => boolean) | undefined): string {
  let out = '';
  for (let c = n.firstChild; c; c = c.nextSibling) out += walk(c, skip);
  return out;
}

// An open shadow root renders instead of the host's children, which appear where its slots are.
function shadowText(root: ShadowRoot, host: Element, skip: ((el: Element) => boolean) | undefined): string {
  const visit = (n: Node): string => {
    if (n.nodeType === 1 && (n as Element).tagName === 'SLOT') return childText(host, skip);
    if (n.nodeType !== 1 || !(n as Element).querySelector('slot')) return walk(n, skip);
    let out = '';
    for (let c = n.firstChild; c; c = c.nextSibling) out += visit(c);
    return out;
  };
  let out = '';
  for (let c = root.firstChild; c; c = c.nextSibling) out += visit(c);
  return out;
}

const PUA = /[\ue000-\uf8ff]/g;
// What a trimmed text may still need: any whitespace but a single space (runs, tabs, newlines, no-break and
// odd spaces), zero-width spaces, icon-font glyphs. Words with single spaces between them are already clean.
const NEEDS_CLEANING =
  /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\ue000-\uf8ff]| {2}/;

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
