import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Fixtures live in tests/fixtures/<platform>/<page>/, next to that page's one facts.json; the folder is the
// page's name everywhere: adapter id `<platform>.<page>`, lib/sites/<platform>/<page>.ts. Tests find pages by
// walking the folders, so a new page needs no list entry here (tests/fixtures/README.md).

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** What every facts entry says of its fixture; each page's tests read their own further fields. */
export interface BaseFacts {
  /** The address the page was saved from: load the file as that URL. */
  url: string;
  recognised: boolean;
  status?: string;
  reason?: string;
  /** `null`: no adapter reads this address (Seller Central's sign-in redirect). Otherwise the folder's. */
  adapter?: null;
}

export interface Fixture<F = BaseFacts> {
  /** The path under tests/fixtures: `tmall/sycm-items/item-rank.html`. */
  rel: string;
  /** The page folder's name, `<platform>.<page>`: the id of the adapter that reads it. */
  page: string;
  /** The file name, as its facts file keys it. */
  file: string;
  facts: F & BaseFacts;
}

const subdirs = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

/** Every page folder with a facts file, as `<platform>.<page>`. */
export function fixturePages(): string[] {
  return subdirs(FIXTURES).flatMap((platform) =>
    subdirs(join(FIXTURES, platform))
      .filter((page) => existsSync(join(FIXTURES, platform, page, 'facts.json')))
      .map((page) => `${platform}.${page}`),
  );
}

const folderOf = (page: string) => page.replace('.', '/');

/** The fixtures of one page, in its facts file's order. */
export function pageFixtures<F = BaseFacts>(page: string): Fixture<F>[] {
  const facts = JSON.parse(readFileSync(join(FIXTURES, folderOf(page), 'facts.json'), 'utf8')) as Record<
    string,
    F & BaseFacts
  >;
  return Object.entries(facts).map(([file, f]) => ({
    rel: `${folderOf(page)}/${file}`,
    page,
    file,
    facts: f,
  }));
}

/** Every fixture of every page. */
export const allFixtures = (): Fixture[] => fixturePages().flatMap((p) => pageFixtures(p));

/** The HTML files in one page folder (a facts entry each, checked by registry.test.ts). */
export const htmlFiles = (page: string) =>
  readdirSync(join(FIXTURES, folderOf(page)))
    .filter((f) => f.endsWith('.html'))
    .sort();

/** One fixture by its path under tests/fixtures. */
export function fixture<F = BaseFacts>(rel: string): Fixture<F> {
  const page = rel.split('/').slice(0, 2).join('.');
  const found = pageFixtures<F>(page).find((f) => f.rel === rel);
  if (!found) throw new Error(`no facts for ${rel}: add it to tests/fixtures/${folderOf(page)}/facts.json`);
  return found;
}
