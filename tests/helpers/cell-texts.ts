import fc from 'fast-check';

// Random table-cell texts for tests/unit/fuzz.test.ts, and the locale formatter its round trips use.

// Characters and tokens consoles print around numbers, in every script we meet, plus things they should not.
const TOKENS = [
  ...'0123456789',
  ...".,'%+-−—–()~_/ ",
  '\u00a0',
  '\u202f',
  '\u3000',
  '\u200b',
  '\ue001',
  ...'$€£¥￥元円万亿萬億千kKM１２０，．％eEx',
  'US$',
  'CA$',
  'USD',
  'EUR',
  'CNY',
  'RMB',
  'JPY',
  'Tsd.',
  'Mio.',
  'Mrd.',
  'N/A',
  '--',
  '暂无',
  'NaN',
  'Infinity',
  '1e308',
  '9'.repeat(40),
];
const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 16 }).map((a) => a.join(''));

const formats = new Map<string, Intl.NumberFormat>();
const formatted = fc
  .record({
    n: fc.oneof(fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 })),
    locale: fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'de-CH', 'ja-JP', 'zh-CN', 'en-IN', 'ar-EG', 'es-ES'),
    style: fc.constantFrom('decimal', 'percent', 'currency'),
    currency: fc.constantFrom('USD', 'EUR', 'JPY', 'CNY', 'GBP', 'CAD'),
    digits: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ n, locale, style, currency, digits }) => {
    const id = `${locale}|${style}|${currency}|${digits}`;
    if (!formats.has(id))
      formats.set(
        id,
        new Intl.NumberFormat(locale, {
          style,
          currency,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }),
      );
    return formats.get(id)!.format(n);
  });

/** What a table cell may hold: number-like soup, numbers as locales format them, or any string at all. */
export const cellText = fc.oneof(
  { weight: 4, arbitrary: soup },
  { weight: 4, arbitrary: formatted },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
);

/** One Intl.NumberFormat per locale and options, made once. */
export const intl = (locale: string, options: Intl.NumberFormatOptions) => {
  const id = `${locale} ${JSON.stringify(options)}`;
  if (!formats.has(id)) formats.set(id, new Intl.NumberFormat(locale, options));
  return formats.get(id)!;
};
