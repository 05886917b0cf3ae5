import { formatMoney } from '../format';
import { type Lang, localeOf } from './lang';
import type { NumberOrText } from './types';

/** Plural forms of one message (CLDR categories); `#` in a form stands for the number, formatted. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * What a message gets besides its parameters: numbers formatted in the UI language, plural forms, labels.
 * `ref` arguments are the value a number is compared with in the same sentence: more decimals are shown
 * (up to 4 more) until the two read differently, so "30% is above break-even 30%" cannot be written.
 */
export interface Fmt {
  readonly lang: Lang;
  /** A whole number with the locale's grouping: 5,000. */
  count(n: number): string;
  /** At most `digits` decimals (default 2), trailing zeros dropped. */
  num(n: number, digits?: number): string;
  /** Exactly `digits` decimals, as ratios are shown: ROI 2.50. */
  fixed(n: number, digits: number, ref?: number): string;
  /** A rate as percent, at most 2 decimals: 12.35%. */
  pct(v: number, ref?: number): string;
  /** Money in its currency (a plain number without one). */
  money(v: number, currency: string | undefined): string;
  /** `p = 0.012` or `p < 0.001`; against a significance level `alpha` when given. */
  p(value: number, alpha?: number): string;
  /** A number at most `digits` decimals, or a text the caller formatted, as it is. */
  value(x: NumberOrText, digits?: number): string;
  /**
   * The form of `forms` that fits `n` in this language (Intl.PluralRules), chosen for `n` as shown: at most
   * `digits` decimals (default 2). A text `n` (formatted by the caller) is read for its digits.
   */
  plural(n: NumberOrText, forms: PluralForms, digits?: number): string;
  /** Field names as the UI calls them, joined with the language's list separator. */
  fields(names: string | readonly string[]): string;
}

type Style = 'decimal' | 'percent';
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, style: Style, min: number, max: number): Intl.NumberFormat {
  const id = `${lang}|${style}|${min}|${max}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), {
      style,
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    formats.set(id, format);
  }
  return format;
}

const rules = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(localeOf(lang));
    rules.set(lang, r);
  }
  return r;
}

/** `show(v, d)` at `digits` decimals, or more (up to 4 more) while it reads the same as `show(ref, d)`. */
function apart(v: number, ref: number | undefined, digits: number, show: (x: number, d: number) => string) {
  let d = digits;
  while (ref !== undefined && v !== ref && d < digits + 4 && show(v, d) === show(ref, d)) d++;
  return show(v, d);
}

/** The number formats of a language; `fields` comes from the catalogue, which this module does not know. */
export function numbersFor(lang: Lang, fields: (names: string | readonly string[]) => string): Fmt {
  const decimal = (min: number, max: number) => numberFormat(lang, 'decimal', min, max);
  const percent = (x: number, d: number) => numberFormat(lang, 'percent', 0, d).format(x);
  const fixed = (x: number, d: number) => decimal(d, d).format(x);
  const num = (n: number, digits = 2) => decimal(0, digits).format(n);
  return {
    lang,
    count: (n) => decimal(0, 0).format(n),
    num,
    fixed: (n, digits, ref) => apart(n, ref, digits, fixed),
    pct: (v, ref) => apart(v, ref, 2, percent),
    money: (v, currency) => formatMoney(v, currency, lang),
    p: (value, alpha) =>
      value < 0.001 && (alpha === undefined || alpha > 0.001)
        ? 'p < 0.001'
        : `p = ${apart(value, alpha, 3, (x, d) => x.toFixed(d))}`,
    value: (x, digits) => (typeof x === 'number' ? num(x, digits) : x),
    plural: (n, forms, digits = 2) => {
      const shown = typeof n === 'number' ? num(n, digits) : n;
      const x = typeof n === 'number' ? Number(n.toFixed(digits)) : Number(n.replace(/[^\d.]/g, ''));
      return (forms[pluralRules(lang).select(x)] ?? forms.other).replaceAll('#', shown);
    },
    fields,
  };
}
