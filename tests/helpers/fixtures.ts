import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../../lib/model';
import { adapterFor } from '../../lib/sites';
import { parseHtml } from '../../scripts/html';
import { FIXTURES } from './fixture-pages';
import { LEGACY_FIXTURE_PATHS } from './legacy-fixtures';

export * from './fixture-pages';

export const CAPTURED_AT = '2026-11-21T10:00:00.000Z';

export function readFixture(rel: string): string {
  return readFileSync(join(FIXTURES, LEGACY_FIXTURE_PATHS[rel] ?? rel), 'utf8');
}

export function loadFixture(rel: string, url: string): Document {
  return parseHtml(readFixture(rel), url);
}

/** Runs whichever adapter matches `url` on a fixture, as the content script would. */
export function extractFixture(rel: string, url: string, capturedAt = CAPTURED_AT): Extraction {
  const u = new URL(url);
  const adapter = adapterFor(u);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  return adapter.extract(loadFixture(rel, url), { url: u, capturedAt });
}
