import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCurrency,
  formatDateTimeLite,
  formatDecimal,
  formatMonthDay,
  formatPercent,
  pluralOf,
} from '../../lib/i18n/numbers';

// The oracle is Intl itself (Node's ICU), independent of the code under test: for en-US and zh-CN the
// hand-written formatters must write exactly what Intl writes.
const LANGS = [
  ['en', 'en-US'],
  ['zh', 'zh-CN'],
] as const;
const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'MXN',
  'BRL',
  'JPY',
  'CNY',
  'INR',
  'SGD',
  'AED',
  'SAR',
  'SEK',
];
const MORE = ['PLN', 'TRY', 'KRW', 'HKD', 'TWD', 'EGP', 'ZAR', 'NZD', 'CHF'];

const values = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 200), // ties at 3 decimals: x.xx5
  fc.constantFrom(0, -0, 0.005, 0.015, 1.005, 0.125, -0.125, 999.995, 0.0001, 1e20, 123456789.125),
);

describe('numbers without Intl write what Intl writes', () => {
  for (const [lang, locale] of LANGS) {
    it(`decimals (${locale})`, () => {
      fc.assert(
        fc.property(values, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), (x, a, b) => {
          const [min, max] = [Math.min(a, b), Math.max(a, b)];
          const intl = new Intl.NumberFormat(locale, {
            minimumFractionDigits: min,
            maximumFractionDigits: max,
          });
          expect(formatDecimal(x, min, max, lang)).toBe(intl.format(x));
        }),
        { numRuns: 3000 },
      );
    });
    it(`percents (${locale})`, () => {
      fc.assert(
        fc.property(values, fc.integer({ min: 0, max: 3 }), (x, max) => {
          const r = x / 1000;
          const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: max });
          expect(formatPercent(r, max, lang)).toBe(intl.format(r));
        }),
        { numRuns: 3000 },
      );
    });
    it(`money in ${CURRENCIES.length + MORE.length} currencies (${locale})`, () => {
      fc.assert(
        fc.property(values, fc.constantFrom(...CURRENCIES, ...MORE), (x, currency) => {
          const intl = new Intl.NumberFormat(locale, {
            style: 'currency',
            currency,
            currencyDisplay: 'symbol',
          });
          expect(formatCurrency(x, currency, lang)).toBe(intl.format(x));
        }),
        { numRuns: 3000 },
      );
    });
    it(`plural categories (${locale})`, () => {
      const rules = new Intl.PluralRules(locale);
      for (const x of [0, 1, 2, 1.5, 0.5, 11, 21, 101, 1e6]) expect(pluralOf(x, lang)).toBe(rules.select(x));
    });
    it(`dates (${locale})`, () => {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => {
          const d = new Date(ms);
          expect(formatDateTimeLite(d, lang)).toBe(
            d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
          );
          expect(formatMonthDay(d, lang)).toBe(
            d.toLocaleDateString(locale, { month: 'short', day: 'numeric' }),
          );
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('falls back to Intl for currencies it does not know', () => {
    expect(formatCurrency(12.5, 'XAF', 'en')).toBe(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'XAF' }).format(12.5),
    );
  });
});
