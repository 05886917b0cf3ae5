import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_SETTINGS } from '../../lib/settings/advice-settings';
import { firstRunSteps, marginSet, REPORT_SOURCES } from '../../lib/today/first-run';

const EXPORT_DIR = join(import.meta.dirname, '..', '..', 'lib', 'export');

describe('first-run checklist', () => {
  it('has every step to do on an empty store', () => {
    const steps = firstRunSteps({ ownEntities: 0, imported: false, watched: 0, settings: EMPTY_SETTINGS });
    expect(steps.map((s) => [s.step, s.done])).toStrictEqual([
      ['readConsole', false],
      ['setMargin', false],
      ['importReport', false],
      ['watchCompetitor', false],
    ]);
  });

  it('ticks the margin when any marketplace or product sets break-even, and only then', () => {
    expect(marginSet(undefined)).toBe(false);
    expect(marginSet({ ...EMPTY_SETTINGS, marketplaces: { 'amazon.com': { leadTimeDays: 20 } } })).toBe(
      false,
    );
    expect(marginSet({ ...EMPTY_SETTINGS, marketplaces: { 'amazon.com': { breakEvenAcos: 0.22 } } })).toBe(
      true,
    );
    expect(marginSet({ ...EMPTY_SETTINGS, products: { 'tmall.com|6001': { breakEvenRoi: 3 } } })).toBe(true);
  });

  it('ticks steps from the data', () => {
    const steps = firstRunSteps({ ownEntities: 3, imported: true, watched: 1, settings: EMPTY_SETTINGS });
    expect(steps.filter((s) => s.done).map((s) => s.step)).toStrictEqual([
      'readConsole',
      'importReport',
      'watchCompetitor',
    ]);
  });

  it('knows the source of every report file parser (read from the parsers’ own text)', () => {
    const sources = readdirSync(EXPORT_DIR)
      .filter((f) => f.startsWith('report-') && f.endsWith('.ts'))
      .flatMap((f) =>
        [...readFileSync(join(EXPORT_DIR, f), 'utf8').matchAll(/const SOURCE\w* = '([a-z.-]+)'/g)].map(
          (m) => m[1],
        ),
      );
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const s of sources) expect(REPORT_SOURCES).toContain(s);
  });
});
