import { AMAZON_GUARD_PATHS } from '@/lib/guard/match-patterns';
import { startPrivacyGuard } from '@/lib/guard/privacy-guard';
import {
  DEFAULT_GUARD_SETTINGS,
  GUARD_SETTINGS_KEY,
  isGuardEnabled,
  parseGuardSettings,
  readGuardSettings,
} from '@/lib/guard/settings';
import { t, uiLang } from '@/lib/i18n';
import { onAmazonPath } from '@/lib/sites/amazon/marketplaces';

/**
 * Privacy guard on customer-service chats, contact forms and refund/complaint forms (Amazon, Taobao/Tmall):
 * warns when the user types or pastes what no real agent needs (card numbers, passwords, codes), offers to redact.
 * Reads only the fields the user types in; sends nothing, stores nothing. All frames: 旺旺's composer lives in
 * the `chat-core` iframe.
 */
export default defineContentScript({
  // Set at build time from the same table (wxt.config.ts, CONTENT_SCRIPT_MATCHES), so it stays out of this script.
  matches: [],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const hostname = location.hostname;
    // The `/-/*` patterns match more than a language prefix (their `*` spans slashes and the query): on Amazon, act
    // only on a guard path itself, never on e.g. a product page whose query names one.
    if (/(^|\.)amazon\./.test(hostname) && !onAmazonPath(new URL(location.href), AMAZON_GUARD_PATHS)) return;
    let settings = await readGuardSettings(browser.storage.local);
    if (ctx.isInvalid) return;

    const guard = startPrivacyGuard({
      document,
      signal: ctx.signal,
      translate: (key, substitutions) => t(key, substitutions),
      lang: uiLang(),
      isEnabled: (kind) => isGuardEnabled(settings, hostname, kind),
      defer: (task) => {
        ctx.requestAnimationFrame(() => task());
      },
      later: (task, ms) => {
        ctx.setTimeout(task, ms);
      },
    });

    const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
      if (areaName !== 'local' || !(GUARD_SETTINGS_KEY in changes)) return;
      settings = parseGuardSettings(changes[GUARD_SETTINGS_KEY]?.newValue) ?? { ...DEFAULT_GUARD_SETTINGS };
      guard.refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  },
});
