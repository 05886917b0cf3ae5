import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ConsolePage } from '../features/console-page';
import { consolePanel } from '../features/console-panel';
import { featuresOffItem, runFeatures } from '../features/feature';
import { rowBadges } from '../features/row-badges';
import '../lib/i18n/with-page';
import type { Lang } from '../lib/i18n/lang';
import { provide } from '../lib/page-modules';
import { startWatcher } from './console.content/watcher';

// The console page's reader, panel and badges, loaded by the console content script (console.content) once
// its first look finds a table to read: imported from the content script, so it runs in the same isolated
// world and is handed that script's `ctx` (it stops with the page like the rest).
export type ConsoleMain = (ctx: ContentScriptContext, lang: Lang) => Promise<void>;

export default defineUnlistedScript(() => {
  provide('consoleMain', async (ctx: ContentScriptContext, lang: Lang) => {
    const page = new ConsolePage(lang);
    // Reading starts at once; each feature shows the current reading when it is ready and follows the next ones.
    startWatcher(ctx, page);
    await runFeatures(ctx, [consolePanel, rowBadges], page, await featuresOffItem.getValue());
  });
});
