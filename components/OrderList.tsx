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
            aria-label={spokenName(order)}
            onClick={() => onSelect(order.orderId)}
          >
            <span class="order-id" data-testid="order-id">
              {order.orderId}
            </span>
            {order.orderDate && <span class="order-date">{order.orderDate}</span>}
            {order.total && <span class="order-total">{order.total.text}</span>}
            {order.shop && <span class="order-shop">{order.shop}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Order ID: …, Order date: …, Total: …, Shop: …", leaving out the fields the order lacks; `shop` stands in for the
 * order's shop (the recent orders show the marketplace when there is none), `tail` items follow as they are.
 */
export function spokenName(order: ExtractedOrder, options: { shop?: string; tail?: string[] } = {}): string {
  const fields: [string, string | undefined][] = [
    [t('fieldOrderId'), order.orderId],
    [t('fieldOrderDate'), order.orderDate],
    [t('fieldTotal'), order.total?.text],
    [t('fieldShop'), 'shop' in options ? options.shop : order.shop],
  ];
  return [
    ...fields
      .filter((field): field is [string, string] => Boolean(field[1]))
      .map(([label, value]) => t('srFieldValue', [label, value])),
    ...(options.tail ?? []),
  ].reduce((list, item) => t('srListNext', [list, item]));
}
