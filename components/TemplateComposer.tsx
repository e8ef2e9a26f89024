import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { bcp47, shownBcp47, t, uiLang } from '@/lib/i18n';
import { forUi } from '@/lib/i18n/hant';
import { findSecrets, redactSecrets, SECRET_TYPES, sanitizeSecrets } from '@/lib/privacy';
import {
  type ContactRecord,
  isOverride,
  type Lang,
  listed,
  missingMarker,
  overrideTemplate,
  type ProblemKind,
  placeholderLabel,
  suggestedDetails,
  suggestedOutcomes,
  suggestedTried,
  validateTemplateBody,
} from '@/lib/templates';
import { CopyButton } from './CopyButton';
import { MessageLangHint } from './MessageLangHint';
import { notesErrorMessage } from './notes/error-message';
import { notesStore } from './notes-store';
import { knownIdentifiers, type OrderContext } from './order-context';
import { PrivacyWarning } from './PrivacyWarning';
import { revealSection } from './reveal-section';
import { useComposerDraft } from './use-composer-draft';
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
   * shows the one confirmation toast, with its "log this contact" action. `blanks`: what the copied text still asks
   * the user to fill in (see blanksNotice), which that toast says.
   */
  onCopied?: (text: string, blanks: string | null) => void;
  /**
   * How many times the user asked for this message from elsewhere in the panel (the case notes' "Write an escalation
   * request"): each ask brings the composer into view, which is then far above the button (see revealSection).
   */
  reveals?: number;
  /** Writes the message in the other language (the header's toggle does the same): the shop's, when it is offered. */
  onLangChange?: (lang: Lang) => void;
}

/**
 * The message for one problem, filled from the order. Missing facts are fields to fill (never silently blank);
 * the text stays editable before copying; secrets in it are flagged and masked on copy unless the user opted out.
 * What the message holds, and when it follows the template, is `useComposerDraft`'s; this renders it.
 */
