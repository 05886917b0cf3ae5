import type { Unit } from './types';

// The generator's own number formatting (never lib/parse): how each console language prints numbers.
// Values are integers in display units, so the oracle is exact: money in minor units, rates in hundredths
// of a percent (1234 = 12.34%), ratios in hundredths (331 = 3.31).

export interface NumberStyle {
  thousands: string;
  decimal: string;
  /** Digits after the decimal mark for money (JPY: 0). */
  moneyDecimals: number;
  moneyPrefix: string;
  moneySuffix: string;
  percent: string;
  currency: string;
}

const NBSP = '\u00a0';

export const STYLES = {
  en: {
    thousands: ',',
    decimal: '.',
    moneyDecimals: 2,
    moneyPrefix: '$',
    moneySuffix: '',
    percent: '%',
    currency: 'USD',
  },
  de: {
    thousands: '.',
    decimal: ',',
    moneyDecimals: 2,
    moneyPrefix: '',
    moneySuffix: `${NBSP}€`,
    percent: `${NBSP}%`,
    currency: 'EUR',
  },
  ja: {
    thousands: ',',
    decimal: '.',
    moneyDecimals: 0,
    moneyPrefix: '￥',
    moneySuffix: '',
    percent: '%',
    currency: 'JPY',
  },
  zh: {
    thousands: ',',
    decimal: '.',
    moneyDecimals: 2,
    moneyPrefix: 'US$',
    moneySuffix: '',
    percent: '%',
    currency: 'USD',
  },
  // Alibaba back offices: 直通车 prints ￥, 生意参谋 and 万相台 print bare numbers, 千牛 prints `¥ `.
  cnYen: {
    thousands: ',',
    decimal: '.',
    moneyDecimals: 2,
    moneyPrefix: '￥',
    moneySuffix: '',
    percent: '%',
    currency: 'CNY',
  },
  cnPlain: {
    thousands: ',',
    decimal: '.',
    moneyDecimals: 2,
    moneyPrefix: '',
    moneySuffix: '',
    percent: '%',
    currency: 'CNY',
  },
  cnQianniu: {
    thousands: '',
    decimal: '.',
    moneyDecimals: 2,
    moneyPrefix: '¥ ',
    moneySuffix: '',
    percent: '%',
    currency: 'CNY',
  },
} satisfies Record<string, NumberStyle>;

export type StyleName = keyof typeof STYLES;

function grouped(int: number, sep: string): string {
  const s = String(Math.abs(int));
  if (!sep) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += sep;
    out += s[i];
  }
  return out;
}

/** `n` scaled down by 10^digits, printed with the style's marks. */
function fixed(n: number, digits: number, st: NumberStyle): string {
  const f = 10 ** digits;
  const whole = Math.floor(n / f);
  const frac = n - whole * f;
  const head = grouped(whole, st.thousands);
  return digits ? `${head}${st.decimal}${String(frac).padStart(digits, '0')}` : head;
}

export interface FormatOptions {
  /** 生意参谋 prints large counts as `4.82万`: only exact when n is a multiple of 100. */
  wan?: boolean;
}

export function formatValue(unit: Unit, n: number, st: NumberStyle, o: FormatOptions = {}): string {
  switch (unit) {
    case 'count':
    case 'score':
      if (o.wan && n >= 10000 && n % 100 === 0) return `${fixed(n / 100, 2, { ...st, thousands: '' })}万`;
      return grouped(n, st.thousands);
    case 'money':
      return `${st.moneyPrefix}${fixed(n, st.moneyDecimals, st)}${st.moneySuffix}`;
    case 'rate':
      return `${fixed(n, 2, st)}${st.percent}`;
    case 'ratio':
      return fixed(n, 2, st);
  }
}

/** The number a careful reader writes down for a displayed value (data dictionary units). */
export function expectedValue(unit: Unit, n: number, st: NumberStyle): number {
  switch (unit) {
    case 'money':
      return n / 10 ** st.moneyDecimals;
    case 'rate':
      return n / 10000;
    case 'ratio':
      return n / 100;
    default:
      return n;
  }
}

/** Dashes and blanks the consoles print for "no value". */
export const DASHES = ['-', '--', '—', ''] as const;

/** Period dates as each language writes them in a date-range button. */
export function dateText(iso: string, lang: string, long = false): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const mi = Number(m);
  const di = Number(d);
  if (long) {
    if (lang === 'en') return `${EN_MONTHS[mi - 1]} ${di}, ${y}`;
    if (lang === 'de') return `${di}. ${DE_MONTHS[mi - 1]} ${y}`;
    return `${y}年${mi}月${di}日`;
  }
  if (lang === 'en') return `${m}/${d}/${y}`;
  if (lang === 'de') return `${d}.${m}.${y}`;
  if (lang === 'ja') return `${y}/${m}/${d}`;
  return `${y}-${m}-${d}`;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DE_MONTHS = [
  'Jan.',
  'Feb.',
  'März',
  'Apr.',
  'Mai',
  'Juni',
  'Juli',
  'Aug.',
  'Sept.',
  'Okt.',
  'Nov.',
  'Dez.',
];

export function rangeText(from: string, to: string, lang: string, long = false): string {
  const sep =
    lang === 'zh' && !long ? ' 至 ' : lang === 'ja' && long ? '～' : long && lang === 'de' ? ' – ' : ' - ';
  return `${dateText(from, lang, long)}${sep}${dateText(to, lang, long)}`;
}

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
