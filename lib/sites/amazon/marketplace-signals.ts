// Every way a Seller Central or advertising console page states its selected marketplace, each as a signal.

import { normalizeText } from '../../parse';
import { combine, type Finding, type Signal } from '../context/finding';
import { inlineScripts, oncePerText, small, urlParam, walkPage } from '../context/scan';
import { textOf } from '../dom';
import { CONSOLE_MARKETPLACE_BY_ID, CONSOLE_MARKETPLACE_BY_NAME, CONSOLE_MARKETPLACES } from './marketplaces';

const BY_WORD = new Map<string, string>();
for (const c of CONSOLE_MARKETPLACES) {
  for (const n of c.names) BY_WORD.set(n, c.marketplace);
  BY_WORD.set(c.marketplace, c.marketplace);
}

// What switchers add around the name: a check mark, "(current)", ". Selected", a flag.
const DECORATION =
  /\s*(?:\((?:current|aktuell|actuel|attuale|actual)\)|（当前）|（現在）|[.,]?\s*selected|✓|✔)\s*/gi;

/** The marketplace a short text names: `United States`, `Amazon.de`, `www.amazon.co.uk`, `Germany | MyStore`. */
export function marketplaceOfText(text: string): string | undefined {
  return text.length > 160 ? undefined : nameOnce(text);
}

function nameIn(text: string): string | undefined {
  const s = normalizeText(text).toLowerCase().replace(DECORATION, ' ').trim();
  if (!s || s.length > 80) return undefined;
  const one = (part: string) => {
    const p = part.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').replace(/^www\./, '');
    return BY_WORD.get(p);
  };
  const whole = one(s);
  if (whole) return whole;
  const found = new Set(
    s
      .split(/\s*[|·•/,:–—]\s*|\s+-\s+/)
      .map(one)
      .filter(Boolean),
  );
  return found.size === 1 ? [...found][0] : undefined;
}
// Menus and labels repeat on every read of the page: each text is worked out once.
const nameOnce = oncePerText(nameIn, 2000);

/** A marketplace from an id (`ATVPDKIKX0DER`), a domain or a name. */
export function marketplaceOfValue(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return CONSOLE_MARKETPLACE_BY_ID.get(value.trim())?.marketplace ?? marketplaceOfText(value);
}

const ATTRS = ['data-marketplace-domain', 'data-marketplace-id', 'data-marketplace', 'data-marketplace-name'];

