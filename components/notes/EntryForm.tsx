import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { describeTypes } from '@/lib/guard/strings';
import { shownLocale, t, uiBcp47 } from '@/lib/i18n';
import { ENTRY_CHANNELS, type Entry, type EntryChannel, type EntryTextField, NotesError } from '@/lib/notes';
import { LIMITS } from '@/lib/notes/limits';
import { findSecrets, SECRET_TYPES } from '@/lib/privacy';
import type { Lang } from '@/lib/templates';
import { fromDateTimeLocal, toDateTimeLocal } from './datetime-local';
import { dropDraft, keepDraft, readDraft } from './entry-drafts';
import { notesErrorMessage } from './error-message';
import { channelLabel } from './labels';
import { StarRating } from './StarRating';

/** What the form hands back: times parsed, blank texts as empty strings (the caller decides add vs. clear). */
export interface EntryFormValues {
  at: number;
  channel: EntryChannel;
  texts: Record<EntryTextField, string>;
  satisfaction: number;
  keepSensitive: boolean;
  /**
   * An edit form's values as it opened: what the user changed is what differs from them. Only that is written, so a
   * change that came in meanwhile (an import, another panel) is not overwritten by text the user never touched.
   */
  opened?: Omit<EntryFormValues, 'opened'>;
}

interface Props {
  lang: Lang;
  /** Editing this entry; a new contact otherwise. */
  initial?: Entry;
  onSubmit: (values: EntryFormValues) => Promise<void>;
  onCancel?: () => void;
  /** Put the keyboard on the form's first field when it opens (an edit form replaces the Edit button that had it). */
  focusOnOpen?: boolean;
  /**
   * A new contact's order: what the user types is kept as this order's draft (in memory, see entry-drafts), and a
   * form opened for the order again starts from it.
   */
  draftKey?: string;
}

/** Which fields a form problem is about: they are marked invalid and point to the message. */
type ProblemFields = 'at' | 'texts' | EntryTextField | null;
/** The fields that can hold a contact's words: at least one must be filled. */
const REQUIRED_ONE_OF: readonly EntryTextField[] = ['asked', 'answer', 'promised'];

const TEXT_FIELDS: { field: EntryTextField; label: Parameters<typeof t>[0]; multiline: boolean }[] = [
  { field: 'agent', label: 'notesAgent', multiline: false },
  { field: 'reference', label: 'notesReference', multiline: false },
  { field: 'asked', label: 'notesAsked', multiline: true },
  { field: 'answer', label: 'notesAnswer', multiline: true },
  { field: 'promised', label: 'notesPromised', multiline: false },
  { field: 'nextStep', label: 'notesNextStep', multiline: false },
  { field: 'comment', label: 'notesComment', multiline: false },
];

const blankTexts = (): Record<EntryTextField, string> => ({
  agent: '',
  reference: '',
  asked: '',
  answer: '',
  promised: '',
  nextStep: '',
  comment: '',
});

let formCounter = 0;
/** The earliest time a contact can be given (the notes store times from 1970). */
const TIME_FLOOR = '1970-01-01T00:00';

