// Large console pages for the benchmarks, made by cloning a fixture's data rows. Copy 0 of each row is the
// fixture's own; later copies get new keys (ASINs, ids, SKUs, terms) and deterministically varied numbers,
// so every row is a distinct entity with plausible figures, and the same page comes out on every run.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'amazon');
/** The address a fixture was saved from, in its page folder's facts.json. */
const urlOf = (rel: string) =>
  (
    JSON.parse(readFileSync(join(FIXTURES, dirname(rel), 'facts.json'), 'utf8')) as Record<
      string,
      { url: string }
    >
  )[basename(rel)]!.url;
const ROW_HEIGHT = 52;
const WORDS = [
  'pro',
  'mini',
  'steel',
  'glass',
  'travel',
  'xl',
  'blue',
  'quiet',
  'smart',
  'set',
  'white',
  'large',
];

export interface PageKind {
  id: string;
  /** The adapter that reads it (PageAdapter.id). */
  adapter: string;
  fixture: string;
  url: string;
  isDataRow: (line: string) => boolean;
  /** Gives copy `c` (> 0) of a row its own identity. */
  rekey: (row: string, c: number) => string;
}

/** A small deterministic hash (FNV-1a), for varied but reproducible numbers. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const suffix = (c: number) => `${WORDS[c % WORDS.length]} ${Math.floor(c / WORDS.length) + 1}`;
const asins = (row: string, c: number) =>
  row.replace(/\bB0[A-Z0-9]{8}\b/g, (a) => `B0${c.toString(36).toUpperCase().padStart(3, '0')}${a.slice(5)}`);
const ids = (row: string, c: number) =>
  row.replace(/\b\d{15}\b/g, (d) => `${d.slice(0, 9)}${String(c).padStart(6, '0')}`);
/** Appends a suffix to the text of the cell with this col-id (inside an optional span or link). */
const cellText = (col: string) => (row: string, c: number) =>
  row.replace(
    new RegExp(`(col-id="${col}"[^>]*>(?:<(?:span|a)[^>]*>)?)([^<]+)`),
    (_m, head: string, text: string) => `${head}${text} ${suffix(c)}`,
  );
const sku = (row: string, c: number) => {
  const s = /data-sku="([^"]+)"/.exec(row)?.[1];
  return s ? row.split(s).join(`${s}-${c}`) : row;
};

function scaleNumbers(row: string, seed: string): string {
  const f = 0.6 + (hash(seed) % 800) / 1000;
  return row.replace(
    />(\s*)([$€]?)(\d{1,3}(?:,\d{3})+|\d{1,9})(\.\d+)?(%?)(\s*)</g,
    (_m, a: string, cur: string, int: string, dec: string | undefined, pct: string, b: string) => {
      const digits = dec ? dec.length - 1 : 0;
      let v = Number(int.replace(/,/g, '') + (dec ?? '')) * f;
      if (pct) v = Math.min(v, 99.99);
      const text = v.toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      return `>${a}${cur}${text}${pct}${b}<`;
    },
  );
}

export const PAGE_KINDS: Record<string, PageKind> = {
  businessReport: {
    id: 'businessReport',
    adapter: 'amazon.business-report',
    fixture: 'business-report/en-child.html',
    url: urlOf('business-report/en-child.html'),
    isDataRow: (l) => l.includes('<kat-table-row') && l.includes('report-row-'),
    rekey: asins,
  },
  searchTerms: {
    id: 'searchTerms',
    adapter: 'amazon.ads-search-terms',
    fixture: 'ads-search-terms/search-terms-en.html',
    url: urlOf('ads-search-terms/search-terms-en.html'),
    isDataRow: (l) => l.includes('role="row"') && l.includes('row-index='),
    rekey: cellText('term'),
  },
  keywords: {
    id: 'keywords',
    adapter: 'amazon.ads-keywords',
    fixture: 'ads-keywords/keywords-en.html',
    url: urlOf('ads-keywords/keywords-en.html'),
    isDataRow: (l) => l.includes('role="row"') && l.includes('row-index='),
    rekey: (r, c) => ids(cellText('keyword')(r, c), c),
  },
  campaigns: {
    id: 'campaigns',
    adapter: 'amazon.ads-campaigns',
    fixture: 'ads-campaigns/campaigns-en.html',
    url: urlOf('ads-campaigns/campaigns-en.html'),
    isDataRow: (l) => l.includes('role="row"') && l.includes('row-index='),
    rekey: (r, c) => ids(cellText('name')(r, c), c),
  },
  inventory: {
    id: 'inventory',
    adapter: 'amazon.inventory',
    fixture: 'inventory/en-grid.html',
    url: urlOf('inventory/en-grid.html'),
    isDataRow: (l) => l.includes('role="row"') && l.includes('data-sku='),
    rekey: (r, c) => sku(asins(r, c), c),
  },
};

/** The fixture page with exactly `n` data rows. */
export function bigPage(kind: PageKind, n: number): string {
  const lines = readFileSync(join(FIXTURES, kind.fixture), 'utf8').split('\n');
  const blocks: string[][] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!kind.isDataRow(lines[i]!)) continue;
    const indent = /^\s*/.exec(lines[i]!)![0];
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith(`${indent}</`)) end++;
    blocks.push(lines.slice(i, end + 1));
    if (first < 0) first = i;
    last = end;
    i = end;
  }
  if (!blocks.length) throw new Error(`no data rows found in ${kind.fixture}`);
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(i / blocks.length);
    let row = blocks[i % blocks.length]!.join('\n')
      .replace(/aria-rowindex="\d+"/, `aria-rowindex="${i + 2}"`)
      .replace(/row-index="\d+"/, `row-index="${i}"`)
      .replace(/top: \d+px/, `top: ${i * ROW_HEIGHT}px`)
      .replace(/report-row-\d+/, `report-row-${i}`);
    if (c > 0) row = scaleNumbers(kind.rekey(row, c), `${kind.id}:${i}`);
    rows.push(row);
  }
  const head = lines
    .slice(0, first)
    .join('\n')
    .replace(/aria-rowcount="\d+"/, `aria-rowcount="${n + 1}"`)
    .replace(/(role="rowgroup"[^>]*style="height: )\d+px/, `$1${n * ROW_HEIGHT}px`);
  return [head, ...rows, lines.slice(last + 1).join('\n')].join('\n');
}

export const PRODUCT_URL = 'https://www.amazon.com/COSORI-Electric-Kettle/dp/B0C1K2Z3X4?th=1';
export const productPage = () => readFileSync(join(FIXTURES, 'product', 'us-table.html'), 'utf8');
/** A console address (matched by the content script) showing the sign-in form: nothing to read. */
export const SIGNED_OUT_URL = 'https://sellercentral.amazon.com/business-reports#/dashboard';
export const signedOutPage = () => readFileSync(join(FIXTURES, 'business-report', 'signed-out.html'), 'utf8');
