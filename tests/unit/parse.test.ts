import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateReadings,
  type NumberContext,
  type NumberKind,
  parseDate,
  parseFirstNumber,
  parseNumber,
  parsePeriod,
  parseRanks,
  parseRating,
  periodReadings,
} from '../../lib/parse';

const US: NumberContext = { decimal: '.', currency: 'USD' };
const UK: NumberContext = { decimal: '.', currency: 'GBP' };
const DE: NumberContext = { decimal: ',', currency: 'EUR' };
const JP: NumberContext = { decimal: '.', currency: 'JPY' };
const CN: NumberContext = { decimal: '.', currency: 'CNY' };

type Row = [
  text: string,
  kind: NumberKind,
  ctx: NumberContext,
  value: number,
  extra?: { currency?: string; lowerBound?: boolean },
];

const VALUES: Row[] = [
  ['$1,234.56', 'money', US, 1234.56, { currency: 'USD' }],
  ['$0.89', 'money', US, 0.89, { currency: 'USD' }],
  ['£12.99', 'money', UK, 12.99, { currency: 'GBP' }],
  ['1.234,56 €', 'money', DE, 1234.56, { currency: 'EUR' }],
  ['1.234,56\u00a0€', 'money', DE, 1234.56, { currency: 'EUR' }],
  ['EUR 1.234,56', 'money', DE, 1234.56, { currency: 'EUR' }],
  ['12,99 €', 'money', DE, 12.99, { currency: 'EUR' }],
  ['1 234,56 €', 'money', { decimal: ',', currency: 'EUR' }, 1234.56, { currency: 'EUR' }],
  ['￥1,234', 'money', JP, 1234, { currency: 'JPY' }],
  ['¥1,234', 'money', JP, 1234, { currency: 'JPY' }],
  ['￥1,234', 'money', CN, 1234, { currency: 'CNY' }],
  ['￥15,525,067.70', 'money', CN, 15525067.7, { currency: 'CNY' }],
  ['１２，３４５円', 'money', JP, 12345, { currency: 'JPY' }],
  ['CA$19.99', 'money', { decimal: '.', currency: 'CAD' }, 19.99, { currency: 'CAD' }],
  ['$19.99', 'money', { decimal: '.', currency: 'CAD' }, 19.99, { currency: 'CAD' }],
  ['($12.00)', 'money', US, -12, { currency: 'USD' }],
  ['12.5%', 'rate', US, 0.125],
  ['12,5 %', 'rate', DE, 0.125],
  ['0.02%', 'rate', US, 0.0002],
  ['100%', 'rate', US, 1],
  ['１２．５％', 'rate', CN, 0.125],
  ['1.2万', 'count', CN, 12000],
  ['3.4亿', 'count', CN, 340000000],
  ['10万+', 'count', CN, 100000, { lowerBound: true }],
  ['2K+', 'count', US, 2000, { lowerBound: true }],
  ['1,234', 'count', US, 1234],
  ['1.234', 'count', DE, 1234],
  ['1.234.567', 'count', US, 1234567],
  ['937,312', 'count', CN, 937312],
  ['0', 'count', US, 0],
  ['3.25', 'ratio', CN, 3.25],
  ['1,5', 'number', DE, 1.5],
];

const MISSING: [string, NumberKind, NumberContext][] = [
  ['--', 'count', US],
  ['-', 'money', CN],
  ['—', 'rate', US],
  ['–', 'count', US],
  ['', 'count', US],
  ['   ', 'money', US],
  ['N/A', 'count', US],
  ['abc', 'count', US],
  ['12abc', 'count', US],
  ['1.2.3,4,5', 'number', US],
  ['12.5', 'rate', US], // a rate without its % sign is not trusted
  ['$12', 'count', US], // money where a count was expected
  ['1.5', 'count', US], // a count must be whole
  ['12%', 'money', US],
  ['1,23,456', 'count', US], // lakh grouping is not a format we read
  ['$€12', 'money', US],
];

