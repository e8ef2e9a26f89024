import Dexie from 'dexie';

export type NotesErrorCode = 'quota' | 'not-found' | 'invalid' | 'import' | 'storage';

/**
 * Every message the notes API gives, by stable id, in English with `$1`, `$2`… for what it names (record, field,
 * value). The English stays on the `Error` for logs; the UI shows the catalogue's `notesError…` message for the id
 * with the same substitutions (a unit test keeps the English catalogue equal to these).
 */
export const NOTES_MESSAGES = {
  quota:
    'The browser has no storage space left for Kefu notes. Nothing was saved. Free disk space, or export and delete old cases, then try again.',
  caseNotFound: 'No case $1',
  entryNotFound: 'No entry $1',
  undoExpired: 'Nothing to undo (already undone, or too old)',
  undoCaseExists: 'The case exists again; nothing to undo',
  undoCaseGone: 'The case of this entry was deleted; nothing to undo',
  caseExists: 'A case for order $1 on $2 already exists',
  required: '$1: required',
  tooLong: '$1: at most $2 characters',
  unknownValue: '$1: unknown "$2"',
  expectedTime: '$1: expected a time in ms',
  expectedRating: '$1: expected 1–5',
  importInvalidFile: '$1: invalid file',
  importFileTooLarge: '$1: larger than $2 characters',
  importEmptyFile: '$1: the file is empty',
  importNotJson: '$1: not valid JSON near line $2, column $3 — the file may be truncated or damaged',
  importNotJsonAnywhere: '$1: not valid JSON — the file may be truncated or damaged, or not a Kefu backup',
  importTooDeep: '$1: nested deeper than $2 levels',
  importForbiddenKey: '$1: forbidden key "$2"',
  importNotExport: '$1: expected a Kefu notes export object',
  importWrongFormat: '$1: expected "kefu-notes" (this is not a Kefu notes export)',
  importWrongVersion: '$1: expected 1 or 2, got $2 (made by a newer Kefu? update first)',
  importDuplicate: '$1: duplicate of $2',
  importNoCase: '$1: no case "$2" in the file or in your notes',
  importSameOrder: '$1: two different cases in your notes are for the same order; nothing was imported',
  importOrderTaken: '$1: the case "$2" is for the same order as your case "$3"; nothing was imported',
  importUnknownKey: '$1: unknown key',
  importExpectedObject: '$1: expected an object',
  importExpectedList: '$1: expected a list',
  importExpectedText: '$1: expected text',
  importExpectedId: '$1: expected an ID string',
  importEmptyId: '$1: expected a non-empty ID',
  importTooLong: '$1: expected at most $2 characters',
  importTooMany: '$1: expected at most $2 records',
  importTimeBefore1970: '$1: expected a time in ms after 1970',
  importInvalidTime: '$1: expected a valid time in ms',
  importOneOf: '$1: expected one of $2',
  importExpectedBoolean: '$1: expected true or false',
  importExpectedValue: '$1: expected $2',
  importExpectedDate: '$1: expected a date',
  importSettingTooBig: '$1: expected a JSON value of at most $2 characters',
  importOther: '$1: $2',
} as const;

export type NotesMessageId = keyof typeof NOTES_MESSAGES;

/** One problem: a message id and what it names, e.g. `{ id: 'tooLong', params: ['title', '10,000'] }`. */
export interface NotesProblem {
  readonly id: NotesMessageId;
  readonly params: readonly string[];
}

export function englishMessage({ id, params }: NotesProblem): string {
  // A callback, so a `$` inside a value (a title, a file's JSON error) is never read as a substitution.
  return NOTES_MESSAGES[id].replace(/\$(\d)/g, (_, n: string) => params[Number(n) - 1] ?? '');
}

export interface NotesErrorOptions {
  cause?: unknown;
  /** For `import`: every problem found; the first is `problem`. */
  problems?: readonly NotesProblem[];
}

/** The one error type the notes API throws, so the UI can show a translated message per `problem`. */
export class NotesError extends Error {
  readonly code: NotesErrorCode;
  override readonly cause?: unknown;
  /** What went wrong, by stable id: the UI translates it (`message` is the English, for logs). */
  readonly problem: NotesProblem;
  /** For `import`: every problem found (the message names the first). */
  readonly problems: readonly NotesProblem[];
  /** English of `problems`, e.g. `entries[12].satisfaction: expected 1–5`. */
  readonly details: readonly string[];

  constructor(
    code: NotesErrorCode,
    id: NotesMessageId,
    params: readonly string[] = [],
    options: NotesErrorOptions = {},
  ) {
    const problem: NotesProblem = { id, params };
    const problems = options.problems?.length ? options.problems : [problem];
    const extra = problems.length - 1;
    super(`${englishMessage(problem)}${extra > 0 ? ` (and ${extra} more problem${extra > 1 ? 's' : ''})` : ''}`);
    this.name = 'NotesError';
    this.code = code;
    this.cause = options.cause;
    this.problem = problem;
    this.problems = problems;
    this.details = options.problems?.length ? problems.map(englishMessage) : [];
  }
}

/**
 * Names of an error and of what it wraps. A quota error reaches us in several shapes: the raw DOMException
 * `QuotaExceededError`, Dexie's `Dexie.QuotaExceededError`, an `AbortError` whose `inner` is one of those (the
 * transaction aborted because a request inside it failed), or a `BulkError` listing per-row `failures`.
 */
export function errorNames(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== 'object' || depth > 4) return [];
  const { name, inner, cause, failures } = err as {
    name?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  const names = typeof name === 'string' ? [name] : [];
  if (err instanceof Dexie.QuotaExceededError) names.push('QuotaExceededError');
  for (const wrapped of [inner, cause, ...(Array.isArray(failures) ? failures.slice(0, 5) : [])]) {
    names.push(...errorNames(wrapped, depth + 1));
  }
  return names;
}

export const isQuotaError = (err: unknown): boolean => errorNames(err).includes('QuotaExceededError');
export const isConstraintError = (err: unknown): boolean =>
  !isQuotaError(err) && errorNames(err).includes('ConstraintError');

/** Maps storage failures to `NotesError`; anything already a `NotesError` passes through. */
export function toNotesError(err: unknown): unknown {
  if (err instanceof NotesError) return err;
  if (isQuotaError(err)) return new NotesError('quota', 'quota', [], { cause: err });
  return err;
}

/** Runs a write; a quota error becomes `NotesError('quota')`. The write must be one transaction, so nothing partial remains. */
export async function mapStorageErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw toNotesError(err);
  }
}
