import type { ExtractedOrder } from '@/lib/extract/types';
import { t } from '@/lib/i18n';

interface Props {
  orders: ExtractedOrder[];
  selectedId: string | null;
  onSelect: (orderId: string) => void;
}

/** The orders found on the current tab. Page text is rendered as text by Preact, never as HTML. */
export function OrderList({ orders, selectedId, onSelect }: Props) {
  return (
    <ul class="order-list" aria-label={t('ordersOnPage')} data-testid="order-list">
      {orders.map((order) => (
        <li key={order.orderId}>
          <button
            type="button"
            class={order.orderId === selectedId ? 'order-row selected' : 'order-row'}
            aria-pressed={order.orderId === selectedId}
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
