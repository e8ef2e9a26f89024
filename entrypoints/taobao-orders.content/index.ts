import { runOrderReporter } from '@/lib/content/run-order-reporter';
import { taobaoSite } from '@/lib/sites/taobao';
import { TAOBAO_ORDER_MATCH_PATTERNS } from '@/lib/sites/taobao/hosts';

/** Taobao/Tmall order list, order detail and logistics pages: extract the orders and report them. */
export default defineContentScript({
  matches: [...TAOBAO_ORDER_MATCH_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    runOrderReporter(ctx, taobaoSite);
  },
});
