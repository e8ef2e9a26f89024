import './notes.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import {
  ACTIVE_STATUSES,
  type Case,
  type CaseStatus,
  ENTRY_TEXT_FIELDS,
  type Entry,
  type EntryPatch,
  type EntryTextField,
  type EscalationSuggestion,
} from '@/lib/notes';
import { useLiveQuery } from '@/lib/notes/use-live-query';
import type { Lang } from '@/lib/templates';
import { maskNoteTexts, notesStore } from '../notes-store';
import { type OrderContext, orderKey } from '../order-context';
import { useToast } from '../use-toast';
import { CaseControls } from './CaseControls';
import { CaseDelete } from './CaseDelete';
import { ensureCaseFor, findCaseFor } from './case-lookup';
import { EntryForm, type EntryFormValues } from './EntryForm';
import { EntryItem } from './EntryItem';
import { EscalationNotice } from './EscalationNotice';
import { draftKeyOf, readDraft } from './entry-drafts';
import { notesErrorMessage } from './error-message';
import { statusLabel } from './labels';
import { pokeReminders } from './poke-reminders';

interface Props {
  ctx: OrderContext;
  lang: Lang;
  /** The user wants to escalate: the panel switches the problem picker to `escalation`. */
  onEscalate: () => void;
}

interface Loaded {
  key: string;
  c: Case | null;
  entries: Entry[];
  suggestion: EscalationSuggestion | null;
}

let instances = 0;

