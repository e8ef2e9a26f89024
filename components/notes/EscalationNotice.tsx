import { t } from '@/lib/i18n';
import type { EscalationSuggestion } from '@/lib/notes';

/** Shown when the case meets the escalation rule (many contacts, or a promise past its follow-up date). */
export function EscalationNotice({
  suggestion,
  onEscalate,
}: {
  suggestion: EscalationSuggestion;
  onEscalate: () => void;
}) {
  const text =
    suggestion.reason === 'many-contacts'
      ? t('notesEscalateManyContacts', String(suggestion.history.length))
      : t('notesEscalateOverdue');
  return (
    <div class="notes-escalate" role="status" data-testid="notes-escalate">
      <p>{text}</p>
      <button type="button" class="primary-button" data-testid="notes-escalate-button" onClick={onEscalate}>
        {t('notesEscalateButton')}
      </button>
    </div>
  );
}
