import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { langOf } from '../../lib/i18n/lang';
import { loadModule } from '../../lib/page-modules';
import { REMAPS_KEY } from '../../lib/settings/remap-key';
import { CONSOLE_MATCHES } from '../../lib/sites/matches';
import { probePage } from '../../lib/sites/probe';
import { isTabMessage, type TabReply } from '../../lib/tab-messages';
import type { ConsoleMain } from '../console-main';
import './paint-isolation.css';

/** Look again at most this often while the page changes (a console renders its table after load). */
const LOOK_EVERY_MS = 500;
/**
 * And at these times after a look that found nothing, changes or not: an app that draws its table inside its
 * own shadow root changes nothing the document's MutationObserver hears (about 30 s in all, then only changes).
 */
const LOOK_AGAIN_MS = [1000, 2000, 4000, 8000, 16000];

// The first look on a console page (issue 16): this script is small, and it loads the reader, the panel and
// their text (console-main.js) only when the page shows column labels a reader knows. Pages with nothing to
// read (signed out, an unrelated table) cost only this look, again when the page changes.
export default defineContentScript({
  matches: CONSOLE_MATCHES,
  runAt: 'document_idle',
  // WXT tells an older copy of this script to stop with a document event; its extra window.postMessage would
  // also run every message listener of the page's own on every load (issue 16).
  noScriptStartedPostMessage: true,
  // console.css is inlined into each feature's shadow root. The only stylesheet in the manifest is
  // paint-isolation.css, which the browser applies before the page paints.
  cssInjectionMode: 'manifest',
  main(ctx) {
    const lang = langOf(browser.i18n.getUILanguage());
    let loading: Promise<void> | undefined;
    let taught: string[] | undefined;
    let timer: number | undefined;
    let observer: MutationObserver | undefined;
    let again: number | undefined;
    let looks = 0;

    const load = () => {
      observer?.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      if (again !== undefined) clearTimeout(again);
      loading ??= loadModule<ConsoleMain>('consoleMain').then((start) => start(ctx, lang));
      return loading;
    };
    const look = async () => {
      timer = undefined;
      if (loading || ctx.isInvalid) return;
      if (probePage(document)) return void load();
      // Labels the operator taught for renamed columns: read from storage only when the known ones are absent.
      taught ??= taughtLabels((await browser.storage.local.get(REMAPS_KEY))[REMAPS_KEY]);
      if (taught.length && probePage(document, taught)) return void load();
      const wait = LOOK_AGAIN_MS[looks];
      if (again === undefined && wait !== undefined) {
        looks++;
        again = ctx.setTimeout(() => {
          again = undefined;
          void look();
        }, wait);
      }
    };
    observer = new MutationObserver(() => {
      timer ??= ctx.setTimeout(() => void look(), LOOK_EVERY_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer?.disconnect());
    // The popup's "Read this page": the way out when the columns were renamed past what the look knows.
    const onMessage = (message: unknown, sender: { id?: string }): Promise<TabReply> | undefined => {
      if (sender.id !== browser.runtime.id || !isTabMessage(message) || ctx.isInvalid) return undefined;
      if (message.type === 'page.read') void load();
      return Promise.resolve({ state: loading ? 'reading' : 'waiting' });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    void look();
  },
});

/** The labels of the stored column recipes (lib/settings/remaps.ts), read without the storage library. */
function taughtLabels(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((r) => (typeof r?.label === 'string' && r.label ? [r.label as string] : []));
}
