import { describe, expect, it } from 'vitest';
import { amazonMarketplaceFinding, marketplaceOfText } from '../../lib/sites/amazon/marketplace-signals';
import { parseHtml } from '../../scripts/html';

const SC = 'https://sellercentral.amazon.com/business-reports';
const page = (body: string, head = '', url = SC) =>
  parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
const finding = (body: string, head = '', url = SC, money: string[] = []) =>
  amazonMarketplaceFinding(page(body, head, url), new URL(url), money);
const found = (value: string, via: string[]) => ({ status: 'found', value, via });
const script = (js: string) => `<script>${js}</script>`;

describe('marketplace names in the console languages', () => {
  it.each([
    ['United States', 'amazon.com'],
    ['Vereinigte Staaten', 'amazon.com'],
    ['États-Unis', 'amazon.com'],
    ['Stati Uniti', 'amazon.com'],
    ['Estados Unidos', 'amazon.com'],
    ['アメリカ合衆国', 'amazon.com'],
    ['美国', 'amazon.com'],
    ['Royaume-Uni', 'amazon.co.uk'],
    ['Vereinigtes Königreich', 'amazon.co.uk'],
    ['España', 'amazon.es'],
    ['Deutschland', 'amazon.de'],
    ['ドイツ', 'amazon.de'],
    ['日本', 'amazon.co.jp'],
    ['Amazon.de', 'amazon.de'],
    ['www.amazon.co.uk', 'amazon.co.uk'],
    ['Germany | MyStore', 'amazon.de'],
    ['Northwind Home - Canada', 'amazon.ca'],
    ['Italia (current)', 'amazon.it'],
    ['France ✓', 'amazon.fr'],
  ])('%s is %s', (text, want) => {
    expect(marketplaceOfText(text)).toBe(want);
  });
  it.each(['MyStore', 'United States, Canada', 'Marketplace', 'Germany Shop Italia', ''])(
    '%s names none',
    (t) => {
      expect(marketplaceOfText(t)).toBeUndefined();
    },
  );
});

