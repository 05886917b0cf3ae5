import type { BodyRow } from './body';

// Rows of the parts of one table (frozen left, scrolling middle, frozen right) belong together when the
// page says so: the same row key, the same row index, the same style position; in a browser, the same
// vertical position on screen; failing all of those, the same order when both parts have as many rows.
// Anything else is not joined: that part's columns are then missing, never shifted onto other rows.

export type JoinMethod = 'key' | 'index' | 'top' | 'layout' | 'order';

function byValue(
  a: BodyRow[],
  b: BodyRow[],
  value: (r: BodyRow) => string | number | undefined,
): (BodyRow | undefined)[] | undefined {
  if (!a.every((r) => value(r) !== undefined) || !b.every((r) => value(r) !== undefined)) return undefined;
  const at = new Map<string | number, BodyRow>();
  for (const r of b) {
    const v = value(r)!;
    if (at.has(v)) return undefined; // not an identity if two rows share it
    at.set(v, r);
  }
  const out = a.map((r) => at.get(value(r)!));
  return out.filter(Boolean).length * 2 >= a.length ? out : undefined;
}

/** The row's box centre, when the document has layout (a browser); undefined in Node. */
function centre(r: BodyRow): number | undefined {
  const el = r.element as Element & { getBoundingClientRect?: () => DOMRect };
  if (typeof el.getBoundingClientRect !== 'function') return undefined;
  const box = el.getBoundingClientRect();
  if (!(box.height > 0)) return undefined;
  return box.top + box.height / 2;
}

/** Joined by screen position; null when the page has layout and the rows do not line up (then no guess). */
function byLayout(a: BodyRow[], b: BodyRow[]): (BodyRow | undefined)[] | undefined | null {
  const ya = a.map(centre);
  const yb = b.map(centre);
  if (ya.some((y) => y === undefined) || yb.some((y) => y === undefined)) return undefined;
  const heights = a.map((r) => r.element.getBoundingClientRect().height);
  const out = a.map((_, i) => {
    const tolerance = heights[i]! / 2;
    let best: number | undefined;
    yb.forEach((y, j) => {
      const d = Math.abs(y! - ya[i]!);
      if (d < tolerance && (best === undefined || d < Math.abs(yb[best]! - ya[i]!))) best = j;
    });
    return best === undefined ? undefined : b[best];
  });
  if (out.filter(Boolean).length * 2 < a.length) return null;
  // Where every row that lines up on screen is the same row in order, a row that does not quite line up
  // (its part drawn a little taller) is still that row: the screen confirms the order.
  if (a.length === b.length && out.every((r, i) => r === undefined || r === b[i])) return [...b];
  return out;
}

const placed = (rows: BodyRow[]) => rows.some((r) => r.index !== undefined || r.top !== undefined);

/** For each row of `a`, its row in `b` (or undefined), and how they were matched; undefined when not joinable. */
export function joinRows(
  a: BodyRow[],
  b: BodyRow[],
): { rows: (BodyRow | undefined)[]; method: JoinMethod } | undefined {
  if (a.length === 0) return { rows: [], method: 'order' };
  const tries: [JoinMethod, () => (BodyRow | undefined)[] | undefined | null][] = [
    ['key', () => byValue(a, b, (r) => r.key)],
    ['index', () => byValue(a, b, (r) => r.index)],
    ['top', () => byValue(a, b, (r) => r.top)],
    ['layout', () => byLayout(a, b)],
    // Order alone only where neither part states positions: a part placed by index or style whose
    // partner is not can be in any order.
    ['order', () => (a.length === b.length && placed(a) === placed(b) ? [...b] : undefined)],
  ];
  for (const [method, run] of tries) {
    const rows = run();
    if (rows === null) return undefined;
    if (rows) return { rows, method };
  }
  return undefined;
}
