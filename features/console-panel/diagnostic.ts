import { type Lang, t } from '../../lib/i18n/t';
import type { Extraction } from '../../lib/model';
import { h } from '../../lib/ui/h';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A link-style button that copies `text()` and says "Copied" for a moment. */
export function copyButton(lang: Lang, label: string, text: () => string): HTMLButtonElement {
  const btn = h('button', { class: 'link', attrs: { type: 'button' } }, label);
  btn.addEventListener('click', async () => {
    if (await copyText(text())) {
      btn.textContent = t(lang, 'copied');
      setTimeout(() => {
        btn.textContent = label;
      }, 1500);
    }
  });
  return btn;
}

/** What a user can send us when a page is not read: headers and adapter, no row data. */
export function diagnostic(ex: Extraction): string {
  return JSON.stringify(
    {
      adapter: ex.adapter,
      version: browserVersion(),
      status: ex.status,
      missing: ex.missing,
      headers: ex.seen ?? [],
      url: `${location.origin}${location.pathname}`,
    },
    null,
    2,
  );
}

function browserVersion(): string {
  try {
    return (
      (
        globalThis as { chrome?: { runtime?: { getManifest?: () => { version: string } } } }
      ).chrome?.runtime?.getManifest?.().version ?? ''
    );
  } catch {
    return '';
  }
}
