import { maskNoteTexts } from '../notes-store';
import { type OrderContext, orderIdentity } from '../order-context';
import { drafts, type EntryDraft, SESSION_PREFIX, sessionArea } from './draft-memory';

/*
 * Unsaved contacts, by order (draftKeyOf): picking another order, or the panel following another page by
 * itself, replaces the form, and coming back to the order brings its draft back; so does closing the panel and opening
 * it again (the toolbar button closes it with one click). A draft may hold a secret the user has not masked yet (the
 * store masks on save), so it never goes to disk and never leaves this page as typed: besides this page's memory it
 * is kept, with its secrets masked, only in `storage.session`, which the browser holds in memory, clears when it
 * quits, and does not show to content scripts. One key per draft, so two panels (two windows) never overwrite each
 * other's.
 */

export const readDraft = (key: string): EntryDraft | undefined => drafts.get(key);

/** Keeps the draft, or forgets it once nothing in it was typed. */
export function keepDraft(key: string, draft: EntryDraft): void {
  const typed = Object.values(draft.texts).some((text) => text.trim() !== '') || draft.satisfaction > 0;
  if (!typed) {
    dropDraft(key);
    return;
  }
  drafts.set(key, draft);
  toSession(key, draft);
}

export function dropDraft(key: string): void {
  // Only a draft this panel holds: an empty form opening here must not remove what another panel is writing.
  if (!drafts.delete(key)) return;
  toSession(key, null);
}

// Written after a pause in typing, not per keystroke: every storage change is an event to each context listening
// (it wakes the background's service worker). Flushed when the panel goes away, so its last keystrokes are kept.
const unsent = new Map<string, EntryDraft | null>();
let timer: ReturnType<typeof setTimeout> | undefined;
const PAUSE_MS = 400;

function toSession(key: string, draft: EntryDraft | null): void {
  if (!sessionArea()) return;
  unsent.set(key, draft);
  if (timer === undefined) {
    timer = setTimeout(flushEntryDrafts, PAUSE_MS);
    addEventListener('pagehide', flushEntryDrafts, { once: true });
  }
}

/**
 * The draft as it may leave this page: every secret masked, as a save without "keep as typed" would store it. Only
 * this page's memory holds what was typed as it was; a panel opened again shows the masked text.
 */
const masked = (draft: EntryDraft): EntryDraft => ({
  ...draft,
  texts: maskNoteTexts(draft.texts) as EntryDraft['texts'],
});

/** Writes the drafts changed since the last write (also on pagehide). */
export function flushEntryDrafts(): void {
  clearTimeout(timer);
  timer = undefined;
  removeEventListener('pagehide', flushEntryDrafts);
  const area = sessionArea();
  if (!area || unsent.size === 0) return;
  const kept: Record<string, EntryDraft> = {};
  const gone: string[] = [];
  for (const [key, draft] of unsent) {
    if (draft) kept[SESSION_PREFIX + key] = masked(draft);
    else gone.push(SESSION_PREFIX + key);
  }
  unsent.clear();
  if (Object.keys(kept).length > 0) void area.set(kept).catch(() => undefined);
  if (gone.length > 0) void area.remove(gone).catch(() => undefined);
}

/**
 * Whose draft a form keeps: the order's identity, one for a Taobao and a Tmall order of the same number (see
 * orderIdentity): opening a list's Tmall order on its detail page must not leave the contact being written behind.
 */
export const draftKeyOf = (ctx: OrderContext): string => orderIdentity(ctx);
