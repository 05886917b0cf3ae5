import { type NumberContext, type Parsed, parseNumber } from '../../parse';
import { firstText, textOf } from '../dom';

// The featured offer's price and nothing else (issue 18). Real pages of 2023-2026 (PAGE-FACTS.md) leave the
// `.priceToPay .a-offscreen` empty and print the price only in whole/fraction spans, and put plain, unstruck
// `.a-price` spans beside it for unit prices (`($0.52 / Count)`, `26,21 € por 2`). Older layouts (2017-2021)
// print it in `#priceblock_ourprice`/`_dealprice`/`_saleprice`; Kindle books in `#kindle-price`; book pages
// in the "Buy new" row's `.offer-price`.

const BLOCKS = [
  '#corePriceDisplay_desktop_feature_div',
  '#corePrice_feature_div',
  '#corePrice_desktop',
  '#apex_desktop',
];
const TO_PAY = '.priceToPay, .apex-pricetopay-value, .apexPriceToPay';
const SINGLE = [
  '#price_inside_buybox',
  '#newBuyBoxPrice',
  '#priceblock_ourprice',
  '#priceblock_dealprice',
  '#priceblock_saleprice',
  '#kindle-price',
  '#buyNewSection .offer-price',
  '#newOfferAccordionRow .offer-price',
];
// Prices that are never the featured offer's: used and other sellers' offers, Subscribe & Save, coupons,
// delivery fees, struck-through list prices, unit prices, variation ranges.
const NOT_FEATURED = [
  '#usedBuySection',
  '#usedAccordionRow',
  '[id^="usedAccordionRow"]',
  '#snsAccordionRowMiddle',
  '[id^="snsAccordionRow"]',
  '#sns-base-price',
  '#snsPrice',
  '#mbc',
  '#olp_feature_div',
  '#aod-container',
  '#promoPriceBlockMessage_feature_div',
  '#mir-layout-DELIVERY_BLOCK',
  '[data-a-strike="true"]',
  '.pricePerUnit',
  '[data-a-size="mini"]',
  '.a-price-range',
].join(', ');
// What sits right after a unit price (`/ Count)`, `/100 ml`, `por 2`, `pro kg`, `/ unidad`, `/個)`) or right
// before it (the opening parenthesis of `($0.52 / Count)`, `(¥12/個)`).
const UNIT_AFTER = /^\s*(?:\/|por\s|pro\s|per\s|par\s|je\s|the\s|al\s)/i;
const UNIT_BEFORE = /[(（]\s*$/;

const LIST_PRICE = [
  '#corePriceDisplay_desktop_feature_div [data-a-strike="true"] .a-offscreen',
  '#corePrice_feature_div [data-a-strike="true"] .a-offscreen',
  '#corePrice_desktop [data-a-strike="true"] .a-offscreen',
  '#apex_desktop [data-a-strike="true"] .a-offscreen',
  '#listPrice',
  '.priceBlockStrikePriceString',
];

/** Up to 24 characters of text beside `el` inside `stop`, after it or before it. */
function beside(el: Element, stop: Element, after: boolean): string {
  let out = '';
  for (let node: Element | null = el; node && node !== stop && out.length < 24; node = node.parentElement) {
    for (let s = after ? node.nextSibling : node.previousSibling; s && out.length < 24; ) {
      const t = s.nodeType === 1 ? textOf(s) : (s.nodeValue ?? '');
      out = after ? `${out}${t}` : `${t}${out}`;
      s = after ? s.nextSibling : s.previousSibling;
    }
  }
  return out;
}

/** `$` `35` `.` `99` from the spans the page draws the price with. */
function fromParts(price: Element, num: NumberContext): string | undefined {
  const whole = price.querySelector('.a-price-whole');
  if (!whole) return undefined;
  const digits = textOf(whole, (el) => el.classList.contains('a-price-decimal')).replace(/[.,]$/, '');
  const fraction = textOf(price.querySelector('.a-price-fraction'));
  const mark = textOf(whole.querySelector('.a-price-decimal')) || num.decimal || '.';
  const symbol = textOf(price.querySelector('.a-price-symbol'));
  return digits ? `${symbol}${digits}${fraction ? `${mark}${fraction}` : ''}` : undefined;
}

function readCandidate(price: Element, block: Element, num: NumberContext): Parsed | undefined {
  if (price.closest(NOT_FEATURED)) return undefined;
  if (UNIT_AFTER.test(beside(price, block, true)) || UNIT_BEFORE.test(beside(price, block, false)))
    return undefined;
  const text = textOf(price.querySelector('.a-offscreen')) || fromParts(price, num);
  const p = parseNumber(text, 'money', num);
  return p.ok && p.value > 0 ? p : undefined;
}

/** The featured offer's price, or undefined when the page shows none we can be sure of. */
export function featuredPrice(doc: Document, num: NumberContext): Parsed | undefined {
  for (const sel of BLOCKS) {
    const block = doc.querySelector(sel);
    if (!block) continue;
    const marked = Array.from(block.querySelectorAll(TO_PAY)).filter((el) => el.matches('.a-price'));
    const plain = Array.from(block.querySelectorAll('.a-price')).filter((el) => !marked.includes(el));
    for (const price of [...marked, ...plain]) {
      const p = readCandidate(price, block, num);
      if (p) return p;
    }
  }
  for (const sel of SINGLE) {
    const el = doc.querySelector(sel);
    if (!el || el.closest(NOT_FEATURED)) continue;
    const p = parseNumber(textOf(el), 'money', num);
    if (p.ok && p.value > 0) return p;
  }
  return undefined;
}

/** The struck-through list price (`List:`, `Was:` prefixes dropped). */
export function listPrice(doc: Document, num: NumberContext): Parsed {
  return parseNumber(firstText(doc, LIST_PRICE)?.replace(/^[^\d$£€¥￥]*/, ''), 'money', num);
}
