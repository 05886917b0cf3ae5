import type { ExtractContext, Extraction, SnapshotRecord } from '../../model';
import {
  type NumberContext,
  normalizeText,
  parseFirstNumber,
  parseRanks,
  parseRating,
  type Rank,
} from '../../parse';
import { firstText, textOf } from '../dom';
import { notRecognised, type PageAdapter } from '../types';
import { amazonMarketplaceOf } from './marketplaces';
import {
  AUTHOR_ROLE,
  AVAILABILITY_IN,
  AVAILABILITY_OUT,
  BOUGHT_PERIOD,
  BOUGHT_PHRASE,
  BRAND_PATTERNS,
  BSR_LABEL,
  SOLD_BY_LABEL,
  SOLD_BY_PATTERNS,
} from './product-labels';
import { featuredPrice, listPrice } from './product-price';

const ID = 'amazon.product';
const ASIN_PATH = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})(?:[/?#]|$)/;

export const FIELDS = [
  'title',
  'price',
  'listPrice',
  'rating',
  'reviewCount',
  'bsr',
  'availability',
  'seller',
  'brand',
  'monthlySales',
  'imageCount',
] as const;

const DETAIL_CONTAINERS = [
  '#detailBulletsWrapper_feature_div',
  '#detailBullets_feature_div',
  '#productDetails_detailBullets_sections1',
  '#productDetails_db_sections',
  '#prodDetails',
];

function recognise(doc: Document): string | undefined {
  if (doc.querySelector('form[action*="validateCaptcha"]') || /Robot Check|Bot Check/i.test(doc.title))
    return 'captcha';
  if (doc.querySelector('#ap_email, form[name="signIn"], #ap_login_form')) return 'sign-in';
  if (doc.querySelector('#productTitle, #title')) return undefined;
  if (
    /Page Not Found|Seite wurde nicht gefunden|ページが見つかりません/i.test(doc.title) ||
    doc.querySelector('img[alt*="Dogs of Amazon" i], a[href*="/dogsofamazon"]')
  ) {
    return 'not-found';
  }
  return 'not-a-product-page';
}

function bsrValue(doc: Document): Element | undefined {
  for (const sel of DETAIL_CONTAINERS) {
    const container = doc.querySelector(sel);
    if (!container) continue;
    for (const th of Array.from(container.querySelectorAll('th'))) {
      if (BSR_LABEL.test(textOf(th))) return th.parentElement?.querySelector('td') ?? undefined;
    }
    for (const bold of Array.from(container.querySelectorAll('.a-text-bold'))) {
      if (BSR_LABEL.test(textOf(bold))) return bold.closest('li') ?? bold.parentElement ?? undefined;
    }
    for (const label of Array.from(container.querySelectorAll('td.label'))) {
      if (BSR_LABEL.test(textOf(label))) return label.parentElement?.querySelector('td.value') ?? undefined;
    }
  }
  // 2017-2019 layouts: `<li id="SalesRank"><b>Amazon Bestsellers Rank:</b> …` or a `tr#SalesRank` row.
  const legacy = doc.querySelector('#SalesRank');
  return legacy ? (legacy.querySelector('td.value') ?? legacy) : undefined;
}

function ranks(doc: Document, num: NumberContext): Rank[] {
  const value = bsrValue(doc);
  if (!value) return [];
  const label = (el: Element) =>
    (el.classList.contains('a-text-bold') || el.tagName === 'B') && BSR_LABEL.test(textOf(el));
  const mainText = textOf(value, (el) => label(el) || el.matches('ul.zg_hrsr'));
  const out = parseRanks(mainText, num);
  for (const li of Array.from(value.querySelectorAll('ul.zg_hrsr > li')))
    out.push(...parseRanks(textOf(li), num));
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(`${r.rank}|${r.category}`) && seen.add(`${r.rank}|${r.category}`));
}

function seller(doc: Document): string | undefined {
  const direct = firstText(doc, [
    '#sellerProfileTriggerId',
    '[offer-display-feature-name="desktop-merchant-info"] .offer-display-feature-text',
  ]);
  if (direct) return direct;
  for (const row of Array.from(doc.querySelectorAll('#tabular-buybox .tabular-buybox-text'))) {
    const name = row.getAttribute('tabular-attribute-name') ?? '';
    if (SOLD_BY_LABEL.test(name)) return textOf(row) || undefined;
  }
  const merchant = textOf(doc.querySelector('#merchant-info'));
  for (const re of SOLD_BY_PATTERNS) {
    const m = re.exec(merchant);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

function brand(doc: Document): string | undefined {
  const byline = textOf(doc.querySelector('#bylineInfo'));
  // Books and Kindle e-books name their authors there (`by Jane Roe (Author) Format: Kindle Edition`): no brand.
  if (!byline || AUTHOR_ROLE.test(byline)) return undefined;
  for (const re of BRAND_PATTERNS) {
    const m = re.exec(byline);
    if (m?.[1]) return m[1].trim();
  }
  return byline;
}

/** The JSON array that starts at `from` (brackets inside strings ignored), or undefined. */
function arrayAt(src: string, from: number): string | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return src.slice(from, i + 1);
  }
  return undefined;
}

// Image count from the inline `'colorImages': { 'initial': [...] }` the image block is built from.
function imageCount(doc: Document): number | undefined {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const src = script.textContent ?? '';
    const at = src.indexOf("'colorImages'");
    if (at < 0) continue;
    const m = /'initial'\s*:\s*\[/.exec(src.slice(at));
    if (!m) continue;
    const list = arrayAt(src, at + m.index + m[0].length - 1);
    const n = (list?.match(/"large"\s*:/g) ?? []).length;
    if (n > 0) return n;
  }
  const thumbs = doc.querySelectorAll('#altImages li.imageThumbnail').length;
  return thumbs > 0 ? thumbs : undefined;
}

// The count the phrase is about, not its first number: `過去1か月で100点以上購入` counts 100, over one month.
function monthlySales(doc: Document, num: NumberContext): number | undefined {
  const text = normalizeText(firstText(doc, ['#social-proofing-faceout-title-tk_bought']) ?? '');
  if (!BOUGHT_PHRASE.test(text)) return undefined;
  const p = parseFirstNumber(text.replace(BOUGHT_PERIOD, ' '), 'count', num);
  return p.ok ? p.value : undefined;
}

// `(22)` with `aria-label="22 Reviews"` on current pages; `1,820 ratings`, `11個の評価` elsewhere.
function reviewCount(doc: Document, num: NumberContext): number | undefined {
  const el = doc.querySelector('#acrCustomerReviewText');
  for (const text of [textOf(el), el?.getAttribute('aria-label') ?? '']) {
    const p = parseFirstNumber(text, 'count', num);
    if (p.ok) return p.value;
  }
  return undefined;
}

function stockState(availability: string | undefined, doc: Document): string {
  if (doc.querySelector('#outOfStock') || (availability && AVAILABILITY_OUT.test(availability)))
    return 'outOfStock';
  if (availability && AVAILABILITY_IN.test(availability)) return 'inStock';
  return 'unknown';
}

export function extractAmazonProduct(doc: Document, ctx: ExtractContext): Extraction {
  const market = amazonMarketplaceOf(ctx.url.hostname);
  const asin = ASIN_PATH.exec(ctx.url.pathname)?.[1];
  if (!market || !asin) return notRecognised(ID, 'unsupported-url');
  const reason = recognise(doc);
  if (reason) return notRecognised(ID, reason);

  const num: NumberContext = { decimal: market.decimal, currency: market.currency };
  const metrics: SnapshotRecord['metrics'] = {};
  const attrs: SnapshotRecord['attrs'] = { asin };
  const found = new Set<string>();
  const put = (name: string, value: number | undefined) => {
    if (value === undefined) return;
    metrics[name] = value;
    found.add(name);
  };
  const putAttr = (name: string, value: string | undefined, field = name) => {
    if (!value) return;
    attrs[name] = value;
    found.add(field);
  };

  const title = firstText(doc, ['#productTitle', '#title']);
  if (title) found.add('title');
  const price = featuredPrice(doc, num);
  // The marketplace's currency is the record's even when no price is shown (a later price has a currency to match).
  const currency = (price?.ok && price.currency) || market.currency;
  if (price?.ok) put('price', price.value);
  const list = listPrice(doc, num);
  if (list.ok && (list.currency ?? currency) === currency) put('listPrice', list.value);
  const ratingText =
    doc.querySelector('#acrPopover')?.getAttribute('title') ||
    firstText(doc, ['#acrPopover .a-icon-alt', '#averageCustomerReviews .a-icon-alt']);
  const rating = parseRating(ratingText, num);
  if (rating.ok) put('rating', rating.value);
  put('reviewCount', reviewCount(doc, num));
  const bsr = ranks(doc, num);
  if (bsr[0]) {
    put('bsr', bsr[0].rank);
    attrs.bsrCategory = bsr[0].category;
    if (bsr.length > 1)
      attrs.subRanks = bsr
        .slice(1)
        .map((r) => `${r.rank}:${r.category}`)
        .join('|');
  }
  const availability = firstText(doc, [
    '#availability .primary-availability-message',
    '#availability .a-color-success',
    '#availability .a-color-price',
    '#availability',
    '#outOfStock .a-color-price',
  ]);
  putAttr('availability', availability);
  attrs.stockState = stockState(availability, doc);
  putAttr('seller', seller(doc));
  putAttr('brand', brand(doc));
  put('monthlySales', monthlySales(doc, num));
  put('imageCount', imageCount(doc));

  const missing = FIELDS.filter((f) => !found.has(f));
  if (!title) return { adapter: ID, status: 'partial', records: [], missing };
  const record: SnapshotRecord = {
    kind: 'competitor',
    source: ID,
    platform: 'amazon',
    marketplace: market.marketplace,
    key: asin,
    label: title,
    currency,
    capturedAt: ctx.capturedAt,
    url: `${ctx.url.origin}/dp/${asin}`,
    metrics,
    attrs,
  };
  return { adapter: ID, status: 'ok', records: [record], missing };
}

export const amazonProduct: PageAdapter = {
  id: ID,
  match: (url) => amazonMarketplaceOf(url.hostname) !== undefined && ASIN_PATH.test(url.pathname),
  extract: extractAmazonProduct,
};
