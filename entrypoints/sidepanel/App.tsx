import type { FunctionComponent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checklistTickReader } from '@/components/checklist-ticks';
import { composerDraftReader } from '@/components/composer-draft-memory';
import { ExtractionDetails } from '@/components/ExtractionDetails';
import { followPage, pageOf } from '@/components/follow-page';
import { initialMessageLang, rememberMessageLang } from '@/components/message-lang';
import { entryDraftReader } from '@/components/notes/draft-memory';
import { OrderList } from '@/components/OrderList';
import type { OrderContext } from '@/components/order-context';
import { loadSessionDrafts } from '@/components/session-drafts';
import { Toast } from '@/components/Toast';
import { useActiveTabOrders } from '@/components/use-active-tab-orders';
import { ToastContext, useToastState } from '@/components/use-toast';
import type { WorkbenchProps } from '@/components/Workbench';
import { languagePrefixOf } from '@/lib/help/language-prefix';
import { bcp47, t } from '@/lib/i18n';
import type { Lang } from '@/lib/templates';

export function App() {
  const { tabId, record, loading } = useActiveTabOrders();
  const [toast, showToast, hideToast, holdToast] = useToastState();
  const [selected, setSelected] = useState<OrderContext | null>(null);
  // Counts the user's picks (a row, a recent or hand-entered order, a case): each one brings the selected order's
  // section into view, which in a long list is far below the row. The panel following the page does not count.
  const [picks, setPicks] = useState(0);
  // The order the user last picked on each page (see pageOf), picked again when the panel comes back to that page.
  const pickedOn = useRef(new Map<string, OrderContext>());
  const pick = (ctx: OrderContext | null) => {
    setSelected(ctx);
    if (!ctx) return;
    setPicks((n) => n + 1);
    pickedOn.current.set(pageOf(tabId, record?.url), ctx);
  };
  // The way back from the selected order's section to its row (a keyboard user after a pick).
  const listRef = useRef<HTMLElement>(null);
  const backToList = () => {
    const row = listRef.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]');
    row?.scrollIntoView({ block: 'nearest' });
    row?.focus({ preventScroll: true });
  };
  const [lang, setLang] = useState<Lang>(initialMessageLang);
  const chooseLang = (l: Lang) => {
    setLang(l);
    rememberMessageLang(l);
  };
  // The first chunk holds only the shell and the tab's orders; the rest (notes database, templates, help tables, and
  // in a traditional-Chinese UI the table that converts their Chinese) loads right after the first render, so the
  // panel shows the page's orders without waiting for it.
  const [Workbench, setWorkbench] = useState<FunctionComponent<WorkbenchProps> | null>(null);
  useEffect(() => {
    // With the contacts and messages being written when the panel was last closed, and the checklists' ticks: their
    // forms are in the workbench.
    const drafts = loadSessionDrafts([entryDraftReader, composerDraftReader, checklistTickReader]);
    void Promise.all([
      import('@/components/Workbench'),
      drafts,
      import('@/lib/i18n/hant').then((hant) => hant.loadUiConversion()),
    ]).then(([m]) => {
      setWorkbench(() => m.Workbench);
      requestAnimationFrame(() => performance.mark('kefu:workbench-ready'));
    });
  }, []);

  const pageOrders: OrderContext[] = useMemo(() => {
    const extraction = record?.extraction;
    if (!extraction?.platform) return [];
    const pathPrefix = extraction.platform === 'amazon' ? languagePrefixOf(record?.url) : undefined;
    return extraction.orders.map((order) => ({
      order,
      platform: extraction.platform!,
      marketplace: extraction.marketplace,
      source: 'page' as const,
      ...(pathPrefix ? { pathPrefix } : {}),
    }));
  }, [record]);

  // Whether the list shows the selected order's row (as OrderList marks it): a page without orders (a chat page)
  // keeps the order picked on the list, and the way back would then lead nowhere.
  const rowShown =
    !loading && selected?.source === 'page' && pageOrders.some((o) => o.order.orderId === selected.order.orderId);

  // Follow the page (see followPage): its first order, unless the user picked one that is still relevant.
  const lastPage = useRef<string | null>(null);
  useEffect(() => {
    const page = pageOf(tabId, record?.url);
    const samePage = page === lastPage.current;
    const pickedHere = samePage ? undefined : pickedOn.current.get(page);
    setSelected((current) => followPage(current, pageOrders, samePage, pickedHere));
    if (pageOrders.length > 0) lastPage.current = page;
  }, [pageOrders]);

  // For bench/panel.bench.ts: when the tab's orders are first on screen.
  useEffect(() => {
    if (!loading) requestAnimationFrame(() => performance.mark('kefu:orders-ready'));
  }, [loading]);

  return (
    <ToastContext.Provider value={showToast}>
      <main class="panel">
        <header class="panel-header">
          <h1>{t('extShortName')}</h1>
          <fieldset class="lang-toggle">
            <legend class="visually-hidden">{t('messageLanguage')}</legend>
            {(['zh_CN', 'en'] as const).map((l) => (
              <button
                key={l}
                type="button"
                aria-pressed={lang === l}
                // Each language's name is written in that language ("中文" in the English panel): say so.
                lang={bcp47(l)}
                onClick={() => chooseLang(l)}
                data-testid={`lang-${l}`}
              >
                {l === 'zh_CN' ? '中文' : 'EN'}
              </button>
            ))}
          </fieldset>
        </header>

        <section
          ref={listRef}
          aria-labelledby="on-page"
          data-testid="tab-orders"
          data-state={loading ? 'loading' : 'ready'}
        >
          <div class="section-title">
            <h2 id="on-page">{t('ordersOnPage')}</h2>
            {tabId !== null && (
              <button
                type="button"
                class="link-button"
                onClick={() => void browser.runtime.sendMessage({ type: 'tab/rescan', tabId }).catch(() => {})}
              >
                {t('rescan')}
              </button>
            )}
          </div>
          {loading ? (
            <p class="muted">{t('loading')}</p>
          ) : pageOrders.length === 0 ? (
            <p class="muted" data-testid="no-orders">
              {/* On an order list, "open an order list" is no help: the list is empty (a year with no orders) or
                  not read yet (a list that loads late), and the user can act on either. */}
              {record?.extraction.pageKind === 'order-list' ? t('noOrdersOnList') : t('noOrdersOnPage')}
            </p>
          ) : (
            <OrderList
              orders={pageOrders.map((o) => o.order)}
              selectedId={selected?.source === 'page' ? selected.order.orderId : null}
              onSelect={(id) => pick(pageOrders.find((o) => o.order.orderId === id) ?? null)}
            />
          )}
        </section>

        {record?.extraction.platform && <ExtractionDetails record={record} />}

        {Workbench ? (
          <Workbench
            selected={selected}
            onSelect={pick}
            picks={picks}
            lang={lang}
            onLangChange={chooseLang}
            onBackToList={rowShown ? backToList : undefined}
          />
        ) : (
          <p class="muted">{t('loading')}</p>
        )}
      </main>
      <Toast toast={toast} onClose={hideToast} onHold={holdToast} />
    </ToastContext.Provider>
  );
}
