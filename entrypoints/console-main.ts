import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startConsole } from '../features/console-start';
import type { Lang } from '../lib/i18n/lang';
import { provide } from '../lib/page-modules';

// The console page's reader, panel and badges, loaded by the console content script (console.content) once
// its first look finds a table to read: imported from the content script, so it runs in the same isolated
// world and is handed that script's `ctx` (it stops with the page like the rest).
export type ConsoleMain = (ctx: ContentScriptContext, lang: Lang) => Promise<void>;

export default defineUnlistedScript(() => {
  provide('consoleMain', startConsole satisfies ConsoleMain);
});
