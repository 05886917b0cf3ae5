import { describe, expect, it } from 'vitest';
import { consoleAccountOf, fnv1a } from '../../lib/sites/context/account';
import { parseHtml } from '../../scripts/html';

const SC = 'https://sellercentral.amazon.com/business-reports';
const page = (body: string, head = '', url = SC) =>
  parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
const script = (js: string) => `<script>${js}</script>`;

describe('the console account', () => {
  it('hashes with FNV-1a', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
  it.each([
    [
      'the ads entity in the address',
      'https://advertising.amazon.com/cm/campaigns?entityId=ENTITY3KQ8ZL2M7VX0A',
      '',
      'ENTITY3KQ8ZL2M7VX0A',
    ],
    [
      'the nav config merchant',
      SC,
      '<script type="application/json">{"marketplaceId":"ATVPDKIKX0DER","merchantCustomerId":"A2NWKHK7Q4ZP0X"}</script>',
      'A2NWKHK7Q4ZP0X',
    ],
    [
      'a merchantId anywhere inline',
      SC,
      script('window.x = {"merchantId":"A1B2C3D4E5F6G7"};'),
      'A1B2C3D4E5F6G7',
    ],
    [
      'a switcher link parameter',
      `${SC}?mons_sel_dir_mcid=amzn1.merchant.d.ABCDEF&mons_sel_mkid=ATVPDKIKX0DER`,
      '',
      'amzn1.merchant.d.ABCDEF',
    ],
  ])('%s', (_, url, head, id) => {
    expect(consoleAccountOf(page('', head, url), new URL(url))).toBe(
      `${new URL(url).hostname}|id:${fnv1a(id)}`,
    );
  });
  it('never keeps a shop name in clear, and falls back to the host', () => {
    const doc = page('<span class="dropdown-account-switcher-header-label-global">Jane Doe Trading</span>');
    const id = consoleAccountOf(doc, new URL(SC));
    expect(id).toBe(`sellercentral.amazon.com|name:${fnv1a('jane doe trading')}`);
    expect(id).not.toMatch(/jane|doe/i);
    expect(consoleAccountOf(page('<p>Hello</p>'), new URL(SC))).toBe('sellercentral.amazon.com');
  });
  it('gives the same key for the same entity in the address or inline', () => {
    const inline = page(
      '',
      script('window.__CM_BOOTSTRAP__ = {"entityId":"ENTITY1W4R8TN2C6HQ9"};'),
      'https://advertising.amazon.com/cm/x',
    );
    expect(consoleAccountOf(inline, new URL('https://advertising.amazon.com/cm/x'))).toBe(
      consoleAccountOf(page(''), new URL('https://advertising.amazon.com/cm/y?entityId=ENTITY1W4R8TN2C6HQ9')),
    );
  });
});
