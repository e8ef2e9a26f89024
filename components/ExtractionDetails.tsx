import { t } from '@/lib/i18n';
import type { TabOrders } from '@/lib/tab-orders';
import { CopyButton } from './CopyButton';

/**
 * "How Kefu read this page": which strategy found each field and which fields it missed, so a layout change shows
 * up as a visible miss (and a user can attach the report to a bug) instead of silently wrong data.
 */
export function ExtractionDetails({ record }: { record: TabOrders }) {
  const diagnostics = record.diagnostics ?? [];
  const misses = diagnostics.filter((d) => d.strategy === null);
  const strategies = new Map<string, number>();
  for (const d of diagnostics) {
    if (d.strategy !== null)
      strategies.set(`${d.field}: ${d.strategy}`, (strategies.get(`${d.field}: ${d.strategy}`) ?? 0) + 1);
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
        strategies: Object.fromEntries(strategies),
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
          {t('debugPage', [extraction.pageKind, String(extraction.orders.length)])}
          {extraction.marketplace && <span class="badge">{extraction.marketplace}</span>}
        </p>
        {misses.length === 0 ? (
          <p class="muted">{t('debugNoMisses')}</p>
        ) : (
          <>
            <p>{t('debugMisses')}</p>
            <ul data-testid="extraction-misses">
              {misses.slice(0, 50).map((m, i) => (
                <li key={`${m.orderId ?? ''}-${m.field}-${i}`}>
                  {m.field}
                  {m.orderId && <span class="muted"> · {m.orderId}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
        <ul class="muted strategies">
          {[...strategies].map(([name, count]) => (
            <li key={name}>
              {name} ×{count}
            </li>
          ))}
        </ul>
        <CopyButton text={report} label={t('debugCopy')}>
          {t('debugCopy')}
        </CopyButton>
      </div>
    </details>
  );
}