/** The notes of the selected order: status, follow-up, the timeline of contacts, and a form to log one. */
export function CaseNotes({ ctx, lang, onEscalate }: Props) {
  const store = notesStore();
  const toast = useToast();
  const idPrefix = useRef(`notes-case-${++instances}`).current;
  const key = `${ctx.source}|${orderKey(ctx)}`;
  const draftKey = draftKeyOf(ctx);
  // The add form opens by itself when the user was writing a contact for this order (a draft kept from before). Read
  // once per order: the form must not close under the user when the draft goes (saved, started over) and the notes
  // render again, taking the keyboard on its buttons to the page's body.
  const draftOnArrival = useMemo(() => readDraft(draftKey) !== undefined, [key]);
  // A failed write or read is about the order it was for, and its message is kept under that order: the panel may
  // have moved on to another (the user picked one, the page changed) before it failed, and a slower failure for A must
  // neither show under B nor take B's own message away.
  const [failures, setFailures] = useState<Readonly<Record<string, string>>>({});
  const error = failures[key] ?? null;
  const failedFor =
    (forKey: string) =>
    (err: unknown): void =>
      setFailures((all) => ({ ...all, [forKey]: notesErrorMessage(err) }));
  // A deleted contact or case takes its buttons (and the keyboard focus on them) with it: the focus goes to the notes'
  // heading first, so it is not lost to the page's body, and the toast's Undo returns there.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const timelineRef = useRef<HTMLHeadingElement>(null);
  // The escalation rule depends on the clock (a follow-up date passing): re-check every minute.
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / 60_000));
  useEffect(() => {
    const timer = setInterval(() => setMinute(Math.floor(Date.now() / 60_000)), 60_000);
    return () => clearInterval(timer);
  }, []);

  const loaded = useLiveQuery<Loaded | null>(
    async () => {
      const c = (await findCaseFor(store, ctx)) ?? null;
      if (!c) return { key, c: null, entries: [], suggestion: null };
      const [entries, suggestion] = await Promise.all([
        store.listEntries(c.id),
        store.escalationSuggestion(c.id, Date.now()),
      ]);
      return { key, c, entries, suggestion };
    },
    [key, minute],
    null,
    failedFor(key),
  );
  // Until the query for this order has answered, show nothing of the previous order.
  const data = loaded?.key === key ? loaded : null;
  const current = data?.c ?? null;

  const run = async (write: () => Promise<void>) => {
    try {
      setFailures(({ [key]: _, ...others }) => others);
      await write();
    } catch (err) {
      failedFor(key)(err);
    }
  };

  const setStatus = (status: CaseStatus) =>
    run(async () => {
      const c = await ensureCaseFor(store, ctx);
      await store.updateCase(c.id, { status });
      pokeReminders();
      toast(t('notesStatusSaved', statusLabel(status)));
    });

  const setFollowUp = (at: number | null) =>
    run(async () => {
      const c = await ensureCaseFor(store, ctx);
      await store.updateCase(c.id, { followUpAt: at });
      pokeReminders();
      // A time already past is kept (the case shows as overdue) but gets no alarm, nor does a resolved or closed case
      // (reminders are for active cases): say so, not "Reminder set".
      toast(
        at === null
          ? t('notesFollowUpCleared')
          : !ACTIVE_STATUSES.includes(c.status)
            ? t('notesFollowUpInactive')
            : at <= Date.now()
              ? t('notesFollowUpPast')
              : t('notesFollowUpSet'),
      );
    });

  // Errors propagate to the form, which keeps what the user typed and shows the message.
  const addEntry = async (values: EntryFormValues) => {
    const c = await ensureCaseFor(store, ctx);
    const texts = Object.fromEntries(Object.entries(values.texts).map(([k, v]) => [k, v.trim() || undefined]));
    await store.addEntry(
      {
        ...texts,
        caseId: c.id,
        at: values.at,
        channel: values.channel,
        satisfaction: values.satisfaction ? (values.satisfaction as Entry['satisfaction']) : undefined,
      },
      { keepSensitive: values.keepSensitive },
    );
    toast(t('notesEntryAdded'));
  };

  const saveEntry = async (entry: Entry, values: EntryFormValues) => {
    // Only what the user changed in the form is written: a change that came in while it was open (an import, another
    // panel) stays. A blank field clears what was stored (null), rather than leaving it alone (undefined).
    const { opened } = values;
    const patch: EntryPatch = {};
    for (const [field, value] of Object.entries(values.texts) as [EntryTextField, string][]) {
      if (!opened || value.trim() !== opened.texts[field].trim() || values.keepSensitive !== opened.keepSensitive) {
        patch[field] = value.trim() || null;
      }
    }
    if (!opened || values.at !== opened.at) patch.at = values.at;
    if (!opened || values.channel !== opened.channel) patch.channel = values.channel;
    if (!opened || values.satisfaction !== opened.satisfaction) {
      patch.satisfaction = values.satisfaction ? (values.satisfaction as Entry['satisfaction']) : null;
    }
    if (Object.keys(patch).length === 0) return;
    // "Keep as typed" left as it opened is no choice about the texts the user did not touch: another panel may have
    // kept the entry's texts since, and telling the store "not kept" would mask them for good. The entry keeps its
    // current choice; what this form changed is masked here, as the form said it would be.
    const toggled = !opened || values.keepSensitive !== opened.keepSensitive;
    if (!toggled && !values.keepSensitive) {
      // All of the form's texts read together, as its warning read them: a code typed here whose label is in a field
      // left alone ("客服要验证码" asked, "482913" answered) is masked too.
      const shown: Partial<Record<EntryTextField, string>> = {};
      for (const field of ENTRY_TEXT_FIELDS) shown[field] = values.texts[field]?.trim() ?? '';
      const masked = maskNoteTexts(shown);
      for (const field of ENTRY_TEXT_FIELDS) {
        if (typeof patch[field] === 'string') patch[field] = masked[field] || null;
      }
    }
    await store.updateEntry(
      entry.id,
      patch,
      toggled || values.keepSensitive ? { keepSensitive: values.keepSensitive } : {},
    );
    toast(t('notesEntryUpdated'));
  };

  /** A deletion's toast, with Undo restoring exactly what the store removed. */
  const offerUndo = (message: string, token: string, afterUndo?: () => void) =>
    toast(message, {
      label: t('notesUndo'),
      run: () =>
        void store.undoDelete(token).then(() => {
          afterUndo?.();
          toast(t('notesUndone'));
        }, failedFor(key)),
    });

  const deleteEntry = (entry: Entry) => {
    timelineRef.current?.focus();
    return run(async () => offerUndo(t('notesEntryDeleted'), await store.deleteEntry(entry.id)));
  };

  const deleteCase = (c: Case) => {
    titleRef.current?.focus();
    return run(async () => {
      const token = await store.deleteCase(c.id);
      pokeReminders();
      offerUndo(t('notesCaseDeleted'), token, pokeReminders);
    });
  };

  return (
    <section class="card notes-case" aria-labelledby={`${idPrefix}-title`} data-testid="case-notes">
      <h2 id={`${idPrefix}-title`} ref={titleRef} tabIndex={-1}>
        {t('notesTitle')}
      </h2>
      {data === null ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <>
          {data.suggestion && <EscalationNotice suggestion={data.suggestion} onEscalate={onEscalate} />}
          <CaseControls idPrefix={idPrefix} current={current} onStatus={setStatus} onFollowUp={setFollowUp} />
          {error && (
            <p class="form-error" role="alert" data-testid="notes-error">
              {error}
            </p>
          )}
          <h3 ref={timelineRef} tabIndex={-1} data-testid="notes-timeline-title">
            {t('notesTimeline')}
          </h3>
          {data.entries.length === 0 ? (
            <p class="muted" data-testid="notes-empty">
              {current ? t('notesEmptyTimeline') : t('notesNoCaseYet')}
            </p>
          ) : (
            <ol class="notes-timeline" data-testid="notes-timeline">
              {/* Chronological: the oldest contact first, as an escalation letter tells it. */}
              {[...data.entries]
                .sort((a, b) => a.at - b.at || a.createdAt - b.createdAt)
                .map((entry) => (
                  <EntryItem key={entry.id} entry={entry} lang={lang} onSave={saveEntry} onDelete={deleteEntry} />
                ))}
            </ol>
          )}
          <details class="notes-add" open={draftOnArrival ? true : undefined}>
            <summary data-testid="notes-add-toggle">{t('notesAddEntry')}</summary>
            <EntryForm key={key} lang={lang} onSubmit={addEntry} draftKey={draftKey} />
          </details>
          {current && <CaseDelete key={current.id} onDelete={() => void deleteCase(current)} />}
        </>
      )}
    </section>
  );
}
