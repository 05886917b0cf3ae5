import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ConsolePage } from './console-page';
import { consolePanel } from './console-panel';
import { featuresOffItem, runFeatures } from './feature';
import { rowBadges } from './row-badges';
import '../lib/i18n/with-page';
import { startWatcher } from '../entrypoints/console.content/watcher';
import type { Lang } from '../lib/i18n/lang';

/** The console page's reader, panel and badges, started on a page that shows a table to read. */
export async function startConsole(ctx: ContentScriptContext, lang: Lang): Promise<void> {
  const page = new ConsolePage(lang);
  // Reading starts at once; each feature shows the current reading when it is ready and follows the next ones.
  startWatcher(ctx, page);
  await runFeatures(ctx, [consolePanel, rowBadges], page, await featuresOffItem.getValue());
}
