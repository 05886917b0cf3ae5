import { describe, expect, it } from 'vitest';
import {
  amazonConsoleMarket,
  consoleMarketplace,
  consolePeriod,
} from '../../lib/sites/amazon/console-context';
import { amazonMarketplaceFinding, currencySignal } from '../../lib/sites/amazon/marketplace-signals';
import { parseHtml } from '../../scripts/html';

const SC = 'https://sellercentral.amazon.com/business-reports';
const page = (body: string, head = '', url = SC) =>
  parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
const finding = (body: string, head = '', url = SC, money: string[] = []) =>
  amazonMarketplaceFinding(page(body, head, url), new URL(url), money);
const found = (value: string, via: string[]) => ({ status: 'found', value, via });
const script = (js: string) => `<script>${js}</script>`;
const EUR = ['amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.nl', 'amazon.com.be', 'amazon.ie'];

describe("the money cells' currency", () => {
  it.each([
    [['£12.99', '£1,234.00'], ['amazon.co.uk']],
    [['￥1,234'], ['amazon.co.jp']],
    [['¥980', '—'], ['amazon.co.jp']],
    [['1.234,56 €', '12,00 €'], EUR],
    [['$24.99'], ['amazon.com', 'amazon.ca', 'amazon.com.mx', 'amazon.com.au']],
    [['US$24.99'], ['amazon.com']],
    [['CA$24.99'], ['amazon.ca']],
  ])('%j allows %j', (money, oneOf) => {
    expect(currencySignal(money)).toMatchObject({ oneOf });
  });
  it('makes no signal from cells without a symbol or with different ones', () => {
    expect(currencySignal(['1,234', '12%'])).toBeUndefined();
    expect(currencySignal(['£12.99', '€12,99'])).toBeUndefined();
  });
  it('decides alone only for £ and ¥', () => {
    expect(finding('', '', SC, ['£12.99'])).toStrictEqual(found('amazon.co.uk', ['currency £']));
    expect(finding('', '', SC, ['¥1,234'])).toStrictEqual(found('amazon.co.jp', ['currency ¥']));
    expect(finding('', '', SC, ['12,99 €'])).toStrictEqual({ status: 'none', options: EUR });
  });
  it("narrows the page's list to the marketplaces that price in the currency", () => {
    const body = '<ul><li role="option">United States</li><li role="option">Deutschland</li></ul>';
    expect(finding(body, '', SC, ['12,99 €'])).toStrictEqual({ status: 'none', options: ['amazon.de'] });
  });
  it('confirms a switcher that agrees, and contradicts one that does not', () => {
    const de = '<button aria-haspopup="menu">Deutschland</button>';
    expect(finding(de, '', SC, ['12,99 €'])).toStrictEqual(
      found('amazon.de', ['switcher label', 'currency €']),
    );
    const us = '<button aria-haspopup="menu">United States</button>';
    expect(finding(us, '', SC, ['12,99 €'])).toStrictEqual({
      status: 'conflict',
      values: [
        { value: 'amazon.com', via: 'switcher label' },
        ...EUR.map((value) => ({ value, via: 'currency €' })),
      ],
    });
    expect(finding('<button aria-haspopup="menu">Canada</button>', '', SC, ['$5.00'])).toStrictEqual(
      found('amazon.ca', ['switcher label', 'currency $']),
    );
  });
});

describe('signals together', () => {
  // The page from issue 11: the switcher says United States, inline data has the id, the URL and button the dates.
  const url =
    'https://sellercentral.amazon.com/business-reports#/report?id=102&fromDate=2026-10-01&toDate=2026-10-31';
  const head =
    script("var ue_mid = 'ATVPDKIKX0DER';") +
    script('window.__BOOT__ = {"currentMarketplaceId":"ATVPDKIKX0DER"};');
  const body =
    '<header><div class="nav-right"><button class="partner-dropdown-button"><span class="partner-label">Northwind</span><span>United States</span></button></div></header><main><button class="filter-date">10/01/2026 - 10/31/2026</button></main>';
  it('reads marketplace and period from a page we have never seen', () => {
    const doc = page(body, head, url);
    expect(amazonMarketplaceFinding(doc, new URL(url))).toStrictEqual(
      found('amazon.com', ['switcher label', 'inline ue_mid', 'inline currentMarketplaceId']),
    );
    expect(amazonConsoleMarket(doc, new URL(url))).toStrictEqual({
      platform: 'amazon',
      marketplace: 'amazon.com',
      currency: 'USD',
      decimal: '.',
    });
    expect(consolePeriod(doc, { url: new URL(url) })).toStrictEqual({ from: '2026-10-01', to: '2026-10-31' });
  });
  it('does not guess when the switcher and the inline id disagree', () => {
    const doc = page('<button aria-haspopup="menu">Germany</button>', head, SC);
    expect(amazonMarketplaceFinding(doc, new URL(SC)).status).toBe('conflict');
    expect(amazonConsoleMarket(doc, new URL(SC))).toBeUndefined();
    expect(consoleMarketplace(doc)).toBeUndefined();
  });
  it('gives the currency and decimal mark of marketplaces beyond the product-page list', () => {
    const doc = page('<button aria-haspopup="menu">Niederlande</button>');
    expect(amazonConsoleMarket(doc, new URL(SC))).toStrictEqual({
      platform: 'amazon',
      marketplace: 'amazon.nl',
      currency: 'EUR',
      decimal: ',',
    });
  });
});
