import { useState } from 'preact/hooks';
import { OrderList } from '@/components/OrderList';
import { useActiveTabOrders } from '@/components/use-active-tab-orders';
import { t } from '@/lib/i18n';

export function App() {
  const { record, loading } = useActiveTabOrders();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const orders = record?.extraction.orders ?? [];

  return (
    <main class="panel">
      <header class="panel-header">
        <h1>{t('extShortName')}</h1>
      </header>
      <section aria-live="polite" data-testid="tab-orders" data-state={loading ? 'loading' : 'ready'}>
        {loading ? (
          <p class="muted">{t('loading')}</p>
        ) : orders.length === 0 ? (
          <p class="muted" data-testid="no-orders">
            {t('noOrdersOnPage')}
          </p>
        ) : (
          <OrderList orders={orders} selectedId={selectedId} onSelect={setSelectedId} />
        )}
      </section>
    </main>
  );
}
