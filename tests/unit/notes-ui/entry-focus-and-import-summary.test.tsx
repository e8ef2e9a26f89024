// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CaseNotes, NotesManager } from '../../../components/notes';
import { notesStore } from '../../../components/notes-store';
import { amazonOrder, byTestId, click, message, panelTestLifecycle, submit, tick, type, waitFor } from './helpers';

describe('editing a contact returns the keyboard to its Edit button', () => {
  const ui = panelTestLifecycle();

  async function openEdit() {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    const first = await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'first', at: Date.UTC(2024, 4, 1) });
    await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'second', at: Date.UTC(2024, 4, 2) });
    const { root } = ui.mount(<CaseNotes ctx={amazonOrder()} lang="en" onEscalate={() => {}} />);
    const item = await waitFor(() => root.querySelector<HTMLElement>(`[data-entry-id="${first.id}"]`));
    click(byTestId(item, 'notes-edit'));
    const form = await waitFor(() => byTestId(root, 'notes-edit-form'));
    return { root, form, store, caseId: c.id, id: first.id };
  }
  const editButtonOf = (root: HTMLElement, id: string) =>
    root.querySelector(`[data-entry-id="${id}"] [data-testid="notes-edit"]`);

  it('after saving', async () => {
    const { root, form, store, caseId, id } = await openEdit();
    type(byTestId(form, 'notes-field-asked'), 'first, edited');
    await tick();
    const save = byTestId<HTMLButtonElement>(form, 'notes-save-entry')!;
    save.focus();
    submit(form);
    await waitFor(() => !byTestId(root, 'notes-edit-form'));
    await waitFor(() => document.activeElement === editButtonOf(root, id));
    expect((await store.listEntries(caseId))[0]?.asked).toBe('first, edited');
    // Still there once the saved entry has come back from the database.
    await waitFor(() => root.textContent?.includes('first, edited'));
    await tick();
    expect(document.activeElement).toBe(editButtonOf(root, id));
  });

  it('saving writes only what the user changed: a change that came in while the form was open stays', async () => {
    const { root, form, store, caseId, id } = await openEdit();
    // An import (or another panel) answers the contact while its edit form is open here.
    await store.updateEntry(id, { answer: 'Refund issued on 2 May' });
    type(byTestId(form, 'notes-field-asked'), 'first, edited');
    await tick();
    submit(form);
    await waitFor(() => !byTestId(root, 'notes-edit-form'));
    const saved = (await store.listEntries(caseId)).find((e) => e.id === id);
    expect([saved?.asked, saved?.answer]).toEqual(['first, edited', 'Refund issued on 2 May']);
  });

  it('after cancelling', async () => {
    const { root, form, id } = await openEdit();
    const cancel = [...form.querySelectorAll('button')].find((b) => b.textContent === message('notesCancel'))!;
    cancel.focus();
    click(cancel);
    await waitFor(() => !byTestId(root, 'notes-edit-form'));
    await waitFor(() => document.activeElement === editButtonOf(root, id));
  });

  it('after a quick cancel, before the effects of opening the form have run (they run a frame late)', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    const entry = await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'only' });
    const { root } = ui.mount(<CaseNotes ctx={amazonOrder()} lang="en" onEscalate={() => {}} />);
    click(await waitFor(() => editButtonOf(root, entry.id)));
    for (let i = 0; i < 5 && !byTestId(root, 'notes-edit-form'); i++) await Promise.resolve();
    const form = byTestId(root, 'notes-edit-form')!;
    click([...form.querySelectorAll('button')].find((b) => b.textContent === message('notesCancel'))!);
    await waitFor(() => document.activeElement === editButtonOf(root, entry.id));
  });

  it('leaving the delete confirm step still returns it to Delete', async () => {
    const { root, form, id } = await openEdit();
    click([...form.querySelectorAll('button')].find((b) => b.textContent === message('notesCancel'))!);
    const item = await waitFor(() => root.querySelector<HTMLElement>(`[data-entry-id="${id}"]`));
    click(byTestId(item, 'notes-delete'));
    click(await waitFor(() => byTestId(root, 'notes-cancel-delete')));
    await waitFor(() => document.activeElement === byTestId(item, 'notes-delete'));
  });
});

describe('the import summary says what a backup could not bring in as it was', () => {
  const ui = panelTestLifecycle();

  it('names the case and the follow-up that was not a readable date, and where its text is now', async () => {
    const { root } = ui.mount(<NotesManager lang="en" onOpenCase={() => {}} />);
    const v1 = {
      format: 'kefu-notes',
      version: 1,
      cases: [
        {
          id: 'a',
          platform: 'other',
          title: 'Late parcel',
          status: 'pending',
          followUp: 'someday',
          createdAt: 1,
          updatedAt: 1,
        },
        {
          id: 'b',
          platform: 'other',
          title: 'Fine',
          status: 'open',
          followUp: '2024-06-01',
          createdAt: 2,
          updatedAt: 2,
        },
      ],
      entries: [],
    };
    const input = byTestId<HTMLInputElement>(root, 'notes-import')!;
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(v1)], 'backup.json', { type: 'application/json' })],
      configurable: true,
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const result = await waitFor(() => byTestId(root, 'notes-import-result'));
    // One contact is "1 new contact", not "1 new contacts" (user-journey review, .tmp/s16/ux F12).
    expect(result.textContent).toContain('Imported: 2 new cases, 0 updated; 1 new contact, 0 updated.');
    const notices = byTestId(result, 'notes-import-notices');
    expect([...(notices?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      message('notesImportFollowUpKept', 'Late parcel', 'cases[0].followUp', 'someday'),
    ]);
    expect((await notesStore().listEntries('a')).map((e) => e.nextStep)).toEqual(['someday']);
  });

  it('shows no notice list when everything came in as it was', async () => {
    const { root } = ui.mount(<NotesManager lang="en" onOpenCase={() => {}} />);
    const input = byTestId<HTMLInputElement>(root, 'notes-import')!;
    const file = { format: 'kefu-notes', version: 2, cases: [], entries: [], templates: [], settings: [] };
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(file)], 'backup.json', { type: 'application/json' })],
      configurable: true,
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const result = await waitFor(() => byTestId(root, 'notes-import-result'));
    expect(byTestId(result, 'notes-import-notices')).toBeNull();
  });
});

describe('deleting a case: a quick Cancel still returns the keyboard to Delete', () => {
  const ui = panelTestLifecycle();

  it('cancelled before the confirm step has taken focus', async () => {
    const store = notesStore();
    await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    const { root } = ui.mount(<CaseNotes ctx={amazonOrder()} lang="en" onEscalate={() => {}} />);
    click(await waitFor(() => byTestId(root, 'notes-delete-case')));
    // The confirm step is rendered a microtask later; its effects run only after the next frame.
    for (let i = 0; i < 5 && !byTestId(root, 'notes-cancel-delete-case'); i++) await Promise.resolve();
    click(byTestId(root, 'notes-cancel-delete-case'));
    await waitFor(() => document.activeElement === byTestId(root, 'notes-delete-case'));
  });
});
