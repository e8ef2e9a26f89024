import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { bcp47, t } from '@/lib/i18n';
import { useLiveQuery } from '@/lib/notes/use-live-query';
import { findSecrets, redactSecrets, SECRET_TYPES, sanitizeSecrets } from '@/lib/privacy';
import {
  type ContactRecord,
  fillTemplate,
  isOverride,
  type Lang,
  overrideTemplate,
  type ProblemKind,
  placeholderLabel,
  problemKindInfo,
  suggestedDetails,
  suggestedOutcomes,
  suggestedTried,
  type TemplateData,
  templateDataFromOrder,
  templatesFor,
  validateTemplateBody,
} from '@/lib/templates';
import { CopyButton } from './CopyButton';
import { notesErrorMessage } from './notes/error-message';
import { notesStore } from './notes-store';
import { knownIdentifiers, type OrderContext, orderKey } from './order-context';
import { PrivacyWarning } from './PrivacyWarning';
import { useToast } from './use-toast';

interface Props {
  ctx: OrderContext;
  problem: ProblemKind;
  lang: Lang;
  copyRaw: boolean;
  /** Earlier contacts from the case notes, for the escalation template. */
  history: readonly ContactRecord[];
  /**
   * Called after the message was copied (not when copying failed), instead of the plain "Copied" toast: the panel
   * shows the one confirmation toast, with its "log this contact" action.
   */
  onCopied?: (text: string) => void;
}

/**
 * The order the composer last saw: its key (the order, or only the platform for a question about no order), the
 * problem, and `owner`, the order the last question about an order was about (null before any).
 */
interface OrderSeen {
  order: string;
  problem: string;
  owner: string | null;
}

/**
 * Whether what was typed (fill-ins, an edited message) belongs to another order than the one now shown: the key
 * changed under one problem, or a question about an order is back with another order than the one it was written
 * for (another order picked while a question about no order was chosen: the key changed with the problem, so the
 * first test misses it).
 */
function orderChangedSince(was: OrderSeen, now: OrderSeen): boolean {
  if (was.order !== now.order && was.problem === now.problem) return true;
  return now.owner !== null && was.owner !== null && was.owner !== now.owner;
}

/** What the composer remembers next: the owner stays through a question about no order, and goes with a reset. */
function nextSeen(was: OrderSeen, now: OrderSeen, changed: boolean): OrderSeen {
  return { ...now, owner: now.owner ?? (changed ? null : was.owner) };
}

/** What was typed for one order and not sent yet: its fill-ins, and the message if the user edited it. */
interface ComposerDraft {
  extra: Record<string, string>;
  edited: boolean;
  text: string;
  /** The template's text and source the edited message was written from (see `generated`, `generatedFrom`). */
  generated: string;
  from: string;
  /**
   * The order what was typed belongs to (see OrderSeen.owner): a question's draft may hold an order's fill-ins, kept
   * through the question; they must not go into another order's message after it comes back.
   */
  owner: string | null;
  /** The template the user chose for it (null: the first one offered), chosen again when the draft comes back. */
  template: string | null;
}

/**
 * Unsent messages, by order (the composer's key, see `thisOrder`): another order, or the panel following another tab,
 * starts a fresh message, and coming back to the order brings its draft back, as the case notes keep a contact being
 * written (entry-drafts). In this page's memory only, for the panel's life: a draft may hold a secret not masked yet.
 */
const drafts = new Map<string, ComposerDraft>();

/**
 * The message for one problem, filled from the order. Missing facts are fields to fill (never silently blank);
 * the text stays editable before copying; secrets in it are flagged and masked on copy unless the user opted out.
 */
