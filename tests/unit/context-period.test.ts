import { describe, expect, it } from 'vitest';
import { consolePeriod, consolePeriodFinding } from '../../lib/sites/amazon/console-context';
import { localeOrder } from '../../lib/sites/context/period';
import { parseHtml } from '../../scripts/html';

const BR = 'https://sellercentral.amazon.com/business-reports';
const page = (
  body: string,
  { lang, head = '', url = BR }: { lang?: string; head?: string; url?: string } = {},
) =>
  parseHtml(
    `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`,
    url,
  );
const OCT = { from: '2026-10-01', to: '2026-10-31' };
const found = (via: string[], value = OCT) => ({ status: 'found', value, via });

describe('period from the address', () => {
  it.each([
    ['fromDate/toDate', `${BR}?fromDate=2026-10-01&toDate=2026-10-31`, 'url fromDate/toDate'],
    ['startDate/endDate', `${BR}?startDate=2026-10-01&endDate=2026-10-31`, 'url startDate/endDate'],
    ['start/end', `${BR}?start=2026-10-01&end=2026-10-31`, 'url start/end'],
    ['from/to', `${BR}?from=2026-10-01&to=2026-10-31`, 'url from/to'],
    ['dateRange=a|b', `${BR}?dateRange=2026-10-01%7C2026-10-31`, 'url dateRange'],
    ['dateRange=a,b', `${BR}?dateRange=2026-10-01,2026-10-31`, 'url dateRange'],
    [
      'hash route query',
      `${BR}#/report?id=102%3ADetail&fromDate=2026-10-01&toDate=2026-10-31`,
      'url fromDate/toDate',
    ],
    ['legacy hash, US dates', `${BR}#&cols=/c0&fromDate=10/01/2026&toDate=10/31/2026`, 'url fromDate/toDate'],
  ])('%s', (_, url, via) => {
    expect(consolePeriodFinding(page(''), new URL(url))).toStrictEqual(found([via]));
  });
  it('ignores parameters that are not dates', () => {
    expect(consolePeriodFinding(page(''), new URL(`${BR}?from=home&to=report&start=1`))).toStrictEqual({
      status: 'none',
    });
  });
});

describe('period from the date picker', () => {
  it.each([
    [
      'kat-date-range-picker',
      '<kat-date-range-picker locale="en-US" start-value="10/01/2026" end-value="10/31/2026"></kat-date-range-picker>',
      'kat-date-range-picker start-value',
    ],
    [
      'data-start-date',
      '<div data-start-date="2026-10-01" data-end-date="2026-10-31"></div>',
      'data-start-date',
    ],
    [
      'inputs fromDate/toDate',
      '<form><input type="hidden" name="fromDate" value="2026-10-01"><input type="hidden" name="toDate" value="2026-10-31"></form>',
      'input fromDate/toDate',
    ],
    [
      'inputs startDate/endDate by id',
      '<input type="hidden" id="startDate" value="2026-10-01"><input type="hidden" id="endDate" value="2026-10-31">',
      'input startDate/endDate',
    ],
    [
      'a pair of date inputs',
      '<fieldset><input type="date" value="2026-10-01"><input type="date" value="2026-10-31"></fieldset>',
      'input type=date',
    ],
  ])('%s', (_, body, via) => {
    const f = consolePeriodFinding(page(body), new URL(BR));
    expect(f.status).toBe('found');
    if (f.status === 'found') {
      expect(f.value).toStrictEqual(OCT);
      expect(f.via[0]).toBe(via);
    }
  });
});

