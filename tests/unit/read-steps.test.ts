import { describe, expect, it } from 'vitest';
import { CONSOLE_ADAPTERS } from '../../lib/sites/console-adapters';
import { runSliced, runSteps } from '../../lib/sites/steps';
import { bigPage, PAGE_KINDS } from '../../scripts/bench/pages';
import { parseHtml } from '../../scripts/html';
import { CAPTURED_AT, fixturePages, pageFixtures, readFixture } from '../helpers/fixtures';

// A console page is read in slices (lib/sites/steps.ts) so that no task of ours holds the page's main thread
// for long (issue 16). The sliced reading must be the reading: same records, same numbers, same reasons.

const stepped = CONSOLE_ADAPTERS.filter((a) => a.steps);

describe('a console reading in steps', () => {
  it('is offered by every Amazon console adapter', () => {
    expect(stepped.map((a) => a.id).sort()).toStrictEqual(
      CONSOLE_ADAPTERS.filter((a) => a.id.startsWith('amazon.'))
        .map((a) => a.id)
        .sort(),
    );
  });

  it('reads every fixture of those pages as the reading at once does, paused at every step', async () => {
    let compared = 0;
    for (const adapter of stepped) {
      for (const f of pageFixtures(adapter.id)) {
        const url = new URL(f.facts.url);
        if (!adapter.match(url)) continue;
        const doc = parseHtml(readFixture(f.rel), url.href);
        const context = { url, capturedAt: CAPTURED_AT };
        const atOnce = adapter.extract(doc, context);
        const sliced = await runSliced(adapter.steps!(doc, context), 0);
        expect(sliced, f.rel).toStrictEqual(atOnce);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(15);
    expect(fixturePages().length).toBeGreaterThan(5);
  });

  it('pauses after the headers, before the rows, after the context and every 50 rows of a 500-row report', () => {
    const kind = PAGE_KINDS.businessReport!;
    const url = new URL(kind.url);
    const doc = parseHtml(bigPage(kind, 500), url.href);
    const adapter = stepped.find((a) => a.id === kind.adapter)!;
    const steps = adapter.steps!(doc, { url, capturedAt: CAPTURED_AT });
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(r.value.status).toBe('ok');
    expect(r.value.records.length).toBe(500);
    // Headers found, before and after the rows of the table's one part, table done, context read; 9 pauses
    // within the 500 rows read and 9 within the 500 records built.
    expect(pauses).toBe(23);
    expect(runSteps(adapter.steps!(doc, { url, capturedAt: CAPTURED_AT }))).toStrictEqual(r.value);
  });

  it('stops when the page is no longer wanted', async () => {
    const kind = PAGE_KINDS.searchTerms!;
    const url = new URL(kind.url);
    const doc = parseHtml(bigPage(kind, 200), url.href);
    const adapter = stepped.find((a) => a.id === kind.adapter)!;
    let asked = 0;
    const out = await runSliced(adapter.steps!(doc, { url, capturedAt: CAPTURED_AT }), 0, () => ++asked < 3);
    expect(out).toBeUndefined();
    expect(asked).toBe(3);
  });
});
