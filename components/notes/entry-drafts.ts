import { maskNoteTexts } from '../notes-store';
import { type OrderContext, orderIdentity } from '../order-context';
import { createSessionDraftKeeper } from '../session-draft-keeper';
import { drafts, type EntryDraft, SESSION_PREFIX } from './draft-memory';

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

// Written to the session after a pause in typing and on pagehide (see session-draft-keeper.ts).
const kept = createSessionDraftKeeper(SESSION_PREFIX, drafts);

/** Keeps the draft, or forgets it once nothing in it was typed. */
export function keepDraft(key: string, draft: EntryDraft): void {
  const typed = Object.values(draft.texts).some((text) => text.trim() !== '') || draft.satisfaction > 0;
  if (typed) kept.keep(key, draft, () => masked(draft));
  else dropDraft(key);
}

/** Forgets the draft: only one this panel holds (an empty form opening here must not remove another panel's). */
export const dropDraft = (key: string): void => kept.drop(key);

/**
 * The draft as it may leave this page: every secret masked, as a save without "keep as typed" would store it. Only
 * this page's memory holds what was typed as it was; a panel opened again shows the masked text.
 */
const masked = (draft: EntryDraft): EntryDraft => ({
  ...draft,
  texts: maskNoteTexts(draft.texts) as EntryDraft['texts'],
});

/** Writes the drafts changed since the last write (also on pagehide). */
export const flushEntryDrafts = (): void => kept.flush();

/**
 * Whose draft a form keeps: the order's identity, one for a Taobao and a Tmall order of the same number (see
 * orderIdentity): opening a list's Tmall order on its detail page must not leave the contact being written behind.
 */
export const draftKeyOf = (ctx: OrderContext): string => orderIdentity(ctx);
