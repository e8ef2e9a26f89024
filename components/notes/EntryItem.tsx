import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
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
  // Leaving the confirm step returns focus to the Delete button.
  const deleteRef = useRef<HTMLButtonElement>(null);

  if (mode === 'edit') {
    return (
      <li class="notes-entry editing" data-testid="notes-entry">
        <EntryForm
          lang={lang}
          initial={entry}
          onCancel={() => setMode('view')}
          onSubmit={async (values) => {
            await onSave(entry, values);
            setMode('view');
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

  return (
    <li class="notes-entry" data-testid="notes-entry" data-entry-id={entry.id}>
      <div class="notes-entry-head">
        <time dateTime={new Date(entry.at).toISOString()}>{formatWhen(entry.at, lang)}</time>
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
          onCancel={() => {
            setMode('view');
            // After the re-render the Delete button is back.
            setTimeout(() => deleteRef.current?.focus(), 0);
          }}
        />
      ) : (
        <div class="notes-actions">
          <button type="button" data-testid="notes-edit" onClick={() => setMode('edit')}>
            {t('notesEdit')}
          </button>
          <button type="button" ref={deleteRef} data-testid="notes-delete" onClick={() => setMode('confirm')}>
            {t('notesDelete')}
          </button>
        </div>
      )}
    </li>
  );
}
