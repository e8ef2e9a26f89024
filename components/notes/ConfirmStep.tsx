import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  question: string;
  confirmTestId: string;
  cancelTestId: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The "delete?" step of a destructive action: it takes focus on its safe choice, so Enter never deletes by accident,
 * and Escape cancels it.
 */
export function ConfirmStep({ question, confirmTestId, cancelTestId, onConfirm, onCancel }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <fieldset
      class="notes-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <legend>{question}</legend>
      <button type="button" class="danger-button" data-testid={confirmTestId} onClick={onConfirm}>
        {t('notesConfirmDeleteYes')}
      </button>
      <button type="button" ref={cancelRef} data-testid={cancelTestId} onClick={onCancel}>
        {t('notesCancel')}
      </button>
    </fieldset>
  );
}
