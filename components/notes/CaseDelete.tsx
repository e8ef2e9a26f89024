import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ConfirmStep } from './ConfirmStep';

/** "Delete this case", behind a confirm step. The caller deletes and offers Undo: the store keeps what it removed. */
export function CaseDelete({ onDelete }: { onDelete: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  // Leaving the confirm step by Cancel or Escape returns focus to the Delete button.
  useEffect(() => {
    // Only once back: the confirm step's own effect may run late (a quick Cancel) and must not clear the wish.
    if (confirming || !refocus.current) return;
    refocus.current = false;
    deleteRef.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button
        type="button"
        ref={deleteRef}
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
      onCancel={() => {
        refocus.current = true;
        setConfirming(false);
      }}
    />
  );
}
