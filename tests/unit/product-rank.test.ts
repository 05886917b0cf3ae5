import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NumberContext, normalizeText, parseRanks } from '../../lib/parse';

// Every best-sellers rank format in DATA-DICTIONARY.md and PAGE-FACTS.md, written here by hand (not with our
// parsers): the digits grouped as each marketplace prints them, and the marketplace's decimal mark.
const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

interface Format {
  name: string;
  ctx: NumberContext;
  categories: string[];
  write: (n: number, category: string) => string;
}

const FORMATS: Format[] = [
  {
    name: '#1,234 in',
    ctx: { decimal: '.' },
    categories: ['Kitchen & Dining', 'Books'],
    write: (n, c) => `#${group(n, ',')} in ${c}`,
  },
  {
    name: 'Nr. 1.234 in',
    ctx: { decimal: ',' },
    categories: ['Küche, Haushalt & Wohnen', 'Bücher'],
    write: (n, c) => `Nr. ${group(n, '.')} in ${c}`,
  },
  {
    name: 'n° 1 234 en',
    ctx: { decimal: ',' },
    categories: ['Cuisine & Maison', 'Jeux et Jouets'],
    write: (n, c) => `n° ${group(n, '\u202f')} en ${c}`,
  },
  {
    name: 'n° 1 234 en (plain space)',
    ctx: { decimal: ',' },
    categories: ['Cuisine & Maison'],
    write: (n, c) => `n° ${group(n, ' ')} en ${c}`,
  },
  {
    name: 'n. 1.234 in',
    ctx: { decimal: ',' },
    categories: ['Casa e cucina', 'Giochi e giocattoli'],
    write: (n, c) => `n. ${group(n, '.')} in ${c}`,
  },
  {
    name: 'nº45.678 en',
    ctx: { decimal: ',' },
    categories: ['Hogar y cocina', 'Juguetes y juegos'],
    write: (n, c) => `nº${group(n, '.')} en ${c}`,
  },
  {
    name: 'nº1,643,215 en',
    ctx: { decimal: ',' },
    categories: ['Hogar y cocina', 'Robots aspiradores'],
    write: (n, c) => `nº${group(n, ',')} en ${c}`,
  },
  {
    name: '№ 1,234 in',
    ctx: { decimal: '.' },
    categories: ['Books'],
    write: (n, c) => `№ ${group(n, ',')} in ${c}`,
  },
  {
    name: '47,078位',
    ctx: { decimal: '.' },
    categories: ['Kindleストア', 'おもちゃ'],
    write: (n, c) => ` - ${group(n, ',')}位${c}`,
  },
  {
    name: '9,034位',
    ctx: { decimal: '.' },
    categories: ['おもちゃ', 'ホーム＆キッチン'],
    write: (n, c) => `${c} - ${group(n, ',')}位`,
  },
];

describe('best-sellers ranks survive normalisation in every format', () => {
  for (const f of FORMATS) {
    it(f.name, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 9_999_999 }),
          fc.constantFrom(...f.categories),
          (n, category) => {
            const text = f.write(n, category);
            const want = [{ rank: n, category: normalizeText(category) }];
            expect(parseRanks(text, f.ctx)).toStrictEqual(want);
            // The table reader and others hand over text they normalised already (`nº` became `no`).
            expect(parseRanks(normalizeText(text), f.ctx)).toStrictEqual(want);
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('reads a main rank and its sub-ranks as amazon.es prints them', () => {
    expect(
      parseRanks(
        'nº1,643,215 en Hogar y cocina (Ver el Top 100 en Hogar y cocina) nº2,417 en Robots aspiradores',
        {
          decimal: ',',
        },
      ),
    ).toStrictEqual([
      { rank: 1643215, category: 'Hogar y cocina' },
      { rank: 2417, category: 'Robots aspiradores' },
    ]);
  });

  it('never reads prose as a rank', () => {
    expect(parseRanks('no 5 stars in the box', { decimal: '.' })).toStrictEqual([]);
    expect(parseRanks('Ver el Top 100 en Hogar y cocina', { decimal: ',' })).toStrictEqual([]);
  });
});
