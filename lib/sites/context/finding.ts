// What a page says about its own context (marketplace, period, store type), gathered from every place it says it.
// Each place is a signal; agreeing signals make a finding, disagreeing ones a conflict: the page is never guessed.

/** The outcome of reading one context fact from a page. */
export type Finding<T> =
  | { status: 'found'; value: T; via: string[] }
  | { status: 'conflict'; values: { value: T; via: string }[] }
  | { status: 'none'; options?: T[] };

/**
 * One place on the page that states the fact: a definite value, or a constraint (`oneOf`: the values it allows,
 * e.g. the marketplaces that price in €, or both readings of `01/10/2026`). A one-value constraint is definite.
 */
export type Signal<T> = { via: string; value: T } | { via: string; oneOf: readonly T[] };

const definiteOf = <T>(s: Signal<T>): T | undefined =>
  'value' in s ? s.value : s.oneOf.length === 1 ? s.oneOf[0] : undefined;

/**
 * Combines signals. Definite signals that disagree, or a constraint that excludes the definite value, make a
 * conflict. Without a definite signal, constraints decide only when two or more of them leave exactly one value.
 * `none` carries the values still possible: the page's own list (`options`) narrowed by the constraints.
 */
export function combine<T>(
  signals: readonly Signal<T>[],
  key: (value: T) => string = String,
  options?: readonly T[],
): Finding<T> {
  const definite: { value: T; via: string }[] = [];
  const loose: { oneOf: readonly T[]; via: string }[] = [];
  for (const s of signals) {
    const v = definiteOf(s);
    if (v !== undefined) definite.push({ value: v, via: s.via });
    else if ('oneOf' in s && s.oneOf.length > 1) loose.push({ oneOf: s.oneOf, via: s.via });
  }
  const spread = (c: { oneOf: readonly T[]; via: string }) => c.oneOf.map((value) => ({ value, via: c.via }));
  const uniq = (vias: string[]) => [...new Set(vias)];
  if (definite.length) {
    const first = definite[0]!.value;
    const k = key(first);
    if (definite.some((d) => key(d.value) !== k)) return { status: 'conflict', values: definite };
    const against = loose.filter((c) => !c.oneOf.some((o) => key(o) === k));
    if (against.length) return { status: 'conflict', values: [...definite, ...against.flatMap(spread)] };
    return { status: 'found', value: first, via: uniq([...definite, ...loose].map((d) => d.via)) };
  }
  let possible: T[] | undefined;
  for (const c of loose) {
    possible = possible ? possible.filter((p) => c.oneOf.some((o) => key(o) === key(p))) : [...c.oneOf];
  }
  if (possible && possible.length === 0) return { status: 'conflict', values: loose.flatMap(spread) };
  if (possible && possible.length === 1 && loose.length > 1)
    return { status: 'found', value: possible[0]!, via: uniq(loose.map((c) => c.via)) };
  const listed = options?.filter((o) => !possible || possible.some((p) => key(p) === key(o)));
  const offered = listed?.length ? listed : possible;
  return offered?.length ? { status: 'none', options: dedupe(offered, key) } : { status: 'none' };
}

function dedupe<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The value when found, else undefined: what the adapters' old entries return. */
export const foundValue = <T>(f: Finding<T>): T | undefined => (f.status === 'found' ? f.value : undefined);

/** Maps a finding's values (e.g. a marketplace name to its currency and decimal mark). */
export function mapFinding<T, U>(f: Finding<T>, fn: (value: T) => U): Finding<U> {
  if (f.status === 'found') return { ...f, value: fn(f.value) };
  if (f.status === 'conflict')
    return { status: 'conflict', values: f.values.map((v) => ({ ...v, value: fn(v.value) })) };
  return f.options ? { status: 'none', options: f.options.map(fn) } : { status: 'none' };
}
