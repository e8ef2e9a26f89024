import { mergeSeen } from '@/lib/extract/merge-seen';
import { type OrderContext, orderIdentity } from './order-context';

/**
 * Which page a tab report is from: the tab and its URL without the fragment (a list that renders more rows, or whose
 * "Load more" link sets `#`, is still the same page; a new query, such as the next page of a list, is not).
 */
export function pageOf(tabId: number | null, url: string | undefined): string {
  return `${tabId ?? ''}\u0000${(url ?? '').replace(/#.*/s, '')}`;
}

/**
 * Which order the panel works on once the tab reports its orders. `samePage`: the report is from the page (tab and
 * URL, see pageOf) of the last report that had orders; `pickedHere`: the order the user last picked on this page.
 *
 * - Back on a page (another one shown in between) where the user picked an order: that order, while the page still
 *   lists it (or it is a recent or hand-entered one), even when the order the panel followed in between is listed too.
 * - An order of the page the user picked stays selected while the page still lists it, as this page shows it over
 *   what the page it was picked on showed: picked on a list, then its detail page opened, the card gains the tracking
 *   ID the list lacked (and back on the list, keeps it).
 * - A page without orders (a chat or help page) keeps the current order: that is where the user needs it.
 * - An order picked from the recent or hand-entered orders stays selected while the tab shows the page it showed when
 *   it was picked: a rescan (also one that found more rows, as a list rendered by script does), or back from the chat
 *   tab. Once the user goes to another order page (another tab, or the page navigated), the panel follows that page,
 *   as it does when a page order is selected: the card must not keep showing another shop's order under this page's
 *   list.
 */
export function followPage(
  selected: OrderContext | null,
  pageOrders: readonly OrderContext[],
  samePage: boolean,
  pickedHere?: OrderContext,
): OrderContext | null {
  if (pageOrders.length === 0) return selected;
  // Back on a page where the user picked an order (its tab shown again, or Back to it): that order, as if the panel had
  // never left the page, also when the page left showed another order of this one (a list's row opened in another
  // tab). The same order carried back keeps what the page left showed (below); a pick no longer listed gives way.
  const here = selected && pickedHere && orderIdentity(pickedHere) === orderIdentity(selected) ? selected : pickedHere;
  if (here && (here.source !== 'page' || pageOrders.some((o) => orderIdentity(o) === orderIdentity(here)))) {
    return followPage(here, pageOrders, true);
  }
  const listed =
    selected?.source === 'page' ? pageOrders.find((o) => orderIdentity(o) === orderIdentity(selected)) : undefined;
  if (selected && listed)
    return listed === selected ? selected : { ...listed, order: mergeSeen(selected.order, listed.order) };
  if (selected && selected.source !== 'page' && samePage) return selected;
  return pageOrders[0]!;
}
