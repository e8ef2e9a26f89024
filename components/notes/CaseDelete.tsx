import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ConfirmStep } from './ConfirmStep';

/** "Delete this case", behind a confirm step. The caller deletes and offers Undo: the store keeps what it removed. */
export function CaseDelete({ onDelete }: { onDelete: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        class="notes-delete-case"
        data-testid="notes-delete-case"
        onClick={() => setConfirming(true)}
      >
        {t('notesDeleteCase')}
      </button>
    );
  }
  return (
    <ConfirmStep
      question={t('notesConfirmDeleteCase')}
      confirmTestId="notes-confirm-delete-case"
      cancelTestId="notes-cancel-delete-case"
      onConfirm={() => {
        setConfirming(false);
        onDelete();
      }}
      onCancel={() => setConfirming(false)}
    />
  );
}
