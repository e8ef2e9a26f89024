import { runOrderReporter } from '@/lib/content/run-order-reporter';
import { amazonSite } from '@/lib/sites/amazon';
import { AMAZON_ORDER_PATHS, amazonMatchPatterns } from '@/lib/sites/amazon/marketplaces';

/** Amazon order, tracking and help pages on every marketplace: extract the orders and report them. */
export default defineContentScript({
  matches: amazonMatchPatterns(AMAZON_ORDER_PATHS),
  runAt: 'document_idle',
  main(ctx) {
    runOrderReporter(ctx, amazonSite);
  },
});
