import { firstMatch, note } from './context';
import { type AmazonReaders, one } from './extract';
import { readHelpPage, readInvoice } from './read-invoice';
import { readOrderDetail } from './read-order-detail';
import { readOrderList } from './read-order-list';
import { DETAIL_ROOT, ORDER_CARD } from './selectors';

/** The orders content script's pages: order lists, order details, invoices and help pages. */
export const ORDER_PAGE_READERS: AmazonReaders = {
  'order-list': readOrderList,
  'order-detail': (ctx, doc) => {
    // "View your item" (`/your-orders/pop?orderId=…&lineItemId=…`, linked from every list item 2024–2026): one item
    // of an order, named in its URL; its layout is not in any saved set, so only the URL's order is read.
    if (ctx.url.pathname.includes('/your-orders/pop')) return one(readHelpPage(ctx));
    // Digital orders opened from the list can land on a search-result list with one card
    // (seen 2024-10): read the card when the page has no detail layout.
    if (!firstMatch(doc, DETAIL_ROOT) && firstMatch(doc, ORDER_CARD)) {
      note(ctx, undefined, 'detailLayout', 'order-card');
      return readOrderList(ctx, doc);
    }
    return one(readOrderDetail(ctx, doc));
  },
  invoice: (ctx, doc) => one(readInvoice(ctx, doc)),
  help: (ctx) => one(readHelpPage(ctx)),
};
