import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege. `storage`: per-tab orders (session) and guard settings. `alarms` + `notifications`: case
    // follow-up reminders. `contextMenus`: "Copy order details" on order pages. No host permissions: the content
    // scripts' own match patterns are all the page access Kefu needs; no `tabs` (tab ids suffice).
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus'],
    // MV2 (Firefox) calls the toolbar button `browser_action`; WXT does not translate `action` for it.
    ...(browser === 'firefox'
      ? { browser_action: { default_title: '__MSG_actionTitle__' } }
      : { action: { default_title: '__MSG_actionTitle__' } }),
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+K' },
              description: '__MSG_commandOpenPanel__',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+K' },
              description: '__MSG_commandOpenPanel__',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kefu@kefu-assistant.org',
              // 142: the first version that reads data_collection_permissions on desktop and Android.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
