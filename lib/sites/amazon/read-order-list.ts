import type { ExtractedOrder } from '../../extract/types';
import { cardsByOrderNumberLabel } from './cards-by-label';
import { type AmazonPageContext, allMatches, type Found, firstMatch, note } from './context';
import { readOrderCard } from './read-order-card';
import { ORDER_CARD, ORDER_LIST_CONTAINER } from './selectors';
import { visibleText } from './visible-text';

/**
 * The orders of an order-list page, one per order card. The card query is scoped to the list container
 * when there is one; a layout none of the card selectors knows is read around its "Order #" labels. A list rendered
 * by Amazon's JS after load (a skeleton with zero cards) yields zero orders and a null `orders` diagnostic, unless
 * the page itself says it has no orders ("0 orders").
 */
export function readOrderList(ctx: AmazonPageContext, doc: Document | Element): ExtractedOrder[] {
  const container = firstMatch(doc, ORDER_LIST_CONTAINER);
  const scope = container?.value ?? doc;
  let cards: Found<Element[]> | null =
    allMatches(scope, ORDER_CARD) ?? (container ? allMatches(doc, ORDER_CARD) : null);
  // No card: the page is read around its "Order #" labels (a walk over all its text), unless it says it has no orders
  // ("0 orders"); finding none there is a miss.
  const count = cards ? null : doc.querySelector('.num-orders');
  const zero = count && /^\D*0\D*$/.test(visibleText(count)) ? 'num-orders-zero' : null;
  const byLabel = cards || zero ? [] : cardsByOrderNumberLabel(doc);
  if (byLabel.length) cards = { value: byLabel, strategy: 'order-number-label' };
  if (!cards) {
    note(ctx, undefined, 'orders', zero);
    return [];
  }
  const verdict = ctx.diagnostics.length;
  note(ctx, undefined, 'orders', cards.strategy);
  const orders: ExtractedOrder[] = [];
  const byId = new Map<string, ExtractedOrder>();
  for (const card of cards.value) {
    try {
      const order = readOrderCard(ctx, card);
      if (!order) continue;
      const seen = byId.get(order.orderId);
      if (seen) {
        // The same order twice (e.g. a "recent" strip above the list): keep one, fill its gaps.
        seen.orderDate ??= order.orderDate;
        seen.total ??= order.total;
        // A mobile list shows one tile per item: each tile adds its item to the order.
        for (const item of order.items)
          if (!seen.items.some((i) => i.title === item.title && i.quantity === item.quantity)) seen.items.push(item);
        if (!seen.shipments.length) seen.shipments = order.shipments;
        continue;
      }
      byId.set(order.orderId, order);
      orders.push(order);
    } catch {
      // One broken card must not lose the others; the miss is visible in the diagnostics.
      note(ctx, undefined, 'orderCard', null);
    }
  }
  // Labels, but no order at them (a help text's "order number" on a list not rendered yet): still the miss it is.
  if (byLabel.length && !orders.length) ctx.diagnostics[verdict] = { field: 'orders', strategy: null };
  return orders;
}
