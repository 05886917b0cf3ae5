import { type NumberContext, normalizeText, parseNumber } from './number';

export interface Rank {
  rank: number;
  category: string;
}

// `#1,234 in Kitchen`, `Nr. 1.234 in Küche`, `n° 1 234 en Cuisine`, `n. 1.234 in Casa`, `nº45.678 en Hogar`.
// A category may end in its own parenthesis (`Political Fiction (Kindle Store)`); the `(See Top 100 …)` link is not part of it.
const SEE = String.raw`\((?:See|Ver|Voir|Siehe|Visualizza|Alle)\b`;
const CATEGORY = String.raw`((?:[^#(\n]|\((?!(?:See|Ver|Voir|Siehe|Visualizza|Alle)\b)[^()]*\))+?)`;
const PREFIX_RANK = new RegExp(
  String.raw`(?:#|Nr\.|n°|n\.|No\.|no(?=\d))\s*(\d[\d., ']*\d|\d)\s*(?:in|en|dans|em)\s+${CATEGORY}(?=\s*${SEE}|\s*#|\s*Nr\.|\s*n[°.]|\s*no(?=\d)|\s*$|\s*\((?![^()]*\)))`,
  'gi',
);
// UK pages drop the `#`: `2,341 in Home & Kitchen (See Top 100 …)`.
const BARE_RANK = new RegExp(
  String.raw`(?:^|(?<!top)[\s)])(\d[\d., ']*\d|\d)\s+(?:in|en|dans)\s+${CATEGORY}(?=\s*${SEE}|\s*$|\s+\d[\d.,]*\s+(?:in|en|dans)\s)`,
  'gi',
);
// `47,078位Kindleストア`, and `おもちゃ - 9,034位` (category before the rank).
const JP_RANK_AFTER = /(\d[\d,]*)\s*位\s*([^(\n#-]+?)(?=\s*\(|\s*-|\s*$)/g;
const JP_RANK_BEFORE = /([^\s(-][^(\n-]*?)\s*-\s*(\d[\d,]*)\s*位/g;

// A rank is a whole number, so a mark followed by exactly three digits only ever groups thousands: amazon.es
// writes `nº2,417` and `nº45.678` alike, which a decimal-comma marketplace would otherwise read as 2.417.
const GROUPED = /^\d{1,3}(?:([.,' ])\d{3})(?:\1\d{3})*$/;

function toRank(raw: string, ctx: NumberContext): number | undefined {
  const s = raw.trim();
  const grouped = GROUPED.exec(s);
  if (grouped) return Number(s.replaceAll(grouped[1] ?? '', '')) || undefined;
  const p = parseNumber(s, 'count', ctx);
  return p.ok && p.value > 0 ? p.value : undefined;
}

// NFKC turns the ordinal `º` into `o` and `№` into `No` (`nº227` -> `no227`), which no rank pattern expects:
// give them the one spelling the patterns read before normalising (`°` survives NFKC). Text that another caller
// normalised already still reads: `no` directly before a digit is taken for the ordinal.
const ORDINALS = /[nN][º°]|№/g;
const keepOrdinals = (text: string) => text.replace(ORDINALS, (m) => (m === '№' ? 'N° ' : `${m[0]}°`));

/** Every best-sellers rank in a block of text, main category first, as the page lists them. */
export function parseRanks(text: string | null | undefined, ctx: NumberContext = {}): Rank[] {
  if (!text) return [];
  const s = normalizeText(keepOrdinals(text));
  const out: Rank[] = [];
  for (const m of s.matchAll(PREFIX_RANK)) {
    const rank = toRank(m[1] ?? '', ctx);
    const category = (m[2] ?? '').trim();
    if (rank && category) out.push({ rank, category });
  }
  if (out.length) return out;
  for (const m of s.replace(/\((?:See|Ver|Voir|Siehe|Visualizza|Alle)\b[^)]*\)/gi, ' ').matchAll(BARE_RANK)) {
    const rank = toRank(m[1] ?? '', ctx);
    const category = (m[2] ?? '').trim();
    if (rank && category && !/^top \d/i.test(category)) out.push({ rank, category });
  }
  if (out.length) return out;
  // Try `N位Category` first: in the other form a `(` follows the rank, so no category is read here.
  const found: { at: number; rank: Rank }[] = [];
  for (const m of s.matchAll(JP_RANK_AFTER)) {
    const rank = toRank(m[1] ?? '', { ...ctx, decimal: '.' });
    const category = (m[2] ?? '').trim();
    if (rank && category) found.push({ at: m.index ?? 0, rank: { rank, category } });
  }
  if (!found.length) {
    for (const m of s.matchAll(JP_RANK_BEFORE)) {
      const rank = toRank(m[2] ?? '', { ...ctx, decimal: '.' });
      const category = (m[1] ?? '').replace(/^.*[:：]\s*/, '').trim();
      if (rank && category) found.push({ at: m.index ?? 0, rank: { rank, category } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.rank);
}
