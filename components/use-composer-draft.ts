import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '@/lib/notes/use-live-query';
import {
  type ContactRecord,
  fillTemplate,
  type Lang,
  type ProblemKind,
  problemKindInfo,
  type StoredTemplate,
  type TemplateData,
  templateDataFromOrder,
  templatesFor,
} from '@/lib/templates';
import {
  type ComposerDraft,
  decideOnChange,
  detailsNoticeOnChange,
  draftToRestore,
  nextSeen,
  type OrderSeen,
  orderChangedSince,
  orderFacts,
  restoredNotices,
  sourceOf,
} from './composer-draft';
import { dropComposerDraft, keepComposerDraft, readComposerDraft } from './composer-draft-session';
import { notesStore } from './notes-store';
import { knownIdentifiers, type OrderContext, orderKey } from './order-context';

/** The stored templates before their first reading (see `templatesRead`). */
const NOT_READ: StoredTemplate[] = [];

export interface ComposerDraftInput {
  ctx: OrderContext;
  problem: ProblemKind;
  lang: Lang;
  /** Earlier contacts from the case notes, for the escalation template. */
  history: readonly ContactRecord[];
}

/**
 * The message being written for one order and problem: the template chosen, the fill-ins, the text (the template's,
 * or the user's edits), the drafts kept per order, and the notice shown when edits are kept although the template or
 * the order's details changed. The composer renders what this returns.
 */
