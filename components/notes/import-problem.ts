import { type MessageKey, t } from '@/lib/i18n';
import type { NotesMessageId, NotesProblem } from '@/lib/notes';
import { notesProblemText, plainFieldName } from './error-message';

/*
 * An import problem in plain words: which record of the file ("Contact note 1") and which of its fields ("its time"),
 * and what is wrong with it ("is not a valid date"), rather than the file's own path and the check that failed
 * (`entries[0].at: expected a time in ms`). The technical text stays available (NotesTransfer shows it folded).
 */

const RECORDS: Record<string, MessageKey> = {
  cases: 'notesPlainRecordCase',
  entries: 'notesPlainRecordEntry',
  templates: 'notesPlainRecordTemplate',
  settings: 'notesPlainRecordSetting',
};

/** `entries[0].at` → the record ("Contact note 1") and the last key under it (`at`); null for a path outside one. */
function place(path: string | undefined): { record: string; field: string | null } | null {
  const match = /^(cases|entries|templates|settings)\[(\d+)\](?:.*\.([^.[\]]+))?$/.exec(path ?? '');
  if (!match) return null;
  const record = t(RECORDS[match[1]!]!, String(Number(match[2]) + 1));
  return { record, field: match[3] ?? null };
}

const fieldName = (field: string): string => plainFieldName(field) ?? t('notesPlainFieldOther', field);

/** A value of the wrong type or shape. */
const WRONG_KIND: ReadonlySet<NotesMessageId> = new Set([
  'importExpectedText',
  'importExpectedId',
  'importExpectedObject',
  'importExpectedList',
  'importExpectedBoolean',
  'importExpectedValue',
  'importOther',
]);

/** What is wrong, as the end of a sentence about a field or record; null when there is no plain wording. */
function whatIsWrong(id: NotesMessageId, params: readonly string[]): string | null {
  switch (id) {
    case 'expectedTime':
    case 'importInvalidTime':
    case 'importExpectedDate':
      return t('notesPlainBadDate');
    case 'importTimeBefore1970':
      return t('notesPlainBefore1970');
    case 'required':
    case 'importEmptyId':
      return t('notesPlainMissing');
    case 'tooLong':
    case 'importTooLong':
    case 'importSettingTooBig':
      return t('notesPlainTooLong', params[1] ?? '');
    case 'expectedRating':
      return t('notesPlainRating');
    case 'importOneOf':
      return t('notesPlainUnknownValue', params[1] ?? '');
    case 'importDuplicate': {
      const other = place(params[1]);
      return other ? t('notesPlainDuplicate', other.record) : null;
    }
    case 'importNoCase':
      return t('notesPlainNoCase');
    default:
      return WRONG_KIND.has(id) ? t('notesPlainWrongKind') : null;
  }
}

/** Problems with the file as a whole: said as such, whatever part of it they name. */
const WHOLE_FILE: Partial<Record<NotesMessageId, MessageKey>> = {
  importEmptyFile: 'notesPlainFileEmpty',
  importNotJson: 'notesPlainFileUnreadable',
  importNotJsonAnywhere: 'notesPlainFileUnreadable',
  importInvalidFile: 'notesPlainFileUnreadable',
  importFileTooLarge: 'notesPlainFileTooLarge',
  importNotExport: 'notesPlainFileNotBackup',
  importWrongFormat: 'notesPlainFileNotBackup',
  importTooDeep: 'notesPlainFileNotBackup',
  importWrongVersion: 'notesPlainFileNewer',
};

/**
 * One problem of a refused file in plain words, e.g. "Contact note 1: its time is not a valid date." / "第 1 条联系
 * 记录的时间不是有效的日期。", "The file is empty."; a problem without plain wording is given as the translated
 * technical text.
 */
export function plainImportProblem({ id, params }: NotesProblem): string {
  const whole = WHOLE_FILE[id];
  if (whole) return t(whole);
  const at = place(params[0]);
  if (at && (id === 'importUnknownKey' || id === 'importForbiddenKey') && at.field) {
    return t('notesPlainRecordProblem', [at.record, t('notesPlainUnknownKey', at.field)]);
  }
  const what = whatIsWrong(id, params);
  // Said of the contact, not of its case field ("its case names a case that …"): the sentence names the case itself.
  if (at && what && id === 'importNoCase') return t('notesPlainRecordProblem', [at.record, what]);
  if (at && what) {
    return at.field
      ? t('notesPlainProblem', [at.record, fieldName(at.field), what])
      : t('notesPlainRecordProblem', [at.record, what]);
  }
  // The file's own keys (its lists, a key it should not have) in the wrong shape: not a Kefu backup.
  if (!at && (id === 'importUnknownKey' || WRONG_KIND.has(id)) && /^[a-zA-Z]+$/.test(params[0] ?? '')) {
    return t('notesPlainFileNotBackup');
  }
  return notesProblemText({ id, params });
}
