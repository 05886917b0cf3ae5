import { normalizeText, type Period, parsePeriod } from '../../parse';
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

// 生意参谋 and 千牛 say in their page config whether the store is a Tmall one; the header tags say it too.
export function storeOf(doc: Document): 'tmall' | 'taobao' | undefined {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const m = /["']?isTmall["']?\s*:\s*(true|false)\b/.exec(script.textContent ?? '');
    if (m) return m[1] === 'true' ? 'tmall' : 'taobao';
  }
  for (const tag of Array.from(doc.querySelectorAll('[class*="shop-type"]'))) {
    const t = `${textOf(tag)} ${tag.getAttribute('title') ?? ''}`;
    if (/天猫/.test(t)) return 'tmall';
    if (/淘宝/.test(t)) return 'taobao';
  }
  return undefined;
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
