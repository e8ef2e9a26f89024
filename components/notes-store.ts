import { ENTRY_TEXT_FIELDS, type EntryTextField, KefuNotesDb, maskEntryTexts, NotesStore } from '@/lib/notes';
import { sanitizeSecrets } from '@/lib/privacy';

let store: NotesStore | null = null;

/**
 * An entry's texts through the privacy check they are saved through (secrets masked), read together as the entry form
 * warns on them and as the store masks them: a label in one field and its value in another are one secret.
 */
export const maskNoteTexts = (
  texts: Partial<Record<EntryTextField, string>>,
): Partial<Record<EntryTextField, string>> => maskEntryTexts(sanitizeSecrets, ENTRY_TEXT_FIELDS, texts);

/** The extension page's one notes store; every write is sanitised so secrets are masked before they are saved. */
export function notesStore(): NotesStore {
  store ??= new NotesStore(new KefuNotesDb(), { sanitize: (text) => sanitizeSecrets(text) });
  return store;
}
