import { normalizeText, type Period, parsePeriod } from '../../parse';
import { combine, type Finding, type Signal } from '../context/finding';
import { periodFinding, pickerPeriodSignals, textPeriodSignals, urlPeriodSignals } from '../context/period';
import { inlineScripts } from '../context/scan';
import { textOf } from '../dom';

// What Alibaba pages show besides data: captcha dialogs, login forms, spinners, the store type.
// Adapters run on a parsed document without styles, so "shown" is judged from the markup alone.

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
// State classes of the UI kits these consoles use (antd `ant-popover-hidden`, Fusion `next-overlay-hidden`);
// not utility classes such as `overflow-hidden`.
const HIDDEN_CLASS = /^(?:hidden|(?:ant|next|mx)-[a-z-]+-hidden)$/;

/** False when the element or an ancestor is hidden by attribute, inline style or a UI kit's hidden state. */
export function shown(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || HIDDEN_STYLE.test(e.getAttribute('style') ?? '')) return false;
    if (Array.from(e.classList).some((c) => HIDDEN_CLASS.test(c))) return false;
  }
  return el !== null;
}

const anyShown = (root: ParentNode, selectors: string) =>
  Array.from(root.querySelectorAll(selectors)).some(shown);

// Baxia (阿里 anti-bot) leaves its dialog in the DOM once solved, hidden (tests/fixtures/tmall/item/tmall-item.html):
// only a visible one is a captcha.
export const captchaShown = (doc: Document) =>
  anyShown(doc, '.baxia-dialog, iframe[src*="_____tmd_____/punish"], #nocaptcha, .nc-container') ||
  /验证码拦截|security verification/i.test(doc.title);

export const signInShown = (doc: Document) =>
  anyShown(doc, 'input[type="password"], #login-form, iframe[src*="login.taobao.com"]');

export const spinning = (root: ParentNode) =>
  anyShown(
    root,
    '.ant-spin-spinning, .next-loading-tip, .next-loading-indicator, .mx-loading, .loading-mask',
  );

type Store = 'tmall' | 'taobao';

const STORE_TAGS =
  '[class*="shop-type"], [class*="shopType"], [class*="store-type"], [class*="shop-tag"], [class*="shopTag"], [class*="shop-badge"]';
const STORE_WORD = /^(?:(天猫|tmall)|(淘宝|taobao))(?:店|店铺|商家|卖家|旗舰店)?$/i;

const storeOfWord = (text: string): Store | undefined => {
  const m = STORE_WORD.exec(normalizeText(text));
  return m ? (m[1] ? 'tmall' : 'taobao') : undefined;
};

/**
 * Whether the back office serves a Tmall or a Taobao store: 生意参谋 and 千牛 say so in their page config
 * (`isTmall`), the header's store tag says it in its text or title (`天猫`, `淘宝店铺`).
 */
export function aliStoreFinding(doc: Document): Finding<Store> {
  const signals: Signal<Store>[] = [];
  for (const text of inlineScripts(doc)) {
    const m = /["']?isTmall["']?\s*[:=]\s*(true|false|1|0)\b/.exec(text);
    if (m)
      signals.push({ via: 'config isTmall', value: m[1] === 'true' || m[1] === '1' ? 'tmall' : 'taobao' });
  }
  for (const tag of Array.from(doc.querySelectorAll(STORE_TAGS))) {
    const store = storeOfWord(textOf(tag)) ?? storeOfWord(tag.getAttribute('title') ?? '');
    if (store) signals.push({ via: 'store tag', value: store });
  }
  return combine(signals, String, ['tmall', 'taobao']);
}

/**
 * The store type as the adapters have read it so far: the page config first, then the store tag (a page whose
 * config and tag disagree is a conflict in `aliStoreFinding`; this keeps the config's word).
 */
export function storeOf(doc: Document): Store | undefined {
  const f = aliStoreFinding(doc);
  if (f.status === 'found') return f.value;
  return f.status === 'conflict' ? f.values[0]?.value : undefined;
}

export const MARKETPLACE = { tmall: 'tmall.com', taobao: 'taobao.com' } as const;

/** Hash-routed consoles (直通车, 万相台) keep their page in `#!/path?query`. */
export function hashRoute(url: URL): { path: string; params: URLSearchParams } {
  const m = /^#!?(\/[^?]*)(?:\?(.*))?$/.exec(url.hash);
  return { path: m?.[1] ?? '', params: new URLSearchParams(m?.[2] ?? '') };
}

/** The calendar date in China (UTC+8) at an instant: what 最近7天 counts back from. */
export const chinaDate = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

/** The first date range printed in one of the elements, else the one in the address. */
export function shownPeriod(
  doc: Document,
  selectors: string,
  capturedAt: string,
  fromUrl?: [string | null, string | null],
): Period | undefined {
  const today = chinaDate(capturedAt);
  for (const el of Array.from(doc.querySelectorAll(selectors))) {
    const p = parsePeriod(textOf(el), today);
    if (p) return p;
  }
  const [from, to] = fromUrl ?? [null, null];
  return from && to ? parsePeriod(`${normalizeText(from)}~${normalizeText(to)}`, today) : undefined;
}

/**
 * The reporting period of an Alibaba back-office page from every signal: `dateRange=a|b` (生意参谋), `start/end`
 * in the hash route (直通车), `startTime/endTime` (万相台), the date picker's inputs and the printed range,
 * `统计日期 2026-10-01~2026-10-31` (relative `最近7天` too when `capturedAt` is given: counted in China's time).
 */
export function aliPeriodFinding(doc: Document, url: URL, capturedAt?: string): Finding<Period> {
  const today = capturedAt ? chinaDate(capturedAt) : undefined;
  return periodFinding([
    ...urlPeriodSignals(url),
    ...pickerPeriodSignals(doc),
    ...textPeriodSignals(doc, undefined, today),
  ]);
}
