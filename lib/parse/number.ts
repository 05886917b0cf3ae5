// Locale-aware parsing of the numbers seller consoles and product pages print.
// Every function returns a Parsed value; "missing" is a result, never 0 or NaN.

export type DecimalMark = '.' | ',';
export type NumberKind = 'money' | 'count' | 'rate' | 'ratio' | 'number';

export interface NumberContext {
  /** The marketplace's decimal mark; decides `1,234` vs `1.234` when nothing else does. */
  decimal?: DecimalMark;
  /** The marketplace's currency; `$` and `¥` resolve to it when it is a dollar or yen/yuan currency. */
  currency?: string;
}

export type MissingReason = 'empty' | 'dash' | 'garbage' | 'not-integer' | 'no-percent';

export type Parsed =
  | { ok: true; value: number; lowerBound: boolean; currency?: string }
  | { ok: false; reason: MissingReason };

const missing = (reason: MissingReason): Parsed => ({ ok: false, reason });

/** Currencies without minor units. */
const ZERO_DECIMAL = new Set(['JPY', 'KRW']);

const DASHES = /^[-‐‑‒–—―−~_/.]+$/;
const NA_WORDS = /^(n\/?a|na|none|null|undefined|nan|暂无|无|不适用|--%|-%)$/i;

const MULTIPLIERS: Record<string, number> = {
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  千: 1e3,
  百万: 1e6,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  Tsd: 1e3,
  'Tsd.': 1e3,
  Mio: 1e6,
  'Mio.': 1e6,
  Mrd: 1e9,
  'Mrd.': 1e9,
};

/** A bare `$`: the marketplace's dollar where it has one, else US dollars. */
const dollar = (ctx: NumberContext) =>
  ctx.currency && /^(USD|CAD|AUD|MXN|SGD)$/.test(ctx.currency) ? ctx.currency : 'USD';

// Currency marks as pages print them. `$` and `¥` depend on the marketplace.
const CURRENCY_MARKS: [RegExp, string | ((ctx: NumberContext) => string)][] = [
  [/^(US\$|USD)$/i, 'USD'],
  [/^(CA\$|C\$|CAD|CDN\$)$/i, 'CAD'],
  [/^(A\$|AU\$|AUD)$/i, 'AUD'],
  [/^(MX\$|MXN)$/i, 'MXN'],
  [/^\$$/, dollar],
  [/^(£|GBP)$/i, 'GBP'],
  [/^(€|EUR)$/i, 'EUR'],
  [/^(元|RMB|CNY)$/i, 'CNY'],
  [/^(円|JPY)$/i, 'JPY'],
  [/^¥$/, (ctx) => (ctx.currency === 'CNY' ? 'CNY' : 'JPY')],
];

function resolveCurrency(mark: string, ctx: NumberContext): string | undefined {
  // The marks of the plain cell shape, without the list's expressions (the same answers).
  if (mark === '$') return dollar(ctx);
  if (mark === '€') return 'EUR';
  if (mark === '£') return 'GBP';
  for (const [re, cur] of CURRENCY_MARKS) if (re.test(mark)) return typeof cur === 'string' ? cur : cur(ctx);
  return undefined;
}

