import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { guardMatchPatterns } from './lib/guard/match-patterns';
import { AMAZON_ORDER_PATHS, AMAZON_TRACKING_PATHS, amazonMatchPatterns } from './lib/sites/amazon/marketplaces';
import { TAOBAO_ORDER_MATCH_PATTERNS } from './lib/sites/taobao/hosts';
import { minifyContentScripts } from './scripts/minify-content-scripts';

/**
 * Each content script's match patterns, by entrypoint name. Set here, at build time, rather than in the entrypoints'
 * `defineContentScript`: there they would also be bundled into the scripts themselves, where they are dead weight
 * (123 B gzipped of the Amazon orders script's 15 KB budget, 2026-11).
 */
const CONTENT_SCRIPT_MATCHES: Record<string, string[]> = {
  'amazon-orders': amazonMatchPatterns(AMAZON_ORDER_PATHS),
  'amazon-tracking': amazonMatchPatterns(AMAZON_TRACKING_PATHS),
  'taobao-orders': [...TAOBAO_ORDER_MATCH_PATTERNS],
  guard: guardMatchPatterns(),
};

/** The content scripts built on `runOrderReporter`: the one browser API they touch is its messaging. */
const ORDER_SCRIPTS = new Set(['amazon-orders', 'amazon-tracking', 'taobao-orders']);

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entrypoint of entrypoints) {
        if (entrypoint.type !== 'content-script') continue;
        const matches = CONTENT_SCRIPT_MATCHES[entrypoint.name];
        if (!matches?.length) throw new Error(`content script ${entrypoint.name}: no match patterns in wxt.config.ts`);
        entrypoint.options.matches = matches;
      }
    },
    // The orders scripts get the browser's own API instead of webextension-polyfill (2,804 B of the Amazon orders
    // script's 15 KB gzip budget, 2026-11): all they use is runtime.id, runtime.sendMessage (promise-based in Chrome's
    // MV3 API and Firefox's) and runtime.onMessage, whose listener answers through sendResponse, which both browsers
    // honour. The other entrypoints keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => ORDER_SCRIPTS.has(entrypoint.name))) return;
      config.resolve ??= {};
      config.resolve.alias = { ...config.resolve.alias, 'wxt/browser': '@wxt-dev/browser' };
    },
    'build:done': (wxt, output) =>
      minifyContentScripts(
        wxt.config.outDir,
        output.steps.flatMap((step) => step.chunks.map((chunk) => chunk.fileName)),
      ),
  },
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