describe('parseNumber', () => {
  it.each(VALUES)('%s (%s) -> %d', (text, kind, ctx, value, extra = {}) => {
    const p = parseNumber(text, kind, ctx);
    expect(p).toStrictEqual({
      ok: true,
      value,
      lowerBound: extra.lowerBound ?? false,
      ...(kind === 'money' ? { currency: extra.currency } : {}),
    });
  });

  it.each(MISSING)('%j (%s) is missing, never 0 or NaN', (text, kind, ctx) => {
    const p = parseNumber(text, kind, ctx);
    expect(p.ok).toBe(false);
  });

  it('decides `1,234` vs `1.234` by the marketplace only when the text cannot', () => {
    expect(parseNumber('1,234', 'number', US)).toMatchObject({ value: 1234 });
    expect(parseNumber('1,234', 'number', DE)).toMatchObject({ value: 1.234 });
    expect(parseNumber('1.234', 'number', US)).toMatchObject({ value: 1.234 });
    expect(parseNumber('1.234', 'number', DE)).toMatchObject({ value: 1234 });
    expect(parseNumber('1,234.5', 'number', DE)).toMatchObject({ value: 1234.5 });
    expect(parseNumber('0,123', 'number', US)).toMatchObject({ value: 0.123 });
  });
});

describe('parseFirstNumber', () => {
  it.each([
    ['1,820 ratings', US, 1820, false],
    ['713 customer reviews', US, 713, false],
    ['2,345個の評価', JP, 2345, false],
    ['1.234 Sternebewertungen', DE, 1234, false],
    ['2K+ bought in past month', US, 2000, true],
    ['1 Tsd.+ mal im letzten Monat gekauft', DE, 1000, true],
    ['已售 1万+', CN, 10000, true],
    ['月销 2000+', CN, 2000, true],
    ['累计评价 2万+', CN, 20000, true],
  ] as const)('%s', (text, ctx, value, lowerBound) => {
    expect(parseFirstNumber(text, 'count', ctx)).toStrictEqual({ ok: true, value, lowerBound });
  });

  it('reads the price out of an accessibility sentence', () => {
    expect(parseFirstNumber(' $24.99 with 17 percent savings ', 'money', US)).toStrictEqual({
      ok: true,
      value: 24.99,
      lowerBound: false,
      currency: 'USD',
    });
  });
});

describe('parseRating', () => {
  it.each([
    ['4.6 out of 5 stars', 4.6],
    ['4,5 von 5 Sternen', 4.5],
    ['5つ星のうち4.3', 4.3],
    ['4,5 sur 5 étoiles', 4.5],
    ['4.0', 4],
  ])('%s -> %d', (text, value) => {
    expect(parseRating(text)).toMatchObject({ ok: true, value });
  });
  it('rejects ratings on another scale or out of range', () => {
    expect(parseRating('8 out of 10').ok).toBe(false);
    expect(parseRating('6.2').ok).toBe(false);
    expect(parseRating('').ok).toBe(false);
  });
});

describe('parseRanks', () => {
  it('reads main and sub ranks in US, DE, FR and JP forms', () => {
    expect(
      parseRanks('#14 in Kitchen & Dining (See Top 100 in Kitchen & Dining) #3 in Electric Kettles', US),
    ).toStrictEqual([
      { rank: 14, category: 'Kitchen & Dining' },
      { rank: 3, category: 'Electric Kettles' },
    ]);
    expect(
      parseRanks('Nr. 50.989 in Küche, Haushalt & Wohnen (Siehe Top 100) Nr. 12 in Wasserkocher', DE),
    ).toStrictEqual([
      { rank: 50989, category: 'Küche, Haushalt & Wohnen' },
      { rank: 12, category: 'Wasserkocher' },
    ]);
    expect(parseRanks('n° 1 234 en Cuisine (Voir les 100 premiers) n° 5 en Bouilloires', DE)).toStrictEqual([
      { rank: 1234, category: 'Cuisine' },
      { rank: 5, category: 'Bouilloires' },
    ]);
    expect(
      parseRanks('- 47,078位Kindleストア (Kindleストアの売れ筋ランキングを見る) - 1,234位日本の小説', JP),
    ).toStrictEqual([
      { rank: 47078, category: 'Kindleストア' },
      { rank: 1234, category: '日本の小説' },
    ]);
    expect(parseRanks('おもちゃ - 9,034位 (おもちゃの売れ筋ランキングを見る)', JP)).toStrictEqual([
      { rank: 9034, category: 'おもちゃ' },
    ]);
  });
  it('finds nothing in text without a rank', () => {
    expect(parseRanks('See Top 100 in Kitchen', US)).toStrictEqual([]);
  });
});

