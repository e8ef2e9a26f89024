/**
 * The caps the background puts on a content script's report. Kept apart from the schema (which needs the
 * validation library) so the content scripts can fit their reports to them without bundling it.
 */
export const EXTRACTION_LIMITS = {
  orders: 500,
  orderId: 64,
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