export function useComposerDraft({ ctx, problem, lang, history }: ComposerDraftInput) {
  // A draft brought back when the composer opens (the panel opened again) waits for the user's own templates: the one
  // it was written with may be one of them. Read (or failed to read: the built-in ones are all there is).
  const [templatesFailed, setTemplatesFailed] = useState(false);
  const stored = useLiveQuery(
    () => notesStore().listTemplates(),
    [],
    NOT_READ,
    () => setTemplatesFailed(true),
  );
  const templatesRead = stored !== NOT_READ || templatesFailed;
  const choices = useMemo(() => templatesFor(problem, lang, stored), [problem, lang, stored]);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const template = choices.find((c) => c.id === templateId) ?? choices[0]!;
  const [extra, setExtra] = useState<Record<string, string>>({});
  const [text, setTextState] = useState('');
  const [edited, setEditedState] = useState(false);
  // `edited` as last set, for the effect that writes the template's text into the message: an effect runs after the
  // next paint, with the `edited` of the render that scheduled it. A keystroke in between (right after "Rebuild from
  // template", or a fill-in) would be written over by the template, with what the user had just typed (2026-12).
  const editedNow = useRef(false);
  const setEdited = (value: boolean) => {
    editedNow.current = value;
    setEditedState(value);
  };
  // `text` as last set, for the same reason: the effects that decide on a new template or new order details read the
  // message as it is now, the user's first keystroke since that change was rendered included.
  const textNow = useRef('');
  const setText = (value: string) => {
    textNow.current = value;
    setTextState(value);
  };
  // The language, problem or template changed while the message held the user's own edits: those edits stay, and
  // the user is asked whether to replace them with the new template (never replaced without asking).
  const [offerReplace, setOfferReplace] = useState(false);
  // The order's details (a tracking ID found by a rescan, a new total or status) are no longer those the edited
  // message was written from: the edits stay, and the user is told and offered to rebuild the message.
  const [detailsChanged, setDetailsChanged] = useState(false);
  // The text the template last wrote into the message: a message that still equals it holds no edits of the user's.
  const generated = useRef('');
  // The source (see below) that text came from: an edited message belongs to it, so going back to it asks nothing.
  const generatedFrom = useRef('');
  // The order details that text came from (see orderFacts), or that the user last chose to keep their edits under.
  const writtenFrom = useRef('');

  // What the order and the case notes say; the user's own entries go on top of it.
  const known: TemplateData = useMemo(() => {
    const fromOrder = templateDataFromOrder(ctx.order, { platform: ctx.platform, marketplace: ctx.marketplace, lang });
    // A question before buying or an account problem is about no order: the selected order's item, shop and numbers
    // are not its facts (they became "this item" of a message saying it was not bought yet), only the platform is.
    const { platform } = fromOrder;
    const facts = problemKindInfo(problem).orderRelated ? fromOrder : platform ? { platform } : {};
    return { ...facts, ...(history.length > 0 ? { contactHistory: history } : {}) };
  }, [ctx, lang, history, problem]);
  // The fields to fill are what the order did not say, whether or not the user has typed in them yet: a field that
  // is filled must not vanish under the user's first keystroke.
  const toFill = useMemo(() => fillTemplate(template, known, lang).missing, [template, known, lang]);
  // Only the fields shown fill the message: a fill-in kept from a question about no order ("this item", its seller)
  // must not replace the order's own item and seller, where no field shows it.
  const data: TemplateData = useMemo(
    () => ({
      ...known,
      ...Object.fromEntries(Object.entries(extra).filter(([k, v]) => toFill.includes(k) && v.trim() !== '')),
    }),
    [known, extra, toFill],
  );
  const filled = useMemo(() => fillTemplate(template, data, lang), [template, data, lang]);

  // The order as the panel tells orders apart (platform, marketplace or shop, id): two shops' orders may share an id.
  // A message about no order (a question before buying, an account problem) is not the order's: picking another
  // order keeps what was typed, only another platform starts afresh.
  const orderRelated = problemKindInfo(problem).orderRelated;
  const thisOrder = orderRelated ? orderKey(ctx) : ctx.platform;
  const now: OrderSeen = { order: thisOrder, problem, owner: orderRelated ? orderKey(ctx) : null };
  const facts = useMemo(() => orderFacts(ctx, orderRelated), [ctx, orderRelated]);
  // The order's own numbers, never masked as secrets when its draft is kept (see keepComposerDraft).
  const ids = useMemo(() => knownIdentifiers(ctx.order), [ctx.order]);
  useEffect(() => {
    setTemplateId(null);
  }, [thisOrder, problem, lang]);
  // A new order starts a fresh message, or the one kept for it (see composer-draft-session): an edited message about
  // another order must not be sent for this one. A new language, problem or template, or a new wording of the template
  // (saved in the editor), rewrites the message only if the user has not edited it; otherwise the edits stay and the
  // user chooses (see `notice`). Back at the source the edited message was written from, there is nothing to choose:
  // the notice closes.
  const source = sourceOf(problem, lang, template);
  const last = useRef({ ...now, source });
  // The draft to bring back, found when the order changed and applied after the message followed the new order; or,
  // when the composer opens, the one kept for its order (the panel was closed while it was written, and opened again).
  const comeBack = useRef<ComposerDraft | null>(readComposerDraft(thisOrder) ?? null);
  // The numbers of the order whose message is on screen: kept with it when another order comes.
  const shownIds = useRef(ids);
  /** The message follows the template again, and no notice stays up. */
  const rewrite = () => {
    setEdited(false);
    setOfferReplace(false);
    setDetailsChanged(false);
  };
  // Only a change of order or source decides; `edited` and `text` are read as they are at that moment.
  useEffect(() => {
    const orderChanged = orderChangedSince(last.current, now);
    const sourceChanged = last.current.source !== source;
    const keyLeft = last.current.order;
    // A draft still waiting for the templates (the composer just opened): the message on screen is not yet its own.
    const waiting = comeBack.current;
    if (orderChanged && !waiting) {
      // Still the order left: its fill-ins and message are kept for when the user comes back to it.
      keepComposerDraft(
        last.current.order,
        onScreen(last.current.problem as ProblemKind, last.current.owner),
        shownIds.current,
      );
    }
    comeBack.current =
      draftToRestore(last.current, now, orderChanged, edited, readComposerDraft) ??
      (keyLeft === now.order ? waiting : null);
    last.current = { ...nextSeen(last.current, now, orderChanged), source };
    // A draft brings back the order its typing is about.
    if (comeBack.current) last.current.owner = comeBack.current.owner;
    // What the user filled in (a tracking number, what they tried) is about the order, not the wording: it stays
    // until the order changes. The order "changes" only under the same problem: switching to or from a question about
    // no order changes the key, not the order (see orderChangedSince).
    if (orderChanged) setExtra({});
    // The message as it is now, not as this effect's render saw it: a first keystroke typed before this effect ran (a
    // template changed in another panel, rendered as the user typed) is an edit, kept and asked about, not written over.
    const decision = decideOnChange({
      orderChanged,
      sourceChanged,
      edited: editedNow.current,
      text: textNow.current,
      generated: generated.current,
      source,
      generatedFrom: generatedFrom.current,
    });
    if (decision.kind === 'rewrite') rewrite();
    else if (decision.kind === 'keep') setOfferReplace(decision.offerReplace);
    // The same message under another problem: one message, kept under the key it is now shown under only (left under
    // the other, it would come back there after it was sent or undone here). Kept now: the layout effect below passed
    // it by, and a notice already up brings no new render.
    if (!orderChanged && !waiting && keyLeft !== now.order) dropComposerDraft(keyLeft);
    if (!orderChanged && !comeBack.current) keepShown();
  }, [thisOrder, source]);
  useEffect(() => {
    if (edited || editedNow.current) return;
    writeTemplateText();
    // The message follows the template and the order as they are now (also once kept edits are undone): no notice
    // about edits kept, nor about details it was written from.
    setOfferReplace(false);
    setDetailsChanged(false);
  }, [filled.text, edited, source, facts]);
  // After the two effects above (same changes), so the draft's message is what stays, not the template's.
  useEffect(() => {
    const draft = comeBack.current;
    if (!draft || !templatesRead) return;
    comeBack.current = null;
    // On top of what a question about no order kept (its item and seller), when the draft comes back from one.
    setExtra((typed) => ({ ...typed, ...draft.extra }));
    // The template it was written from, while this problem and language still offer it (the source follows, and the
    // effect above then finds the edits at their own source: nothing to ask).
    const chosen = choices.find((c) => c.id === draft.template);
    if (chosen) setTemplateId(chosen.id);
    if (!draft.edited) return;
    generated.current = draft.generated;
    generatedFrom.current = draft.from;
    writtenFrom.current = draft.facts;
    setText(draft.text);
    setEdited(true);
    // Written for another problem, language or template than the one now chosen, or about the order as it was before
    // its details changed: kept, and the user is told.
    const notices = restoredNotices(draft, { source: sourceOf(problem, lang, chosen ?? template), facts });
    setOfferReplace(notices.offerReplace);
    setDetailsChanged(notices.detailsChanged);
  }, [thisOrder, source, templatesRead]);
  // The same order with other details while its edited message is on screen (a rescan found its tracking ID).
  const lastFacts = useRef({ order: thisOrder, facts });
  useEffect(() => {
    // Edited now (see editedNow): a rescan rendered as the user typed their first keystroke is news to that edit.
    const notice = detailsNoticeOnChange(
      lastFacts.current,
      { order: thisOrder, facts },
      editedNow.current,
      writtenFrom.current,
    );
    lastFacts.current = { order: thisOrder, facts };
    if (notice !== undefined) setDetailsChanged(notice);
  }, [thisOrder, facts]);
  /** The message is the template's text, filled from the order as it is now. */
  function writeTemplateText() {
    generated.current = filled.text;
    generatedFrom.current = source;
    writtenFrom.current = facts;
    setText(filled.text);
  }
  /** What is on screen, as the draft of a message for `problem` about the order `owner` (see ComposerDraft). */
  function onScreen(problem: ProblemKind, owner: string | null) {
    const [from, facts] = [generatedFrom.current, writtenFrom.current];
    return { problem, extra, edited, text, generated: generated.current, from, facts, owner, template: templateId };
  }
  /** Keeps what is on screen as this order's draft, with its problem. */
  function keepShown() {
    shownIds.current = ids;
    keepComposerDraft(thisOrder, onScreen(problem, last.current.owner), ids);
  }
  // What is on screen is this order's draft, kept for when the user comes back to the order, here or in the panel
  // opened again. A layout effect, as the case notes' form keeps its draft: it runs as the change is rendered, so a
  // composer taken down or a panel closed right after a keystroke has kept it (a plain effect waits for the next frame,
  // and is dropped if the composer goes first). Not while the effects above have yet to see a new order or problem (the
  // message on screen may be the order left's, and the draft they bring back is not to be overwritten), nor while a
  // draft has yet to come back.
  useLayoutEffect(() => {
    if (comeBack.current || last.current.order !== thisOrder || orderChangedSince(last.current, now)) return;
    keepShown();
  });

  return {
    choices,
    template,
    /** Another template chosen in the picker. */
    chooseTemplate: (id: string) => setTemplateId(id),
    toFill,
    extra,
    setFillIn: (name: string, value: string) => setExtra((prev) => ({ ...prev, [name]: value })),
    text,
    edited,
    /** The user typed in the message: typed back (or undone) to what the template wrote, it is not an edit. */
    editText: (value: string) => {
      setText(value);
      setEdited(value !== generated.current);
    },
    /**
     * Masks secrets in the message and in the fill-ins too: a switch or "Rebuild" writes the message again from them,
     * which would bring the secret back. An unedited message stays the template's, so fill-ins typed later still reach
     * it.
     */
    mask: (masked: (value: string) => string) => {
      setExtra((prev) => Object.fromEntries(Object.entries(prev).map(([name, value]) => [name, masked(value)])));
      setText(masked(text));
    },
    /** The notice above the message, if any: the template, or the order's details, changed under the user's edits. */
    notice: offerReplace || detailsChanged ? { template: offerReplace, details: detailsChanged } : null,
    /** The user's answer to the notice: rebuild the message from the template, or keep the edits (the notice closes). */
    answerNotice: (replace: boolean) => {
      // Rewritten now, not by the effect after the next paint: a keystroke before it would land in the old text.
      if (replace) {
        setEdited(false);
        writeTemplateText();
      }
      // Kept under these details: they are no longer news when the draft comes back.
      else writtenFrom.current = facts;
      setOfferReplace(false);
      setDetailsChanged(false);
    },
    /** "Rebuild from the template": the message follows the template again, and no notice stays up. */
    rebuild: () => {
      rewrite();
      // Now, as the answer to the notice does (see answerNotice).
      writeTemplateText();
    },
  };
}
