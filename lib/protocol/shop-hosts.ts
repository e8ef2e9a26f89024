import { amazonMarketplaceForHost } from '../sites/amazon/marketplaces';
import { taobaoPlatformForHost } from '../sites/taobao/hosts';

/** Hosts our content scripts are injected into; a content-script message from anywhere else is dropped. */
export function isShopUrl(url: URL): boolean {
  return amazonMarketplaceForHost(url.hostname) !== null || taobaoPlatformForHost(url.hostname) !== null;
}