describe('the switcher, in any markup', () => {
  it.each([
    [
      'a button with store and country',
      '<button aria-haspopup="true"><span>MyStore</span> | <span>United States</span></button>',
      'amazon.com',
      'switcher label',
    ],
    [
      'the regional header label',
      '<span class="dropdown-account-switcher-header-label-regional">Germany</span>',
      'amazon.de',
      'switcher label',
    ],
    [
      'a label with the domain',
      '<div class="mkt"><label>Amazon.de</label></div>',
      'amazon.de',
      'switcher label',
    ],
    [
      'country first, then store',
      '<div role="button">Germany | MyStore</div>',
      'amazon.de',
      'switcher label',
    ],
    [
      'a select with a selected option',
      '<select name="mkt"><option value="ATVPDKIKX0DER">www.amazon.com</option><option value="A1PA6795UKMFR9" selected>www.amazon.de</option></select>',
      'amazon.de',
      'switcher select',
    ],
    [
      'a select showing its first option',
      '<select><option>Canada</option><option>Mexico</option></select>',
      'amazon.ca',
      'switcher select',
    ],
    [
      'a kat-dropdown value',
      '<kat-dropdown value="A1F83G8C2ARO7P"></kat-dropdown>',
      'amazon.co.uk',
      'switcher kat-dropdown',
    ],
    [
      'a kat-dropdown naming its options',
      `<kat-dropdown value="x2" options='[{"name":"Spain","value":"x1"},{"name":"Italy","value":"x2"}]'></kat-dropdown>`,
      'amazon.it',
      'switcher kat-dropdown',
    ],
    [
      'a selected kat-option',
      '<kat-option value="A13V1IB3VIYZZH" selected>France</kat-option>',
      'amazon.fr',
      'switcher selected item',
    ],
    [
      'aria-checked',
      '<div role="menu"><div role="menuitemradio" aria-checked="false">Japan</div><div role="menuitemradio" aria-checked="true">Australia</div></div>',
      'amazon.com.au',
      'switcher selected item',
    ],
    [
      'aria-current',
      '<nav><a href="/x?m=1">Canada</a><a href="/x?m=2" aria-current="true">United States</a></nav>',
      'amazon.com',
      'switcher selected item',
    ],
    [
      'a .selected item',
      '<ul><li class="mkt selected">Italien</li><li class="mkt">Spanien</li></ul>',
      'amazon.it',
      'switcher selected item',
    ],
    [
      'an is-active item',
      '<ul><li class="item is-active">Polen</li><li class="item">Schweden</li></ul>',
      'amazon.pl',
      'switcher selected item',
    ],
    [
      'a data-marketplace on the trigger',
      '<button data-e2e-id="accountSwitcher" data-marketplace="amazon.de">Northwind</button>',
      'amazon.de',
      'switcher label',
    ],
  ])('%s', (_, body, value, via) => {
    const f = finding(body);
    expect(f.status).toBe('found');
    if (f.status === 'found') {
      expect(f.value).toBe(value);
      expect(f.via).toContain(via);
    }
  });
  it('lists an unselected menu as options, not as a value', () => {
    const body =
      '<ul role="listbox"><li role="option">United States</li><li role="option">Canada</li><li role="option">Mexico</li></ul>';
    expect(finding(body)).toStrictEqual({
      status: 'none',
      options: ['amazon.com', 'amazon.ca', 'amazon.com.mx'],
    });
  });
  it('takes no menu entry named for the switcher as its label', () => {
    const body =
      '<div class="AccountSwitcher"><button class="AccountSwitcher-trigger">Northwind</button><ul><li class="AccountSwitcher-item"><a href="/s?m=ca">Canada</a></li><li class="AccountSwitcher-item"><a href="/s?m=mx">Mexico</a></li></ul></div>';
    expect(finding(body)).toStrictEqual({ status: 'none', options: ['amazon.ca', 'amazon.com.mx'] });
  });
  it('never takes a country button in a table row for the switcher', () => {
    const body =
      '<table><tbody><tr><td><button>Canada</button></td></tr><tr><td><button>Germany</button></td></tr></tbody></table>';
    expect(finding(body)).toStrictEqual({ status: 'none' });
  });
  // Plain-div grids name neither rows nor cells: rows are told by their shape (issue 16, so that a 500-row
  // grid is not walked for the page's context), and a switcher's list is never taken for one.
  const NAMES = [
    'Canada',
    'Mexico',
    'Brazil',
    'Germany',
    'France',
    'Italy',
    'Spain',
    'Netherlands',
    'Sweden',
  ];
  it("never takes a country button in a plain-div grid's rows for the switcher", () => {
    const row = (i: number) =>
      `<div class="r"><div>SKU-${i}</div><div><button class="is-active">${NAMES[i % NAMES.length]}</button></div><div>${i}</div></div>`;
    const body = `<div class="grid">${Array.from({ length: 60 }, (_, i) => row(i)).join('')}</div>`;
    expect(finding(body)).toStrictEqual({ status: 'none' });
  });
  it('reads a long switcher list whose items hold a flag, a name and a mark', () => {
    const item = (name: string, on: boolean) =>
      `<li class="${on ? 'mkt selected' : 'mkt'}"><img alt=""><span>${name}</span><span>${on ? '✓' : ''}</span></li>`;
    const names = [...NAMES, 'Poland', 'Belgium', 'Turkey', 'Japan', 'Australia', 'Singapore', 'India'];
    const body = `<ul>${[...names, ...names, ...names].map((n, i) => item(n, i === 3)).join('')}</ul>`;
    expect(finding(body)).toMatchObject(found('amazon.de', ['switcher selected item']));
  });
});

