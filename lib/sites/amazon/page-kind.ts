import type { PageKind } from '../../extract/types';
import { LANGUAGE_PREFIX } from './marketplaces';

/**
 * Page kind from the URL path first (Amazon's paths are stable across storefronts, 2010–2025), then
 * from the document when the path is not one we know (e.g. a redirect target or a new path).
 */
/**
 * Path prefixes (after any language prefix). A prefix that ends in `/` also ends a path segment: `/your-orders/orders/`
 * is `/your-orders/orders` and the paths under it, not `/your-orders/ordersearch`.
 */
const PATH_KINDS: readonly [string, PageKind][] = [
  ['/your-orders/orders/', 'order-list'],
  ['/your-orders/search/', 'order-list'], // "Search all orders" results: the same cards (seen 2026)
  ['/gp/your-account/order-history', 'order-list'],
  ['/gp/css/order-history', 'order-list'],
  ['/gp/legacy/order-history', 'order-list'],
  ['/your-orders/order-details', 'order-detail'],
  ['/your-orders/pop/', 'order-detail'], // "View your item": one item of an order (2024–2026)
  ['/gp/your-account/order-details', 'order-detail'],
  ['/gp/css/order-details', 'order-detail'],
  ['/fopo/order-details', 'order-detail'], // Whole Foods in-store purchase (seen 2024–2025)
  // Amazon Fresh, linked from its list cards (2025). The page itself is not in any saved set: read by the layout's
  // selectors where they match, else by the labelled-text fallbacks, and a miss shows in the diagnostics.
  ['/uff/your-account/order-details', 'order-detail'],
  ['/gp/css/summary/edit.html', 'order-detail'], // order link of the payments/transactions page (seen 2026, .de)
  ['/gp/digital/your-account/order-summary.html', 'order-detail'],
  ['/gp/aw/ya/', 'order-detail'], // mobile web order detail `?ac=od&oid=…` (2025–2026); other `ac=` are the account hub
  ['/gp/css/summary/print.html', 'invoice'],
  // "Cancel items" and its outcome (`…/preship/cancel-items?orderID=…`, `…/cancel-summary`, 2024–2026): under the
  // tracker's path, but a form about the order, not a tracker (the tracking script stays silent there).
  ['/progress-tracker/package/preship', 'help'],
  ['/progress-tracker/package', 'tracking'],
  ['/gp/your-account/ship-track', 'tracking'],
  ['/gp/css/shiptrack/view.html', 'tracking'], // shipping e-mails' tracking link (seen 2016–2025 in parsers of them)
  ['/hz/pwo', 'help'],
  ['/gp/help/customer', 'help'],
];

/** Markers of each page kind, for unknown paths. Cheapest, most specific first. */
const DOCUMENT_KINDS: readonly [string, PageKind][] = [
  ['#orderDetails, [data-component="orderCard"]', 'order-detail'], // detail page 2018–2024
  ['.your-orders-content-container, #ordersContainer, .js-order-card', 'order-list'], // list 2010–2025
  ['#carrierRelatedInfo-container, .pt-delivery-card-trackingId', 'tracking'], // progress tracker 2017–2025
];

/** `/-/de/gp/…` (language-prefixed paths on some storefronts) → `/gp/…`. */
export function stripLanguagePrefix(path: string): string {
  return path.replace(LANGUAGE_PREFIX, '');
}

export function amazonPageKind(url: URL, doc: Document | null): PageKind {
  const path = stripLanguagePrefix(url.pathname);
  for (const [prefix, kind] of PATH_KINDS) {
    if (!`${path}/`.startsWith(prefix)) continue;
    if (prefix === '/gp/aw/ya/' && url.searchParams.get('ac') !== 'od') break;
    // The digital summary's printable form is the digital order's invoice.
    if (kind === 'order-detail' && path.includes('/order-summary.html') && url.searchParams.get('print') === '1') {
      return 'invoice';
    }
    return kind;
  }
  if (!doc) return 'other';
  try {
    for (const [selector, kind] of DOCUMENT_KINDS) {
      if (doc.querySelector(selector)) return kind;
    }
  } catch {
    // A document that cannot be queried is not an order page.
  }
  return 'other';
}
