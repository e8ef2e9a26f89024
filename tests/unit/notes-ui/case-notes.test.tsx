// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaseNotes } from '../../../components/notes';
import { notesStore } from '../../../components/notes-store';
import { NOTES_CHANGED_KEY } from '../../../lib/background/reminders';
import {
  allByTestId,
  amazonOrder,
  byTestId,
  choose,
  click,
  type Mounted,
  message,
  panelTestLifecycle,
  submit,
  tick,
  type,
  waitFor,
} from './helpers';

const CARD = '4111 1111 1111 1111';

describe('CaseNotes', () => {
  const ui = panelTestLifecycle();
  let view: Mounted | null = null;

  const open = (onEscalate = () => {}) => {
    view = ui.mount(<CaseNotes ctx={amazonOrder()} lang="en" onEscalate={onEscalate} />);
    return view;
  };
  const addForm = (root: HTMLElement) => byTestId(root, 'notes-add-form')!;
  const field = (root: ParentNode, name: string) => byTestId(root, `notes-field-${name}`);
  const caseOfOrder = () => notesStore().findCaseForOrder('amazon', 'amazon.com', '112-0399923-3070642');

  async function addEntry(root: HTMLElement, values: Record<string, string>, keep = false) {
    const form = await waitFor(() => addForm(root));
    for (const [name, value] of Object.entries(values)) type(field(form, name), value);
    if (keep) click(byTestId(form, 'notes-keep-sensitive'));
    await tick();
    submit(form);
  }

  it('creates the case on the first entry and shows the entry in the timeline', async () => {
    const { root, toasts } = open();
    await waitFor(() => byTestId(root, 'notes-empty'));
    expect(await caseOfOrder()).toBeUndefined();
    await addEntry(root, { agent: 'Wang', asked: 'Where is my parcel?', promised: 'refund in 48h' });
    await waitFor(() => byTestId(root, 'notes-entry-promised')?.textContent === 'refund in 48h');
    expect(byTestId(root, 'notes-entry-agent')?.textContent).toBe('Wang');
    expect(toasts.map((t) => t.message)).toContain(message('notesEntryAdded'));
    const c = await caseOfOrder();
    expect(c?.title).toBe('Wireless earbuds');
    expect((await notesStore().listEntries(c!.id)).map((e) => e.agent)).toEqual(['Wang']);
    // The form is cleared for the next contact.
    expect((field(addForm(root), 'agent') as HTMLInputElement).value).toBe('');
  });

  it('refuses an empty contact and writes nothing', async () => {
    const { root } = open();
    await addEntry(root, { agent: 'Wang' });
    await waitFor(() => byTestId(root, 'notes-form-error'));
    expect(await caseOfOrder()).toBeUndefined();
  });

  it('lists entries chronologically, whatever order they were logged in', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'second', at: Date.UTC(2024, 4, 2) });
    await store.addEntry({ caseId: c.id, channel: 'phone', asked: 'first', at: Date.UTC(2024, 4, 1) });
    const { root } = open();
    await waitFor(() => allByTestId(root, 'notes-entry-asked').length === 2);
    expect(allByTestId(root, 'notes-entry-asked').map((e) => e.textContent)).toEqual(['first', 'second']);
  });

  it('edits an entry: changed fields saved, a blanked field cleared, rating set', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    const entry = await store.addEntry({ caseId: c.id, channel: 'chat', agent: 'Li', asked: 'q', nextStep: 'wait' });
    const { root } = open();
    click(await waitFor(() => byTestId(root, 'notes-edit')));
    const form = await waitFor(() => byTestId(root, 'notes-edit-form'));
    expect((field(form, 'agent') as HTMLInputElement).value).toBe('Li');
    type(field(form, 'agent'), 'Li Na');
    type(field(form, 'nextStep'), '');
    choose(field(form, 'channel'), 'phone');
    click(byTestId(form, 'notes-stars-4'));
    await tick();
    submit(form);
    await waitFor(() => byTestId(root, 'notes-entry-agent')?.textContent === 'Li Na');
    const [saved] = await store.listEntries(c.id);
    expect(saved).toMatchObject({ id: entry.id, agent: 'Li Na', channel: 'phone', satisfaction: 4 });
    expect(saved?.nextStep).toBeUndefined();
    expect(root.querySelector('.notes-stars')?.getAttribute('aria-label')).toBe(message('notesStars', '4'));
  });

  // Review 4: the store keeps a contact time an older build stored before 1970 when an edit leaves it alone
  // (tests/unit/notes/legacy-times.test.ts), but the edit form refused any such time as "bad", so the contact could
  // not be edited without inventing a new time. The rows are put as those builds stored them.
  it.each([
    ['in 1924', Date.UTC(1924, 4, 1, 3, 0)],
    ['in the year 24 (a year typed as "24")', new Date(0).setUTCFullYear(24, 0, 1)],
  ])('edits a contact an older build dated %s, keeping its time', async (_, at) => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    const entry = await store.addEntry({ caseId: c.id, channel: 'chat', agent: 'Li', asked: 'q' });
    await store.db.entries.put({ ...entry, at });
    const { root } = open();
    click(await waitFor(() => byTestId(root, 'notes-edit')));
    const form = await waitFor(() => byTestId(root, 'notes-edit-form'));
    // The field shows the time (a 4-digit year), and its floor is not above it: a browser refuses to submit a form
    // whose datetime-local value is below its min (HTML constraint validation, rangeUnderflow).
    const time = field(form, 'at') as HTMLInputElement;
    expect(time.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(time.min <= time.value).toBe(true);
    type(field(form, 'agent'), 'Li Na');
    await tick();
    submit(form);
    await waitFor(() => byTestId(root, 'notes-entry-agent')?.textContent === 'Li Na');
    expect(await store.db.entries.get(entry.id)).toMatchObject({ agent: 'Li Na', at });
    expect(byTestId(root, 'notes-edit-form')).toBeNull();
  });

  it('deletes only after the confirm step, and Undo brings the entry back', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'keep me' });
    const { root, toasts } = open();
    click(await waitFor(() => byTestId(root, 'notes-delete')));
    // Nothing deleted yet: the confirm step is shown and focused on its safe choice.
    const cancel = await waitFor(() => byTestId(root, 'notes-cancel-delete'));
    await waitFor(() => document.activeElement === cancel);
    expect(await store.listEntries(c.id)).toHaveLength(1);
    click(cancel);
    await waitFor(() => !byTestId(root, 'notes-confirm-delete'));
    expect(await store.listEntries(c.id)).toHaveLength(1);

    click(byTestId(root, 'notes-delete'));
    click(await waitFor(() => byTestId(root, 'notes-confirm-delete')));
    await waitFor(() => byTestId(root, 'notes-empty'));
    expect(await store.listEntries(c.id)).toHaveLength(0);
    const undo = toasts.find((t) => t.message === message('notesEntryDeleted'))?.action;
    expect(undo?.label).toBe(message('notesUndo'));
    undo?.run();
    await waitFor(() => byTestId(root, 'notes-entry-asked')?.textContent === 'keep me');
    expect(await store.listEntries(c.id)).toHaveLength(1);
  });

  it('deletes the whole case only after the confirm step, and Undo brings it back with its contacts', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'keep me' });
    const { root, toasts } = open();
    click(await waitFor(() => byTestId(root, 'notes-delete-case')));
    const cancel = await waitFor(() => byTestId(root, 'notes-cancel-delete-case'));
    await waitFor(() => document.activeElement === cancel);
    click(cancel);
    // Focus goes back to the Delete button; Escape also cancels.
    await waitFor(() => document.activeElement === byTestId(root, 'notes-delete-case'));
    click(byTestId(root, 'notes-delete-case'));
    const step = await waitFor(() => byTestId(root, 'notes-cancel-delete-case'));
    step.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => !byTestId(root, 'notes-confirm-delete-case'));
    expect(await store.getCase(c.id)).toBeDefined();

    click(await waitFor(() => byTestId(root, 'notes-delete-case')));
    click(await waitFor(() => byTestId(root, 'notes-confirm-delete-case')));
    await waitFor(() => byTestId(root, 'notes-empty')?.textContent === message('notesNoCaseYet'));
    expect(await store.getCase(c.id)).toBeUndefined();
    const undo = toasts.find((t) => t.message === message('notesCaseDeleted'))?.action;
    undo?.run();
    await waitFor(() => byTestId(root, 'notes-entry-asked')?.textContent === 'keep me');
    expect(await store.listEntries(c.id)).toHaveLength(1);
  });

  it('keeps the keyboard on "Save" while it saves, and saves once however often it is pressed', async () => {
    const { root } = open();
    const form = await waitFor(() => addForm(root));
    type(field(form, 'asked'), 'Where is it?');
    await tick();
    const save = byTestId<HTMLButtonElement>(form, 'notes-save-entry');
    save?.focus();
    save?.click();
    save?.click();
    await waitFor(() => byTestId(root, 'notes-entry-asked')?.textContent === 'Where is it?');
    expect(document.activeElement).toBe(save);
    const c = await caseOfOrder();
    expect(await notesStore().listEntries(c?.id ?? '')).toHaveLength(1);
  });

  it('stores a card number typed in "asked" masked', async () => {
    const { root } = open();
    await addEntry(root, { asked: `They asked for my card ${CARD}` });
    await waitFor(() => byTestId(root, 'notes-entry-asked'));
    const [stored] = await notesStore().db.entries.toArray();
    expect(stored?.asked).not.toContain(CARD);
    expect(stored?.asked).toContain('1111');
    expect(stored?.asked).toMatch(/\*{4}/);
    expect(stored?.keptSensitive).toBeUndefined();
    expect(byTestId(root, 'notes-kept-sensitive')).toBeNull();
  });

  it('warns before saving that a card number will be masked', async () => {
    const { root } = open();
    const form = await waitFor(() => addForm(root));
    expect(byTestId(form, 'notes-sensitive-found')).toBeNull();
    type(field(form, 'asked'), `card ${CARD}`);
    await waitFor(() => byTestId(form, 'notes-sensitive-found'));
  });

  it('keeps the text as typed when "keep sensitive data" is ticked, and marks the entry', async () => {
    const { root } = open();
    const box = await waitFor(() => byTestId<HTMLInputElement>(root, 'notes-keep-sensitive'));
    expect(box.checked).toBe(false);
    await addEntry(root, { asked: `card ${CARD}` }, true);
    await waitFor(() => byTestId(root, 'notes-kept-sensitive'));
    const [stored] = await notesStore().db.entries.toArray();
    expect(stored?.asked).toBe(`card ${CARD}`);
    expect(stored?.keptSensitive).toBe(true);
  });

  // Found with two panels open (.tmp/s21/durable): an edit form opened before another panel kept a card number as
  // typed sent "not kept" for the whole entry, and saving a change of the agent masked that number for good.
  it('an edit that leaves "keep sensitive data" alone keeps what another panel kept, and masks what it typed', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    const entry = await store.addEntry({ caseId: c.id, channel: 'chat', agent: 'Li', asked: 'q' });
    const { root } = open();
    click(await waitFor(() => byTestId(root, 'notes-edit')));
    const form = await waitFor(() => byTestId(root, 'notes-edit-form'));
    // Meanwhile, in another panel: the refund card's number kept as typed.
    await store.updateEntry(entry.id, { comment: `refund to ${CARD}` }, { keepSensitive: true });
    type(field(form, 'agent'), 'Li Na');
    type(field(form, 'answer'), `card ${CARD}?`);
    await tick();
    submit(form);
    await waitFor(() => byTestId(root, 'notes-entry-agent')?.textContent === 'Li Na');
    const saved = await store.db.entries.get(entry.id);
    expect(saved).toMatchObject({ agent: 'Li Na', comment: `refund to ${CARD}`, keptSensitive: true });
    // The box was not ticked here: what this form typed is masked, as it warned.
    expect(saved?.answer).not.toContain(CARD);
    expect(saved?.answer).toMatch(/^card .*1111\?$/);
  });

  // Review sec21: the same two panels, with the secret split over two fields. The form warns on its fields read together
  // (asked "客服要验证码", answer "482913" is a code), as a save without "keep as typed" masks them; the edit masked
  // field by field only, so the code was stored as typed under the other panel's "kept".
  it('an edit that leaves "keep sensitive data" alone masks a code whose label is in another field', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    const entry = await store.addEntry({ caseId: c.id, channel: 'chat', agent: 'Li', asked: '客服要验证码' });
    const { root } = open();
    click(await waitFor(() => byTestId(root, 'notes-edit')));
    const form = await waitFor(() => byTestId(root, 'notes-edit-form'));
    // Meanwhile, in another panel: the entry kept as typed.
    await store.updateEntry(entry.id, { comment: 'kept' }, { keepSensitive: true });
    type(field(form, 'answer'), '482913');
    await tick();
    submit(form);
    await waitFor(() => byTestId(root, 'notes-edit-form') === null);
    const saved = await store.db.entries.get(entry.id);
    expect(saved).toMatchObject({ asked: '客服要验证码', keptSensitive: true });
    expect(saved?.answer).not.toContain('482913');
  });

  it('unticking "keep sensitive data" in an edit still masks every text of the entry', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    const entry = await store.addEntry(
      { caseId: c.id, channel: 'chat', asked: 'q', comment: `refund to ${CARD}` },
      { keepSensitive: true },
    );
    const { root } = open();
    click(await waitFor(() => byTestId(root, 'notes-edit')));
    const form = await waitFor(() => byTestId(root, 'notes-edit-form'));
    click(byTestId(form, 'notes-keep-sensitive'));
    await tick();
    submit(form);
    await waitFor(() => byTestId(root, 'notes-edit-form') === null);
    const saved = await store.db.entries.get(entry.id);
    expect(saved?.keptSensitive).toBeUndefined();
    expect(saved?.comment).not.toContain(CARD);
  });

  it('renders page or user text as text, never as HTML', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    const evil = '<img src=x onerror=alert(1)>';
    await store.addEntry({ caseId: c.id, channel: 'chat', asked: evil, agent: evil });
    const { root } = open();
    await waitFor(() => byTestId(root, 'notes-entry-asked'));
    expect(byTestId(root, 'notes-entry-asked')?.textContent).toBe(evil);
    expect(root.querySelector('img')).toBeNull();
  });

  it('sets and clears the follow-up, and pokes the background to re-schedule', async () => {
    const { root } = open();
    const input = await waitFor(() => byTestId<HTMLInputElement>(root, 'notes-followup'));
    type(input, '2031-03-04T09:30');
    await tick();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await caseOfOrder())?.followUpAt).toBe(new Date(2031, 2, 4, 9, 30).getTime()));
    expect((await fakeBrowser.storage.local.get(NOTES_CHANGED_KEY))[NOTES_CHANGED_KEY]).toEqual(expect.any(Number));
    const clear = await waitFor(() => {
      const b = byTestId<HTMLButtonElement>(root, 'notes-followup-clear');
      return b && !b.disabled ? b : null;
    });
    click(clear);
    await vi.waitFor(async () => expect((await caseOfOrder())?.followUpAt).toBeUndefined());
  });

  it('says a follow-up time already past gets no reminder, instead of "Reminder set"', async () => {
    const { root, toasts } = open();
    const input = await waitFor(() => byTestId<HTMLInputElement>(root, 'notes-followup'));
    type(input, '2020-01-02T10:30');
    await tick();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () =>
      expect((await caseOfOrder())?.followUpAt).toBe(new Date(2020, 0, 2, 10, 30).getTime()),
    );
    await vi.waitFor(() => expect(toasts.map((t) => t.message)).toContain(message('notesFollowUpPast')));
    expect(toasts.map((t) => t.message)).not.toContain(message('notesFollowUpSet'));
    // A future time is still confirmed as a reminder.
    type(input, '2031-03-04T09:30');
    await tick();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(toasts.map((t) => t.message)).toContain(message('notesFollowUpSet')));
  });

  it('says a resolved or closed case gets no reminder, instead of "Reminder set", and the hint says so too', async () => {
    // Found in Chromium (QA journey): a follow-up set on a closed case toasted "Reminder set" under "Kefu reminds you
    // at this time", but reminders are only for open, waiting and escalated cases: no alarm was made.
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    await store.updateCase(c.id, { status: 'closed' });
    const { root, toasts } = open();
    await waitFor(() => byTestId<HTMLSelectElement>(root, 'notes-status')?.value === 'closed');
    const hint = () => root.querySelector('[id$="-followup-hint"]')?.textContent;
    expect(hint()).toBe(message('notesFollowUpHintInactive'));
    const input = byTestId<HTMLInputElement>(root, 'notes-followup')!;
    type(input, '2031-03-04T09:30');
    await tick();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await caseOfOrder())?.followUpAt).toBe(new Date(2031, 2, 4, 9, 30).getTime()));
    await vi.waitFor(() => expect(toasts.map((t) => t.message)).toContain(message('notesFollowUpInactive')));
    expect(toasts.map((t) => t.message)).not.toContain(message('notesFollowUpSet'));
    // A time already past on a closed case: not "listed in the next overdue notice" either.
    type(input, '2020-01-02T10:30');
    await tick();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () =>
      expect((await caseOfOrder())?.followUpAt).toBe(new Date(2020, 0, 2, 10, 30).getTime()),
    );
    expect(toasts.map((t) => t.message)).not.toContain(message('notesFollowUpPast'));
    // Reopened: reminders again, but not for a time already past.
    choose(byTestId(root, 'notes-status'), 'open');
    await waitFor(() => hint() === message('notesFollowUpHintPast'));
    type(input, '2031-03-04T09:30');
    await tick();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => hint() === message('notesFollowUpHint'));
  });

  it('under a follow-up time already past, says the case is overdue, not that Kefu will remind at that time', async () => {
    // Found in Chromium (user journey: checking which follow-ups are due): an overdue case kept "Kefu reminds you at
    // this time, even after the browser restarts" under its past time, though no reminder is made for a past time.
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    await store.updateCase(c.id, { followUpAt: new Date(2020, 0, 2, 10, 30).getTime() });
    const { root } = open();
    const hint = () => root.querySelector('[id$="-followup-hint"]')?.textContent;
    await waitFor(() => byTestId<HTMLInputElement>(root, 'notes-followup')?.value === '2020-01-02T10:30');
    await waitFor(() => hint() === message('notesFollowUpHintPast'));
    expect(message('notesFollowUpHintPast')).not.toBe('');
  });

  it('says a promise was not kept only when a contact recorded one (overdue follow-up)', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'Where is my parcel?' });
    await store.updateCase(c.id, { followUpAt: new Date(2020, 0, 2, 10, 30).getTime() });
    const { root } = open();
    const notice = await waitFor(() => byTestId(root, 'notes-escalate'));
    expect(notice.textContent).toContain(message('notesEscalateOverdueNoPromise'));
    expect(notice.textContent).not.toContain(message('notesEscalateOverdue'));
    await store.addEntry({ caseId: c.id, channel: 'phone', answer: 'We will call back', promised: 'call back in 24h' });
    await waitFor(() => byTestId(root, 'notes-escalate')?.textContent?.includes(message('notesEscalateOverdue')));
  });

  it('changes the status', async () => {
    const { root } = open();
    choose(await waitFor(() => byTestId(root, 'notes-status')), 'waiting');
    await vi.waitFor(async () => expect((await caseOfOrder())?.status).toBe('waiting'));
  });

  it('suggests escalating after 3 contacts without a resolution; the button calls onEscalate', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    for (const asked of ['one', 'two']) await store.addEntry({ caseId: c.id, channel: 'chat', asked });
    const onEscalate = vi.fn();
    const { root } = open(onEscalate);
    await waitFor(() => allByTestId(root, 'notes-entry').length === 2);
    expect(byTestId(root, 'notes-escalate')).toBeNull();
    await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'three' });
    const notice = await waitFor(() => byTestId(root, 'notes-escalate'));
    expect(notice.textContent).toContain(message('notesEscalateManyContacts', '3'));
    click(byTestId(notice, 'notes-escalate-button'));
    expect(onEscalate).toHaveBeenCalledTimes(1);
  });

  it('finds a manual order’s case (stored without a marketplace) and writes into it', async () => {
    const store = notesStore();
    const manual = await store.createCase({ platform: 'other', orderId: 'JD-778', shop: 'JD', title: 'JD JD-778' });
    view = ui.mount(
      <CaseNotes
        ctx={{
          order: { orderId: 'JD-778', shop: 'JD', items: [], shipments: [] },
          platform: 'other',
          marketplace: null,
          source: 'manual',
        }}
        lang="en"
        onEscalate={() => {}}
      />,
    );
    await addEntry(view.root, { asked: 'Where is it?' });
    await waitFor(() => byTestId(view!.root, 'notes-entry-asked'));
    expect(await store.listCases()).toHaveLength(1);
    expect((await store.listEntries(manual.id)).map((e) => e.asked)).toEqual(['Where is it?']);
  });

  it('shows a clear message when storage is full, and keeps what was typed', async () => {
    const store = notesStore();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(store, 'addEntry').mockRejectedValueOnce(quota);
    const { root } = open();
    await addEntry(root, { asked: 'typed text' });
    const error = await waitFor(() => byTestId(root, 'notes-form-error'));
    expect(error.textContent).toBe(message('notesQuotaError'));
    expect((field(addForm(root), 'asked') as HTMLTextAreaElement).value).toBe('typed text');
    spy.mockRestore();
  });
});
