import { t } from '@/lib/i18n';
import { sanitizeSecrets } from '@/lib/privacy';
import {
  carrierName,
  formatDate,
  formatMoney,
  formatOrderSummary,
  type Lang,
  trackingWithCarrier,
} from '@/lib/templates';
import { CopyButton } from './CopyButton';
import { knownIdentifiers, type OrderContext } from './order-context';

interface Props {
  ctx: OrderContext;
  lang: Lang;
  /** Settings: include secrets in copied text (off by default; the privacy guard masks them). */
  copyRaw: boolean;
}

/**
 * One order's facts, each with a copy button, and "copy all" as a summary. Values and summary are written in the
 * message's language (`lang`): they are copied into the message to the shop, and a copy is what the card shows.
 */
export function OrderCard({ ctx, lang, copyRaw }: Props) {
  const { order } = ctx;
  const redact = (text: string) => (copyRaw ? text : sanitizeSecrets(text, knownIdentifiers(order)).text);
  const summary = () =>
    formatOrderSummary(order, { lang, platform: ctx.platform, marketplace: ctx.marketplace, redact });

  const rows: { key: string; label: string; value: string; copy?: string }[] = [
    { key: 'orderId', label: t('fieldOrderId'), value: order.orderId },
  ];
  if (order.orderDate)
    rows.push({ key: 'orderDate', label: t('fieldOrderDate'), value: formatDate(order.orderDate, lang) });
  if (order.total)
    rows.push({ key: 'total', label: t('fieldTotal'), value: formatMoney(order.total, lang, ctx.marketplace) });
  if (order.shop) rows.push({ key: 'shop', label: t('fieldShop'), value: order.shop });
  if (order.status) rows.push({ key: 'status', label: t('fieldStatus'), value: order.status });

  return (
    <article class="card order-card" aria-label={t('orderCardLabel', order.orderId)} data-testid="order-card">
      <dl class="fields">
        {rows.map((row) => (
          <div class="field" key={row.key}>
            <dt>{row.label}</dt>
            <dd data-testid={`field-${row.key}`}>{row.value}</dd>
            {/* Its own <dd>: a <dl>'s <div> may hold only <dt> and <dd> (axe definition-list, HTML's content model). */}
            <dd class="field-copy">
              <CopyButton
                text={() => redact(row.copy ?? row.value)}
                label={t('copyField', row.label)}
                testId={`copy-${row.key}`}
              />
            </dd>
          </div>
        ))}
        {order.items.length > 0 && (
          <div class="field items">
            <dt>{t('fieldItems')}</dt>
            <dd>
              <ul>
                {order.items.slice(0, 10).map((item, i) => (
                  <li key={`${i}-${item.title}`}>
                    {item.url ? (
                      <a href={item.url} target="_blank" rel="noopener noreferrer">
                        {item.title}
                      </a>
                    ) : (
                      item.title
                    )}
                    {item.quantity && item.quantity > 1 ? ` ×${item.quantity}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {order.shipments.map((shipment, i) => (
          <div class="field" key={`ship-${i}`}>
            <dt>{t('fieldTracking')}</dt>
            <dd data-testid="field-tracking">
              {shipment.carrier
                ? trackingWithCarrier(
                    shipment.trackingId ?? t('noTrackingId'),
                    carrierName(shipment.carrier, lang),
                    lang,
                  )
                : (shipment.trackingId ?? t('noTrackingId'))}
              {shipment.status && <span class="muted"> · {shipment.status}</span>}
              {shipment.trackingUrl && (
                <>
                  {' '}
                  <a href={shipment.trackingUrl} target="_blank" rel="noopener noreferrer">
                    {t('trackPackage')}
                  </a>
                </>
              )}
            </dd>
            {shipment.trackingId && (
              <dd class="field-copy">
                <CopyButton
                  text={() => shipment.trackingId!}
                  label={t('copyField', t('fieldTracking'))}
                  testId="copy-tracking"
                />
              </dd>
            )}
          </div>
        ))}
      </dl>
      <CopyButton text={summary} label={t('copyAll')} testId="copy-all" class="primary-button">
        {t('copyAll')}
      </CopyButton>
    </article>
  );
}
