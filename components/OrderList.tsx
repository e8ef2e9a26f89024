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
 * Each row is one button (it selects the order), and a button's content is read as its name: each value is preceded
 * by its label, visually hidden, so a screen reader says "Order ID: 112-…, Order date: 2024-04-20, …" instead of one
 * run of numbers. The hidden labels sit beside the visible values, not inside them (the values' text stays exactly the
 * order's), and are out of the row's grid flow, so the row looks as it did.
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
            onClick={() => onSelect(order.orderId)}
          >
            <FieldLabel label={t('fieldOrderId')} first />
            <span class="order-id" data-testid="order-id">
              {order.orderId}
            </span>
            {order.orderDate && (
              <>
                <FieldLabel label={t('fieldOrderDate')} />
                <span class="order-date">{order.orderDate}</span>
              </>
            )}
            {order.total && (
              <>
                <FieldLabel label={t('fieldTotal')} />
                <span class="order-total">{order.total.text}</span>
              </>
            )}
            {order.shop && (
              <>
                <FieldLabel label={t('fieldShop')} />
                <span class="order-shop">{order.shop}</span>
              </>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** `Order date:` for screen readers only, after a separator unless it is the row's first field. */
function FieldLabel({ label, first = false }: { label: string; first?: boolean }) {
  return (
    <span class="visually-hidden">
      {first ? '' : `${t('srListSeparator')} `}
      {t('srFieldLabel', label)}{' '}
    </span>
  );
}
