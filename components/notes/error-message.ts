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

/** Fields with a plain name in the catalogue (`notesPlainField_…`). */
const FIELDS = new Set([
  'at',
  'createdAt',
  'updatedAt',
  'followUpAt',
  'followUp',
  'channel',
  'satisfaction',
  'caseId',
  'id',
  'status',
  'platform',
  'title',
  'shop',
  'orderId',
  'agent',
  'reference',
  'asked',
  'answer',
  'promised',
  'nextStep',
  'comment',
  'lang',
  'problemKind',
  'body',
]);

/** A field's name as the UI says it ("promise" / "承诺" for `promised`); null for a field without one. */
export function plainFieldName(field: string): string | null {
  return FIELDS.has(field) ? t(`notesPlainField_${field}` as MessageKey) : null;
}

/** Write checks whose first value is the field they are about (`['promised', '10,000']`). */
const ABOUT_A_FIELD: ReadonlySet<NotesMessageId> = new Set([
  'required',
  'tooLong',
  'unknownValue',
  'expectedTime',
  'expectedRating',
]);

/** What to tell the user when a notes write failed; a full disk gets its own clear message. */
export function notesErrorMessage(error: unknown): string {
  if (isQuotaError(error) || (error instanceof NotesError && error.code === 'quota')) return t('notesQuotaError');
  // The error's own `message` is English, kept for logs; the user reads the catalogue's text for its problem, with
  // the field named as the form names it ("保存失败：承诺：…", not the database's key "promised").
  if (error instanceof NotesError) {
    const { id, params } = error.problem;
    const field = ABOUT_A_FIELD.has(id) && error.code === 'invalid' ? plainFieldName(params[0] ?? '') : null;
    return t('notesSaveFailed', notesProblemText(field ? { id, params: [field, ...params.slice(1)] } : error.problem));
  }
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
