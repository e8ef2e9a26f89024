/**
 * CSS selectors for Amazon order pages, as ordered fallback lists: the first entry that matches wins
 * and is reported (the selector itself) in the extraction diagnostics, so a layout change shows up as a different
 * strategy or a miss instead of silently wrong data. Each entry names the page variant and when it was
 * seen (dates are when the saved page was captured; amazon.com unless stated).
 */

/** A CSS selector; the one that matched is what `ExtractionDiagnostic.strategy` reports. */
export type SelectorStrategy = string;

// ---------------------------------------------------------------------------------------- order list
/** Container of the order cards, to scope the card query (cheaper than scanning the whole page). */
export const ORDER_LIST_CONTAINER: readonly SelectorStrategy[] = [
  '.your-orders-content-container', // list pages 2010–2025 archives, seen 2024-11, 2025-07
  '#ordersContainer', // classic list / digital search results, seen 2024-10
  '#yourOrdersContent', // classic list wrapper, seen 2024-10
];

/** One element per order. Nested matches are collapsed to the outermost. */
export const ORDER_CARD: readonly SelectorStrategy[] = [
  '.order-card', // 2023+ wrapper around both card layouts, seen 2024-11, 2025-07
  '.js-order-card', // classic card box `a-box-group order js-order-card`, 2018–2024
  '#ordersContainer .order, .a-box-group.order', // pre-2018 list (and legacy digital list)
  '#orderCard', // Amazon Business list, 2025–2026: every card has this id (ids repeat on that page)
  // Mobile web list (/your-orders/orders on a phone, 2025–2026): one tile per item, its link to `/your-orders/pop?orderId=…`
  // the only place the number is; no total on it, and its date only in that link's aria-label. Tiles of one order are
  // merged by the list reader.
  '.past-purchase-tile',
];

/** Header box of a card: order date, total, recipient, order number. */
export const CARD_HEADER: readonly SelectorStrategy[] = [
  '.order-header', // 2024+ card, seen 2024-11, 2025-07
  '.order-info', // classic card 2010–2024
  '#orderCardHeader', // Amazon Business card, 2025–2026
];

/** The element that shows the order number on a card. */
export const CARD_ORDER_ID: readonly SelectorStrategy[] = [
  '.yohtmlc-order-id', // every card layout 2010–2025
  '.actions bdi, .order-header bdi', // classic card: number in a <bdi>
];

/**
 * The order total on a card: the value span, else the whole cell (label + value). Two entries, not one
 * selector list: Chromium matches a selector list on a slow path, 8× the cost of one class selector (2026-11).
 */
export const CARD_TOTAL: readonly SelectorStrategy[] = [
  '.yohtmlc-order-total .value', // classic card 2010–2024
  '.yohtmlc-order-total', // classic card without the value span
];

/** "View order details" link on a card. */
export const CARD_DETAILS_LINK: readonly SelectorStrategy[] = [
  'a.yohtmlc-order-details-link', // classic card 2010–2024 (also Whole Foods, digital)
  '.yohtmlc-order-level-connections a[href*="order-details"]', // 2024+ card
  // Any layout; an Amazon Store (physical shop) purchase links to its receipt (2024).
  'a[href*="/order-details"], a[href*="order-summary.html"], a[href*="/go/receipts/"]',
];

// -------------------------------------------------------------------------------------- order detail
/** Root of an order-detail page, to scope every other query. */
export const DETAIL_ROOT: readonly SelectorStrategy[] = [
  '#orderDetails', // classic and data-component layouts 2018–2024
  '[data-component="orderCard"]', // data-component layout 2024
  // Digital summary. Two entries, not one list: an id alone is looked up, a list is matched against every element.
  '#digitalOrderSummaryContainer',
  '#orderDetailsContainer',
];

/**
 * "Ordered on …" and "Order# …" items at the top of the detail page. The data-component entry names the block;
 * its `<span>`s are the items (queried inside it: `[data-component=…] span` over the whole page matched every span
 * against its ancestors and cost more than a walk over the page's text).
 */
