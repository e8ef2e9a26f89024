import { t } from '@/lib/i18n';
import { isQuotaError, NotesError } from '@/lib/notes';

/** What to tell the user when a notes write failed; a full disk gets its own clear message. */
export function notesErrorMessage(error: unknown): string {
  if (isQuotaError(error) || (error instanceof NotesError && error.code === 'quota')) return t('notesQuotaError');
  return t('notesSaveFailed', error instanceof Error ? error.message : String(error));
}
