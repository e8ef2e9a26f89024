import * as v from 'valibot';

/**
 * Shape check for a PageExtraction that arrives from a content script. The page is untrusted and a compromised
 * renderer can send anything, so every field is typed, length-capped and unknown keys are rejected.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const httpsUrl = v.pipe(text(2048), v.url(), v.startsWith('https://'));

const MoneySchema = v.strictObject({
  amount: v.pipe(v.number(), v.finite()),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  text: text(64),
});

const ItemSchema = v.strictObject({
  title: text(500),
  quantity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
  url: v.optional(httpsUrl),
});

const ShipmentSchema = v.strictObject({
  trackingId: v.optional(text(64)),
  carrier: v.optional(text(100)),
  trackingUrl: v.optional(httpsUrl),
  status: v.optional(text(200)),
});

export const OrderSchema = v.strictObject({
  orderId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  orderDate: v.optional(v.pipe(v.string(), v.isoDate())),
  total: v.optional(MoneySchema),
  items: v.pipe(v.array(ItemSchema), v.maxLength(200)),
  shop: v.optional(text(200)),
  status: v.optional(text(200)),
  shipments: v.pipe(v.array(ShipmentSchema), v.maxLength(50)),
  detailUrl: v.optional(httpsUrl),
});

export const PageExtractionSchema = v.strictObject({
  platform: v.nullable(v.picklist(['amazon', 'taobao', 'tmall'])),
  marketplace: v.nullable(text(64)),
  pageKind: v.picklist(['order-list', 'order-detail', 'tracking', 'invoice', 'help', 'other']),
  orders: v.pipe(v.array(OrderSchema), v.maxLength(500)),
});

export const DiagnosticsSchema = v.pipe(
  v.array(
    v.strictObject({
      orderId: v.optional(text(64)),
      field: text(64),
      strategy: v.nullable(text(120)),
    }),
  ),
  v.maxLength(5000),
);
