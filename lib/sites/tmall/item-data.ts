import * as z from 'zod/mini';

// Since 2025 Tmall and Taobao item pages are server-rendered from `window.__ICE_APP_CONTEXT__`, inlined as a
// JSON literal (PAGE-FACTS.md). We read that literal from the script text (no page script runs), then take
// only the paths we use, each validated on its own: the page controls this JSON, so every value is
// untrusted and one odd branch must not spoil the others.

const MAX_JSON = 4_000_000;
const Text = z.string().check(z.maxLength(2000));
const Scalar = z.union([z.string().check(z.maxLength(64)), z.number()]);
const Price = z.object({ priceText: z.optional(Text), priceTitle: z.optional(Text) });
const Score = z.object({ title: Text, score: Scalar });
const Sku = z.object({
  price: z.optional(Price),
  subPrice: z.optional(Price),
  quantity: z.optional(Scalar),
  quantityText: z.optional(Text),
});
const Button = z.object({
  type: z.optional(Text),
  title: z.optional(Text),
  disabled: z.optional(z.boolean()),
});

const PATHS = {
  itemId: [['item', 'itemId'], Scalar],
  title: [['componentsVO', 'titleVO', 'title', 'title'], Text],
  itemTitle: [['item', 'title'], Text],
  salesDesc: [['componentsVO', 'titleVO', 'salesDesc'], Text],
  vagueSellCount: [['item', 'vagueSellCount'], Text],
  price: [['componentsVO', 'priceVO', 'price'], Price],
  extraPrice: [['componentsVO', 'priceVO', 'extraPrice'], Price],
  rateCount: [['componentsVO', 'rateVO', 'rateCount'], Scalar],
  shopName: [['seller', 'shopName'], Text],
  storeShopName: [['componentsVO', 'storeCardVO', 'shopName'], Text],
  sellerType: [['seller', 'sellerType'], Text],
  evaluates: [['seller', 'evaluates'], z.array(Score)],
  labelList: [['componentsVO', 'storeCardVO', 'labelList'], z.array(Score)],
  skus: [['skuCore', 'sku2info'], z.record(z.string().check(z.regex(/^\d{1,20}$/)), Sku)],
  itemStatus: [['skuCore', 'skuItem', 'itemStatus'], Scalar],
  isOffline: [['item', 'isOffline'], z.boolean()],
  buttons: [['componentsVO', 'footerVO', 'buttons'], z.array(Button)],
} as const;

type Paths = typeof PATHS;
export type ItemData = { -readonly [K in keyof Paths]?: z.infer<Paths[K][1]> };

/** The JSON object literal that starts at `from` (braces inside strings ignored), or undefined. */
function objectAt(src: string, from: number): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = from; i < src.length && i - from < MAX_JSON; i++) {
    const c = src[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return src.slice(from, i + 1);
  }
  return undefined;
}

function contextJson(doc: Document): unknown {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const src = script.textContent ?? '';
    const m = /__ICE_APP_CONTEXT__\s*=\s*\{/.exec(src);
    if (!m) continue;
    const literal = objectAt(src, m.index + m[0].length - 1);
    if (!literal) return undefined;
    try {
      return JSON.parse(literal);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function at(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** The item data the page was rendered from: `loaderData.home.data.res`, or undefined (captcha, old layout). */
export function itemData(doc: Document): ItemData | undefined {
  const res = at(contextJson(doc), ['loaderData', 'home', 'data', 'res']);
  if (res === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const [name, [path, schema]] of Object.entries(PATHS)) {
    const parsed = (schema as z.ZodMiniType).safeParse(at(res, path));
    if (parsed.success && parsed.data !== undefined) out[name] = parsed.data;
  }
  return out as ItemData;
}