function marketplaceOfElement(el: Element, withText = true): string | undefined {
  for (const a of ATTRS) {
    const m = marketplaceOfValue(el.getAttribute(a));
    if (m) return m;
  }
  if (/^(?:OPTION|KAT-OPTION)$/.test(el.tagName)) {
    const m = marketplaceOfValue(el.getAttribute('value'));
    if (m) return m;
  }
  if (!withText || !small(el)) return undefined;
  const text = textOf(el) || el.getAttribute('label') || el.getAttribute('aria-label') || '';
  const whole = text.length <= 80 ? marketplaceOfText(text) : undefined;
  if (whole || el.childElementCount === 0) return whole;
  // Inline spans run together in the text (`<span>Northwind</span><span>United States</span>`): read each.
  const named = new Set(
    Array.from(el.querySelectorAll('*'))
      .filter((c) => c.childElementCount === 0)
      .map((c) => marketplaceOfText(textOf(c)))
      .filter(Boolean),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

const SELECTED_CLASS = /(?:^|[-_])(?:selected|active|current|checked)$/i;
const ANY_SELECTED = /selected|active|current|checked/i;
const NOT_SELECTED = /(?:un|not|non|in)[-_]?(?:selected|active|current|checked)$/i;

function markedSelected(el: Element): boolean {
  if (el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-checked') === 'true') return true;
  const current = el.getAttribute('aria-current');
  if (current !== null && current !== 'false') return true;
  if (el.tagName === 'KAT-OPTION' && el.hasAttribute('selected')) return true;
  if (el.getAttribute('data-selected') === 'true') return true;
  const names = el.getAttribute('class');
  if (!names || !ANY_SELECTED.test(names)) return false;
  return Array.from(el.classList).some((c) => SELECTED_CLASS.test(c) && !NOT_SELECTED.test(c));
}

const ITEM_ROLES = new Set(['option', 'menuitem', 'menuitemradio', 'radio']);
const isItem = (el: Element) =>
  /^(?:LI|OPTION|KAT-OPTION)$/.test(el.tagName) || ITEM_ROLES.has(el.getAttribute('role') ?? '');
const NAMES = /witcher|arketplace/;

/** One entry of a list of marketplaces (a switcher's menu), not the label showing the selected one. */
function listedItem(el: Element): Element | undefined {
  let item: Element | null = el;
  for (let i = 0; item && i < 4 && !isItem(item); i++) item = item.parentElement;
  if (!item || !isItem(item) || !item.parentElement) return undefined;
  const siblings = Array.from(item.parentElement.children).filter(isItem);
  return siblings.length >= 2 ? item : undefined;
}

// A switcher's trigger or label: a button, a popup opener, or an element named for the switcher.
function isLabel(el: Element): boolean {
  if (/^(?:BUTTON|SUMMARY|LABEL|KAT-BUTTON)$/.test(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role === 'button' || role === 'combobox' || el.hasAttribute('aria-haspopup')) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-e2e-id') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
  return NAMES.test(names);
}

/** The switcher: a selected item, a `<select>`'s choice, `kat-dropdown`'s value, or the label showing the choice. */
export function switcherSignals(doc: Document): { signals: Signal<string>[]; options: string[] } {
  const signals: Signal<string>[] = [];
  const options = new Set<string>();
  const add = (via: string, m: string | undefined) => {
    if (m) signals.push({ via, value: m });
  };
  // Table bodies and grid rows are skipped: a country column's buttons are data, not the switcher.
  walkPage(doc, (el) => {
    if (el.tagName === 'SELECT') {
      const opts = Array.from(el.getElementsByTagName('option'));
      const named = opts.map((o) => marketplaceOfElement(o));
      for (const n of named) if (n) options.add(n);
      // A select shows its first option when none is marked.
      const chosen = opts.find((o) => o.hasAttribute('selected')) ?? opts[0];
      if (named.some(Boolean)) add('switcher select', chosen && marketplaceOfElement(chosen));
      return false;
    }
    if (el.tagName === 'KAT-DROPDOWN') {
      add('switcher kat-dropdown', marketplaceOfValue(el.getAttribute('value')) ?? katOptionName(el));
      return true;
    }
    const item = isItem(el);
    if (item) {
      const m = marketplaceOfElement(el);
      if (m) options.add(m);
    }
    if (markedSelected(el)) add('switcher selected item', marketplaceOfElement(el));
    else if (isLabel(el)) {
      const listed = listedItem(el);
      if (listed) {
        const m = marketplaceOfElement(listed);
        if (m) options.add(m);
      } else add('switcher label', marketplaceOfElement(el));
    }
    return true;
  });
  for (const s of signals) if ('value' in s) options.add(s.value);
  return { signals, options: [...options] };
}

// `<kat-dropdown value="x" options='[{"name":"United States","value":"x"}]'>`: the chosen option's name.
function katOptionName(dd: Element): string | undefined {
  const value = dd.getAttribute('value');
  if (!value) return undefined;
  try {
    const opts = JSON.parse(dd.getAttribute('options') ?? '[]') as unknown;
    if (!Array.isArray(opts)) return undefined;
    const o = opts.find((x: { value?: unknown }) => x?.value === value) as {
      name?: unknown;
      label?: unknown;
    };
    const name = o?.name ?? o?.label;
    return typeof name === 'string' ? marketplaceOfText(name) : undefined;
  } catch {
    return undefined;
  }
}

const Q = String.raw`\\?["']`;
const ID = '(A[0-9A-Z]{8,15})';
const CURRENT_KEYS = new RegExp(
  String.raw`(?:\bue_mid\s*=\s*|${Q}?\b(currentMarketplaceId|selectedMarketplaceId|activeMarketplaceId|obfuscatedMarketplaceId|currentMarketplace|selectedMarketplace)${Q}?\s*[:=]\s*)${Q}${ID}${Q}`,
  'gi',
);
const PLAIN_KEYS = new RegExp(
  String.raw`${Q}?\b(?:marketplaceId|marketplace_id|marketplace|mkid)${Q}?\s*[:=]\s*${Q}${ID}${Q}`,
  'gi',
);

const scriptIds = oncePerText((text: string): { signals: Signal<string>[]; plain: string[] } => {
  const signals: Signal<string>[] = [];
  if (!/arketplace|ue_mid|mkid/i.test(text)) return { signals, plain: [] };
  for (const m of text.matchAll(CURRENT_KEYS)) {
    const mp = CONSOLE_MARKETPLACE_BY_ID.get(m[2]!)?.marketplace;
    if (mp) signals.push({ via: m[1] ? `inline ${m[1]}` : 'inline ue_mid', value: mp });
  }
  const plain = new Set<string>();
  for (const m of text.matchAll(PLAIN_KEYS)) {
    const mp = CONSOLE_MARKETPLACE_BY_ID.get(m[1]!)?.marketplace;
    if (mp) plain.add(mp);
  }
  if (plain.size === 1) signals.push({ via: 'inline marketplaceId', value: [...plain][0]! });
  return { signals, plain: [...plain] };
});

/**
 * Marketplace ids in inline data: `ue_mid`, keys naming the current/selected marketplace, and a plain
 * `marketplaceId` when a script names only one (a script naming several lists the switcher's choices).
 */
export function inlineIdSignals(doc: Document): { signals: Signal<string>[]; options: string[] } {
  const signals: Signal<string>[] = [];
  const options = new Set<string>();
  for (const found of inlineScripts(doc).map(scriptIds)) {
    signals.push(...found.signals);
    for (const p of found.plain) options.add(p);
  }
  // Attributes: one id on the page states it; several list the choices.
  const ids = new Set<string>();
  walkPage(doc, (el) => {
    const mp = CONSOLE_MARKETPLACE_BY_ID.get(el.getAttribute('data-marketplace-id') ?? '')?.marketplace;
    if (mp) ids.add(mp);
    return true;
  });
  if (ids.size === 1) signals.push({ via: 'data-marketplace-id', value: [...ids][0]! });
  for (const id of ids) options.add(id);
  return { signals, options: [...options] };
}

/** `mons_sel_mkid` (the switcher's own links) or `marketplaceId` in the address. */
export function urlIdSignals(url: URL): Signal<string>[] {
  for (const name of ['mons_sel_mkid', 'marketplaceId', 'marketplaceID', 'mkid']) {
    const mp = CONSOLE_MARKETPLACE_BY_ID.get(urlParam(url, name) ?? '')?.marketplace;
    if (mp) return [{ via: `url ${name}`, value: mp }];
  }
  return [];
}

// Console hosts that serve a single marketplace; sellercentral.amazon.com, .co.uk and .de serve several.
const SINGLE_HOSTS: [RegExp, string][] = [
  [/^(?:sellercentral-japan\.amazon\.com|(?:sellercentral|advertising)\.amazon\.co\.jp)$/, 'amazon.co.jp'],
  [/\.amazon\.com\.au$/, 'amazon.com.au'],
  [/^(?:sellercentral|advertising)\.amazon\.in$/, 'amazon.in'],
];

export function hostSignals(url: URL): Signal<string>[] {
  const hit = SINGLE_HOSTS.find(([re]) => re.test(url.hostname));
  return hit ? [{ via: 'host', value: hit[1] }] : [];
}

const inCurrency = (code: string) =>
  CONSOLE_MARKETPLACES.filter((c) => c.currency === code).map((c) => c.marketplace);
// Most specific first: `US$` before `$`.
const SYMBOLS: [RegExp, string, () => string[]][] = [
  [/US\$|\bUSD\b/, 'US$', () => ['amazon.com']],
  [/CA\$|CDN\$|C\$|\bCAD\b/, 'CA$', () => ['amazon.ca']],
  [/AU?\$|\bAUD\b/, 'A$', () => ['amazon.com.au']],
  [/MX\$|\bMXN\b/, 'MX$', () => ['amazon.com.mx']],
  [/R\$|\bBRL\b/, 'R$', () => ['amazon.com.br']],
  [/S\$|\bSGD\b/, 'S$', () => ['amazon.sg']],
  [/\$/, '$', () => ['amazon.com', 'amazon.ca', 'amazon.com.mx', 'amazon.com.au']],
  [/£|\bGBP\b/, '£', () => ['amazon.co.uk']],
  [/€|\bEUR\b/, '€', () => inCurrency('EUR')],
  [/¥|円|\bJPY\b/, '¥', () => ['amazon.co.jp']],
  [/zł|\bPLN\b/, 'zł', () => ['amazon.pl']],
  [/\bkr\b|\bSEK\b/, 'kr', () => ['amazon.se']],
  [/₹|\bINR\b/, '₹', () => ['amazon.in']],
  [/₺|\bTRY\b|\bTL\b/, '₺', () => ['amazon.com.tr']],
  [/\bAED\b/, 'AED', () => ['amazon.ae']],
  [/\bSAR\b/, 'SAR', () => ['amazon.sa']],
];

/**
 * The currency the table's money cells print, as a constraint: £ and ¥ name one marketplace, € and $ several.
 * Cells without a symbol say nothing; cells with different symbols make no signal.
 */
export function currencySignal(moneyTexts: readonly string[]): Signal<string> | undefined {
  let seen: (typeof SYMBOLS)[number] | undefined;
  for (const raw of moneyTexts) {
    const text = normalizeText(raw);
    const hit = SYMBOLS.find(([re]) => re.test(text));
    if (!hit) continue;
    if (seen && seen !== hit) return undefined;
    seen = hit;
  }
  return seen ? { via: `currency ${seen[1]}`, oneOf: seen[2]() } : undefined;
}

/**
 * The console page's selected marketplace (`amazon.de`, …) from every signal it gives: the switcher, inline
 * ids, the address, a single-marketplace host and, when given, the money cells' currency. Disagreeing
 * signals are a conflict; `none` offers the marketplaces the page lists.
 */
export function amazonMarketplaceFinding(
  doc: Document,
  url?: URL,
  moneyTexts: readonly string[] = [],
): Finding<string> {
  const switcher = switcherSignals(doc);
  const inline = inlineIdSignals(doc);
  const currency = currencySignal(moneyTexts);
  const signals = [
    ...switcher.signals,
    ...inline.signals,
    ...(url ? [...urlIdSignals(url), ...hostSignals(url)] : []),
    ...(currency ? [currency] : []),
  ];
  const options = [...new Set([...switcher.options, ...inline.options])].filter((o) =>
    CONSOLE_MARKETPLACE_BY_NAME.has(o),
  );
  return combine(signals, String, options);
}
