import type { Case, NotesStore } from '@/lib/notes';
import { recentOrderKey } from '@/lib/notes';
import { manualCaseToOrder } from '../manual-order';
import type { OrderContext } from '../order-context';

/**
 * The case of the order the panel works on, if there is one. A manual order's case is stored without a
 * marketplace, so the compound [platform+marketplace+orderId] index does not hold it: look among the manual cases
 * (`manualCaseToOrder` uses the case ID when the user typed no order number).
 */
export async function findCaseFor(store: NotesStore, ctx: OrderContext): Promise<Case | undefined> {
  const { orderId } = ctx.order;
  if (ctx.source === 'manual' || ctx.platform === 'other') {
    const manual = await store.listCases({ platform: 'other' });
    return (
      manual.find((c) => c.id === orderId) ??
      manual.find((c) => isManualCaseOf(c, ctx.order.shop ?? '', orderId)) ??
      manual.find((c) => c.orderId === orderId)
    );
  }
  const own = await store.findCaseForOrder(ctx.platform, ctx.marketplace ?? '', orderId);
  const other = ctx.platform === 'taobao' ? 'tmall' : ctx.platform === 'tmall' ? 'taobao' : null;
  if (own || !other) return own;
  // Taobao and Tmall share one account and one order numbering: the 已买到的宝贝 list reports a Tmall order as Taobao
  // (2025), its trade.tmall.com detail page as Tmall. Either way it is the same order, with the notes logged on the
  // other page. (Each store has one marketplace, of its own name.)
  return store.findCaseForOrder(other, other, orderId);
}

/**
 * Whether a manual case is the one entered for this shop and order number. Shops print one number in several ways
 * (JD's app spaces "3012 3456 7890", eBay dashes "12-34567-89012", a Shopify shop writes "#1042") and a name in
 * another letter case ("eBay", "ebay"): typed either way it is the same order, not a second case splitting its notes.
 */
export function isManualCaseOf(c: Case, shop: string, orderId: string): boolean {
  return sameText(c.orderId ?? '', orderId, /[\s\p{Pd}#]/gu) && sameText(c.shop ?? '', shop, /\s+/gu);
}

function sameText(a: string, b: string, ignore: RegExp): boolean {
  const key = (s: string) => s.normalize('NFKC').replace(ignore, '').toLowerCase();
  return key(a) === key(b);
}

/** The case, created on the first write for an order seen on a shop page (one transaction, no duplicates). */
export async function ensureCaseFor(store: NotesStore, ctx: OrderContext): Promise<Case> {
  const found = await findCaseFor(store, ctx);
  if (found) return found;
  if (ctx.source === 'manual' || ctx.platform === 'other') {
    // The manual case was deleted while selected: start a new one with what the panel still knows, the order's
    // typed facts included (without them the case came back with no date, total or tracking number).
    const { order } = ctx;
    const shipment = order.shipments[0];
    return store.createCase({
      platform: 'other',
      orderId: order.orderId,
      shop: order.shop,
      title: `${order.shop ?? ''} ${order.orderId}`.trim(),
      helpUrl: ctx.helpUrl,
      manual: {
        orderDate: order.orderDate,
        total: order.total?.text,
        trackingId: shipment?.trackingId,
        carrier: shipment?.carrier,
      },
    });
  }
  return store.getOrCreateCaseForOrder(ctx.order, ctx.platform, ctx.marketplace ?? '');
}

/**
 * The order to select when the user opens a case from the list or a reminder: manual cases as typed, shop cases
 * with the order data last seen on the shop page, else the facts the case kept (the page may be long gone).
 */
export async function caseOrderContext(store: NotesStore, c: Case): Promise<OrderContext> {
  if (c.platform === 'other') return manualCaseToOrder(c);
  const marketplace = c.marketplace ?? '';
  const orderId = c.orderId ?? c.id;
  const recent = await store.db.recentOrders.get(recentOrderKey(c.platform, marketplace, orderId));
  const order = recent?.order ?? {
    orderId,
    orderDate: c.manual?.orderDate,
    shop: c.shop,
    items: [],
    shipments: c.manual?.trackingId ? [{ trackingId: c.manual.trackingId, carrier: c.manual.carrier }] : [],
  };
  return { order, platform: c.platform, marketplace: marketplace || null, source: 'recent', helpUrl: c.helpUrl };
}