export function TemplateComposer({ ctx, problem, lang, copyRaw, history, onCopied, reveals = 0, onLangChange }: Props) {
  const toast = useToast();
  const [editingBody, setEditingBody] = useState<string | null>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  // A new ask only: mounted again (another order after none), the composer must not jump to an ask already answered.
  const revealsSeen = useRef(reveals);
  useEffect(() => {
    if (reveals === revealsSeen.current) return;
    revealsSeen.current = reveals;
    revealSection(sectionRef.current);
  }, [reveals]);
  // Closing the template editor (saved or cancelled) returns focus to its Edit button, not to the page's body.
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editingBody === null && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editingBody !== null;
  }, [editingBody]);
  const draft = useComposerDraft({ ctx, problem, lang, history });
  const { template, text, edited } = draft;

  // The template editor edits one template: another problem, language or template closes it (Save would otherwise
  // write the wording on screen into the template now chosen). A change only: effects run after paint, and a mount
  // run would close an editor opened right away.
  const editorKey = `${problem}\n${lang}\n${template.id}`;
  const lastEditorKey = useRef(editorKey);
  useEffect(() => {
    if (lastEditorKey.current !== editorKey) setEditingBody(null);
    lastEditorKey.current = editorKey;
  }, [editorKey]);

  /** The user's answer to the notice: either way the notice closes and the keyboard goes to the message. */
  const answerReplace = (replace: boolean) => {
    draft.answerNotice(replace);
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
   * "Copied, but it still has blanks to fill in: total paid, the outcome you want." when the copied text still holds a
   * fill-in's marker (`[fill in: …]`), named in the panel's language; else null. Many users finish the message in the
   * shop's chat box, so it is said, not refused.
   */
  const blanksNotice = (copied: string): string | null => {
    const ui = uiLang();
    const blanks = draft.toFill
      .filter((name) => copied.includes(missingMarker(placeholderLabel(name, lang, problem), lang)))
      .map((name) => forUi(placeholderLabel(name, ui, problem), ui));
    return blanks.length ? t('copiedWithBlanks', listed(blanks, ui)) : null;
  };

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
    // edited one is kept and the user is asked (useComposerDraft's source changes with the template's body).
    setEditingBody(null);
    toast(t('templateSaved'));
  };

  return (
    // Focusable by script only (revealSection): the keyboard lands on the whole message, named by its label.
    <section
      ref={sectionRef}
      tabIndex={-1}
      class="card composer"
      aria-label={t('composerTitle')}
      data-testid="composer"
    >
      {onLangChange && (
        <MessageLangHint
          ctx={ctx}
          lang={lang}
          onChoose={(l) => {
            onLangChange(l);
            // The offer goes once the message is in the shop's language: the keyboard goes to the message it rewrote.
            messageRef.current?.focus();
          }}
        />
      )}
      {draft.choices.length > 1 && (
        <label class="row">
          <span>{t('templateChoice')}</span>
          <select
            value={template.id}
            lang={shownBcp47(lang)}
            onChange={(e) => draft.chooseTemplate(e.currentTarget.value)}
          >
            {draft.choices.map((c) => (
              <option key={c.id} value={c.id}>
                {/* Kefu's own titles in the UI's characters; a title the user wrote, as written. */}
                {c.builtIn || isOverride(c) ? forUi(c.title, lang) : c.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {draft.toFill.length > 0 && (
        <fieldset class="missing-fields" data-testid="missing-fields">
          <legend>{t(ctx.source === 'page' ? 'fillMissing' : 'fillMissingNotFromPage')}</legend>
          {edited && (
            <p class="muted" data-testid="fill-ins-edited">
              {t('fillInsAfterEdit')}
            </p>
          )}
          {draft.toFill.map((name) => (
            <MissingField
              key={name}
              name={name}
              lang={lang}
              problem={problem}
              value={draft.extra[name] ?? ''}
              onInput={(value) => draft.setFillIn(name, value)}
            />
          ))}
        </fieldset>
      )}
      {/* Always present, so a screen reader announces the notice when it appears (a live region must exist first). */}
      <div role="status" class="replace-offer-region">
        {draft.notice && (
          <div class="replace-offer" data-testid="replace-offer">
            {draft.notice.template && <p>{t('editsKeptNotice')}</p>}
            {draft.notice.details && <p>{t('orderDetailsChangedNotice')}</p>}
            <div class="actions">
              <button
                type="button"
                onClick={() => answerReplace(true)}
                onKeyDown={escapeKeeps}
                data-testid="replace-edits"
              >
                {t(draft.notice.template ? 'replaceEdits' : 'regenerate')}
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
          // Typed back (or undone) to what the template wrote: not an edit, so fill-ins reach the message again.
          onInput={(e) => draft.editText(e.currentTarget.value)}
        />
      </label>
      <PrivacyWarning
        matches={secrets}
        lang={lang}
        onRedact={() => {
          // The fill-ins too: a switch or "Rebuild" writes the message again from them (see `mask`).
          draft.mask((value) => redactSecrets(value, { knownIdentifiers: ids, types: [...SECRET_TYPES] }));
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
            if (!ok) {
              toast(t('copyFailed'));
              return;
            }
            const blanks = blanksNotice(copied);
            if (onCopied) onCopied(copied, blanks);
            else toast(blanks ?? t('copied'));
          }}
        >
          {t('copyMessage')}
        </CopyButton>
        {edited && (
          <button
            type="button"
            onClick={() => {
              draft.rebuild();
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
      <span lang={shownBcp47(lang)}>{forUi(placeholderLabel(name, lang, problem), lang)}</span>
      <input
        data-testid={`missing-${name}`}
        lang={bcp47(lang)}
        value={value}
        list={suggestions.length > 0 ? listId : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {/* The value goes into the message as written (simplified for a shop on the mainland); the label is the
              suggestion in the UI's characters. */}
          {suggestions.map((s) => (
            <option key={s} value={s} label={forUi(s, lang)} />
          ))}
        </datalist>
      )}
    </label>
  );
}
