import { collapseSpace, firstText, textOf } from '../dom';
import type { ItemData } from './item-data';

// Each fact of an item page: from the embedded data first, else from the DOM. The DOM's CSS-module classes
// are hashed (`ItemHeader--mainTitle--3CIjqW5`), so they are matched by their stable prefix; the legacy
// selectors are those of the pre-2025 layouts (PAGE-FACTS.md).

const cls = (name: string) => `[class*="${name}--"]`;

export function titleOf(d: ItemData, doc: Document): string | undefined {
  return (
    d.title ||
    d.itemTitle ||
    firstText(doc, [`${cls('ItemHeader--mainTitle')}`, '#J_Title h3', '.tb-detail-hd h1', '.tb-main-title'])
  );
}

export function salesTextOf(d: ItemData, doc: Document): string | undefined {
  return (
    d.salesDesc || d.vagueSellCount || firstText(doc, [cls('ItemHeader--salesDesc'), '.tm-ind-sellCount'])
  );
}

// 评价数 wherever the page prints it: the comments header (`累计评价 3000+`), or a tab (`宝贝评价(1.2万)`,
// `评价 (999+)`, the legacy `累计评价` tab). A tab that names no number (`用户评价`) says nothing.
const REVIEW_TAB =
  /^(?:宝贝评价|累计评价|商品评价|用户评价|评价)\s*[(（]?\s*\d[\d.,]*\s*[万亿]?\s*\+?\s*[)）]?$/;

function reviewTab(doc: Document): string | undefined {
  for (const el of Array.from(doc.querySelectorAll(`${cls('Tabs--title')}, ${cls('Tab--')}, li, a, span`))) {
    const text = textOf(el);
    if (text.length < 24 && REVIEW_TAB.test(text)) return text;
  }
  return undefined;
}

export function reviewTextOf(d: ItemData, doc: Document): string | undefined {
  const fromData = d.rateCount !== undefined ? String(d.rateCount) : '';
  return (
    fromData ||
    firstText(doc, [cls('Comments--count'), '#J_ItemRates .tm-count', '#J_RateCounter']) ||
    reviewTab(doc)
  );
}

export function shopNameOf(d: ItemData, doc: Document): string | undefined {
  return d.shopName || d.storeShopName || firstText(doc, [cls('ShopHeaderNew--shopName'), '.slogo-shopname']);
}

// Coupon and promotion prices are titled (`券后`, `到手价`); `优惠前`, `原价` or no title is the regular price.
const PROMO_TITLE = /券后|到手|促销|活动价|折后|秒杀|预售/;

export interface PriceTexts {
  regular?: string;
  promo?: string;
}

function classify(out: PriceTexts, title: string, value: string | undefined) {
  if (!value) return;
  if (PROMO_TITLE.test(title)) out.promo ??= value;
  else out.regular ??= value;
}

export function priceTextsOf(d: ItemData, doc: Document, skuId: string | null): PriceTexts {
  const out: PriceTexts = {};
  for (const p of [d.price, d.extraPrice]) classify(out, p?.priceTitle ?? '', p?.priceText);
  const sku = skuId ? d.skus?.[skuId] : undefined;
  if (sku) {
    classify(out, sku.subPrice?.priceTitle ?? '', sku.subPrice?.priceText);
    classify(out, sku.price?.priceTitle ?? '', sku.price?.priceText);
  }
  if (out.regular || out.promo) return out;
  const root = doc.querySelector(cls('Price--root'));
  for (const block of Array.from(root?.children ?? [])) {
    const title = textOf(block.querySelector('[class*="Title"]'));
    classify(out, title, textOf(block.querySelector(cls('Price--priceText'))) || undefined);
  }
  if (!out.regular && !out.promo) classify(out, '', firstText(doc, ['#J_StrPrice em', '.tm-price']));
  return out;
}

export interface Scores {
  rating?: string;
  serviceScore?: string;
  shippingScore?: string;
}

const SCORE_TITLES: [keyof Scores, RegExp][] = [
  ['rating', /宝贝描述|描述相符/],
  ['serviceScore', /卖家服务|服务态度/],
  ['shippingScore', /物流服务/],
];

export function scoresOf(d: ItemData, doc: Document): Scores {
  let list = (d.evaluates ?? d.labelList)?.map((s) => ({ title: s.title, score: String(s.score) }));
  if (!list?.length) {
    list = Array.from(doc.querySelectorAll(cls('ShopHeaderNew--scoreItem'))).map((item) => ({
      title: textOf(item.querySelector(cls('ShopHeaderNew--scoreTitle'))),
      score: textOf(item.querySelector(cls('ShopHeaderNew--scoreValue'))),
    }));
  }
  const out: Scores = {};
  for (const { title, score } of list) {
    const name = SCORE_TITLES.find(([, re]) => re.test(title))?.[0];
    if (name && out[name] === undefined) out[name] = collapseSpace(score);
  }
  return out;
}

const OUT_TEXT = /无货|已下架|已售罄|卖光|缺货|暂不销售|下架/;
const IN_TEXT = /有货|现货/;

export function stockOf(
  d: ItemData,
  doc: Document,
  skuId: string | null,
): { stockState: 'inStock' | 'outOfStock' | 'unknown'; availability?: string } {
  const sku = (skuId ? d.skus?.[skuId] : undefined) ?? d.skus?.['0'];
  const banner = firstText(doc, [cls('Warning--title'), '#J_DetailMeta .sold-out-info', '.sold-out-info']);
  const tip = sku?.quantityText || firstText(doc, [cls('Quantity--quantityTip')]);
  const buy = d.buttons?.find((b) => b.type === 'buy');
  const quantities = Object.values(d.skus ?? {}).map((s) => Number(s.quantity));
  const offline =
    d.isOffline === true ||
    Number(d.itemStatus) < 0 ||
    (quantities.length > 0 && quantities.every((q) => q === 0)) ||
    OUT_TEXT.test(`${banner ?? ''} ${tip ?? ''}`) ||
    (buy?.disabled === true && OUT_TEXT.test(buy.title ?? ''));
  const availability = banner || tip || (buy?.disabled ? buy.title : undefined);
  if (offline) return { stockState: 'outOfStock', ...(availability ? { availability } : {}) };
  const inStock = IN_TEXT.test(tip ?? '') || quantities.some((q) => q > 0);
  return { stockState: inStock ? 'inStock' : 'unknown', ...(availability ? { availability } : {}) };
}
