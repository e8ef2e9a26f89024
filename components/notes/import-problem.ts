import { formatCount, type MessageKey, t, uiBcp47, uiLang } from '@/lib/i18n';
import { forUi } from '@/lib/i18n/hant';
import {
  CASE_PLATFORMS,
  CASE_STATUSES,
  ENTRY_CHANNELS,
  type NotesMessageId,
  type NotesProblem,
  readOnlyExportOf,
} from '@/lib/notes';
import { isProblemKind, problemLabel } from '@/lib/templates';
import { notesProblemText, plainFieldName } from './error-message';
import { channelLabel, statusLabel } from './labels';

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
  const record = t(RECORDS[match[1]!]!, formatCount(Number(match[2]) + 1));
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

const includes = <T extends string>(list: readonly T[], value: string): value is T => list.includes(value as T);

/** A pick-list value as the panel names it ("waiting" → "等待商家回复"); null for one it has no name for. */
function optionName(field: string, code: string): string | null {
  if (field === 'status' && code === 'pending') return statusLabel('waiting'); // version 1's name of `waiting`
  if (field === 'status' && includes(CASE_STATUSES, code)) return statusLabel(code);
  if (field === 'channel' && includes(ENTRY_CHANNELS, code)) return channelLabel(code);
  if (field === 'platform' && includes(CASE_PLATFORMS, code)) return t(`platform_${code}`);
  if (field === 'problemKind' && isProblemKind(code)) return forUi(problemLabel(code, uiLang()), uiLang());
  return null;
}

/**
 * The values a pick-list takes, as the panel names them and listed the language's way ("处理中、已解决或已关闭" /
 * "Open, Resolved or Closed"); the file's codes stay in the technical text and in the error's English message.
 */
function optionNames(path: string, options: string): string {
  const field = /([^.[\]]+)$/.exec(path)?.[1] ?? '';
  const codes = options.split(', ');
  const names = codes.map((code) => optionName(field, code));
  if (names.some((name) => name === null)) return options;
  return new Intl.ListFormat(uiBcp47(), { type: 'disjunction' }).format(names as string[]);
}

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
      return t('notesPlainUnknownValue', optionNames(params[0] ?? '', params[1] ?? ''));
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

/**
 * Why a file of Kefu's own that is no backup (its CSV or Markdown export, picked by mistake) was refused, naming the
 * export to use instead; null for any other file. Its JSON error alone ("not a Kefu backup, or damaged or cut short")
 * left the user to guess that a file Kefu wrote cannot be read back.
 */
export function plainReadOnlyExport(text: string): string | null {
  const kind = readOnlyExportOf(text);
  if (!kind) return null;
  return t(kind === 'csv' ? 'notesPlainFileIsCsv' : 'notesPlainFileIsReport', t('notesExportJson'));
}