/** NFKC folds full-width digits and marks (`１２３`, `￥`, `％`, `，`) and no-break spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\n]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CURRENCY_RE = String.raw`(?:US\$|CA\$|CDN\$|C\$|AU\$|A\$|MX\$|\$|£|€|¥|元|円|RMB|CNY|USD|EUR|GBP|JPY|CAD|AUD|MXN)`;
const UNIT_RE = String.raw`(?:百万|万|萬|亿|億|千|Tsd\.?|Mio\.?|Mrd\.?|[kKM](?![A-Za-z]))`;
const DIGITS_RE = String.raw`(?:\d[\d.,' ]*\d|\d)|(?:[.,]\d+)`;

const CELL_RE = new RegExp(
  String.raw`^(?<sign1>[-−])?\s*(?<cur1>${CURRENCY_RE})?\s*(?<sign2>[-−])?\s*(?<num>${DIGITS_RE})\s*(?<unit>${UNIT_RE})?\s*(?<plus>\+)?\s*(?<pct>%)?\s*(?<cur2>${CURRENCY_RE})?$`,
);

/** Turns a digit run such as `1.234,56`, `1 234`, `12,5` into a number, or undefined when it is not well formed. */
export function digitsToNumber(raw: string, hint: DecimalMark = '.'): number | undefined {
  let s = raw.trim();
  // Spaces and apostrophes only ever group thousands.
  if (/[ ']/.test(s)) {
    const parts = s.split(/[ ']/);
    if (parts.slice(1).some((p) => !/^\d{3}([.,]\d+)?$/.test(p)) || !/^\d{1,3}$/.test(parts[0] ?? ''))
      return undefined;
    s = parts.join('');
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let decimal: DecimalMark | undefined;
  if (dots && commas) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const decimalCount = decimal === '.' ? dots : commas;
    if (decimalCount !== 1) return undefined;
  } else if (dots + commas === 1) {
    const mark: DecimalMark = dots ? '.' : ',';
    const after = s.length - s.indexOf(mark) - 1;
    if (after !== 3 || s.startsWith(mark)) decimal = mark;
    else if (/^0[.,]/.test(s))
      decimal = mark; // 0,123 can only be a fraction
    else decimal = hint === mark ? mark : undefined; // `1,234`: the marketplace decides
  } else if (dots + commas > 1) {
    decimal = undefined; // `1.234.567`, `1,234,567`: all grouping
  }
  const group = decimal === ',' ? '.' : decimal === '.' ? ',' : dots ? '.' : ',';
  const [intPart = '', fracPart, extra] = decimal ? s.split(decimal) : [s];
  if (extra !== undefined) return undefined;
  if (fracPart !== undefined && !/^\d+$/.test(fracPart)) return undefined;
  if (intPart.includes(group)) {
    const groups = intPart.split(group);
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))
      return undefined;
  } else if (intPart !== '' && !/^\d+$/.test(intPart)) {
    return undefined;
  }
  const canonical = `${intPart.split(group).join('') || '0'}${fracPart !== undefined ? `.${fracPart}` : ''}`;
  const value = Number(canonical);
  return Number.isFinite(value) ? value : undefined;
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// The shape most console cells have (`1,234`, `$1,234.56`, `$ 1.42` beside a bid input, `12.34%`, `0`) with a
// dot as decimal mark, read by one scan of the characters (no normalising, no expression, no allocation but
// the number's own text): an optional `$`, `€` or `£` and one space, digits (grouped by commas in threes,
// the first group 1-3 digits not starting with 0, as `0,123` is a fraction), an optional `.` and digits, an
// optional `%`. Anything else is undefined, for the general path.
function plainCell(text: string): { value: number; mark: string; pct: boolean } | undefined {
  const end = text.length - (text.charCodeAt(text.length - 1) === 37 ? 1 : 0);
  let i = 0;
  const c0 = text.charCodeAt(0);
  const mark = c0 === 36 || c0 === 0x20ac || c0 === 0xa3 ? text[0]! : '';
  if (mark) i = text.charCodeAt(1) === 32 ? 2 : 1;
  const start = i;
  let digits = 0;
  let group = 0;
  let commas = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      group++;
    } else if (c === 44) {
      if (commas ? group !== 3 : group > 3 || text.charCodeAt(start) === 48) return undefined;
      if (group === 0) return undefined;
      commas = true;
      group = 0;
    } else break;
  }
  if (digits === 0 || (commas && group !== 3)) return undefined;
  if (i < end && text.charCodeAt(i) === 46) {
    const frac = ++i;
    while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === frac) return undefined;
  }
  if (i !== end) return undefined;
  const digitsText = text.slice(start, end);
  return {
    value: Number(commas ? digitsText.replaceAll(',', '') : digitsText),
    mark,
    pct: end < text.length,
  };
}

/**
 * Parses one table cell or label holding a single number: `$1,234.56`, `1.234,56 €`, `￥1,234`,
 * `12,5 %`, `1.2万`, `10万+`, `2K+`, `(1,234)`. Anything else is missing, with the reason.
 */
