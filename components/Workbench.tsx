import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLang } from '@/lib/i18n';
import type { Case } from '@/lib/notes';
import { useLiveQuery } from '@/lib/notes/use-live-query';
import type { Lang, ProblemKind } from '@/lib/templates';
import { problemKeptFor } from './composer-draft-session';
import { HelpPanel } from './HelpPanel';
import { ManualOrderForm } from './ManualOrderForm';
import { manualCaseToOrder } from './manual-order';
import { CaseNotes, caseOrderContext, ensureCaseFor, NotesManager, useOpenCase } from './notes';
import { notesErrorMessage } from './notes/error-message';
import { notesStore } from './notes-store';
import { OrderCard } from './OrderCard';
import { type OrderContext, orderKey } from './order-context';
import { ProblemPicker } from './ProblemPicker';
import { RecentOrders } from './RecentOrders';
import { revealSection } from './reveal-section';
import { SettingsPanel } from './SettingsPanel';
import { TemplateComposer } from './TemplateComposer';
import { useCaseHistory } from './use-case-history';
import { useSeenOrder } from './use-seen-order';
import { useToast } from './use-toast';

export interface WorkbenchProps {
  selected: OrderContext | null;
  onSelect: (ctx: OrderContext) => void;
  lang: Lang;
  /** Changes (and remembers) the language messages are written in, as the header's toggle does. */
  onLangChange?: (lang: Lang) => void;
  /** How many times the user picked an order: each new pick brings the selected order into view (see revealSection). */
  picks?: number;
  /** Puts the keyboard back on the selected order's row in the tab's list (absent: no such row). */
  onBackToList?: () => void;
}

/**
 * Everything below the tab's order list: recent and manual orders, the selected order's card, message, help and
 * notes, all cases, settings. It needs the notes database, the templates and the help tables, so the panel loads
 * it as a second chunk right after its first render (see App.tsx).
 */
export function Workbench({ selected, onSelect, lang, onLangChange, picks = 0, onBackToList }: WorkbenchProps) {
  const toast = useToast();
  const [picked, setProblem] = useState<ProblemKind | null>(null);
  // Until the user picks a problem, the one of the message kept for the first order shown (the panel was closed while
  // it was written, and opened again: see problemKeptFor). Decided as that order is rendered, so the composer opens on
  // its problem, not on the default and then again on the kept one.
  const firstProblem = useRef<ProblemKind | null>(null);
  if (selected && firstProblem.current === null) firstProblem.current = problemKeptFor(selected) ?? 'not-received';
  const problem = picked ?? firstProblem.current ?? 'not-received';
  const copyRaw = useLiveQuery(async () => (await notesStore().getSetting<boolean>('copyRaw')) === true, [], false);
  const history = useCaseHistory(selected);
  // The order as the pages the user saw of it showed it: the seller its detail page named stays on its list's card.
  const shown = useSeenOrder(selected);
  // Case notes: a clicked reminder or a case picked from the list selects that case's order.
  const openCase = (c: Case) =>
    void caseOrderContext(notesStore(), c)
      .then(onSelect)
      .catch((error: unknown) => toast(notesErrorMessage(error)));
  useOpenCase(openCase);
  const selectedKey = selected ? orderKey(selected) : null;
  const selectedTitle = useRef<HTMLHeadingElement>(null);
  // The escalation suggestion sits in the case notes, well below the message it rewrites: each ask brings it into view.
  const [escalations, setEscalations] = useState(0);
  const escalate = () => {
    setProblem('escalation');
    setEscalations((n) => n + 1);
  };
  useEffect(() => {
    if (picks > 0) revealSection(selectedTitle.current);
  }, [picks]);

  return (
    <>
      <details class="fold">
        <summary>{t('recentOrders')}</summary>
        <RecentOrders selectedKey={selectedKey} onSelect={onSelect} />
      </details>
      <details class="fold">
        <summary data-testid="manual-toggle">{t('manualTitle')}</summary>
        <ManualOrderForm onAdded={(c) => onSelect(manualCaseToOrder(c))} />
      </details>

      {shown && (
        <>
          <h2 class="selected-title" ref={selectedTitle} tabIndex={-1} data-testid="selected-title">
            {t('selectedOrder')}
          </h2>
          {/* A pick moves the keyboard here (revealSection); the next Tab offers the way back to the row, which a
              keyboard user would otherwise reach by Shift+Tab through the folded sections and up a 50-row list.
              Shown only while focused. */}
          {shown.source === 'page' && onBackToList && (
            <button type="button" class="skip-link" onClick={onBackToList} data-testid="back-to-list">
              {t('backToOrderList')}
            </button>
          )}
          <OrderCard ctx={shown} lang={lang} copyRaw={copyRaw} />
          <ProblemPicker value={problem} lang={lang} onChange={setProblem} />
          <TemplateComposer
            ctx={shown}
            problem={problem}
            lang={lang}
            copyRaw={copyRaw}
            history={history}
            reveals={escalations}
            onLangChange={onLangChange}
            onCopied={(text, blanks) =>
              // Blanks left in it: named first, with the same offer (the user may finish it in the shop's chat box).
              toast(blanks ? `${blanks}${uiLang() === 'zh_CN' ? '' : ' '}${t('logItOnceSent')}` : t('copiedLogIt'), {
                label: t('logIt'),
                // Said either way: the toast (and its button) is gone, and the notes may be far below.
                run: () =>
                  void logContact(shown, text).then(
                    () => toast(t('notesEntryAdded')),
                    (error: unknown) => toast(notesErrorMessage(error)),
                  ),
              })
            }
          />
          {/* Advice and notes are for the shopper: in the panel's language, whatever language the message is in. */}
          <HelpPanel ctx={shown} problem={problem} lang={uiLang()} />
          <CaseNotes ctx={shown} lang={uiLang()} onEscalate={escalate} />
        </>
      )}

      <details class="fold" data-testid="notes-fold">
        <summary>{t('notesAllCases')}</summary>
        {/* Its report (Markdown export) too: the notes screen around the button is in the panel's language. */}
        <NotesManager onOpenCase={openCase} lang={uiLang()} />
      </details>

      <details class="fold">
        <summary>{t('settingsTitle')}</summary>
        <SettingsPanel copyRaw={copyRaw} />
      </details>
    </>
  );
}

/** "I just sent this": the message becomes a contact in the order's case (created if needed). */
async function logContact(ctx: OrderContext, text: string): Promise<void> {
  const store = notesStore();
  const found = await ensureCaseFor(store, ctx);
  await store.addEntry({ caseId: found.id, channel: 'chat', asked: text });
}
