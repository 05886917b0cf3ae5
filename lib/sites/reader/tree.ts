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
  for (let n = root.firstChild; n; n = n.nextSibling) {
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

/** Every element under `root` matching `test`, entering open shadow roots. */
export function findAll(root: ParentNode, test: (el: Element) => boolean, limit = 100_000): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [root as Node];
  while (stack.length && out.length < limit) {
    const node = stack.pop()!;
    const kids: Element[] = [];
    for (let c = (node as ParentNode).firstElementChild; c; c = c.nextElementSibling) kids.push(c);
    const shadow = (node as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) for (let c = shadow.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i]!;
      if (INVISIBLE.has(k.tagName)) continue;
      stack.push(k);
    }
    if (node !== root && node.nodeType === 1 && test(node as Element)) out.push(node as Element);
  }
  return out;
}

/** Length of an element's text, cheaply (no layout, no allocation of the text where the engine avoids it). */
export const textLength = (el: Element) => el.textContent?.length ?? 0;
