import type { Lang } from './lang';

// Numbers, money, plural forms and dates in English (en-US) and Simplified Chinese (zh-CN) without Intl.
// The first Intl formatter of a page costs 25-35 ms of ICU set-up (BENCHMARKS.md, issue 16), paid on
// every console and product page the card or panel is drawn on. The output is Intl's for these two
// locales (tests/unit/numbers-lite.test.ts compares the two over many values); what is not covered here
// (an unknown currency, numbers beyond 1e21) falls back to Intl. Like ICU, they round the shortest decimal
// that reads back as the number (0.015 -> 0.02), half away from zero.

const NBSP = '\u00a0';

/** The shortest decimal that reads back as `abs` (as ICU rounds it), plain, split at the point. */
function plain(abs: number): [int: string, frac: string] {
  const [mantissa, exp = '0'] = String(abs).split('e') as [string, string?];
  const [i, f = ''] = mantissa.split('.') as [string, string?];
  const e = Number(exp);
  if (e === 0) return [i, f];
  const all = i + f;
  const point = i.length + e;
  if (point <= 0) return ['0', '0'.repeat(-point) + all];
  return [all.slice(0, point).padEnd(point, '0'), all.slice(point)];
}

/**
 * |x| rounded half away from zero at `max` decimals (after moving the point `shift` places right, for
 * percent), trailing zeros dropped down to `min`, grouped by thousands.
 */
function digits(abs: number, min: number, max: number, shift = 0): string {
  let [int, frac] = plain(abs);
  if (shift) {
    frac = frac.padEnd(shift, '0');
    int = (int + frac.slice(0, shift)).replace(/^0+(?=\d)/, '');
    frac = frac.slice(shift);
  }
  frac = frac.padEnd(max + 1, '0');
  const all = (int + frac.slice(0, max)).split('').map(Number);
  if ((Number(frac[max]) || 0) >= 5) {
    let i = all.length - 1;
    while (i >= 0 && all[i] === 9) all[i--] = 0;
    if (i < 0) all.unshift(1);
    else all[i]! += 1;
  }
  const intLen = all.length - max;
  const intDigits = all.slice(0, intLen).join('') || '0';
  let fracDigits = all.slice(intLen).join('');
  while (fracDigits.length > min && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
  const grouped = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fracDigits ? `${grouped}.${fracDigits}` : grouped;
}

const tooBig = (x: number) => !Number.isFinite(x) || Math.abs(x) >= 1e21;
const minus = (x: number) => x < 0 || Object.is(x, -0);

/** A number with at least `min` and at most `max` decimals, grouped by thousands: 12,345.6. */
export function formatDecimal(x: number, min: number, max: number, lang: Lang): string {
  if (tooBig(x))
    return intlNumber(lang, { minimumFractionDigits: min, maximumFractionDigits: max }).format(x);
  return (minus(x) ? '-' : '') + digits(Math.abs(x), min, max);
}

/** A ratio as percent with at most `max` decimals: 0.12345 -> 12.35%. */
export function formatPercent(x: number, max: number, lang: Lang, min = 0): string {
  if (tooBig(x * 100))
    return intlNumber(lang, {
      style: 'percent',
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    }).format(x);
  return `${minus(x) ? '-' : ''}${digits(Math.abs(x), min, max, 2)}%`;
}

/** Symbols as Intl writes them with `currencyDisplay: 'symbol'`; a code is followed by a no-break space. */
const SYMBOLS: Record<string, [en: string, zh: string]> = {
  USD: ['$', 'US$'],
  EUR: ['€', '€'],
  GBP: ['£', '£'],
  CAD: ['CA$', 'CA$'],
  AUD: ['A$', 'AU$'],
  MXN: ['MX$', 'MX$'],
  BRL: ['R$', 'R$'],
  JPY: ['¥', 'JP¥'],
  CNY: ['CN¥', '¥'],
  INR: ['₹', '₹'],
  KRW: ['₩', '₩'],
  HKD: ['HK$', 'HK$'],
  TWD: ['NT$', 'NT$'],
  NZD: ['NZ$', 'NZ$'],
};
/** Currencies Intl writes as their code in both languages. */
const CODES = new Set(['SGD', 'AED', 'SAR', 'SEK', 'PLN', 'TRY', 'EGP', 'ZAR', 'CHF']);
const NO_DECIMALS = new Set(['JPY', 'KRW']);

export function formatCurrency(x: number, currency: string, lang: Lang): string {
  const sym =
    SYMBOLS[currency]?.[lang === 'zh' ? 1 : 0] ?? (CODES.has(currency) ? `${currency}${NBSP}` : undefined);
  if (sym === undefined || tooBig(x))
    return intlNumber(lang, { style: 'currency', currency, currencyDisplay: 'symbol' }).format(x);
  const d = NO_DECIMALS.has(currency) ? 0 : 2;
  return `${minus(x) ? '-' : ''}${sym}${digits(Math.abs(x), d, d)}`;
}

/** CLDR plural category: English has one (exactly 1, no decimals shown) and other; Chinese only other. */
export const pluralOf = (x: number, lang: Lang): 'one' | 'other' =>
  lang === 'en' && x === 1 ? 'one' : 'other';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** Local date and time as Intl's `dateStyle: 'medium', timeStyle: 'short'`: Dec 3, 2026, 1:51 PM / 2026年12月3日 13:51. */
export function formatDateTimeLite(d: Date, lang: Lang): string {
  const [y, mo, day, hr, min] = [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()];
  if (lang === 'zh') return `${y}年${mo + 1}月${day}日 ${two(hr)}:${two(min)}`;
  return `${MONTHS[mo]} ${day}, ${y}, ${hr % 12 || 12}:${two(min)} ${hr < 12 ? 'AM' : 'PM'}`;
}

/** Local month and day as Intl's `{ month: 'short', day: 'numeric' }`: Dec 3 / 12月3日. */
export function formatMonthDay(d: Date, lang: Lang): string {
  return lang === 'zh' ? `${d.getMonth() + 1}月${d.getDate()}日` : `${MONTHS[d.getMonth()]} ${d.getDate()}`;
}

const fallback = new Map<string, Intl.NumberFormat>();
function intlNumber(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}|${JSON.stringify(opts)}`;
  let f = fallback.get(k);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', opts);
    fallback.set(k, f);
  }
  return f;
}
