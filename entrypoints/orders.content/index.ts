import { extractPage } from '@/lib/extract';
import type { PageExtraction } from '@/lib/extract/types';
import { createRescanScheduler } from '@/lib/page-watch';
import { parseContentInbound } from '@/lib/protocol/content-inbox';
import type { OrdersFoundMessage } from '@/lib/protocol/messages';
import { amazonOrderMatchPatterns } from '@/lib/sites/amazon/marketplaces';
import { TAOBAO_ORDER_MATCH_PATTERNS } from '@/lib/sites/taobao/hosts';

/** Order, tracking and help pages of Amazon (every marketplace) and Taobao/Tmall: extract and report. */
export default defineContentScript({
  matches: [...amazonOrderMatchPatterns(), ...TAOBAO_ORDER_MATCH_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    const scheduler = createRescanScheduler<PageExtraction>(
      () => {
        const extraction = extractPage(document, location.href);
        return { fingerprint: JSON.stringify(extraction), value: extraction };
      },
      (extraction) => {
        const message: OrdersFoundMessage = { type: 'orders/found', extraction };
        // The background may be restarting; a lost report is repaired by the next change or rescan.
        browser.runtime.sendMessage(message).catch(() => {});
      },
      {
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => window.clearTimeout(id),
        now: () => Date.now(),
      },
    );

    const observer = new MutationObserver(() => {
      if (!scheduler.onChange()) observer.disconnect();
    });
    const observe = () =>
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });

    scheduler.runNow(true);
    observe();

    // SPA navigation (Amazon's order pages and Taobao's list both change URL without a reload).
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      scheduler.runNow(true);
      observe();
    });

    const onMessage = (
      raw: unknown,
      sender: Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1],
    ) => {
      if (parseContentInbound(raw, sender, browser.runtime.id)) scheduler.runNow(true);
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      observer.disconnect();
      scheduler.cancel();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
