import type { ExtractedOrder, PageKind } from '../../extract/types';
import type { SiteExtraction, SiteMatch } from '../types';
import { type AmazonPageContext, firstMatch, note } from './context';
import { amazonMarketplaceForHost } from './marketplaces';
import { readHelpPage, readInvoice } from './read-invoice';
import { readOrderDetail } from './read-order-detail';
import { readOrderList } from './read-order-list';
import { readTrackingPage } from './read-tracking-page';
import { DETAIL_ROOT, ORDER_CARD } from './selectors';

function contextFor(url: URL, site: SiteMatch): AmazonPageContext {
  const marketplace = amazonMarketplaceForHost(site.marketplace) ?? amazonMarketplaceForHost(url.hostname);
  return {
    url,
    marketplace,
    currency: marketplace?.currency ?? 'USD',
    language: marketplace?.language ?? 'en-US',
    diagnostics: [],
  };
}

function ordersFor(ctx: AmazonPageContext, doc: Document, pageKind: PageKind): ExtractedOrder[] {
  switch (pageKind) {
    case 'order-list':
      return readOrderList(ctx, doc);
    case 'order-detail': {
      // Digital orders opened from the list can land on a search-result list with one card
      // (seen 2024-10): read the card when the page has no detail layout.
      if (!firstMatch(doc, DETAIL_ROOT) && firstMatch(doc, ORDER_CARD)) {
        note(ctx, undefined, 'detailLayout', 'order-card');
        return readOrderList(ctx, doc);
      }
      const order = readOrderDetail(ctx, doc);
      return order ? [order] : [];
    }
    case 'invoice': {
      const order = readInvoice(ctx, doc);
      return order ? [order] : [];
    }
    case 'tracking': {
      const order = readTrackingPage(ctx, doc);
      return order ? [order] : [];
    }
    case 'help': {
      const order = readHelpPage(ctx);
      return order ? [order] : [];
    }
    default:
      return [];
  }
}

/** Everything an Amazon page says about orders. Never throws: a failure is an empty, diagnosed result. */
export function extractAmazonPage(doc: Document, url: URL, site: SiteMatch, pageKind: PageKind): SiteExtraction {
  const ctx = contextFor(url, site);
  try {
    return { orders: ordersFor(ctx, doc, pageKind), diagnostics: ctx.diagnostics };
  } catch {
    note(ctx, undefined, 'page', null);
    return { orders: [], diagnostics: ctx.diagnostics };
  }
}
