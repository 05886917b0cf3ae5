import { defineConfig } from 'wxt';
import { PAGE_MODULES } from './lib/page-modules';
import { CONSOLE_MAIN_ORIGINS, PRODUCT_CARD_ORIGINS } from './lib/sites/matches';

// Permissions are pinned by tests/unit/manifest.test.ts: widening them must be a visible change.
// Content scripts declare their own `matches` (lib/sites/matches.ts); no host permission is requested at
// install. Team sync (issue 17) asks, by the operator's click on Connect, for the one CouchDB server they
// name (permissions.request with that scheme and host): the optional patterns below are what it may ask from.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: team sync's round each minute while connected (an MV3 worker forgets its timers).
    permissions: ['storage', 'alarms'],
    // Alerts as browser notifications are opt-in (issue 15): asked for by the operator's click in settings.
    optional_permissions: ['notifications'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Code the content scripts import when a page needs it (issue 16, lib/page-modules.ts): loadable only from
    // the pages that use it, and in Chrome under an address that changes every session (use_dynamic_url), so
    // that a page cannot tell from a fixed address that OpsLens is installed.
    web_accessible_resources: [
      { resources: [PAGE_MODULES.consoleMain.file.slice(1)], matches: CONSOLE_MAIN_ORIGINS },
      { resources: [PAGE_MODULES.productCard.file.slice(1)], matches: PRODUCT_CARD_ORIGINS },
    ].map((r) => (browser === 'firefox' ? r : { ...r, use_dynamic_url: true })),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'opslens@opslens.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
