import { useEffect, useMemo, useState } from 'preact/hooks';
import { HelpPanel } from '@/components/HelpPanel';
import { ManualOrderForm } from '@/components/ManualOrderForm';
import { manualCaseToOrder } from '@/components/manual-order';
import { CaseNotes, caseOrderContext, NotesManager, useOpenCase } from '@/components/notes';
import { notesStore } from '@/components/notes-store';
import { OrderCard } from '@/components/OrderCard';
import { OrderList } from '@/components/OrderList';
import { type OrderContext, orderKey } from '@/components/order-context';
import { ProblemPicker } from '@/components/ProblemPicker';
import { RecentOrders } from '@/components/RecentOrders';
import { SettingsPanel } from '@/components/SettingsPanel';
import { TemplateComposer } from '@/components/TemplateComposer';
import { Toast } from '@/components/Toast';
import { useActiveTabOrders } from '@/components/use-active-tab-orders';
import { useCaseHistory } from '@/components/use-case-history';
import { ToastContext, useToastState } from '@/components/use-toast';
import { t, uiLang } from '@/lib/i18n';
import { type Case, useLiveQuery } from '@/lib/notes';
import type { Lang, ProblemKind } from '@/lib/templates';

export function App() {
  const { tabId, record, loading } = useActiveTabOrders();
  const [toast, showToast, hideToast] = useToastState();
  const [selected, setSelected] = useState<OrderContext | null>(null);
  const [problem, setProblem] = useState<ProblemKind>('not-received');
  const [lang, setLang] = useState<Lang>(uiLang());
  const copyRaw = useLiveQuery(async () => (await notesStore().getSetting<boolean>('copyRaw')) === true, [], false);

  const pageOrders: OrderContext[] = useMemo(() => {
    const extraction = record?.extraction;
    if (!extraction?.platform) return [];
    return extraction.orders.map((order) => ({
      order,
      platform: extraction.platform!,
      marketplace: extraction.marketplace,
      source: 'page' as const,
    }));
  }, [record]);

  // Follow the page: select its first order unless the user picked one that is still relevant. A tab with no
  // orders (a chat or help page) keeps the current order: that is where the user needs it.
  useEffect(() => {
    setSelected((current) => {
      if (current && current.source !== 'page') return current;
      if (current && pageOrders.some((o) => orderKey(o) === orderKey(current))) return current;
      return pageOrders[0] ?? current;
    });
  }, [pageOrders]);

  // For bench/panel.bench.ts: when the tab's orders are first on screen.
  useEffect(() => {
    if (!loading) requestAnimationFrame(() => performance.mark('kefu:orders-ready'));
  }, [loading]);

  const history = useCaseHistory(selected);
  // Case notes: a clicked reminder or a case picked from the list selects that case's order.
  const openCase = (c: Case) => void caseOrderContext(notesStore(), c).then(setSelected);
  useOpenCase(openCase);
  const selectedKey = selected ? orderKey(selected) : null;

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
                onClick={() => setLang(l)}
                data-testid={`lang-${l}`}
              >
                {l === 'zh_CN' ? '中文' : 'EN'}
              </button>
            ))}
          </fieldset>
        </header>

        <section aria-labelledby="on-page" data-testid="tab-orders" data-state={loading ? 'loading' : 'ready'}>
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
              {t('noOrdersOnPage')}
            </p>
          ) : (
            <OrderList
              orders={pageOrders.map((o) => o.order)}
              selectedId={selected?.source === 'page' ? selected.order.orderId : null}
              onSelect={(id) => setSelected(pageOrders.find((o) => o.order.orderId === id) ?? null)}
            />
          )}
        </section>

        <details class="fold">
          <summary>{t('recentOrders')}</summary>
          <RecentOrders selectedKey={selectedKey} onSelect={setSelected} />
        </details>
        <details class="fold">
          <summary data-testid="manual-toggle">{t('manualTitle')}</summary>
          <ManualOrderForm onAdded={(c) => setSelected(manualCaseToOrder(c))} />
        </details>

        {selected && (
          <>
            <h2 class="selected-title">{t('selectedOrder')}</h2>
            <OrderCard ctx={selected} lang={lang} copyRaw={copyRaw} />
            <ProblemPicker value={problem} lang={lang} onChange={setProblem} />
            <TemplateComposer
              ctx={selected}
              problem={problem}
              lang={lang}
              copyRaw={copyRaw}
              history={history}
              onCopied={(text) =>
                showToast(t('copiedLogIt'), {
                  label: t('logIt'),
                  run: () => void logContact(selected, text),
                })
              }
            />
            <HelpPanel ctx={selected} problem={problem} lang={lang} />
            <CaseNotes ctx={selected} lang={lang} onEscalate={() => setProblem('escalation')} />
          </>
        )}

        <details class="fold" data-testid="notes-fold">
          <summary>{t('notesAllCases')}</summary>
          <NotesManager onOpenCase={openCase} lang={lang} />
        </details>

        <details class="fold">
          <summary>{t('settingsTitle')}</summary>
          <SettingsPanel copyRaw={copyRaw} />
        </details>
      </main>
      <Toast toast={toast} onClose={hideToast} />
    </ToastContext.Provider>
  );
}

/** "I just sent this": the message becomes a contact in the order's case. */
async function logContact(ctx: OrderContext, text: string): Promise<void> {
  const store = notesStore();
  const found =
    (await store.findCaseForOrder(ctx.platform, ctx.marketplace ?? '', ctx.order.orderId)) ??
    (await store.getOrCreateCaseForOrder(ctx.order, ctx.platform, ctx.marketplace ?? ''));
  await store.addEntry({ caseId: found.id, channel: 'chat', asked: text });
}
