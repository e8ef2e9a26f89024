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
/** Cut to `max` characters with "…", never between the two halves of a surrogate pair (emoji). */
export function clipText(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}
const clip = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((s) => clipText(s, max)),
  );
/** Cut before the items are checked, so what lies beyond the cap can neither fail the report nor cost time. */
const capped = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(
    v.array(v.unknown()),
    v.transform((list) => list.slice(0, max)),
    v.array(item),
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
/** A real calendar day: `v.isoDate` alone accepts 2024-02-31. */
const isRealDate = (s: string): boolean => v.is(IsoDate, s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

const MoneySchema = v.strictObject({
  amount: v.pipe(v.number(), v.finite()),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  text: clip(L.moneyText),
});

const ItemSchema = v.strictObject({
  title: clip(L.itemTitle),
  // Any value: messages travel as JSON, so a NaN sent becomes null; whatever is not a count is left out.
  quantity: v.optional(
    v.pipe(
      v.unknown(),
      v.transform((n) =>
        Number.isInteger(n) && (n as number) >= 0 && (n as number) <= L.quantity ? (n as number) : undefined,
      ),
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
  orderDate: orDropped(isRealDate),
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
