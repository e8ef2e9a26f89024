import { PROBLEM_KIND_IDS } from '../templates/problem-kinds';
import type { Lang } from '../templates/types';
import { NotesError } from './errors';
import { LIMITS } from './limits';
import type { Sanitizer } from './sanitize';
import type { UserTemplate } from './types';

// A Record, so adding a UI language without listing it here fails to compile.
const LANG_SET: Readonly<Record<Lang, true>> = { zh_CN: true, en: true };
/** Languages a stored template may have: the UI's. */
export const TEMPLATE_LANGS = Object.keys(LANG_SET) as Lang[];

/**
 * Checks a template the way import's schema does, so whatever the user saves survives export → import and junk
 * (an unknown problem kind or language) is never stored.
 */
export function validateTemplate(t: UserTemplate): void {
  const tooLong = (field: string, value: string, max: number) => {
    if (value.length > max) throw new NotesError('invalid', 'tooLong', [field, max.toLocaleString('en')]);
  };
  if (!t.id) throw new NotesError('invalid', 'required', ['id']);
  tooLong('id', t.id, LIMITS.id);
  if (!(PROBLEM_KIND_IDS as readonly string[]).includes(t.problemKind)) {
    throw new NotesError('invalid', 'unknownValue', ['problemKind', String(t.problemKind)]);
  }
  if (!(TEMPLATE_LANGS as readonly string[]).includes(t.lang)) {
    throw new NotesError('invalid', 'unknownValue', ['lang', String(t.lang)]);
  }
  tooLong('title', t.title, LIMITS.text);
  tooLong('body', t.body, LIMITS.templateBody);
}

/** Title and body go through the privacy check on every write, typed or imported. */
export function sanitizeTemplateText<T extends UserTemplate>(sanitize: Sanitizer, t: T): T {
  return { ...t, title: sanitize(t.title).text, body: sanitize(t.body).text };
}
