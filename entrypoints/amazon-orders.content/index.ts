import { runOrderReporter } from '@/lib/content/run-order-reporter';
import { amazonSite } from '@/lib/sites/amazon';
import { amazonOrderMatchPatterns } from '@/lib/sites/amazon/marketplaces';

/** Amazon order, tracking and help pages on every marketplace: extract the orders and report them. */
export default defineContentScript({
  matches: amazonOrderMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    runOrderReporter(ctx, amazonSite);
  },
});
