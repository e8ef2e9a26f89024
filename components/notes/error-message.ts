import { type MessageKey, t } from '@/lib/i18n';
import { type ImportNotice, isQuotaError, NotesError, type NotesMessageId, type NotesProblem } from '@/lib/notes';

type NotesErrorKey = `notesError${Capitalize<Exclude<NotesMessageId, 'quota'>>}`;

/** Catalogue key of a notes message id. The return type makes a message id without a catalogue entry a type error. */
export function notesMessageKey(id: NotesMessageId): MessageKey {
  if (id === 'quota') return 'notesQuotaError';
  return `notesError${id.charAt(0).toUpperCase()}${id.slice(1)}` as NotesErrorKey;
}

/** The notes' name for the whole file when a problem is about no record or field of it. */
const WHOLE_FILE = '(file)';

/**
 * One problem in the UI's language, still naming its record and field (`entries[3].satisfaction`). A problem with
 * the whole file names it in the UI's language ("文件：不是有效的 JSON…"), not as the English "(file)".
 */
export function notesProblemText(problem: NotesProblem): string {
  const params = problem.params.map((p, i) => (i === 0 && p === WHOLE_FILE ? t('notesImportWholeFile') : p));
  return t(notesMessageKey(problem.id), params);
}

/** What to tell the user when a notes write failed; a full disk gets its own clear message. */
export function notesErrorMessage(error: unknown): string {
  if (isQuotaError(error) || (error instanceof NotesError && error.code === 'quota')) return t('notesQuotaError');
  // The error's own `message` is English, kept for logs; the user reads the catalogue's text for its problem.
  if (error instanceof NotesError) return t('notesSaveFailed', notesProblemText(error.problem));
  return t('notesSaveFailed', error instanceof Error ? error.message : String(error));
}

/** The first problem of a failed import, translated (every problem in English stays on `details`). */
export function notesImportDetail(error: NotesError): string {
  return notesProblemText(error.problems[0] ?? error.problem);
}

/** One thing an import kept in another form: the case, where in the file, and the text that was not readable. */
export function notesImportNoticeText(notice: ImportNotice): string {
  return t('notesImportFollowUpKept', [notice.caseTitle, notice.path, notice.text]);
}
