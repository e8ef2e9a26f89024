import type { SiteModule } from '../types';
import { extractTaobaoPage } from './extract';
import { taobaoPlatformForHost } from './hosts';
import { taobaoPageKind } from './page-kind';

export { extractTaobaoPage, idFromUrl } from './extract';
export { TAOBAO_ORDER_MATCH_PATTERNS, type TaobaoPlatform, taobaoPlatformForHost } from './hosts';
export { taobaoPageKind } from './page-kind';

/**
 * Taobao and Tmall share one order system (same id space, same list page), so one module serves both hosts; the
 * platform (and marketplace) is the storefront of the page's host.
 */
export const taobaoSite: SiteModule = {
  match(url) {
    const platform = taobaoPlatformForHost(url.hostname);
    return platform ? { platform, marketplace: platform } : null;
  },
  pageKind: taobaoPageKind,
  extract: extractTaobaoPage,
};
