import { formatMoney } from '../format';
import type { Lang } from './lang';
import { formatDecimal, formatPercent, pluralOf } from './numbers';
import type { NumberOrText } from './types';

/** Plural forms of one message (CLDR categories); `#` in a form stands for the number, formatted. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * What a message gets besides its parameters: numbers formatted in the UI language, plural forms, labels; without Intl (./numbers.ts).
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

/** `show(v, d)` at `digits` decimals, or more (up to 4 more) while it reads the same as `show(ref, d)`. */
function apart(v: number, ref: number | undefined, digits: number, show: (x: number, d: number) => string) {
  let d = digits;
  while (ref !== undefined && v !== ref && d < digits + 4 && show(v, d) === show(ref, d)) d++;
  return show(v, d);
}

/** The number formats of a language; `fields` comes from the catalogue, which this module does not know. */
export function numbersFor(lang: Lang, fields: (names: string | readonly string[]) => string): Fmt {
  const percent = (x: number, d: number) => formatPercent(x, d, lang);
  const fixed = (x: number, d: number) => formatDecimal(x, d, d, lang);
  const num = (n: number, digits = 2) => formatDecimal(n, 0, digits, lang);
  return {
    lang,
    count: (n) => formatDecimal(n, 0, 0, lang),
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
      return (forms[pluralOf(x, lang)] ?? forms.other).replaceAll('#', shown);
    },
    fields,
  };
}