export const DETAIL_DATE_AND_NUMBER: readonly SelectorStrategy[] = [
  '.order-date-invoice-item', // 2018–2024 (both layouts), seen 2024-11
  '[data-component="orderDateInvoice"]', // data-component 2024
  // data-component 2026 (.it): date and number each in a block of its own (orderDate, orderId) beside their labels.
  '[data-component="briefOrderInfoInvoice"]',
];

/** The data-component blocks that hold only the order's number (2026, .it): the number needs no label there. */
export const DETAIL_ORDER_NUMBER_BLOCK = '[data-component="orderId"]';

/** Block with the subtotal rows and the grand total. */
export const DETAIL_SUBTOTALS: readonly SelectorStrategy[] = [
  '#od-subtotals', // classic detail 2018–2024
  '[data-component="orderSubtotals"]', // data-component layout 2024
  '[data-component="chargeSummary"]', // data-component layout 2024
  // Amazon Fresh / grocery delivery detail (`/uff/your-account/order-details`, 2025–2026): a dt/dd list, its total row
  // in bold (PDP-Connect/pdpp's ufpo fixture; a grocery scraper reads `#order-summary .ufpo-charge-breakdown > .a-row`).
  '.ufpo-charge-breakdown',
];

/** Detail page's cancelled-order banner (data-component layout, 2024). */
export const DETAIL_CANCELLED: readonly SelectorStrategy[] = ['[data-component="cancelled"]'];

// ------------------------------------------------------------------- shipments and items (any page)
/** One element per shipment (package) within a card or detail page. */
export const SHIPMENT_BOX: readonly SelectorStrategy[] = [
  '.delivery-box', // 2024+ list card, seen 2024-11, 2025-07
  '.shipment', // classic list card and detail 2010–2024
  '[data-component="shipments"] .a-box', // data-component detail 2024: one box per package
  '#orderCardDeliveryBox', // Amazon Business card, 2025–2026
];

/** Shipment status line inside a shipment box ("Delivered Dec 8", "Arriving tomorrow", "Cancelled"). */
export const SHIPMENT_STATUS: readonly SelectorStrategy[] = [
  '.delivery-box__primary-text', // 2024+ list card
  '.yohtmlc-shipment-status-primaryText', // 2024+ list card
  '.od-status-message', // data-component detail 2024
  '.shipment-top-row .a-text-bold', // classic list/detail 2020–2024
  '.js-shipment-info-container .a-text-bold', // classic
  '#orderCardDeliveryBox .a-text-bold', // Amazon Business card, 2025–2026 (the box's first bold line)
  '.past-purchase-tile__asin-information-secondary-text-container', // mobile web list tile, 2025–2026
  // Whole Foods in-store purchase and Fresh delivery details (ufpo, 2024–2026): "Purchased at Whole Foods Market", "Delivered today"
  '#ufpo-order-status-primary',
];

/** "Track package" links inside a shipment box (or a card / detail page when there is no box). */
export const TRACK_PACKAGE_LINK: readonly SelectorStrategy[] = [
  // classic 2020–2024; not "Cancel items" (`/progress-tracker/package/preship/cancel-items`, beside Track package 2024–2026)
  'a[href*="/progress-tracker/package"]:not([href*="/preship"])',
  'a[href*="/ship-track"]', // 2024+ list and data-component detail
  '.track-package-button a', // classic button wrapper
];

/** One element per purchased item; `title` and `url` are read from it. */
/** Classic list/detail item cell, 2010–2024: the whole item ("2 of: …" in its text). */
export const ITEM_CELL = '.yohtmlc-item';
/** Data-component detail 2024: an item's title element. */
export const ITEM_TITLE_COMPONENT = '[data-component="itemTitle"]';
/** Any layout: bare product links (each names its ASIN), and Prime Video titles' (digital orders, 2025). */
export const PRODUCT_LINK = 'a[href*="/dp/"], a[href*="/gp/product/"], a[href*="/gp/video/detail/"]';
export const ITEM: readonly SelectorStrategy[] = [
  // 2024+ list card: an item row's title, and a grid or carousel card's title (a shipment of several items, 2026);
  // one entry, as one card can show both (first-match-wins would drop the other).
  '.yohtmlc-product-title, .yo-enhanced-title',
  // Classic cells before the attribute selector: a class is found by Chromium's fast path, an attribute is matched
  // against every element of each card (no page has both, 2010–2026).
  ITEM_CELL,
  ITEM_TITLE_COMPONENT, // data-component detail 2024
  '#f3_food_ItemList .a-span10 > .a-size-small', // Whole Foods in-store purchase: linked or not (produce), 2024–2025
  PRODUCT_LINK,
  '.item-card__primary-text', // mobile web list tile, 2025–2026 (its only link opens "View your item", not the product)
];

