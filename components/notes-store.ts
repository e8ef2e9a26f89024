import { KefuNotesDb, NotesStore } from '@/lib/notes';
import { sanitizeSecrets } from '@/lib/privacy';

let store: NotesStore | null = null;

/** The extension page's one notes store; every write is sanitised so secrets are masked before they are saved. */
export function notesStore(): NotesStore {
  store ??= new NotesStore(new KefuNotesDb(), { sanitize: (text) => sanitizeSecrets(text) });
  return store;
}
