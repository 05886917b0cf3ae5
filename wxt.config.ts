import { defineConfig } from 'wxt';

// Permissions are pinned by tests/unit/manifest.test.ts: widening them must be a visible change.
// Content scripts declare their own `matches` (lib/sites/matches.ts); no host permission is requested.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // Alerts as browser notifications are opt-in (issue 15): asked for by the operator's click in settings.
    optional_permissions: ['notifications'],
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