export function TemplateComposer({ ctx, problem, lang, copyRaw, history, onCopied }: Props) {
  const toast = useToast();
  const stored = useLiveQuery(() => notesStore().listTemplates(), [], []);
  const choices = useMemo(() => templatesFor(problem, lang, stored), [problem, lang, stored]);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const template = choices.find((c) => c.id === templateId) ?? choices[0]!;
  const [extra, setExtra] = useState<Record<string, string>>({});
  const [text, setText] = useState('');
  const [edited, setEdited] = useState(false);
  // The language, problem or template changed while the message held the user's own edits: those edits stay, and
  // the user is asked whether to replace them with the new template (never replaced without asking).
  const [offerReplace, setOfferReplace] = useState(false);
  const [editingBody, setEditingBody] = useState<string | null>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  // The text the template last wrote into the message: a message that still equals it holds no edits of the user's.
  const generated = useRef('');
  // The source (see below) that text came from: an edited message belongs to it, so going back to it asks nothing.
  const generatedFrom = useRef('');
  // Closing the template editor (saved or cancelled) returns focus to its Edit button, not to the page's body.
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editingBody === null && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editingBody !== null;
  }, [editingBody]);

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
  useEffect(() => {
    setTemplateId(null);
  }, [thisOrder, problem, lang]);
  // A new order starts a fresh message, or the one kept for it (see drafts): an edited message about another order must
  // not be sent for this one. A new language, problem or template, or a new wording of the template (saved in the
  // editor below), rewrites the message only if the user has not edited it; otherwise the edits stay and the user
  // chooses (see the notice above the message). Back at the source the edited message was written from, there is
  // nothing to choose: the notice closes.
  const sourceOf = (t: { id: string; body: string }) => `${problem}\n${lang}\n${t.id}\n${t.body}`;
  const source = sourceOf(template);
  // The template editor edits one template: another problem, language or template closes it (Save would otherwise
  // write the wording on screen into the template now chosen). A change only: effects run after paint, and a mount
  // run would close an editor opened right away.
  const editorKey = `${problem}\n${lang}\n${template.id}`;
  const last = useRef({ ...now, source, editorKey });
  // The draft to bring back, found when the order changed and applied after the message followed the new order.
  const comeBack = useRef<ComposerDraft | null>(null);
  /** The message follows the template again, and no notice stays up. */
  const rewrite = () => {
    setEdited(false);
    setOfferReplace(false);
  };
  // Only a change of order or source decides (the editor's key is part of the source); `edited` and `text` are read
  // as they are at that moment.
  useEffect(() => {
    const orderChanged = orderChangedSince(last.current, now);
    const sourceChanged = last.current.source !== source;
    if (last.current.editorKey !== editorKey) setEditingBody(null);
    if (orderChanged) {
      // Still the order left: its fill-ins and message are kept for when the user comes back to it.
      const typed = edited || Object.values(extra).some((v) => v.trim() !== '');
      const draft = {
        extra,
        edited,
        text,
        generated: generated.current,
        from: generatedFrom.current,
        owner: last.current.owner,
        template: templateId,
      };
      if (typed) drafts.set(last.current.order, draft);
      else drafts.delete(last.current.order);
      comeBack.current = drafts.get(thisOrder) ?? null;
    } else if (last.current.order !== thisOrder && last.current.owner === null && now.owner !== null && !edited) {
      // From a question about no order to an order problem, the question's typing about no order in particular: the
      // order's own draft comes back (the way back to it passed through the question, in another tab or here).
      comeBack.current = drafts.get(thisOrder) ?? null;
    }
    last.current = { ...nextSeen(last.current, now, orderChanged), source, editorKey };
    // A draft brings back the order its typing is about.
    if (comeBack.current) last.current.owner = comeBack.current.owner;
    // What the user filled in (a tracking number, what they tried) is about the order, not the wording: it stays
    // until the order changes. The order "changes" only under the same problem: switching to or from a question about
    // no order changes the key, not the order (see orderChangedSince).
    if (orderChanged) setExtra({});
    // No edits (left, or undone back to the template's text): the message follows.
    if (orderChanged || (sourceChanged && (!edited || text === generated.current))) rewrite();
    else if (sourceChanged) setOfferReplace(source !== generatedFrom.current);
  }, [thisOrder, source]);
  useEffect(() => {
    if (edited) return;
    generated.current = filled.text;
    generatedFrom.current = source;
    setText(filled.text);
  }, [filled.text, edited, source]);
  // After the two effects above (same changes), so the draft's message is what stays, not the template's.
  useEffect(() => {
    const draft = comeBack.current;
    comeBack.current = null;
    if (!draft) return;
    // On top of what a question about no order kept (its item and seller), when the draft comes back from one.
    setExtra((typed) => ({ ...typed, ...draft.extra }));
    // The template it was written from, while this problem and language still offer it (the source follows, and the
    // effect above then finds the edits at their own source: nothing to ask).
    const chosen = choices.find((c) => c.id === draft.template);
    if (chosen) setTemplateId(chosen.id);
    if (!draft.edited) return;
    generated.current = draft.generated;
    generatedFrom.current = draft.from;
    setText(draft.text);
    setEdited(true);
    // Written for another problem, language or template than the one now chosen: kept, and the user is asked.
    setOfferReplace(sourceOf(chosen ?? template) !== draft.from);
  }, [thisOrder, source]);

  /** The user's answer to "replace my edits?": either way the notice closes and the keyboard goes to the message. */
  const answerReplace = (replace: boolean) => {
    if (replace) setEdited(false);
    setOfferReplace(false);
    messageRef.current?.focus();
  };
  /** Escape in the notice (its buttons are all that takes the keyboard there) answers "keep my edits". */
  const escapeKeeps = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    answerReplace(false);
  };

  // Memoised on the order: a new array each render would make the scan below run on every render, not on each edit.
  const ids = useMemo(() => knownIdentifiers(ctx.order), [ctx.order]);
  const secrets = useMemo(() => findSecrets(text, { knownIdentifiers: ids, types: [...SECRET_TYPES] }), [text, ids]);
  const copyValue = () => (copyRaw ? text : sanitizeSecrets(text, ids).text);

  /**
   * Escape in the template editor (its text and buttons are all that takes the keyboard there) cancels the edit, and
   * the keyboard returns to Edit. Not while an input method is composing: there Escape drops the composition.
   */
  const escapeCancelsEdit = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.isComposing) return;
    e.preventDefault();
    setEditingBody(null);
  };

  const saveBody = async () => {
    if (editingBody === null) return;
    // An empty template would compose an empty message; a brace left open would be sent to the shop as written.
    // Each is refused with what to do, and the text stays in the editor.
    if (!editingBody.trim()) {
      toast(t('templateEmpty'));
      return;
    }
    const { unknownPlaceholders: unknown, brokenBraces } = validateTemplateBody(editingBody);
    if (unknown.length > 0) {
      toast(t('templateUnknownPlaceholders', unknown.map((n) => `{${n}}`).join(' ')));
      return;
    }
    if (brokenBraces.length > 0) {
      toast(t('templateBrokenBraces', brokenBraces.join(' ')));
      return;
    }
    const base =
      template.builtIn || isOverride(template)
        ? overrideTemplate(problem, lang, { body: editingBody }, Date.now())
        : { ...template, body: editingBody, updatedAt: Date.now() };
    try {
      await notesStore().putTemplate(base);
    } catch (error) {
      // Not saved (too long, disk full): say so, and keep the text being edited.
      toast(notesErrorMessage(error));
      return;
    }
    // The message follows the saved wording as it follows a switch of template: an unedited message is rewritten, an
    // edited one is kept and the user is asked (the source above changes with the template's body).
    setEditingBody(null);
    toast(t('templateSaved'));
  };

  return (
    <section class="card composer" aria-label={t('composerTitle')} data-testid="composer">
      {choices.length > 1 && (
        <label class="row">
          <span>{t('templateChoice')}</span>
          <select value={template.id} lang={bcp47(lang)} onChange={(e) => setTemplateId(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {toFill.length > 0 && (
        <fieldset class="missing-fields" data-testid="missing-fields">
          <legend>{t(ctx.source === 'page' ? 'fillMissing' : 'fillMissingNotFromPage')}</legend>
          {edited && (
            <p class="muted" data-testid="fill-ins-edited">
              {t('fillInsAfterEdit')}
            </p>
          )}
          {toFill.map((name) => (
            <MissingField
              key={name}
              name={name}
              lang={lang}
              problem={problem}
              value={extra[name] ?? ''}
              onInput={(value) => setExtra((prev) => ({ ...prev, [name]: value }))}
            />
          ))}
        </fieldset>
      )}
      {/* Always present, so a screen reader announces the notice when it appears (a live region must exist first). */}
      <div role="status" class="replace-offer-region">
        {offerReplace && (
          <div class="replace-offer" data-testid="replace-offer">
            <p>{t('editsKeptNotice')}</p>
            <div class="actions">
              <button
                type="button"
                onClick={() => answerReplace(true)}
                onKeyDown={escapeKeeps}
                data-testid="replace-edits"
              >
                {t('replaceEdits')}
              </button>
              <button
                type="button"
                onClick={() => answerReplace(false)}
                onKeyDown={escapeKeeps}
                data-testid="keep-edits"
              >
                {t('keepEdits')}
              </button>
            </div>
          </div>
        )}
      </div>
      <label class="stack">
        <span>{t('messageLabel')}</span>
        <textarea
          ref={messageRef}
          data-testid="message"
          lang={bcp47(lang)}
          rows={12}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            // Typed back (or undone) to what the template wrote: not an edit, so fill-ins reach the message again.
            setEdited(e.currentTarget.value !== generated.current);
          }}
        />
      </label>
      <PrivacyWarning
        matches={secrets}
        lang={lang}
        onRedact={() => {
          const mask = (value: string) => redactSecrets(value, { knownIdentifiers: ids, types: [...SECRET_TYPES] });
          // The fill-ins too: a switch or "Rebuild" writes the message again from them, which would bring the secret
          // back. An unedited message stays the template's, so fill-ins typed later still reach it.
          setExtra((prev) => Object.fromEntries(Object.entries(prev).map(([name, value]) => [name, mask(value)])));
          setText(mask(text));
          // The warning and its button go once nothing is left to mask: the keyboard goes to the message it masked.
          messageRef.current?.focus();
        }}
      />
      <div class="actions">
        <CopyButton
          text={copyValue}
          label={t('copyMessage')}
          testId="copy-message"
          class="primary-button"
          onCopied={(ok, copied) => {
            // One toast per copy: the panel's own (offering to log the contact) replaces the plain "Copied".
            if (!ok) toast(t('copyFailed'));
            else if (onCopied) onCopied(copied);
            else toast(t('copied'));
          }}
        >
          {t('copyMessage')}
        </CopyButton>
        {edited && (
          <button
            type="button"
            onClick={() => {
              rewrite();
              // This button goes with the edits: the keyboard goes to the message it rewrote.
              messageRef.current?.focus();
            }}
            data-testid="regenerate"
          >
            {t('regenerate')}
          </button>
        )}
        <button type="button" ref={editRef} onClick={() => setEditingBody(template.body)} data-testid="edit-template">
          {t('editTemplate')}
        </button>
        {isOverride(template) && (
          <button
            type="button"
            onClick={async () => {
              try {
                await notesStore().deleteTemplate(template.id);
              } catch (error) {
                // Not reset (the database refused): say so; the user's wording stays, as does this button.
                toast(notesErrorMessage(error));
                return;
              }
              toast(t('templateReset'));
              // This button goes with the override: the keyboard stays in the composer, on Edit.
              editRef.current?.focus();
            }}
          >
            {t('resetTemplate')}
          </button>
        )}
      </div>
      {editingBody !== null && (
        <div class="template-editor">
          <label class="stack">
            <span>{t('templateBodyLabel')}</span>
            <textarea
              rows={10}
              lang={bcp47(lang)}
              value={editingBody}
              onKeyDown={escapeCancelsEdit}
              onInput={(e) => setEditingBody(e.currentTarget.value)}
              data-testid="template-body"
            />
          </label>
          <p class="muted">{t('templatePlaceholdersHint')}</p>
          <div class="actions">
            <button
              type="button"
              class="primary-button"
              onClick={saveBody}
              onKeyDown={escapeCancelsEdit}
              data-testid="save-template"
            >
              {t('save')}
            </button>
            <button type="button" onClick={() => setEditingBody(null)} onKeyDown={escapeCancelsEdit}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** The fill-in fields that offer common answers ("the outcome you want", what was tried, a reason). */
const SUGGESTIONS: Readonly<Record<string, typeof suggestedTried>> = {
  outcome: suggestedOutcomes,
  tried: suggestedTried,
  details: suggestedDetails,
};

function MissingField(props: {
  name: string;
  lang: Lang;
  problem: ProblemKind;
  value: string;
  onInput: (v: string) => void;
}) {
  const { name, lang, problem, value, onInput } = props;
  const suggest = Object.hasOwn(SUGGESTIONS, name) ? SUGGESTIONS[name] : undefined;
  const suggestions = suggest ? suggest(problem, lang) : [];
  const listId = `suggest-${name}`;
  return (
    <label class="row">
      <span lang={bcp47(lang)}>{placeholderLabel(name, lang, problem)}</span>
      <input
        data-testid={`missing-${name}`}
        lang={bcp47(lang)}
        value={value}
        list={suggestions.length > 0 ? listId : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </label>
  );
}