describe('period from the range the page prints', () => {
  it.each([
    ['US', '10/01/2026 - 10/31/2026'],
    ['German numeric', '01.10.2026 - 31.10.2026'],
    ['day first with en dash', '01/10/2026 – 31/10/2026'],
    ['year first', '2026/10/01 - 2026/10/31'],
    ['Japanese', '2026年10月1日 - 2026年10月31日'],
    ['Chinese 至', '2026-10-01 至 2026-10-31'],
    ['full-width tilde', '2026/10/01～2026/10/31'],
    ['English month first', 'Oct 1, 2026 - Oct 31, 2026'],
    ['English day first', '1 Oct 2026 – 31 Oct 2026'],
    ['German months', '1. Okt. 2026 – 31. Okt. 2026'],
    ['French months', '01 oct. 2026 - 31 oct. 2026'],
    ['French 1er', '1er octobre 2026 – 31 octobre 2026'],
    ['Italian months', '1 ott 2026 - 31 ott 2026'],
    ['Spanish months', '1 de octubre de 2026 - 31 de octubre de 2026'],
    ['year and month written once', 'Oct 1 - 31, 2026'],
    ['day range before the month', '1–31 Oct 2026'],
  ])('%s: %s', (_, text) => {
    expect(
      consolePeriodFinding(page(`<button class="date-btn">${text}</button>`), new URL(BR)),
    ).toStrictEqual(found(['text']));
  });
  it('joins a range split over spans, with its label', () => {
    const body =
      '<div class="filters"><span>Date range</span> <span>10/01/2026</span> - <span>10/31/2026</span></div>';
    expect(consolePeriodFinding(page(body), new URL(BR))).toStrictEqual(found(['text']));
  });
  it("reads a picker's two shown inputs as the range (antd RangePicker)", () => {
    const body =
      '<div class="ant-picker ant-picker-range"><div class="ant-picker-input"><input readonly value="2026-10-01"></div><span class="ant-picker-range-separator">→</span><div class="ant-picker-input"><input readonly value="2026-10-31"></div></div>';
    expect(consolePeriodFinding(page(body), new URL(BR))).toStrictEqual(found(['text']));
  });
  it('never reads dates in the table body or a comparison range', () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `<tr><td>09/01/2026 - 09/${10 + (i % 9)}/2026</td></tr>`,
    );
    const body = `<p>Compared to 09/01/2026 - 09/30/2026</p><table><tbody>${rows.join('')}</tbody></table>`;
    expect(consolePeriodFinding(page(body), new URL(BR))).toStrictEqual({ status: 'none' });
  });
  it('prefers the range inside the date control over another printed range', () => {
    const body =
      '<p>Data since 01/01/2026 - 12/31/2026</p><div class="DateRangePicker"><span>10/01/2026 - 10/31/2026</span></div>';
    expect(consolePeriodFinding(page(body), new URL(BR))).toStrictEqual(found(['text']));
  });
  it('reads a 500-row table page quickly', () => {
    const rows = Array.from(
      { length: 500 },
      (_, i) => `<tr>${'<td>10/01/2026</td><td>$1.00</td>'.repeat(10)}<td>${i}</td></tr>`,
    );
    const doc = page(
      `<button>10/01/2026 - 10/31/2026</button><table><tbody>${rows.join('')}</tbody></table>`,
    );
    const t = performance.now();
    expect(consolePeriodFinding(doc, new URL(`${BR}?fromDate=2026-10-01&toDate=2026-10-31`))).toStrictEqual(
      found(['url fromDate/toDate', 'text']),
    );
    expect(performance.now() - t).toBeLessThan(250);
  });
});

