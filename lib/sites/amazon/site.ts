import type { SiteModule } from '../types';
import { type AmazonReaders, extractAmazonPage } from './extract';
import { amazonMarketplaceForHost } from './marketplaces';
import { amazonPageKind } from './page-kind';

/**
 * Amazon (every storefront in `marketplaces.ts`) as a site module that reads the page kinds of `readers`. A page
 * whose path names a kind another content script reads (a tracker, for the orders script) is not this module's:
 * `match` gives null and the script stays silent there, so two scripts never report one page (a match pattern's
 * `*` also spans slashes and the query, so patterns alone cannot keep them apart under a language prefix).
 */
export function amazonSiteReading(readers: AmazonReaders): SiteModule {
  return {
    match(url) {
      const m = amazonMarketplaceForHost(url.hostname);
      const kind = amazonPageKind(url, null);
      if (!m || (kind !== 'other' && !readers[kind])) return null;
      return { platform: 'amazon', marketplace: m.domain };
    },
    pageKind(url, doc) {
      return amazonPageKind(url, doc);
    },
    extract(doc, url, site, pageKind) {
      return extractAmazonPage(doc, url, site, pageKind, readers);
    },
  };
}
