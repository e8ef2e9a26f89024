import { type OrderContext, orderKey } from './order-context';

/** The orders a tab shows, as one comparable string (their order on the page does not matter). */
export function pageKeys(pageOrders: readonly OrderContext[]): string {
  return pageOrders.map(orderKey).sort().join('\n');
}

/**
 * Which order the panel works on once the tab reports its orders. `lastPageKeys` is `pageKeys` of the last tab
 * report that had orders (null before the first).
 *
 * - An order of the page the user picked stays selected while the page still lists it.
 * - A page without orders (a chat or help page) keeps the current order: that is where the user needs it.
 * - An order picked from the recent or hand-entered orders stays selected while the tab shows the orders it showed
 *   when it was picked (a rescan, or back from the chat tab). Once the user goes to another order page (another tab,
 *   or the page navigated), the panel follows that page, as it does when a page order is selected: the card must not
 *   keep showing another shop's order under this page's list.
 */
export function followPage(
  selected: OrderContext | null,
  pageOrders: readonly OrderContext[],
  lastPageKeys: string | null,
): OrderContext | null {
  if (pageOrders.length === 0) return selected;
  if (selected?.source === 'page' && pageOrders.some((o) => orderKey(o) === orderKey(selected))) return selected;
  if (selected && selected.source !== 'page' && pageKeys(pageOrders) === lastPageKeys) return selected;
  return pageOrders[0]!;
}
