import type { WxtBrowser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintFirst } from '../features/popup-first';
import { announceFirstPaint } from '../features/popup-first-signal';
import { readWatchedRaw } from '../lib/db/raw-watched';
import { langOf } from '../lib/i18n/lang';

// A classic script in popup.html's head, run before the page is parsed and before the popup's modules (React,
// Dexie): reads the watched list from IndexedDB at once and paints it as soon as it is read
// (features/popup-first.ts). Self-contained: it shares no chunk with the popup, so nothing it imports waits for
// the popup's 500 KB; the modules wait for it.

const rootElement = () =>
  new Promise<HTMLElement | null>((resolve) => {
    const now = document.getElementById('root');
    if (now || document.readyState !== 'loading') resolve(now);
    else document.addEventListener('DOMContentLoaded', () => resolve(document.getElementById('root')));
  });

export default defineUnlistedScript(() => {
  // The extension API as the browser gives it (chrome.* in Chrome and Firefox): no polyfill to load first.
  const ext = (globalThis as unknown as { chrome: WxtBrowser }).chrome;
  const lang = langOf(ext.i18n.getUILanguage());
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const painted = readWatchedRaw().then(async (items) => {
    const root = await rootElement();
    if (!items || !root || !paintFirst(root, items, lang)) return;
    // Over when the frame that shows the list has been drawn.
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
  announceFirstPaint(painted);
});
