import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_ADAPTERS } from '../../lib/sites';
import { maskText, pageShape } from '../../lib/sites/shape-report';
import { normalizeLabel } from '../../lib/sites/table';
import { parseHtml } from '../../scripts/html';
import { extractFixture, fixture, loadFixture } from '../helpers/fixtures';

// Issue 11, the page-shape report: a failing page reaches us as structure without the operator's data.
// The oracle is the fixtures' own facts files (cell texts as the page shows them), not the reader.

interface Facts {
  url: string;
  rows?: Record<string, string>[];
}
const CASES: [string, Facts][] = [
  'amazon/business-report/en-child.html',
  'amazon/ads-search-terms/search-terms-en.html',
  'amazon/inventory/en-legacy.html',
  'tmall/subway-keywords/keywords.html',
  'tmall/sycm-items/item-rank.html',
].map((rel) => [rel, fixture<Facts>(rel).facts]);
const keep = CONSOLE_ADAPTERS.flatMap((a) => Object.values(a.columns ?? {}).flat());
const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'svg',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'TEMPLATE',
]);
function texts(doc: Document): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      const t = (n.nodeValue ?? '').trim();
      if (t) out.push(t);
    } else if (n.nodeType === 1 && !DROP.has((n as Element).tagName))
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(doc.body);
  return out;
}
// Dates and date ranges are the page's context and stay.
const DATE = /^(?=.*(?:19|20)\d\d)[\d/.\-–~ 至年月日]+$/;

describe('page-shape report', () => {
  it('masks keep the shape: digits stay digits, letters letters, the same text the same mask', () => {
    expect(maskText('$1,234.56')).toMatch(/^\$\d,\d{3}\.\d{2}$/);
    expect(maskText('$1,234.56')).not.toBe('$1,234.56');
    expect(maskText('B0QE12WNFA')).toBe(maskText('B0QE12WNFA'));
    expect(maskText('B0QE12WNFA')).toMatch(/^[A-Z]\d[A-Z]{2}\d{2}[A-Z]{4}$/);
    expect(maskText('九阳破壁机')).toBe('某某某某某');
  });

  for (const [rel, facts] of CASES) {
    it(`${rel}: no number or product text of the page, and extract reads the report`, () => {
      const url = new URL(facts.url);
      const report = pageShape(loadFixture(rel, url.href), { keep, url });
      const parsed = parseHtml(report, url.href);
      // Text by text, in the same order: every one that is not a label or a date differs in every digit
      // and letter from the page's (the fixture's facts say which texts are data).
      const before = texts(loadFixture(rel, url.href));
      const after = texts(parsed);
      expect(after).toHaveLength(before.length);
      const labels = new Set(keep.map(normalizeLabel));
      let checked = 0;
      before.forEach((text, i) => {
        if (labels.has(normalizeLabel(text)) || DATE.test(text) || !/[\d\p{L}]/u.test(text)) return;
        checked++;
        const masked = after[i]!;
        expect(masked.length, text).toBe(text.length);
        for (let c = 0; c < text.length; c++)
          if (/[\dA-Za-z]/.test(text[c]!)) expect(masked[c], `${text} -> ${masked}`).not.toBe(text[c]);
      });
      expect(checked).toBeGreaterThan(100);
      const original = extractFixture(rel, url.href);
      const dir = mkdtempSync(join(tmpdir(), 'opslens-shape-'));
      const file = join(dir, 'page.html');
      writeFileSync(file, report);
      const out = JSON.parse(
        execFileSync('npx', ['tsx', 'scripts/extract.ts', file], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      ) as { adapter: string; status: string; records: { metrics: Record<string, number> }[] };
      expect(out.adapter).toBe(original.adapter);
      expect(out.status).toBe('ok');
      expect(out.records).toHaveLength(original.records.length);
      // Masked numbers may fall outside a metric's range (a rate over 100%): those are left out, nothing else.
      const names = new Set(original.records.flatMap((r) => Object.keys(r.metrics)));
      const read = out.records.flatMap((r) => Object.keys(r.metrics));
      expect(read.every((n) => names.has(n))).toBe(true);
      expect(read.length).toBeGreaterThan(
        0.8 * original.records.flatMap((r) => Object.keys(r.metrics)).length,
      );
      expect(parsed.querySelector('body')).not.toBeNull();
    });
  }
});