/** Add or edit one contact: every field of an entry, each with its own label. */
export function EntryForm({ lang, initial, onSubmit, onCancel, focusOnOpen, draftKey }: Props) {
  const idPrefix = useRef(`notes-entry-${++formCounter}`).current;
  const errorId = `${idPrefix}-error`;
  /** A field the form's problem is about: a screen reader says it is invalid, and reads the problem with it. */
  const invalidIf = (invalid: boolean) =>
    invalid ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  // The draft this form starts from, if the user was writing a contact for this order before.
  const [draft, setDraft] = useState(() => (draftKey && !initial ? readDraft(draftKey) : undefined));
  const [at, setAt] = useState(() => draft?.at ?? toDateTimeLocal(initial?.at ?? Date.now()));
  // Whether the user set the time: an untouched "now" is not kept as a draft's time (it would be stale on return).
  const [atTyped, setAtTyped] = useState(draft?.at != null);
  // A new contact's untouched time follows the clock, and is taken as the save happens: the panel stays open through a
  // whole chat, and a contact logged at its end was not made when the panel opened (a phone call logged after the
  // chat got an earlier time, and was listed before it).
  const followsClock = !initial && !atTyped;
  // Read by the timer, which can fire between the user's first change of the time and the effect's cleanup.
  const followsClockNow = useRef(followsClock);
  followsClockNow.current = followsClock;
  useEffect(() => {
    if (!followsClock) return;
    const timer = setInterval(() => {
      // Not under the user's hands: a date-time field being edited holds a part typed but not yet committed.
      const editing =
        firstField.current !== null && firstField.current === firstField.current.ownerDocument.activeElement;
      if (followsClockNow.current && !editing) setAt(toDateTimeLocal(Date.now()));
    }, 10_000);
    return () => clearInterval(timer);
  }, [followsClock]);
  const [channel, setChannel] = useState<EntryChannel>(draft?.channel ?? initial?.channel ?? 'chat');
  const [texts, setTexts] = useState(() => {
    if (draft) return { ...draft.texts };
    const out = blankTexts();
    for (const { field } of TEXT_FIELDS) out[field] = initial?.[field] ?? '';
    return out;
  });
  const [satisfaction, setSatisfaction] = useState<number>(draft?.satisfaction ?? initial?.satisfaction ?? 0);
  const [keepSensitive, setKeepSensitive] = useState(draft?.keepSensitive ?? initial?.keptSensitive === true);
  // A layout effect: it runs as the change is rendered, so a form replaced right after a keystroke (the panel following
  // a page) has kept it (a plain effect waits for the next frame, and is dropped if the form goes first).
  useLayoutEffect(() => {
    if (draftKey && !initial)
      keepDraft(draftKey, { at: atTyped ? at : null, channel, texts, satisfaction, keepSensitive });
  }, [draftKey, at, atTyped, channel, texts, satisfaction, keepSensitive]);
  /** Ready for the next contact, the time back at "now"; the draft (saved, or given up) is gone. */
  const clearForm = () => {
    if (draftKey) dropDraft(draftKey);
    setDraft(undefined);
    setTexts(blankTexts());
    setSatisfaction(0);
    setKeepSensitive(false);
    setAtTyped(false);
    setAt(toDateTimeLocal(Date.now()));
  };
  // The form as it is now: read after a save has been awaited, when the submit handler's own values are those it sent.
  const latest = useRef({ at, texts, satisfaction, keepSensitive });
  latest.current = { at, texts, satisfaction, keepSensitive };
  /**
   * After a save: clears what was saved. The fields stay editable while it is in flight (a slow disk, a large database),
   * and what the user typed or changed meanwhile is not in the contact just saved: it stays, as a draft.
   */
  const clearSaved = (sent: typeof latest.current) => {
    const now = latest.current;
    const next = blankTexts();
    for (const { field } of TEXT_FIELDS) if (now.texts[field] !== sent.texts[field]) next[field] = now.texts[field];
    const kept = TEXT_FIELDS.some(({ field }) => next[field] !== '');
    if (
      !kept &&
      now.at === sent.at &&
      now.satisfaction === sent.satisfaction &&
      now.keepSensitive === sent.keepSensitive
    )
      return clearForm();
    // The draft that opened the form was saved: its notice goes; what is left is kept as a new draft (the effect above).
    setDraft(undefined);
    setTexts(next);
    if (now.satisfaction === sent.satisfaction) setSatisfaction(0);
    if (now.keepSensitive === sent.keepSensitive) setKeepSensitive(false);
    if (now.at === sent.at) {
      setAtTyped(false);
      setAt(toDateTimeLocal(Date.now()));
    }
  };
  const startOver = () => {
    clearForm();
    setChannel('chat');
    // The button goes with the notice: the keyboard goes to the form's first field, not to the page's body.
    firstField.current?.focus();
  };
  const [problem, setProblem] = useState<string | null>(null);
  const [problemFields, setProblemFields] = useState<ProblemFields>(null);
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnOpen) firstField.current?.focus();
  }, []);
  const [busy, setBusy] = useState(false);
  const saving = useRef(false);
  // The time an edit form opens with. A contact an older build dated before 1970 (a year typed as "24") keeps that
  // time while the field is left as it is (the store allows exactly that): the field's floor is then that time, or
  // the browser would refuse to submit the form, and submitting keeps it rather than calling it a bad time.
  const shownAt = initial ? toDateTimeLocal(initial.at) : null;
  const minAt = shownAt !== null && shownAt < TIME_FLOOR ? shownAt : TIME_FLOOR;
  // What an edit form showed when it opened (the time as the form shows it: to the minute).
  const opened = useRef(
    initial && {
      at: fromDateTimeLocal(toDateTimeLocal(initial.at)) ?? initial.at,
      channel: initial.channel,
      texts: { ...texts },
      satisfaction: initial.satisfaction ?? 0,
      keepSensitive: initial.keptSensitive === true,
    },
  ).current;

  // Tell the user before saving what the privacy check will mask (the store masks it either way).
  const found = useMemo(() => {
    const all = Object.values(texts).join('\n');
    if (!all.trim()) return '';
    return describeTypes(
      findSecrets(all, { types: [...SECRET_TYPES] }).map((m) => m.type),
      shownLocale(lang),
    );
  }, [texts, lang]);

  const submit = async (event: Event) => {
    event.preventDefault();
    // Saving already: a second press must not log the contact twice (a ref: state is not re-read between two clicks).
    if (saving.current) return;
    const when = opened && at === shownAt ? opened.at : followsClock ? Date.now() : fromDateTimeLocal(at);
    // The keyboard goes to the field to fix, which then reads the problem (the Save button is far below it). The form
    // is taken now: an event's currentTarget is gone once the save has been awaited.
    const formElement = event.currentTarget as HTMLFormElement | null;
    const focusField = (field: string) => formElement?.ownerDocument.getElementById(`${idPrefix}-${field}`)?.focus();
    if (when === null) {
      setProblemFields('at');
      focusField('at');
      return setProblem(t('notesBadTime'));
    }
    if (REQUIRED_ONE_OF.every((field) => !texts[field].trim())) {
      setProblemFields('texts');
      focusField('asked');
      return setProblem(t('notesEntryEmpty'));
    }
    setProblem(null);
    setProblemFields(null);
    saving.current = true;
    setBusy(true);
    try {
      await onSubmit({ at: when, channel, texts, satisfaction, keepSensitive, ...(opened ? { opened } : {}) });
      // The channel stays: the next contact is often on the same one.
      if (!initial) clearSaved({ at, texts, satisfaction, keepSensitive });
    } catch (error) {
      // Nothing was written: keep everything the user typed. A text too long to store is marked and focused (the
      // message is under the Save button, far from a long pasted text).
      const long = error instanceof NotesError && error.problem.id === 'tooLong' ? error.problem.params[0] : undefined;
      const field = TEXT_FIELDS.find((f) => f.field === long)?.field ?? null;
      setProblemFields(field);
      if (field) focusField(field);
      setProblem(notesErrorMessage(error));
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  return (
    <form
      class="notes-entry-form"
      aria-label={initial ? t('notesEditEntry') : t('notesAddEntry')}
      data-testid={initial ? 'notes-edit-form' : 'notes-add-form'}
      onSubmit={submit}
      // Escape cancels an edit (not while an input method is composing: there Escape drops the composition).
      onKeyDown={(e) => {
        if (!onCancel || e.key !== 'Escape' || e.isComposing) return;
        e.preventDefault();
        onCancel();
      }}
    >
      {draft && (
        <p class="notes-hint notes-draft" data-testid="notes-draft-restored">
          {t('notesDraftRestored')}{' '}
          <button type="button" class="link-button" data-testid="notes-draft-discard" onClick={startOver}>
            {t('notesDraftDiscard')}
          </button>
        </p>
      )}
      <div class="notes-form-row">
        <label for={`${idPrefix}-at`}>{t('notesAt')}</label>
        <input
          id={`${idPrefix}-at`}
          ref={firstField}
          type="datetime-local"
          min={minAt}
          value={at}
          data-testid="notes-field-at"
          {...invalidIf(problem !== null && problemFields === 'at')}
          onInput={(e) => {
            setAt(e.currentTarget.value);
            setAtTyped(true);
          }}
        />
      </div>
      <div class="notes-form-row">
        <label for={`${idPrefix}-channel`}>{t('notesChannel')}</label>
        <select
          id={`${idPrefix}-channel`}
          value={channel}
          data-testid="notes-field-channel"
          onChange={(e) => setChannel(e.currentTarget.value as EntryChannel)}
        >
          {ENTRY_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c)}
            </option>
          ))}
        </select>
      </div>
      {TEXT_FIELDS.map(({ field, label, multiline }) => {
        const id = `${idPrefix}-${field}`;
        const invalid = invalidIf(
          problem !== null &&
            ((problemFields === 'texts' && REQUIRED_ONE_OF.includes(field)) || problemFields === field),
        );
        // The length note describes the field while it shows (read with the field, not only seen), after the error.
        const describedBy = [invalid['aria-describedby'], lengthShown(texts[field]) ? `${id}-length` : undefined]
          .filter(Boolean)
          .join(' ');
        const common = {
          id,
          value: texts[field],
          'data-testid': `notes-field-${field}`,
          ...invalid,
          ...(describedBy && { 'aria-describedby': describedBy }),
          onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
            const value = e.currentTarget.value;
            setTexts((prev) => ({ ...prev, [field]: value }));
          },
        };
        return (
          <div class="notes-form-row" key={field}>
            <label for={id}>{t(label)}</label>
            {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
            <LengthNote id={`${id}-length`} text={texts[field]} />
          </div>
        );
      })}
      <StarRating name={`${idPrefix}-stars`} value={satisfaction} onChange={setSatisfaction} />
      {found && !keepSensitive && (
        <p class="notes-hint" role="status" data-testid="notes-sensitive-found">
          {t('notesSensitiveFound', found)}
        </p>
      )}
      <div class="notes-keep">
        <label>
          <input
            type="checkbox"
            checked={keepSensitive}
            data-testid="notes-keep-sensitive"
            aria-describedby={`${idPrefix}-keep-warning`}
            onChange={(e) => setKeepSensitive(e.currentTarget.checked)}
          />{' '}
          {t('notesKeepSensitive')}
        </label>
        <p id={`${idPrefix}-keep-warning`} class={keepSensitive ? 'notes-warning' : 'notes-hint'}>
          {t('notesKeepSensitiveWarning')}
        </p>
      </div>
      {problem && (
        <p id={errorId} class="form-error" role="alert" data-testid="notes-form-error">
          {problem}
        </p>
      )}
      <div class="notes-actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus it has to the page's body. */}
        <button type="submit" class="primary-button" aria-disabled={busy} data-testid="notes-save-entry">
          {initial ? t('notesSaveChanges') : t('notesSaveEntry')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('notesCancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** Past this share of the limit, a field says how long it is: a pasted chat log is found too long while typing. */
const NEAR_LIMIT = 0.9;

/**
 * "9,500 of at most 10,000 characters" under a field close to the notes' limit, and a warning once past it, so the
 * user learns it while the text is in front of them, not from a failed save (the text is never cut: nothing is lost).
 */
const lengthShown = (text: string) => text.length > LIMITS.text * NEAR_LIMIT;

function LengthNote({ id, text }: { id: string; text: string }) {
  if (!lengthShown(text)) return null;
  const { length } = text;
  const count = (n: number) => n.toLocaleString(uiBcp47());
  const over = length > LIMITS.text;
  return (
    <p id={id} class={over ? 'form-error' : 'notes-hint'} data-testid="notes-field-length">
      {t(over ? 'notesFieldTooLong' : 'notesFieldNearLimit', [count(length), count(LIMITS.text)])}
    </p>
  );
}
