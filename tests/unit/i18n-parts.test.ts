import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enAdvice } from '../../lib/i18n/en/advice';
import { enLabels } from '../../lib/i18n/en/labels';
import { enPage } from '../../lib/i18n/en/page';
import { enToday } from '../../lib/i18n/en/today';

// Content scripts register only some catalogue parts (lib/i18n/with-*.ts): a key of another part used in a
// feature would show as the key itself on the page. Every literal key the features use must be in those parts.
const ON_PAGES = new Set(Object.keys({ ...enPage, ...enLabels, ...enAdvice, ...enToday }));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('text the content scripts show', () => {
  it('comes from the catalogue parts they register', () => {
    const root = join(import.meta.dirname, '..', '..');
    const used = new Set<string>();
    for (const f of [...files(join(root, 'features')), ...files(join(root, 'entrypoints/console.content'))]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*[\w.]+,\s*'([\w-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !ON_PAGES.has(k))).toStrictEqual([]);
  });
});
