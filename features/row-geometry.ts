// Where rows are drawn and where they can be seen, for the badges beside them. Reads only, no writes.

/**
 * Where a row is drawn. Grid rows styled `display: contents` (the current inventory grid) have no box of
 * their own: their first cell stands for them.
 */
export function boxOf(row: Element): DOMRect {
  const r = row.getBoundingClientRect();
  if (r.height > 0 || !row.firstElementChild) return r;
  return row.firstElementChild.getBoundingClientRect();
}

/** A row's ancestors that clip what they hold (the ads console's grid scrolls inside its own box). */
export function clippingAncestors(row: Element): Element[] {
  const found: Element[] = [];
  let el: Element | null = row.parentElement;
  while (el && el !== document.body && el !== document.documentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') found.push(el);
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return found;
}

/** Where rows can be seen: the intersection of the clipping ancestors' boxes, or undefined for none. */
export function visibleBox(
  clippers: readonly Element[],
): { top: number; bottom: number; left: number } | undefined {
  if (!clippers.length) return undefined;
  let top = Number.NEGATIVE_INFINITY;
  let bottom = Number.POSITIVE_INFINITY;
  let left = Number.NEGATIVE_INFINITY;
  for (const el of clippers) {
    const box = el.getBoundingClientRect();
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
    left = Math.max(left, box.left);
  }
  return { top, bottom, left };
}

const CONTROLS = 'input, button, select, [role="checkbox"], [role="button"]';

/** The left edge of a row's first cell with text of its own and no controls (checkbox columns come first). */
export function textCellLeft(row: Element): number {
  const cells = row.children.length ? Array.from(row.children) : [row];
  for (const cell of cells) {
    if (!cell.textContent?.trim() || cell.querySelector(CONTROLS)) continue;
    const box = cell.getBoundingClientRect();
    if (box.width > 0) return box.left;
  }
  return row.getBoundingClientRect().left;
}
