import { useEffect, useRef, useState } from 'preact/hooks';
import { shownLocale, t } from '@/lib/i18n';
import type { Entry } from '@/lib/notes';
import type { Lang } from '@/lib/templates';
import { ConfirmStep } from './ConfirmStep';
import { formatWhen } from './datetime-local';
import { EntryForm, type EntryFormValues } from './EntryForm';
import { channelLabel, starText } from './labels';

interface Props {
  entry: Entry;
  lang: Lang;
  onSave: (entry: Entry, values: EntryFormValues) => Promise<void>;
  onDelete: (entry: Entry) => Promise<void>;
}

/** One contact in the timeline. Everything typed or copied from a shop is rendered as text, never as HTML. */
export function EntryItem({ entry, lang, onSave, onDelete }: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const editRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // Leaving the edit form returns focus to Edit, leaving the confirm step to Delete: the control that opened it.
  // Without this the form's buttons vanish under the keyboard focus and it falls to the page's body.
  const refocus = useRef<'edit' | 'delete' | null>(null);
  // A saved entry comes back from the live query, and a new time can move it in the timeline; a moved element
  // loses focus in Chromium. Once, after a save, focus that fell to the body is put back on Edit.
  const refocusAfterUpdate = useRef(false);
  const backToView = (to: 'edit' | 'delete', saved = false) => {
    refocus.current = to;
    refocusAfterUpdate.current = saved;
    setMode('view');
  };
  useEffect(() => {
    // Only in view: the effect of the step just left may run late (after a quick Cancel) and must not eat the wish.
    const to = refocus.current;
    if (mode !== 'view' || !to) return;
    refocus.current = null;
    (to === 'edit' ? editRef : deleteRef).current?.focus();
  }, [mode]);
  useEffect(() => {
    const edit = editRef.current;
    if (mode !== 'view' || !refocusAfterUpdate.current || !edit) return;
    refocusAfterUpdate.current = false;
    const active = edit.ownerDocument.activeElement;
    if (!active || active === edit.ownerDocument.body) edit.focus();
  }, [entry]);

  if (mode === 'edit') {
    return (
      <li class="notes-entry editing" data-testid="notes-entry">
        <EntryForm
          lang={lang}
          initial={entry}
          focusOnOpen
          onCancel={() => backToView('edit')}
          onSubmit={async (values) => {
            await onSave(entry, values);
            backToView('edit', true);
          }}
        />
      </li>
    );
  }

  const row = (label: Parameters<typeof t>[0], value: string | undefined, testId: string) =>
    value ? (
      <>
        <dt>{t(label)}</dt>
        <dd data-testid={testId}>{value}</dd>
      </>
    ) : null;

  const when = formatWhen(entry.at, shownLocale(lang));
  // Which contact a button acts on, for a screen reader: each contact has its Edit and Delete, and heard as a list of
  // buttons (Tab, a screen reader's list of controls) they were "Edit, Delete, Edit, Delete" with nothing to tell them
  // apart. The name starts with the button's visible word, so voice control's "click Edit" still finds it.
  const which = [when, channelLabel(entry.channel)];
  return (
    <li class="notes-entry" data-testid="notes-entry" data-entry-id={entry.id}>
      <div class="notes-entry-head">
        <time dateTime={new Date(entry.at).toISOString()}>{when}</time>
        <span class="badge">{channelLabel(entry.channel)}</span>
        {entry.satisfaction && (
          <span class="notes-stars" role="img" aria-label={t('notesStars', String(entry.satisfaction))}>
            {starText(entry.satisfaction)}
          </span>
        )}
      </div>
      {entry.keptSensitive && (
        <p class="notes-kept" data-testid="notes-kept-sensitive">
          {t('notesKeptSensitive')}
        </p>
      )}
      <dl class="notes-entry-fields">
        {row('notesAgent', entry.agent, 'notes-entry-agent')}
        {row('notesReference', entry.reference, 'notes-entry-reference')}
        {row('notesAsked', entry.asked, 'notes-entry-asked')}
        {row('notesAnswer', entry.answer, 'notes-entry-answer')}
        {row('notesPromised', entry.promised, 'notes-entry-promised')}
        {row('notesNextStep', entry.nextStep, 'notes-entry-next')}
        {row('notesComment', entry.comment, 'notes-entry-comment')}
      </dl>
      {mode === 'confirm' ? (
        <ConfirmStep
          question={t('notesConfirmDelete')}
          confirmTestId="notes-confirm-delete"
          cancelTestId="notes-cancel-delete"
          onConfirm={() => void onDelete(entry)}
          onCancel={() => backToView('delete')}
        />
      ) : (
        <div class="notes-actions">
          <button
            type="button"
            ref={editRef}
            aria-label={t('notesEditContact', which)}
            data-testid="notes-edit"
            onClick={() => setMode('edit')}
          >
            {t('notesEdit')}
          </button>
          <button
            type="button"
            ref={deleteRef}
            aria-label={t('notesDeleteContact', which)}
            data-testid="notes-delete"
            onClick={() => setMode('confirm')}
          >
            {t('notesDelete')}
          </button>
        </div>
      )}
    </li>
  );
}
