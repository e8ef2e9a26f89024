/**
 * Amazon order-number shapes. See /work/shared/reference/order-ids.json:
 * `ddd-ddddddd-ddddddd`; digital orders `D01-…` (azad accepts any [A-Z0-9] first character);
 * Amazon Fresh (2025+) lower-case UUIDs 8-4-4-4-12. No check digit is known.
 *
 * These helpers only say whether a string *is shaped* like an order number. Where an ID is read from is
 * decided by the extractors (order cards, "Order #" labels, detail-page elements), never by grepping the
 * whole page: pages are full of order-shaped decoys (session ids in `ue_sid` scripts, the script
 * sentinel `000-0000000-8675309`, affiliate "Tracking ID" widgets).
 */

const CLASSIC = '[A-Z0-9]\\d{2}-\\d{7}-\\d{7}';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const EXACT = new RegExp(`^(?:${CLASSIC}|${UUID})$`);
// Not glued to other ID characters on either side (a longer number or hex string is not an order ID).
const FIND = new RegExp(`(?<![A-Za-z0-9-])(${CLASSIC}|${UUID})(?![A-Za-z0-9-])`);

/** Strings shaped like order IDs that are never real orders. */
const KNOWN_DECOYS = new Set([
  '000-0000000-8675309', // sentinel in Amazon's page scripts, on every page (seen 2018–2025)
  '000-0000000-0000000',
]);

export function isAmazonOrderId(candidate: string): boolean {
  return EXACT.test(candidate) && !KNOWN_DECOYS.has(candidate);
}

/** The first order-shaped token in `text` that is not a known decoy, or null. */
export function findAmazonOrderId(text: string): string | null {
  let rest = text;
  for (let guard = 0; guard < 20; guard++) {
    const m = FIND.exec(rest);
    if (!m || m[1] === undefined) return null;
    if (!KNOWN_DECOYS.has(m[1])) return m[1];
    rest = rest.slice(m.index + m[1].length);
  }
  return null;
}

/** `orderID` / `orderId` / `orderid` query parameter of a URL or href, when it is order-shaped. */
export function orderIdFromHref(href: string | null | undefined, base?: string): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, base ?? 'https://www.amazon.com/');
  } catch {
    return null;
  }
  for (const key of ['orderID', 'orderId', 'orderid', 'order_id', 'oid']) {
    const value = url.searchParams.get(key);
    if (value && isAmazonOrderId(value.trim())) return value.trim();
  }
  return null;
}
