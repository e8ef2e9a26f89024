import type { SiteModule } from '../types';
import { ORDER_PAGE_READERS } from './order-page-readers';
import { amazonSiteReading } from './site';
import { TRACKING_PAGE_READERS } from './tracking-page-readers';

export { extractAmazonPage } from './extract';
export {
  AMAZON_MARKETPLACES,
  AMAZON_ORDER_PATHS,
  AMAZON_TRACKING_PATHS,
  type AmazonMarketplace,
  amazonMarketplaceForHost,
  amazonMatchPatterns,
} from './marketplaces';
export { findAmazonOrderId, isAmazonOrderId, orderIdFromHref } from './order-id';
export { amazonPageKind } from './page-kind';
export { parseAmazonDate } from './parse-date';
export { parseAmazonMoney } from './parse-money';

/** Amazon, every page kind (the CLI, tests and benches). Each content script bundles only its own readers. */
export const amazonSite: SiteModule = amazonSiteReading({ ...ORDER_PAGE_READERS, ...TRACKING_PAGE_READERS });
