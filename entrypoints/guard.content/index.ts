import { guardFrameContext, knownIdentifiersInContext } from '@/lib/guard/frame-context';
import { AMAZON_GUARD_PATHS } from '@/lib/guard/match-patterns';
import { startPrivacyGuard } from '@/lib/guard/privacy-guard';
import {
  DEFAULT_GUARD_SETTINGS,
  GUARD_SETTINGS_KEY,
  isGuardEnabled,
  parseGuardSettings,
  readGuardSettings,
} from '@/lib/guard/settings';
import { guardPlatformForHost } from '@/lib/guard/strings';
import { t, uiLocale } from '@/lib/i18n';
import { onAmazonPath } from '@/lib/sites/amazon/marketplaces';

/**
 * Privacy guard on customer-service chats, contact forms and refund/complaint forms (Amazon, Taobao/Tmall):
 * warns when the user types or pastes what no real agent needs (card numbers, passwords, codes), offers to redact.
 * Reads only the fields the user types in; sends nothing, stores nothing. All frames: 旺旺's composer lives in
 * the `chat-core` iframe. About:blank and about:srcdoc frames too, where the parent is a guarded page: rich-text
 * composers put their editable body in one.
 */
export default defineContentScript({
  // Set at build time from the same table (wxt.config.ts, CONTENT_SCRIPT_MATCHES), so it stays out of this script.
  matches: [],
  allFrames: true,
  // The narrowest option that reaches an editor's about:blank / about:srcdoc frame: injected only where the parent
  // (climbing nested about: frames) matches the patterns above, in Chrome and Firefox alike. Not
  // `matchOriginAsFallback` (Chrome MV3 only): it matches by origin alone, so Chrome refuses it with any pattern
  // whose path is not `/*` — and every guard pattern has a path (a guard is never on a whole site).
  matchAboutBlank: true,
  runAt: 'document_idle',
  // No window.postMessage announcing the script: it would hand our extension ID to any script of the page listening
  // to messages. (WXT's document event remains; hearing it needs that ID beforehand.)
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // In an about: frame, the page that holds it: its URL and settings host are the ones that count.
    const frame = guardFrameContext(window);
    if (!frame) return;
    const { url } = frame;
    const hostname = url.hostname;
    // The `/-/*` patterns match more than a language prefix (their `*` spans slashes and the query): on Amazon, act
    // only on a guard path itself, never on e.g. a product page whose query names one.
    if (/(^|\.)amazon\./.test(hostname) && !onAmazonPath(url, AMAZON_GUARD_PATHS)) return;
    let settings = await readGuardSettings(browser.storage.local);
    if (ctx.isInvalid) return;

    const guard = startPrivacyGuard({
      document,
      signal: ctx.signal,
      translate: (key, substitutions) => t(key, substitutions),
      lang: uiLocale(),
      platform: guardPlatformForHost(hostname),
      isEnabled: (kind) => isGuardEnabled(settings, hostname, kind),
      // Not ctx.requestAnimationFrame / ctx.setTimeout: WXT keeps an invalidation listener for each until the context
      // ends, one per keystroke and per watch tick (a chat open all day). The guard ignores its tasks once
      // `ctx.signal` aborts; checking the context here also notices an extension reloaded meanwhile.
      defer: (task) => {
        requestAnimationFrame(() => ctx.isValid && task());
      },
      later: (task, ms) => {
        setTimeout(() => ctx.isValid && task(), ms);
      },
      isLive: () => ctx.isValid,
      // An editor frame shows no order numbers itself; the page around it does.
      knownIdentifiers: () => knownIdentifiersInContext(frame),
    });

    const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
      if (areaName !== 'local' || !(GUARD_SETTINGS_KEY in changes)) return;
      settings = parseGuardSettings(changes[GUARD_SETTINGS_KEY]?.newValue) ?? { ...DEFAULT_GUARD_SETTINGS };
      guard.refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    // `browser.storage` is gone once the extension was reloaded or removed (and the listener with it).
    ctx.onInvalidated(() => browser.storage?.onChanged.removeListener(onChanged));
  },
});
