import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ACTIVE_STATUSES, CASE_STATUSES, type Case, type CaseStatus } from '@/lib/notes';
import { fromDateTimeLocal, toDateTimeLocal } from './datetime-local';
import { statusLabel } from './labels';

interface Props {
  idPrefix: string;
  /** Null before the first write for this order: the controls still work and create the case. */
  current: Case | null;
  onStatus: (status: CaseStatus) => void;
  onFollowUp: (at: number | null) => void;
}

/** The case's status and its follow-up reminder. */
export function CaseControls({ idPrefix, current, onStatus, onFollowUp }: Props) {
  const saved = current?.followUpAt === undefined ? '' : toDateTimeLocal(current.followUpAt);
  const [draft, setDraft] = useState(saved);
  const [shown, setShown] = useState(saved);
  const inputRef = useRef<HTMLInputElement>(null);
  /**
   * What `change` last saved, as typed, and as its echo will read: normalised (a time in a DST gap moves by an hour).
   */
  const committed = useRef<{ typed: string; echo: string } | null>(null);
  // The stored value changed (this panel, another one, an undo): show it. Set during render, not in an effect, so
  // it cannot overwrite what the user is typing right after the first render. Unless the user has typed a value of
  // their own since (neither what was shown nor what is now stored): the echo of their previous write, arriving
  // late, would otherwise put that write back over the new one, and `change` would then find nothing to save. Their
  // last saved time is theirs too, until its own echo comes (an earlier write's echo may come first).
  const ownEcho = committed.current !== null && draft === committed.current.typed && saved === committed.current.echo;
  if (saved !== shown) {
    setShown(saved);
    if (draft === shown || draft === saved || ownEcho) setDraft(saved);
  }

  return (
    <div class="notes-controls">
      <div class="notes-form-row">
        <label for={`${idPrefix}-status`}>{t('notesStatus')}</label>
        <select
          id={`${idPrefix}-status`}
          value={current?.status ?? 'open'}
          data-testid="notes-status"
          onChange={(e) => onStatus(e.currentTarget.value as CaseStatus)}
        >
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div class="notes-form-row">
        <label for={`${idPrefix}-followup`}>{t('notesFollowUp')}</label>
        <div class="notes-inline">
          <input
            id={`${idPrefix}-followup`}
            type="datetime-local"
            min="1970-01-01T00:00"
            ref={inputRef}
            value={draft}
            aria-describedby={`${idPrefix}-followup-hint`}
            data-testid="notes-followup"
            onInput={(e) => setDraft(e.currentTarget.value)}
            // `change` fires once the date and time are complete (or on blur), not on every keystroke.
            onChange={(e) => {
              const at = fromDateTimeLocal(e.currentTarget.value);
              if (at === null || e.currentTarget.value === saved) return;
              committed.current = { typed: e.currentTarget.value, echo: toDateTimeLocal(at) };
              onFollowUp(at);
            }}
          />
          <button
            type="button"
            disabled={current?.followUpAt === undefined}
            data-testid="notes-followup-clear"
            onClick={() => {
              // Cleared, this button is disabled, which would drop the keyboard focus to the page's body: it goes to
              // the follow-up field it just emptied.
              inputRef.current?.focus();
              onFollowUp(null);
            }}
          >
            {t('notesFollowUpClear')}
          </button>
        </div>
        <p id={`${idPrefix}-followup-hint`} class="notes-hint">
          {/* Reminders are for active cases only (the background makes no alarm for the others), and a time already
              past gets none either: the case is overdue, and under its time "Kefu reminds you at this time" promised a
              reminder that will not come. */}
          {!ACTIVE_STATUSES.includes(current?.status ?? 'open')
            ? t('notesFollowUpHintInactive')
            : current?.followUpAt !== undefined && current.followUpAt <= Date.now()
              ? t('notesFollowUpHintPast')
              : t('notesFollowUpHint')}
        </p>
      </div>
    </div>
  );
}
