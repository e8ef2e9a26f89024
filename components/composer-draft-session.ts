import { maskEntryTexts } from '@/lib/notes/sanitize';
import { sanitizeSecrets } from '@/lib/privacy';
import { problemKindInfo } from '@/lib/templates';
import { hasTyping } from './composer-draft';
import { COMPOSER_PREFIX, composerDrafts, type KeptComposerDraft } from './composer-draft-memory';
import { type OrderContext, orderKey } from './order-context';
import { createSessionDraftKeeper } from './session-draft-keeper';

/*
 * Unsent messages, by order (the composer's key: the order, or only the platform for a question about no order), with
 * the problem each was written for: another order, or the panel following another tab, starts a fresh message, and
 * coming back to the order brings its draft back; so does closing the panel and opening it again on the order (the
 * toolbar button closes it with one click), problem included. As the case notes keep a contact being written
 * (notes/entry-drafts.ts): a message may hold a secret the user has not masked yet, so besides this page's memory it is
 * kept, with its secrets masked, only in `storage.session` (memory only, cleared when the browser quits, unseen by
 * content scripts), one key per draft.
 */

// Written to the session after a pause in typing and on pagehide (see session-draft-keeper.ts).
const kept = createSessionDraftKeeper(COMPOSER_PREFIX, composerDrafts);

/** A draft as the composer shows it: when it is kept is the keeping's. */
type ShownDraft = Omit<KeptComposerDraft, 'keptAt'>;

export const readComposerDraft = (key: string): KeptComposerDraft | undefined => composerDrafts.get(key);

/**
 * Keeps the message written under `key`, or forgets it once nothing in it is typed (no fill-in, the template's own
 * text). `ids` are the order's own numbers (see knownIdentifiers), never masked as secrets.
 */
export function keepComposerDraft(key: string, draft: ShownDraft, ids: readonly string[]): void {
  if (!hasTyping(draft.edited, draft.extra)) {
    dropComposerDraft(key);
    return;
  }
  const was = composerDrafts.get(key);
  // The composer keeps its draft at each render: one that changed nothing is not news to the session.
  if (was && sameDraft(was, draft)) return;
  const now: KeptComposerDraft = { ...draft, keptAt: Date.now() };
  kept.keep(key, now, () => maskComposerDraft(now, ids));
}

/** Forgets the draft: only one this panel holds (an empty composer opening here must not remove another panel's). */
export const dropComposerDraft = (key: string): void => kept.drop(key);

const fingerprint = (d: ShownDraft) =>
  JSON.stringify([d.problem, d.extra, d.edited, d.text, d.generated, d.from, d.facts, d.owner, d.template]);
const sameDraft = (a: ShownDraft, b: ShownDraft) => fingerprint(a) === fingerprint(b);

/**
 * The draft as it may leave this page: secrets masked in what the user typed (the fill-ins, read together as the notes
 * read an entry's fields, and the message and the template's text, each as the copy button masks it). Its source and
 * order details stay as they are: they hold the template's wording (saved masked) and what the page showed, and the
 * notices compare them as they are. Only this page's memory holds what was typed as it was.
 */
export function maskComposerDraft(draft: KeptComposerDraft, ids: readonly string[]): KeptComposerDraft {
  const sanitize = (text: string) => sanitizeSecrets(text, ids);
  return {
    ...draft,
    extra: maskEntryTexts(sanitize, Object.keys(draft.extra), draft.extra) as Record<string, string>,
    text: sanitize(draft.text).text,
    generated: sanitize(draft.generated).text,
  };
}

/**
 * The problem to open the panel on, for the first order it shows: that of the draft kept for the order, or for its
 * platform (a question about no order), whichever was kept later (the one being written when the panel closed).
 * A draft whose problem does not fit its key (an order's own draft about no order) is not one the composer kept.
 */
export function problemKeptFor(ctx: OrderContext) {
  const own = composerDrafts.get(orderKey(ctx));
  const question = composerDrafts.get(ctx.platform);
  const candidates = [
    own && problemKindInfo(own.problem).orderRelated ? own : undefined,
    question && !problemKindInfo(question.problem).orderRelated ? question : undefined,
  ].filter((d) => d !== undefined);
  const latest = candidates.reduce<KeptComposerDraft | undefined>(
    (best, d) => (best === undefined || d.keptAt > best.keptAt ? d : best),
    undefined,
  );
  return latest?.problem;
}
