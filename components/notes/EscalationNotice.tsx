import { t } from '@/lib/i18n';
import type { EscalationSuggestion } from '@/lib/notes';

/** Shown when the case meets the escalation rule (many contacts, or its follow-up date passed after a contact). */
export function EscalationNotice({
  suggestion,
  onEscalate,
}: {
  suggestion: EscalationSuggestion;
  onEscalate: () => void;
}) {
  // "What was promised has not happened" only when a contact recorded a promise.
  const overdue = suggestion.history.some((item) => item.promise)
    ? 'notesEscalateOverdue'
    : 'notesEscalateOverdueNoPromise';
  const text =
    suggestion.reason === 'many-contacts'
      ? t('notesEscalateManyContacts', String(suggestion.history.length))
      : t(overdue);
  return (
    <div class="notes-escalate" role="status" data-testid="notes-escalate">
      <p>{text}</p>
      <button type="button" class="primary-button" data-testid="notes-escalate-button" onClick={onEscalate}>
        {t('notesEscalateButton')}
      </button>
    </div>
  );
}
