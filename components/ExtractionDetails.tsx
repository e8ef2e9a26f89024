import type { PageKind } from '@/lib/extract/types';
import { type MessageKey, t } from '@/lib/i18n';
import type { TabOrders } from '@/lib/tab-orders';
import { CopyButton } from './CopyButton';

/**
 * The UI's name for each field the site modules report on (`note(ctx, …, 'orderId')` in lib/sites). A field not
 * listed shows under its own name, as the copied report spells it.
 */
const FIELD_NAMES: Readonly<Record<string, MessageKey>> = {
  orderId: 'fieldOrderId',
  orderDate: 'fieldOrderDate',
  total: 'fieldTotal',
  shop: 'fieldShop',
  status: 'fieldStatus',
  items: 'fieldItems',
  trackingId: 'fieldTracking',
  carrier: 'fieldCarrier',
  shipments: 'debugFieldShipments',
  detailUrl: 'debugFieldDetailUrl',
  orders: 'debugFieldOrders',
  page: 'debugFieldPage',
  detailLayout: 'debugFieldDetailLayout',
  detailRoot: 'debugFieldDetailRoot',
  orderCard: 'debugFieldOrderCard',
  embeddedOrders: 'debugFieldEmbeddedOrders',
  tmallShop: 'debugFieldTmallShop',
  url: 'debugFieldUrl',
};

const PAGE_KIND_NAMES: Readonly<Record<PageKind, MessageKey>> = {
  'order-list': 'debugKindOrderList',
  'order-detail': 'debugKindOrderDetail',
  tracking: 'debugKindTracking',
  invoice: 'debugKindInvoice',
  help: 'debugKindHelp',
  other: 'debugKindOther',
};

/** A field's or a page kind's name in the UI's language; one the catalogue does not know (a newer site module) shows
 * as named. */
const named = (names: Readonly<Record<string, MessageKey>>, name: string): string => {
  const key = Object.hasOwn(names, name) ? names[name] : undefined;
  return key ? t(key) : name;
};

/**
 * "How Kefu read this page": which strategy found each field and which fields it missed, so a layout change shows
 * up as a visible miss (and a user can attach the report to a bug) instead of silently wrong data.
 */
export function ExtractionDetails({ record }: { record: TabOrders }) {
  const diagnostics = record.diagnostics ?? [];
  const misses = diagnostics.filter((d) => d.strategy === null);
  // Keyed `field: strategy` as the copied report lists them; shown with the field's name in the UI's language.
  const strategies = new Map<string, { field: string; strategy: string; count: number }>();
  for (const d of diagnostics) {
    if (d.strategy === null) continue;
    const key = `${d.field}: ${d.strategy}`;
    const seen = strategies.get(key);
    if (seen) seen.count++;
    else strategies.set(key, { field: d.field, strategy: d.strategy, count: 1 });
  }
  const { extraction } = record;
  const report = () => {
    const url = new URL(record.url);
    // The path says which page layout it was; the query string can carry personal data, so it is left out.
    return JSON.stringify(
      {
        page: `${url.origin}${url.pathname}`,
        platform: extraction.platform,
        marketplace: extraction.marketplace,
        pageKind: extraction.pageKind,
        orders: extraction.orders.length,
        misses: misses.map((m) => m.field),
        strategies: Object.fromEntries([...strategies].map(([key, { count }]) => [key, count])),
      },
      null,
      2,
    );
  };

  return (
    <details class="fold" data-testid="extraction-details">
      <summary>{t('debugTitle')}</summary>
      <div class="card">
        <p>
          {t('debugPage', [named(PAGE_KIND_NAMES, extraction.pageKind), String(extraction.orders.length)])}
          {/* Amazon's storefront by its domain (amazon.co.jp); Taobao and Tmall by their names, not Kefu's ids. */}
          {extraction.marketplace && (
            <span class="badge">
              {extraction.platform === 'taobao' || extraction.platform === 'tmall'
                ? t(`platform_${extraction.platform}`)
                : extraction.marketplace}
            </span>
          )}
        </p>
        {misses.length === 0 ? (
          <p class="muted">{t('debugNoMisses')}</p>
        ) : (
          <>
            <p>{t('debugMisses')}</p>
            <ul data-testid="extraction-misses">
              {misses.slice(0, 50).map((m, i) => (
                <li key={`${m.orderId ?? ''}-${m.field}-${i}`}>
                  {named(FIELD_NAMES, m.field)}
                  {m.orderId && <span class="muted"> · {m.orderId}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
        {strategies.size > 0 && (
          <>
            <p>{t('debugFoundBy')}</p>
            <ul class="muted strategies" data-testid="extraction-strategies">
              {[...strategies].map(([key, { field, strategy, count }]) => (
                <li key={key}>{t('debugStrategyLine', [named(FIELD_NAMES, field), strategy, String(count)])}</li>
              ))}
            </ul>
          </>
        )}
        <CopyButton text={report} label={t('debugCopy')}>
          {t('debugCopy')}
        </CopyButton>
      </div>
    </details>
  );
}