describe('agreement, conflict and nothing', () => {
  const url = new URL(`${BR}?fromDate=2026-10-01&toDate=2026-10-31`);
  it('lists every signal that agrees', () => {
    const body =
      '<kat-date-range-picker start-value="2026-10-01" end-value="2026-10-31"></kat-date-range-picker><button>Oct 1, 2026 - Oct 31, 2026</button>';
    expect(consolePeriodFinding(page(body), url)).toStrictEqual(
      found(['url fromDate/toDate', 'kat-date-range-picker start-value', 'text']),
    );
  });
  it('does not guess when the address and the picker disagree', () => {
    const body = '<div data-start-date="2026-11-01" data-end-date="2026-11-30"></div>';
    expect(consolePeriodFinding(page(body), url)).toStrictEqual({
      status: 'conflict',
      values: [
        { value: OCT, via: 'url fromDate/toDate' },
        { value: { from: '2026-11-01', to: '2026-11-30' }, via: 'data-start-date' },
      ],
    });
    expect(consolePeriod(page(body), { url })).toBeUndefined();
  });
  it('says nothing when the page says nothing', () => {
    expect(consolePeriodFinding(page('<h1>Business Reports</h1>'), new URL(BR))).toStrictEqual({
      status: 'none',
    });
  });
  it('keeps the adapters’ entry: the value when found', () => {
    expect(consolePeriod(page('<button>10/01/2026 - 10/31/2026</button>'), { url })).toStrictEqual(OCT);
    expect(consolePeriod(page('<button>10/01/2026 - 10/31/2026</button>'))).toStrictEqual(OCT);
  });
});

describe('day-month order', () => {
  const JAN = { from: '2026-01-10', to: '2026-02-10' };
  const OCT2 = { from: '2026-10-01', to: '2026-10-02' };
  const body = '<button class="date-range">01/10/2026 - 02/10/2026</button>';
  it('offers both readings when nothing decides', () => {
    expect(consolePeriodFinding(page(body), new URL(BR))).toStrictEqual({
      status: 'none',
      options: [JAN, OCT2],
    });
  });
  it.each([
    ['html lang en-US', { lang: 'en-US' }, JAN, 'text (mdy: html lang en-US)'],
    ['html lang en-GB', { lang: 'en-GB' }, OCT2, 'text (dmy: html lang en-GB)'],
    ['html lang ja-JP (no d/m order known)', { lang: 'ja-JP' }, undefined, ''],
    [
      'console config',
      { head: '<script>window.cfg = {"locale":"de_DE"};</script>' },
      OCT2,
      'text (dmy: config locale de_DE)',
    ],
  ])('%s', (_, opts, value, via) => {
    const f = consolePeriodFinding(page(body, opts), new URL(BR));
    expect(f).toStrictEqual(value ? found([via], value) : { status: 'none', options: [JAN, OCT2] });
  });
  it("follows the picker's locale attribute", () => {
    const b = `<kat-date-range-picker locale="fr-FR"></kat-date-range-picker>${body}`;
    expect(consolePeriodFinding(page(b, { lang: 'en-US' }), new URL(BR))).toStrictEqual(
      found(['text (dmy: picker locale fr-FR)'], OCT2),
    );
  });
  it('is decided by another signal that agrees with one reading', () => {
    const url = new URL(`${BR}?startDate=2026-10-01&endDate=2026-10-02`);
    expect(consolePeriodFinding(page(body), url)).toStrictEqual(
      found(['url startDate/endDate', 'text'], OCT2),
    );
  });
  it('takes the order the operator chose', () => {
    expect(consolePeriodFinding(page(body), new URL(BR), 'dmy')).toStrictEqual(
      found(['text (dmy: chosen)'], OCT2),
    );
  });
  it('needs no order when only one reading is a range', () => {
    expect(consolePeriodFinding(page('<button>01/10/2026 - 31/10/2026</button>'), new URL(BR))).toStrictEqual(
      found(['text']),
    );
  });
  it.each([
    ['en-US', 'mdy'],
    ['en_US', 'mdy'],
    ['en', 'mdy'],
    ['en-GB', 'dmy'],
    ['de-DE', 'dmy'],
    ['fr', 'dmy'],
    ['es-MX', 'dmy'],
    ['ja-JP', undefined],
    ['zh-CN', undefined],
    ['en-CA', undefined],
  ])('locale %s writes %s', (locale, order) => {
    expect(localeOrder(locale)).toBe(order);
  });
});