describe('parsePeriod', () => {
  it('reads absolute and relative ranges', () => {
    expect(parsePeriod('统计日期 2026-11-01~2026-11-07')).toStrictEqual({
      from: '2026-11-01',
      to: '2026-11-07',
    });
    expect(parsePeriod('11/01/2026 - 11/07/2026')).toStrictEqual({ from: '2026-11-01', to: '2026-11-07' });
    expect(parsePeriod('Jun 03, 2026 - Jun 09, 2026')).toStrictEqual({
      from: '2026-06-03',
      to: '2026-06-09',
    });
    expect(parsePeriod('最近7天', '2026-11-21')).toStrictEqual({ from: '2026-11-14', to: '2026-11-20' });
    expect(parsePeriod('2026-11-07~2026-11-01')).toBeUndefined();
    expect(parsePeriod('2026-02-30')).toBeUndefined();
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-10-01', 'mdy', '2026-10-01'],
    ['2026/10/01', 'mdy', '2026-10-01'],
    ['2026.10.01', 'mdy', '2026-10-01'],
    ['2026年10月1日', 'mdy', '2026-10-01'],
    ['２０２６年１０月１日', 'mdy', '2026-10-01'],
    ['2026-10-01T00:00:00Z', 'mdy', '2026-10-01'],
    ['20261001', 'mdy', '2026-10-01'],
    ['10/01/2026', 'mdy', '2026-10-01'],
    ['10/01/2026', 'dmy', '2026-01-10'],
    ['01.10.2026', 'mdy', '2026-10-01'],
    ['01-10-2026', 'dmy', '2026-10-01'],
    ['Oct 1, 2026', 'mdy', '2026-10-01'],
    ['October 1 2026', 'dmy', '2026-10-01'],
    ['1 Oct 2026', 'mdy', '2026-10-01'],
    ['1. Okt. 2026', 'mdy', '2026-10-01'],
    ['3. März 2026', 'mdy', '2026-03-03'],
    ['01 oct. 2026', 'mdy', '2026-10-01'],
    ['1er févr. 2026', 'mdy', '2026-02-01'],
    ['12 déc. 2026', 'mdy', '2026-12-12'],
    ['1 giu 2026', 'mdy', '2026-06-01'],
    ['15 ago 2026', 'mdy', '2026-08-15'],
    ['1 de enero de 2026', 'mdy', '2026-01-01'],
    ['Jun 03, 2026', 'mdy', '2026-06-03'],
  ] as const)('%s (%s) is %s', (text, order, want) => {
    expect(parseDate(text, order)).toBe(want);
  });
  it.each(['2026-02-30', '13/13/2026', 'Foo 1, 2026', 'Oct 2026', '1 Oct', '12345', '', '1/2/3'])(
    '%s is not a date',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );
  it('gives both readings of a date whose day and month could be swapped', () => {
    expect(dateReadings('01/10/2026')).toStrictEqual(['2026-01-10', '2026-10-01']);
    expect(dateReadings('10/31/2026')).toStrictEqual(['2026-10-31']);
    expect(dateReadings('10/10/2026')).toStrictEqual(['2026-10-10']);
    expect(dateReadings('01.10.2026')).toStrictEqual(['2026-10-01']);
  });
});

describe('periodReadings', () => {
  const OCT = [{ from: '2026-10-01', to: '2026-10-31' }];
  it.each([
    '10/01/2026 - 10/31/2026',
    '01.10.2026 - 31.10.2026',
    '01/10/2026 – 31/10/2026',
    '01/10/2026–31/10/2026',
    '2026/10/01 - 2026/10/31',
    '2026年10月1日 - 2026年10月31日',
    '2026年10月1日～31日',
    '2026-10-01 至 2026-10-31',
    '2026-10-01~2026-10-31',
    '2026/10/01～2026/10/31',
    'Oct 1, 2026 - Oct 31, 2026',
    'Oct 1 - 31, 2026',
    'Oct 1-31, 2026',
    '1 Oct 2026 – 31 Oct 2026',
    '1–31 Oct 2026',
    '1. Okt. 2026 – 31. Okt. 2026',
    '01.10.2026 bis 31.10.2026',
    '01 oct. 2026 - 31 oct. 2026',
    '1 ott 2026 - 31 ott 2026',
    '1 de octubre de 2026 - 31 de octubre de 2026',
    'October 1, 2026 to October 31, 2026',
    'Date range: 10/01/2026 - 10/31/2026',
    'Zeitraum: 01.10.2026 – 31.10.2026',
    '统计日期 2026-10-01~2026-10-31',
    '统计时间：2026-10-01 ~ 2026-10-31',
  ])('%s', (text) => {
    expect(periodReadings(text)).toStrictEqual(OCT);
  });
  it('reads a range across the year end and across months', () => {
    expect(periodReadings('Dec 28 - Jan 3, 2027')).toStrictEqual([{ from: '2026-12-28', to: '2027-01-03' }]);
    expect(periodReadings('Oct 1 - Nov 3, 2026')).toStrictEqual([{ from: '2026-10-01', to: '2026-11-03' }]);
  });
  it('gives both readings of an ambiguous range, month first', () => {
    expect(periodReadings('01/10/2026 - 02/10/2026')).toStrictEqual([
      { from: '2026-01-10', to: '2026-02-10' },
      { from: '2026-10-01', to: '2026-10-02' },
    ]);
    expect(parsePeriod('01/10/2026 - 02/10/2026', undefined, 'dmy')).toStrictEqual({
      from: '2026-10-01',
      to: '2026-10-02',
    });
    // Only one reading runs forwards: 10 Jan to 1 Oct.
    expect(periodReadings('10/01/2026 - 01/10/2026')).toStrictEqual([
      { from: '2026-01-10', to: '2026-10-01' },
    ]);
  });
  it.each(['10/31/2026 - 10/01/2026', 'Oct 1 - 7', '1 - 7', 'Showing 1 - 25 of 300', 'Page 2 of 10'])(
    '%s is no period',
    (text) => {
      expect(periodReadings(text)).toStrictEqual([]);
    },
  );
});

