import type { ExtractedOrder } from '@/lib/extract/types';
import { t } from '@/lib/i18n';

interface Props {
  orders: ExtractedOrder[];
  selectedId: string | null;
  onSelect: (orderId: string) => void;
}

/**
 * The orders found on the current tab. Page text is rendered as text by Preact, never as HTML.
 *
 * Each row is one button (it selects the order). Its content, the bare values, would be read as one run of numbers,
 * so the button is named explicitly: "Order ID: 112-…, Order date: 2024-04-20, …" ("订单号：112-…，下单时间：…" in
 * Chinese), built from the same translated labels. The name is one string, not the row's text, because a browser adds
 * spaces around the row's block-level items when it reads them ("Order ID: 112-… , Order date: …"). The visible values
 * are unchanged.
 */
export function OrderList({ orders, selectedId, onSelect }: Props) {
  return (
    <ul class="order-list" aria-label={t('ordersOnPage')} data-testid="order-list">
      {orders.map((order) => (
        <li key={order.orderId}>
          <button
            type="button"
            class={order.orderId === selectedId ? 'order-row selected' : 'order-row'}
            aria-pressed={order.orderId === selectedId}
            aria-label={spokenName(order, { details: true })}
            onClick={() => onSelect(order.orderId)}
          >
            <span class="order-id" data-testid="order-id">
              {order.orderId}
            </span>
            {order.orderDate && <span class="order-date">{order.orderDate}</span>}
            {order.total && <span class="order-total">{order.total.text}</span>}
            {order.shop && <span class="order-shop">{order.shop}</span>}
            {/* What tells a dozen rows of one shop apart: what was bought (cut to one line, whole on hover and in
                the row's name) and how far the order is. dir="auto": an Arabic or Hebrew title is cut at its end. */}
            {firstItem(order) && (
              <span class="order-item" title={firstItem(order)} dir="auto">
                {firstItem(order)}
              </span>
            )}
            {order.status && <span class="order-status">{order.status}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The first item's title, the one the row shows. */
const firstItem = (order: ExtractedOrder): string | undefined => order.items[0]?.title.trim() || undefined;

/** The row's items as said: the first one's title, and how many more there are ("Kettle and 2 more"). */
function itemsSaid(order: ExtractedOrder): string | undefined {
  const first = firstItem(order);
  const count = order.items.length;
  return first && count > 1 ? t('srItemsAndMore', [first, String(count - 1)]) : first;
}

/**
 * "Order ID: …, Order date: …, Total: …, Shop: …", leaving out the fields the order lacks; `shop` stands in for the
 * order's shop (the recent orders show the marketplace when there is none), `details` adds the first item and the
 * status (as the tab's rows show them), `tail` items follow as they are.
 */
export function spokenName(
  order: ExtractedOrder,
  options: { shop?: string; tail?: string[]; details?: boolean } = {},
): string {
  const fields: [string, string | undefined][] = [
    [t('fieldOrderId'), order.orderId],
    [t('fieldOrderDate'), order.orderDate],
    [t('fieldTotal'), order.total?.text],
    [t('fieldShop'), 'shop' in options ? options.shop : order.shop],
    ...(options.details
      ? ([
          [t('fieldItems'), itemsSaid(order)],
          [t('fieldStatus'), order.status],
        ] as [string, string | undefined][])
      : []),
  ];
  return [
    ...fields
      .filter((field): field is [string, string] => Boolean(field[1]))
      .map(([label, value]) => t('srFieldValue', [label, value])),
    ...(options.tail ?? []),
  ].reduce((list, item) => t('srListNext', [list, item]));
}
