import { runOrderReporter } from '@/lib/content/run-order-reporter';
import { amazonSiteReading } from '@/lib/sites/amazon/site';
import { TRACKING_PAGE_READERS } from '@/lib/sites/amazon/tracking-page-readers';

/**
 * Amazon's package tracker on every marketplace: the order, tracking number, carrier and status. Its own script, so
 * the tracker's reader and labels are not loaded on every order page (and the orders script's not here).
 */
export default defineContentScript({
  // Set at build time from the same table (wxt.config.ts, CONTENT_SCRIPT_MATCHES), so it stays out of this script.
  matches: [],
  runAt: 'document_idle',
  // No window.postMessage announcing the script: it would hand our extension ID to any script of the page listening
  // to messages. (WXT's document event remains; hearing it needs that ID beforehand.)
  noScriptStartedPostMessage: true,
  main(ctx) {
    runOrderReporter(ctx, amazonSiteReading(TRACKING_PAGE_READERS, null));
  },
});