describe('property: the parser never throws and never returns NaN', () => {
  const alphabet = fc.constantFrom(...'0123456789.,%+-—$€£¥￥万亿KkM ()\u00a0元円abc#１２．，'.split(''));
  const kinds: NumberKind[] = ['money', 'count', 'rate', 'ratio', 'number'];
  it('holds for 10,000 random strings of number-like characters and 10,000 arbitrary strings', () => {
    let runs = 0;
    const check = (s: string, k: number, dec: boolean) => {
      runs++;
      const ctx: NumberContext = { decimal: dec ? ',' : '.', currency: 'USD' };
      const kind = kinds[k % 5] ?? 'number';
      for (const p of [parseNumber(s, kind, ctx), parseFirstNumber(s, kind, ctx), parseRating(s)]) {
        if (p.ok) expect(Number.isFinite(p.value)).toBe(true);
      }
      for (const r of parseRanks(s, ctx)) expect(Number.isInteger(r.rank) && r.rank > 0).toBe(true);
    };
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 24 }).map((a) => a.join('')),
        fc.nat(),
        fc.boolean(),
        check,
      ),
      { numRuns: 10_000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.nat(), fc.boolean(), check), { numRuns: 10_000 });
    expect(runs).toBe(20_000);
  });

  it('round-trips every integer through the formats marketplaces print', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (n) => {
        const us = n.toLocaleString('en-US');
        const de = n.toLocaleString('de-DE');
        expect(parseNumber(us, 'count', US)).toMatchObject({ ok: true, value: n });
        expect(parseNumber(de, 'count', DE)).toMatchObject({ ok: true, value: n });
        expect(parseNumber(`$${us}`, 'money', US)).toMatchObject({ ok: true, value: n });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('property: the shortcut for plain cells reads exactly what the general parser reads', () => {
  // parseNumber reads `1,234.56`-shaped text without normalising it; a leading space is trimmed by the
  // general path but defeats the shortcut, so the two answers can be compared on the same text.
  const alphabet = fc.constantFrom(...'0000123456789,,,..%$€£'.split(''));
  const kinds: NumberKind[] = ['money', 'count', 'rate', 'ratio', 'number'];
  const contexts: NumberContext[] = [
    { decimal: '.', currency: 'USD' },
    { currency: 'GBP' },
    { decimal: '.', currency: 'JPY' },
    { decimal: '.', currency: 'CAD' },
    {},
  ];
  it('agrees on 20,000 random cells of digits, commas, dots, % and currency marks', () => {
    let shortcut = 0;
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 14 }).map((a) => a.join('')),
        fc.nat(),
        fc.nat(),
        (s, k, c) => {
          const kind = kinds[k % kinds.length]!;
          const ctx = contexts[c % contexts.length]!;
          if (/^[$€£]?([1-9]\d{0,2}(,\d{3})+|\d+)(\.\d+)?%?$/.test(s)) shortcut++;
          expect(parseNumber(s, kind, ctx)).toEqual(parseNumber(` ${s}`, kind, ctx));
        },
      ),
      { numRuns: 20_000 },
    );
    // The comparison means something only if many inputs took the shortcut.
    expect(shortcut).toBeGreaterThan(2_000);
  });
});
