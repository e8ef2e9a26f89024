import { t } from '@/lib/i18n';
import { useLiveQuery } from '@/lib/notes/use-live-query';
import { manualCaseToOrder } from './manual-order';
import { notesStore } from './notes-store';
import { spokenName } from './OrderList';
import { type OrderContext, orderKey } from './order-context';

/** Orders seen on shop pages before, and orders entered by hand, so a user on a chat page can still pick one. */
export function RecentOrders({
  selectedKey,
  onSelect,
}: {
  selectedKey: string | null;
  onSelect: (ctx: OrderContext) => void;
}) {
  const recent = useLiveQuery(() => notesStore().recentOrders(30), [], []);
  const manual = useLiveQuery(() => notesStore().listCases({ platform: 'other', sort: 'updated' }), [], []);
  const options: OrderContext[] = [
    ...manual.map(manualCaseToOrder),
    ...recent.map((r) => ({
      order: r.order,
      platform: r.platform,
      marketplace: r.marketplace,
      source: 'recent' as const,
    })),
  ];
  if (options.length === 0) return <p class="muted">{t('noRecentOrders')}</p>;
  return (
    <ul class="order-list" aria-label={t('recentOrders')} data-testid="recent-orders">
      {options.map((ctx) => {
        const key = orderKey(ctx);
        const shop = ctx.order.shop ?? ctx.marketplace ?? '';
        const badge = ctx.source === 'manual' ? t('manualBadge') : t(`platform_${ctx.platform}`);
        return (
          <li key={key}>
            <button
              type="button"
              class={key === selectedKey ? 'order-row selected' : 'order-row'}
              aria-pressed={key === selectedKey}
              // Named field by field, as the tab's own order rows are: its bare values read as one run of numbers.
              aria-label={spokenName({ ...ctx.order, total: undefined }, { shop, tail: [badge] })}
              onClick={() => onSelect(ctx)}
            >
              <span class="order-id">{ctx.order.orderId}</span>
              <span class="order-date">{ctx.order.orderDate ?? ''}</span>
              <span class="order-shop">{shop}</span>
              <span class="badge">{badge}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
