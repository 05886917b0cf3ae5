import { normalizeText } from '../parse';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);

/** Text a reader sees in an element: no script/style content, whitespace collapsed. */
export function textOf(node: Node | null | undefined, skip?: (el: Element) => boolean): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (SKIP.has(el.tagName) || skip?.(el)) return;
      if (el.tagName === 'INPUT')
        parts.push(` ${(el as HTMLInputElement).value ?? el.getAttribute('value') ?? ''} `);
      for (const c of Array.from(el.childNodes)) walk(c);
      if (/^(DIV|LI|P|TR|TD|TH|BR|UL|H[1-6])$/.test(el.tagName)) parts.push(' ');
    } else if (n.nodeType === 9 || n.nodeType === 11) {
      for (const c of Array.from(n.childNodes)) walk(c);
    }
  };
  walk(node);
  return normalizeText(parts.join(''));
}

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
