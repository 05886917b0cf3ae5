import { describe, expect, it } from 'vitest';
import type { ContextAnswers } from '../../lib/model';
import { adapterFor } from '../../lib/sites';
import { parseHtml } from '../../scripts/html';
import { CAPTURED_AT, readFixture } from '../helpers/fixtures';

// Issue 11, "ask and remember": a recognised report whose marketplace or period the page does not state
// asks the operator (with the page's own candidates) instead of storing nothing silently; the answer is
// used where the page is silent, never where the page contradicts itself.

const URL_NO_DATES =
  'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem';
const base = readFixture('amazon/business-report/en-child.html');
// Every marketplace statement of the fixture hidden: switcher, domain attributes, inline ids.
const noMarketplace = base
  .replace(/data-marketplace-domain="[^"]*"/g, '')
  .replace(/"marketplaceId":"[A-Z0-9]+"/g, '"marketplaceId":"UNKNOWN"')
  .replace(/ue_mid\s*=\s*'[A-Z0-9]+'/g, "ue_mid = ''")
  .replace(/United States/g, 'Somewhere');
// The period printed day-ambiguously, with no locale to say which order: 01/10/2026 - 07/10/2026.
const ambiguous = base
  .replace(/locale="en-US"/g, '')
  .replace(/"locale":"en_US"/g, '"locale":""')
  .replace(/<html lang="[^"]*"/, '<html')
  .replace(
    /start-value="11\/01\/2026" end-value="11\/07\/2026"/,
    'start-value="01/10/2026" end-value="07/10/2026"',
  )
  .replace('11/01/2026 - 11/07/2026', '01/10/2026 - 07/10/2026');

function read(html: string, answers?: ContextAnswers, url = URL_NO_DATES) {
  const u = new URL(url);
  return adapterFor(u)!.extract(parseHtml(html, url), {
    url: u,
    capturedAt: CAPTURED_AT,
    ...(answers ? { answers } : {}),
  });
}

describe('ask and remember', () => {
  it('a page that names no marketplace asks, and stores with the answer', () => {
    const asked = read(noMarketplace);
    expect(asked.status).toBe('partial');
    expect(asked.missing).toContain('marketplace');
    expect(asked.ask?.marketplace).toMatchObject({ conflict: false });
    const answered = read(noMarketplace, { marketplace: 'amazon.com' });
    expect(answered.status).toBe('ok');
    expect(answered.records).toHaveLength(25);
    expect(new Set(answered.records.map((r) => `${r.marketplace} ${r.currency}`))).toStrictEqual(
      new Set(['amazon.com USD']),
    );
    expect(answered.records.every((r) => r.metrics.sales !== undefined)).toBe(true);
  });

  it("an answer the table's money contradicts ($ for amazon.de) is asked again, nothing stored", () => {
    const ex = read(noMarketplace, { marketplace: 'amazon.de' });
    expect(ex.status).toBe('partial');
    expect(ex.records).toStrictEqual([]);
    expect(ex.missing).toContain('marketplace');
    expect(ex.ask?.marketplace).toStrictEqual({ options: [], conflict: true });
  });

  it('the answer never overrides what the page states', () => {
    const ex = read(base, { marketplace: 'amazon.de' });
    expect(ex.status).toBe('ok');
    expect(new Set(ex.records.map((r) => r.marketplace))).toStrictEqual(new Set(['amazon.com']));
  });

  it('a day-ambiguous period asks with both readings and the order each implies; the order answers it', () => {
    const asked = read(ambiguous);
    expect(asked.status).toBe('partial');
    expect(asked.missing).toContain('period');
    expect(asked.ask?.period?.options).toStrictEqual([
      { from: '2026-01-10', to: '2026-07-10', order: 'mdy' },
      { from: '2026-10-01', to: '2026-10-07', order: 'dmy' },
    ]);
    const dmy = read(ambiguous, { dateOrder: 'dmy' });
    expect(dmy.status).toBe('ok');
    expect(dmy.records[0]!.period).toStrictEqual({ from: '2026-10-01', to: '2026-10-07' });
  });
});
