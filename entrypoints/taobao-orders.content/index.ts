import { runOrderReporter } from '@/lib/content/run-order-reporter';
import { taobaoSite } from '@/lib/sites/taobao';

/** Taobao/Tmall order list, order detail and logistics pages: extract the orders and report them. */
export default defineContentScript({
  // Set at build time from the same table (wxt.config.ts, CONTENT_SCRIPT_MATCHES), so it stays out of this script.
  matches: [],
  runAt: 'document_idle',
  // No window.postMessage announcing the script: it would hand our extension ID to any script of the page listening
  // to messages. (WXT's document event remains; hearing it needs that ID beforehand.)
  noScriptStartedPostMessage: true,
  main(ctx) {
    runOrderReporter(ctx, taobaoSite);
  },
});