/**
 * Recommendation widgets that sit inside order pages ("Buy it again", "Customers who bought this also bought"):
 * their product links are not items of the order. p13n carousels on detail pages (seen 2019 on .co.uk), the
 * "recently viewed" footer (rhf, 2018–2025). Not the order's own carousel of a shipment's items (2026 list card).
 */
/**
 * The page's own navigation, banner and footer: Amazon's global navbar and footer (#navbar, #navFooter, 2010–2026,
 * kept by every order-page redesign so far) and ARIA landmarks, none of which an order card holds. The footer links
 * products ("Amazon Secured Card", "Shop with Points"), which are never an order's items.
 */
export const PAGE_LANDMARKS = '#navbar, #navFooter, nav, [role=navigation], [role=banner], [role=contentinfo]';

export const RECOMMENDATION_WIDGET = `[class*="p13n"], [cel_widget_id*="p13n"], .a-carousel-container:not(.yo-enhanced-item-carousel), [data-a-carousel-options]:not(.yo-enhanced-item-carousel), #rhf, .rhf-frame, ${PAGE_LANDMARKS}`;

/** Quantity badge next to an item's image (shown only when more than one was bought). */
export const ITEM_QUANTITY: readonly SelectorStrategy[] = [
  '.product-image__qty', // 2024+ list card
  '.od-item-view-qty', // data-component detail 2024
  '.item-view-qty', // classic 2010–2024
];

/**
 * Fresh delivery detail (ufpo, 2025–2026): no badge, but a quantity column ("1" too) beside the title, in each item's
 * grid row (`<asin>-item-grid-row`); asked only in such a row, where no other cell has these classes.
 */
export const GRID_ROW_QUANTITY = '.a-span1.a-text-center';

/**
 * The data-component detail's quantity slot beside the price (2024, .de): empty for one, its text ("Qty: 3")
 * otherwise. Asked only for that layout's items: an attribute selector is matched against every element of a row.
 */
export const ITEM_QUANTITY_SLOT = '[data-component="quantity"]';

/** The row that holds one item's image, quantity badge and title (a grid or carousel card, 2026). */
export const ITEM_ROW =
  '.item-box, .a-fixed-left-grid, .yo-enhanced-flex-card, .yo-enhanced-card, .past-purchase-tile, [id$="-item-grid-row"]';

// ---------------------------------------------------------------------------------------- tracking
export const TRACKING_ID: readonly SelectorStrategy[] = [
  '.pt-delivery-card-trackingId', // progress tracker 2019–2025 (incl. .de "Trackingnummer")
  '.carrierRelatedInfo-trackingId-text', // progress tracker 2017–2020
  // The tracker's "See all updates" popover (#tracking-events-container, 2019–2026): the only place the number is
  // drawn while the delivery card is not (public tracker scrapers fall back to it, "Tracking ID: TBA…" in its h4).
  '.tracking-event-trackingId-text',
];

export const TRACKING_CARRIER: readonly SelectorStrategy[] = [
  '.carrierRelatedInfo-mfn-providerTitle', // "Shipped with UPS", 2017–2025
  '#carrierRelatedInfo-container h1, #carrierRelatedInfo-container h3',
  '.tracking-event-carrier-header', // the same popover's heading ("Delivery by Amazon"), 2019–2026
];

export const TRACKING_STATUS: readonly SelectorStrategy[] = [
  '.pt-promise-main-slot', // progress tracker 2021–2025 ("Arriving tomorrow")
  '#primaryStatus', // progress tracker 2017–2021
  '.pt-status-main-status',
  '.milestone-primaryMessage',
];

/** Root of the tracking card (scope for label reading). */
export const TRACKING_ROOT: readonly SelectorStrategy[] = [
  '#carrierRelatedInfo-container', // 2017–2025
  '#a-page main, #a-page',
];
