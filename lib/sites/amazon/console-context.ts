import { parseDate } from '../../parse';
import type { PageMarket } from '../console-table';
import { textOf } from '../dom';
import { AMAZON_MARKETPLACES, type AmazonMarketplace, amazonMarketplaceOf } from './marketplaces';

// Public marketplace ids (Selling Partner API docs), as Seller Central and the ads console embed them.
const MARKETPLACE_IDS: Record<string, string> = {
  ATVPDKIKX0DER: 'amazon.com',
  A2EUQ1WTGCTBG2: 'amazon.ca',
  A1F83G8C2ARO7P: 'amazon.co.uk',
  A1PA6795UKMFR9: 'amazon.de',
  A13V1IB3VIYZZH: 'amazon.fr',
  APJ6JRA9NG5V4: 'amazon.it',
  A1RKKUPIHCS9HS: 'amazon.es',
  A1VC38T7YXB528: 'amazon.co.jp',
};

// The marketplace switcher's label in the console languages we support.
const MARKETPLACE_NAMES: Record<string, string> = {
  'united states': 'amazon.com',
  usa: 'amazon.com',
  'vereinigte staaten': 'amazon.com',
  美国: 'amazon.com',
  アメリカ合衆国: 'amazon.com',
  canada: 'amazon.ca',
  kanada: 'amazon.ca',
  加拿大: 'amazon.ca',
  カナダ: 'amazon.ca',
  'united kingdom': 'amazon.co.uk',
  'vereinigtes königreich': 'amazon.co.uk',
  英国: 'amazon.co.uk',
  イギリス: 'amazon.co.uk',
  germany: 'amazon.de',
  deutschland: 'amazon.de',
  德国: 'amazon.de',
  ドイツ: 'amazon.de',
  france: 'amazon.fr',
  frankreich: 'amazon.fr',
  法国: 'amazon.fr',
  フランス: 'amazon.fr',
  italy: 'amazon.it',
  italien: 'amazon.it',
  意大利: 'amazon.it',
  イタリア: 'amazon.it',
  spain: 'amazon.es',
  spanien: 'amazon.es',
  西班牙: 'amazon.es',
  スペイン: 'amazon.es',
  japan: 'amazon.co.jp',
  日本: 'amazon.co.jp',
};

const byName = (name: string) => AMAZON_MARKETPLACES[name];

/** The marketplace selected in a Seller Central or advertising console page, or undefined: never a guess from the host. */
export function consoleMarketplace(doc: Document): AmazonMarketplace | undefined {
  const selected = doc.querySelector(
    '[aria-selected="true"][data-marketplace-domain], .selected[data-marketplace-domain]',
  );
  const domain = selected?.getAttribute('data-marketplace-domain');
  if (domain) return amazonMarketplaceOf(domain);
  const legacy = doc.querySelector<HTMLSelectElement>('#sc-mkt-picker-switcher-select');
  const option = legacy?.querySelector('option[selected]') ?? legacy?.querySelector('option');
  if (option) {
    const id = option.getAttribute('value') ?? '';
    const m = MARKETPLACE_IDS[id] ?? amazonMarketplaceOf(textOf(option).toLowerCase());
    if (m) return typeof m === 'string' ? byName(m) : m;
  }
  const tagged = doc
    .querySelector('[data-e2e-id="accountSwitcher"][data-marketplace]')
    ?.getAttribute('data-marketplace');
  if (tagged && amazonMarketplaceOf(tagged)) return amazonMarketplaceOf(tagged);
  const config = navConfig(doc);
  if (config.marketplaceId && MARKETPLACE_IDS[config.marketplaceId])
    return byName(MARKETPLACE_IDS[config.marketplaceId]!);
  for (const el of Array.from(
    doc.querySelectorAll('[class*="account-switcher-header-label"], [data-marketplace-name]'),
  )) {
    const name = (el.getAttribute('data-marketplace-name') ?? textOf(el)).toLowerCase();
    const m = MARKETPLACE_NAMES[name];
    if (m) return byName(m);
  }
  return undefined;
}

interface NavConfig {
  marketplaceId?: string;
  locale?: string;
}

// Seller Central embeds `#sc-nav-config` JSON; the ads console assigns `window.__CM_BOOTSTRAP__ = {...}`.
function navConfig(doc: Document): NavConfig {
  let raw = doc.querySelector('script#sc-nav-config')?.textContent;
  if (!raw) {
    for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
      const m = /__CM_BOOTSTRAP__\s*=\s*(\{[^;<]*\})\s*;/.exec(s.textContent ?? '');
      if (m) raw = m[1];
    }
  }
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    if (typeof v !== 'object' || v === null) return {};
    const o = v as Record<string, unknown>;
    return {
      ...(typeof o.marketplaceId === 'string' ? { marketplaceId: o.marketplaceId } : {}),
      ...(typeof o.locale === 'string' ? { locale: o.locale } : {}),
    };
  } catch {
    return {};
  }
}

/** Day-month or month-day: US English writes 11/01/2026 for November 1st, most others 01/11/2026 or 01.11.2026. */
export function consoleDateOrder(doc: Document): 'mdy' | 'dmy' {
  const locale =
    doc.querySelector('kat-date-range-picker[locale]')?.getAttribute('locale') ??
    navConfig(doc).locale ??
    doc.documentElement.getAttribute('lang') ??
    'en-US';
  return /^en[-_]US$/i.test(locale) || /^en$/i.test(locale) ? 'mdy' : 'dmy';
}

/** The report's date range as the console's date picker shows it, in any of the shapes we know. */
export function consolePeriod(doc: Document): { from: string; to: string } | undefined {
  const order = consoleDateOrder(doc);
  // The page's own statements, best first, each looked up only when the one before says nothing usable.
  const sources: (() => [string | null | undefined, string | null | undefined])[] = [
    () => {
      const picker = Array.from(doc.getElementsByTagName('kat-date-range-picker')).find(
        (p) => p.hasAttribute('start-value') && p.hasAttribute('end-value'),
      );
      return [picker?.getAttribute('start-value'), picker?.getAttribute('end-value')];
    },
    () => {
      const tagged = doc.querySelector('[data-start-date][data-end-date]');
      return [tagged?.getAttribute('data-start-date'), tagged?.getAttribute('data-end-date')];
    },
    () => {
      const input = (name: string) =>
        Array.from(doc.getElementsByName(name))
          .find((el) => el.tagName === 'INPUT')
          ?.getAttribute('value');
      return [input('fromDate'), input('toDate')];
    },
  ];
  for (const source of sources) {
    const [from, to] = source();
    const f = from ? parseDate(from, order) : undefined;
    const t = to ? parseDate(to, order) : undefined;
    if (f && t && f <= t) return { from: f, to: t };
  }
  return undefined;
}

/** The page's marketplace as a table adapter needs it, or undefined when the page does not say. */
export function amazonConsoleMarket(doc: Document): PageMarket | undefined {
  const m = consoleMarketplace(doc);
  return m ? { platform: 'amazon', ...m } : undefined;
}