export function parseNumber(
  text: string | null | undefined,
  kind: NumberKind = 'number',
  ctx: NumberContext = {},
): Parsed {
  if (text == null) return missing('empty');
  if (ctx.decimal !== ',') {
    const f = plainCell(text);
    if (f) {
      const currency = f.mark ? resolveCurrency(f.mark, ctx) : undefined;
      return finish(f.value, false, f.pct, currency, 1, kind, ctx);
    }
  }
  // The dash consoles print for no data, as the page has it (normalising would not change it).
  if (text.length <= 2 && DASHES.test(text)) return missing('dash');
  return parseNumberGeneral(text, kind, ctx);
}

/** parseNumber without its shortcuts: every cell through normalising and the general expression (exported for tests). */
export function parseNumberGeneral(text: string, kind: NumberKind, ctx: NumberContext): Parsed {
  let s = normalizeText(String(text));
  if (s === '') return missing('empty');
  if (DASHES.test(s) || NA_WORDS.test(s)) return missing('dash');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren?.[1]) {
    negative = true;
    s = paren[1].trim();
  }
  const m = CELL_RE.exec(s);
  if (!m?.groups) return missing('garbage');
  const g = m.groups;
  if (g.cur1 && g.cur2) return missing('garbage');
  if ((g.sign1 || g.sign2) && negative) return missing('garbage');
  const digits = digitsToNumber(g.num ?? '', ctx.decimal ?? '.');
  if (digits === undefined) return missing('garbage');
  const mult = g.unit ? (MULTIPLIERS[g.unit] ?? MULTIPLIERS[g.unit.replace('.', '')] ?? 1) : 1;
  let value = digits * mult;
  if (negative || g.sign1 || g.sign2) value = -value;
  const mark = g.cur1 ?? g.cur2;
  const currency = mark ? resolveCurrency(mark, ctx) : undefined;
  if (g.pct && g.unit) return missing('garbage');
  return finish(value, Boolean(g.plus), Boolean(g.pct), currency, mult, kind, ctx);
}

/** What a number read from a cell means as `kind`: rates need a percent sign, counts are whole, money has a currency. */
function finish(
  read: number,
  plus: boolean,
  isPct: boolean,
  currency: string | undefined,
  mult: number,
  kind: NumberKind,
  ctx: NumberContext,
): Parsed {
  let value = read;
  if (isPct && currency) return missing('garbage');
  if (kind === 'rate') {
    if (!isPct) return missing('no-percent');
    value = roundTo(value / 100, 10);
  } else if (isPct) {
    return missing('garbage');
  }
  if (kind === 'count') {
    if (currency) return missing('garbage');
    value = roundTo(value, 6);
    if (!Number.isInteger(value)) return missing('not-integer');
  }
  if ((kind === 'ratio' || kind === 'number') && currency) return missing('garbage');
  if (mult !== 1) value = roundTo(value, 6);
  if (!Number.isFinite(value)) return missing('garbage');
  const out: Parsed = { ok: true, value: value === 0 ? 0 : value, lowerBound: plus };
  if (kind === 'money') {
    const cur = currency ?? ctx.currency;
    // Yen have no fractions: `￥104.115` is a thousands separator from another locale, not 104 yen.
    if (cur && ZERO_DECIMAL.has(cur) && !Number.isInteger(value)) return missing('garbage');
    if (cur) out.currency = cur;
  }
  return out;
}

const TOKEN_RE = new RegExp(
  String.raw`(?:${CURRENCY_RE}\s?)?(?:\d[\d.,' ]*\d|\d)\s?(?:${UNIT_RE})?\s?\+?(?:\s?%)?`,
  'u',
);

/** Finds the first number in a sentence (`1,820 ratings`, `11個の評価`, `已售 1万+`) and parses it. */
export function parseFirstNumber(
  text: string | null | undefined,
  kind: NumberKind,
  ctx: NumberContext = {},
): Parsed {
  if (text == null) return missing('empty');
  const s = normalizeText(text);
  const m = TOKEN_RE.exec(s);
  if (!m) return missing(s === '' ? 'empty' : 'garbage');
  // A trailing space swallowed by the digit run belongs to the sentence, not the number.
  return parseNumber(m[0].replace(/[ ']+$/, ''), kind, ctx);
}
