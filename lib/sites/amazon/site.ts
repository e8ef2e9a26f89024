import type { SiteModule } from '../types';
import { type AmazonReaders, extractAmazonPage } from './extract';
import { amazonMarketplaceForHost } from './marketplaces';
import { amazonPageKind, stripLanguagePrefix } from './page-kind';

/**
 * Amazon (every storefront in `marketplaces.ts`) as a site module that reads the page kinds of `readers`. A page
 * whose path names a kind another content script reads (a tracker, for the orders script) is not this module's:
 * `match` gives null and the script stays silent there, so two scripts never report one page (a match pattern's
 * `*` also spans slashes and the query, so patterns alone cannot keep them apart under a language prefix).
 * `markupKindsUnder`: where a content script may take a page's kind from its markup (see pageKind); null: nowhere;
 * left out (the CLI, tests and benches): everywhere.
 */
export function amazonSiteReading(readers: AmazonReaders, markupKindsUnder?: RegExp | null): SiteModule {
  return {
    match(url) {
      const m = amazonMarketplaceForHost(url.hostname);
      const kind = amazonPageKind(url, null);
      if (!m || (kind !== 'other' && !readers[kind])) return null;
      return { platform: 'amazon', marketplace: m.domain };
    },
    pageKind(url, doc) {
      // A content script reads the page's markup for its kind only where its patterns admit paths of no known kind
      // (a new page under /your-orders/): after an in-page move to a product page the old list's markup, even hidden,
      // is not that page's.
      const path = stripLanguagePrefix(url.pathname);
      const readsMarkup = markupKindsUnder === undefined || markupKindsUnder?.test(path) === true;
      return amazonPageKind(url, readsMarkup ? doc : null);
    },
    extract(doc, url, site, pageKind) {
      return extractAmazonPage(doc, url, site, pageKind, readers);
    },
  };
}
