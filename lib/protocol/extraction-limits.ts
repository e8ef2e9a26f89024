/**
 * The caps on what travels between Kefu's contexts, in one table for every side that checks or fits them. A plain
 * module (no validation library), so the content scripts can import it at no cost.
 */
/** Longest order ID (Amazon 19, Fresh UUIDs 36, Taobao 21 characters, with room to spare). */
export const MAX_ORDER_ID_CHARS = 64;

export const EXTRACTION_LIMITS = {
  orders: 500,
  orderId: MAX_ORDER_ID_CHARS,
  items: 200,
  itemTitle: 500,
  quantity: 100_000,
  shipments: 50,
  trackingId: 64,
  carrier: 100,
  shop: 200,
  status: 200,
  moneyText: 64,
  url: 2048,
  marketplace: 64,
} as const;

/**
 * Context menu "Copy order details": background → content script. Separate constants, not an object, so the
 * content scripts' bundler inlines them as numbers.
 */
export const MAX_COPY_SUMMARIES = 500;
export const MAX_COPY_SUMMARY_CHARS = 5000;
