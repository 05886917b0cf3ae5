import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ADAPTERS,
  adapterFor,
  CONSOLE_ADAPTERS,
  consoleAdapterFor,
  PRODUCT_ADAPTERS,
  productAdapterFor,
} from '../../lib/sites';

// Each content script bundles only its own registry (product.js the item pages, console.js the back
// offices): together they must be exactly the full registry, and every page URL must reach the same
// adapter through the content script that runs there.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsonFiles(p) : p.endsWith('.json') ? [p] : [];
  });
}
const urls = [
  ...new Set(
    jsonFiles(FIXTURES).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/"url":\s*"([^"]+)"/g)].map((m) => m[1]!),
    ),
  ),
].filter((u) => u.startsWith('https://'));

describe('content-script registries', () => {
  it('split the adapters into two disjoint halves that together are all of them', () => {
    const ids = (list: readonly { id: string }[]) => list.map((a) => a.id).sort();
    expect(ids([...PRODUCT_ADAPTERS, ...CONSOLE_ADAPTERS])).toStrictEqual(ids(ADAPTERS));
    expect(PRODUCT_ADAPTERS.filter((a) => CONSOLE_ADAPTERS.includes(a))).toStrictEqual([]);
  });

  it(`send each of the ${urls.length} fixture URLs to the same adapter as the full registry, never to both`, () => {
    expect(urls.length).toBeGreaterThan(40);
    let product = 0;
    let console = 0;
    for (const raw of urls) {
      const url = new URL(raw);
      const p = productAdapterFor(url);
      const c = consoleAdapterFor(url);
      expect(p && c, raw).toBeFalsy();
      expect((p ?? c)?.id, raw).toBe(adapterFor(url)?.id);
      if (p) product++;
      if (c) console++;
    }
    expect(product).toBeGreaterThan(10);
    expect(console).toBeGreaterThan(5);
  });
});
