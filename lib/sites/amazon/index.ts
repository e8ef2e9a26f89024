import type { SiteModule } from '../types';
import { extractAmazonPage } from './extract';
import { amazonMarketplaceForHost } from './marketplaces';
import { amazonPageKind } from './page-kind';

export { extractAmazonPage } from './extract';
export {
  AMAZON_MARKETPLACES,
  AMAZON_ORDER_PATHS,
  type AmazonMarketplace,
  amazonMarketplaceForHost,
  amazonMatchPatterns,
} from './marketplaces';
export { findAmazonOrderId, isAmazonOrderId, orderIdFromHref } from './order-id';
export { amazonPageKind } from './page-kind';
export { parseAmazonDate } from './parse-date';
export { parseAmazonMoney } from './parse-money';

/** Amazon (every storefront in `marketplaces.ts`) as a site module. */
export const amazonSite: SiteModule = {
  match(url) {
    const m = amazonMarketplaceForHost(url.hostname);
    return m ? { platform: 'amazon', marketplace: m.domain } : null;
  },
  pageKind(url, doc) {
    return amazonPageKind(url, doc);
  },
  extract(doc, url, site, pageKind) {
    return extractAmazonPage(doc, url, site, pageKind);
  },
};