describe('marketplace ids in inline data', () => {
  it.each([
    [
      'ue_mid',
      script("var ue_id = 'X', ue_mid = 'ATVPDKIKX0DER', ue_sn = 'sellercentral.amazon.com';"),
      'amazon.com',
      'inline ue_mid',
    ],
    [
      'nav config JSON',
      '<script type="application/json" id="sc-nav-config">{"marketplaceId":"A1PA6795UKMFR9","locale":"de_DE"}</script>',
      'amazon.de',
      'inline marketplaceId',
    ],
    [
      'bootstrap of any name',
      script('window.__SOME_APP__ = {"user":{"marketplaceId":"A1F83G8C2ARO7P"}};'),
      'amazon.co.uk',
      'inline marketplaceId',
    ],
    [
      'csa config',
      script("csa('Config', {'ObfuscatedMarketplaceId': 'A1VC38T7YXB528'});"),
      'amazon.co.jp',
      'inline ObfuscatedMarketplaceId',
    ],
    [
      'escaped JSON in a string',
      script('var s = JSON.parse("{\\"marketplaceId\\":\\"A13V1IB3VIYZZH\\"}");'),
      'amazon.fr',
      'inline marketplaceId',
    ],
    [
      'currentMarketplaceId next to the list of all',
      script(
        'window.S = {"currentMarketplaceId":"A1RKKUPIHCS9HS","all":[{"marketplaceId":"A1RKKUPIHCS9HS"},{"marketplaceId":"APJ6JRA9NG5V4"}]};',
      ),
      'amazon.es',
      'inline currentMarketplaceId',
    ],
  ])('%s', (_, head, value, via) => {
    expect(finding('', head)).toStrictEqual(found(value, [via]));
  });
  it('does not take a list of every marketplace for the current one', () => {
    const head = script(
      'window.S = {"marketplaces":[{"marketplaceId":"ATVPDKIKX0DER"},{"marketplaceId":"A2EUQ1WTGCTBG2"}]};',
    );
    expect(finding('', head)).toStrictEqual({ status: 'none', options: ['amazon.com', 'amazon.ca'] });
  });
  it('reads a lone data-marketplace-id, and lists several', () => {
    expect(finding('<div data-marketplace-id="A1PA6795UKMFR9"></div>')).toStrictEqual(
      found('amazon.de', ['data-marketplace-id']),
    );
    expect(
      finding('<i data-marketplace-id="A1PA6795UKMFR9"></i><i data-marketplace-id="APJ6JRA9NG5V4"></i>'),
    ).toStrictEqual({
      status: 'none',
      options: ['amazon.de', 'amazon.it'],
    });
  });
  it('calls two different current ids a conflict', () => {
    const head =
      script("ue_mid = 'ATVPDKIKX0DER';") + script('x = {"selectedMarketplaceId":"A2EUQ1WTGCTBG2"};');
    expect(finding('', head)).toStrictEqual({
      status: 'conflict',
      values: [
        { value: 'amazon.com', via: 'inline ue_mid' },
        { value: 'amazon.ca', via: 'inline selectedMarketplaceId' },
      ],
    });
  });
  it('reads mons_sel_mkid in the address', () => {
    expect(
      finding('', '', `${SC}?mons_sel_dir_mcid=amzn1.merchant.d.X&mons_sel_mkid=A1805IZSGTT6HS`),
    ).toStrictEqual(found('amazon.nl', ['url mons_sel_mkid']));
  });
});

describe('the host, where it serves one marketplace', () => {
  it.each([
    ['https://sellercentral-japan.amazon.com/business-reports', 'amazon.co.jp'],
    ['https://sellercentral.amazon.co.jp/business-reports', 'amazon.co.jp'],
    ['https://advertising.amazon.co.jp/cm/campaigns', 'amazon.co.jp'],
    ['https://sellercentral.amazon.com.au/business-reports', 'amazon.com.au'],
    ['https://advertising.amazon.com.au/cm/campaigns', 'amazon.com.au'],
  ])('%s is %s', (url, value) => {
    expect(finding('', '', url)).toStrictEqual(found(value, ['host']));
  });
  it.each([
    'https://sellercentral.amazon.com/x',
    'https://sellercentral.amazon.co.uk/x',
    'https://sellercentral.amazon.de/x',
    'https://sellercentral-europe.amazon.com/x',
  ])('%s says nothing', (url) => {
    expect(finding('', '', url)).toStrictEqual({ status: 'none' });
  });
});
