import { KefuNotesDb, NotesStore } from '@/lib/notes';
import { sanitizeSecrets } from '@/lib/privacy';

let store: NotesStore | null = null;

/** The privacy check every note text is saved through (secrets masked). */
export const maskNoteText = (text: string): string => sanitizeSecrets(text).text;

/** The extension page's one notes store; every write is sanitised so secrets are masked before they are saved. */
export function notesStore(): NotesStore {
  store ??= new NotesStore(new KefuNotesDb(), { sanitize: (text) => sanitizeSecrets(text) });
  return store;
}
