import Dexie from 'dexie';

export type NotesErrorCode = 'quota' | 'not-found' | 'invalid' | 'import' | 'storage';

/** The one error type the notes API throws, so the UI can show a message per `code`. */
export class NotesError extends Error {
  readonly code: NotesErrorCode;
  override readonly cause?: unknown;
  /** For `import`: every problem found (the message names the first), e.g. `entries[12].satisfaction: expected 1–5`. */
  readonly details: readonly string[];

  constructor(code: NotesErrorCode, message: string, cause?: unknown, details: readonly string[] = []) {
    super(message);
    this.name = 'NotesError';
    this.code = code;
    this.cause = cause;
    this.details = details;
  }
}

const QUOTA_MESSAGE =
  'The browser has no storage space left for Kefu notes. Nothing was saved. Free disk space, or export and delete old cases, then try again.';

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
  if (isQuotaError(err)) return new NotesError('quota', QUOTA_MESSAGE, err);
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
