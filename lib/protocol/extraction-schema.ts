import * as v from 'valibot';
import { EXTRACTION_LIMITS as L } from './extraction-limits';

/**
 * Shape check for a PageExtraction that arrives from a content script. The page is untrusted and a compromised
 * renderer can send anything, so the shape is strict: every field typed, unknown keys rejected, order IDs
 * checked. The content is fitted rather than refused: one over-long title or a `mailto:` link on a real page
 * must not make the whole report (and the panel) empty. Over-long text is cut, long lists are cut, and a value
 * the panel cannot use (non-https link, impossible date, bad money) is left out; what comes out always fits
 * the caps. Done here, not in the content scripts, so every order page does not pay for it.
 */
const clip = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((s) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`)),
  );
const capped = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(
    v.array(item),
    v.transform((list) => list.slice(0, max)),
  );
/** A string that fails `valid` is dropped (undefined); a value of another type still fails the whole report. */
const orDropped = (valid: (s: string) => boolean) =>
  v.optional(
    v.pipe(
      v.string(),
      v.transform((s): string | undefined => (valid(s) ? s : undefined)),
    ),
  );
const HttpsUrl = v.pipe(v.string(), v.maxLength(L.url), v.url(), v.startsWith('https://'));
const httpsUrl = orDropped((s) => v.is(HttpsUrl, s));

const IsoDate = v.pipe(v.string(), v.isoDate());

const MoneySchema = v.strictObject({
  amount: v.pipe(v.number(), v.finite()),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  text: clip(L.moneyText),
});

const ItemSchema = v.strictObject({
  title: clip(L.itemTitle),
  quantity: v.optional(
    v.pipe(
      v.number(),
      v.transform((n) => (Number.isInteger(n) && n >= 0 && n <= L.quantity ? n : undefined)),
    ),
  ),
  url: httpsUrl,
});

const ShipmentSchema = v.strictObject({
  // A cut tracking number is a wrong one: an over-long one is dropped, not cut.
  trackingId: orDropped((s) => s.length <= L.trackingId),
  carrier: v.optional(clip(L.carrier)),
  trackingUrl: httpsUrl,
  status: v.optional(clip(L.status)),
});

export const OrderSchema = v.strictObject({
  orderId: v.pipe(v.string(), v.minLength(1), v.maxLength(L.orderId)),
  orderDate: orDropped((s) => v.is(IsoDate, s)),
  total: v.optional(
    v.pipe(
      v.unknown(),
      v.transform((m) => {
        const money = v.safeParse(MoneySchema, m);
        return money.success ? money.output : undefined;
      }),
    ),
  ),
  items: capped(ItemSchema, L.items),
  shop: v.optional(clip(L.shop)),
  status: v.optional(clip(L.status)),
  shipments: capped(ShipmentSchema, L.shipments),
  detailUrl: httpsUrl,
});

export const PageExtractionSchema = v.strictObject({
  platform: v.nullable(v.picklist(['amazon', 'taobao', 'tmall'])),
  marketplace: v.nullable(v.pipe(v.string(), v.maxLength(L.marketplace))),
  pageKind: v.picklist(['order-list', 'order-detail', 'tracking', 'invoice', 'help', 'other']),
  orders: capped(OrderSchema, L.orders),
});

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const DiagnosticsSchema = capped(
  v.strictObject({
    orderId: v.optional(text(64)),
    field: text(64),
    strategy: v.nullable(text(120)),
  }),
  5000,
);
