import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type DetailedExtraction, extractWithSite, NOTHING } from '../extract/extract-with-site';
import type { PageExtraction } from '../extract/types';
import { createBurst, createRescanScheduler, DEFAULT_RESCAN_POLICY, type Timers } from '../page-watch';
import { parseContentInbound } from '../protocol/content-inbox';
import type { OrdersFoundMessage } from '../protocol/messages';
import type { SiteModule } from '../sites/types';
import { copyFromPage } from './copy-to-clipboard';
import { nearestOrderId } from './nearest-order';

/**
 * The body of every orders content script: extract with this site's module, report to the background, and
 * re-extract on DOM changes (debounced, capped), SPA navigation and the panel's "rescan". Everything is tied to
 * `ctx`, so it all stops when the extension is reloaded or updated.
 */
/** Long enough for a same-document navigation to commit its URL and first render. */
const NAVIGATION_SETTLE_MS = 150;
/** Reads after navigations that come at once; beyond them, one per NAVIGATION_REFILL_MS. */
const NAVIGATION_BURST = 3;
const NAVIGATION_REFILL_MS = 2000;

export function runOrderReporter(ctx: ContentScriptContext, site: SiteModule): void {
  // Not ctx.setTimeout: WXT keeps an invalidation listener for each of its timers until the context ends, so a page
  // that mutates all the time (carousels, countdowns) piled up one per DOM change. Checked when it fires (that also
  // notices an extension reloaded meanwhile); cancelled with their owners on invalidation.
  const timers: Timers = {
    setTimeout: (fn, ms) => window.setTimeout(() => ctx.isValid && fn(), ms),
    clearTimeout: (id) => window.clearTimeout(id),
    now: Date.now,
  };
  let reported = false;
  const scheduler = createRescanScheduler<DetailedExtraction | null>(
    () => {
      // Null: the page is not this script's to report (another content script of the site reads it).
      const value = extractWithSite(site, document, new URL(location.href));
      // Only the orders decide whether to report again; the diagnostics follow them (left out as undefined).
      return { fingerprint: JSON.stringify(value && { ...value, diagnostics: undefined }), value };
    },
    (value) => {
      // A page that is not this script's: silent, unless this script has reported in this document (an SPA move
      // onto another script's page): then "nothing here", so the panel does not keep its orders (again on each
      // rescan, in case that report was lost).
      if (!value && !reported) return;
      reported = true;
      const { diagnostics = [], ...extraction }: Partial<DetailedExtraction> & PageExtraction = value ?? NOTHING;
      const message: OrdersFoundMessage = { type: 'orders/found', url: location.href, extraction, diagnostics };
      // The background may be restarting; a lost report is repaired by the next change or rescan.
      browser.runtime.sendMessage(message).catch(() => {});
    },
    timers,
  );

  const observer = new MutationObserver((records) => {
    // Not <head> alone: ad and metrics loaders add scripts there all the time (a read every 2 s), while the orders a
    // page shows change in its body (a body swapped in is a change of <html>).
    if (records.every((r) => document.head?.contains(r.target))) return;
    if (!scheduler.onChange()) observer.disconnect();
  });
  // Reads the page now, with a fresh budget, and listens again if the budget had run out. The whole document, text
  // included: React rewrites a changed text in its node (nodeValue), and Turbo-style routers swap in a new <body>.
  const rescan = () => {
    scheduler.runNow(true);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  };
  rescan();

  // SPA navigation: Amazon's order pages and Taobao's list change the URL without a reload. WXT signals it from
  // the Navigation API's `navigate` event, before the new URL is committed, so extract a moment later: once after
  // the last of navigations in quick succession (a page stepping through its URLs), not once for each; but at the
  // latest as long after the first as DOM changes are (a page rewriting its URL without pause would put it off for good).
  const navigations = createBurst(timers, NAVIGATION_SETTLE_MS, DEFAULT_RESCAN_POLICY.maxWaitMs);
  // Each of those reads reports (a new URL is a new tab record) with a fresh budget: a few in a row come at once
  // (list → detail → back), more wait their turn, one per NAVIGATION_REFILL_MS; else a page moving to a new URL every
  // 200 ms would send five reports a second without end.
  let tokens = NAVIGATION_BURST;
  let refilledAt = timers.now();
  let waiting: number | null = null;
  const rescanAfterNavigation = () => {
    const now = timers.now();
    tokens = Math.min(NAVIGATION_BURST, tokens + (now - refilledAt) / NAVIGATION_REFILL_MS);
    refilledAt = now;
    if (tokens < 1) {
      waiting ??= timers.setTimeout(
        () => {
          waiting = null;
          rescanAfterNavigation();
        },
        (1 - tokens) * NAVIGATION_REFILL_MS,
      );
      return;
    }
    tokens -= 1;
    rescan();
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => navigations.poke(rescanAfterNavigation));

  // Back or Forward to this page from the back/forward cache: the document (and this script) lived on, but the
  // background forgot the tab's orders when it left. Report at once rather than when the background next asks;
  // unless the extension was reloaded meanwhile (this script is then an orphan, whose messages throw).
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted && ctx.isValid) rescan();
  });

  // The element the user last right-clicked, to copy that order's details from the context menu.
  let contextTarget: Node | null = null;
  ctx.addEventListener(document, 'contextmenu', (event) => (contextTarget = event.target as Node | null), {
    capture: true,
    passive: true,
  });

  // Answers through sendResponse, not a returned promise: these scripts get the browser's own API rather than
  // webextension-polyfill (wxt.config.ts), and Chrome's ignores a promise returned by a listener.
  const onMessage = (
    raw: unknown,
    sender: { id?: string; tab?: { id?: number } },
    sendResponse: (answer: boolean) => void,
  ) => {
    const message = parseContentInbound(raw, sender, browser.runtime.id);
    if (message?.type === 'content/rescan') {
      rescan();
      // The answer tells the background a content script lives in this document (see `TabProbe`).
      sendResponse(true);
    }
    if (message?.type === 'content/copy-summary') {
      const id = nearestOrderId(
        contextTarget,
        message.summaries.map((s) => s.orderId),
      );
      const summary = message.summaries.find((s) => s.orderId === id);
      if (summary) {
        copyFromPage(summary.text).then(sendResponse);
        // Keeps the channel open for the answer (whether the copy succeeded), which comes after the copy.
        return true;
      }
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    observer.disconnect();
    scheduler.cancel();
    navigations.cancel();
    if (waiting !== null) timers.clearTimeout(waiting);
    // Gone with the extension when it was reloaded or removed (nothing to remove then: its listeners went with it).
    browser.runtime?.onMessage.removeListener(onMessage);
  });
}
