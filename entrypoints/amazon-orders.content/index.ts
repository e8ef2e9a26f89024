import { runOrderReporter } from '@/lib/content/run-order-reporter';
import { ORDER_PAGE_READERS } from '@/lib/sites/amazon/order-page-readers';
import { amazonSiteReading } from '@/lib/sites/amazon/site';

/** Amazon order lists, order details, invoices and help pages on every marketplace: extract the orders and report them. */
export default defineContentScript({
  // Set at build time from the same table (wxt.config.ts, CONTENT_SCRIPT_MATCHES), so it stays out of this script.
  matches: [],
  runAt: 'document_idle',
  // No window.postMessage announcing the script: it would hand our extension ID to any script of the page listening
  // to messages. (WXT's document event remains; hearing it needs that ID beforehand.)
  noScriptStartedPostMessage: true,
  main(ctx) {
    // `/your-orders/*` is the one pattern that admits pages of no known path (Amazon adds pages there): only there is
    // a page's kind read from its markup.
    runOrderReporter(ctx, amazonSiteReading(ORDER_PAGE_READERS, /^\/your-orders\//));
  },
});
