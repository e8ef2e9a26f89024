// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesManager } from '../../../components/notes';
import { notesStore } from '../../../components/notes-store';
import { allByTestId, byTestId, choose, installI18n, message, panelTestLifecycle, type, waitFor } from './helpers';

const titles = (root: HTMLElement) =>
  allByTestId(root, 'notes-case-row').map((row) => row.querySelector('.notes-case-title')?.textContent);

function pickFile(input: HTMLInputElement | null, text: string) {
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', {
    value: [new File([text], 'backup.json', { type: 'application/json' })],
    configurable: true,
  });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** `count` cases of the manual platform, all titled "Recent …" and open: more than the list's 100. */
async function seedMany(count: number) {
  const now = Date.now();
  const cases = Array.from({ length: count }, (_, i) => ({
    id: `recent-${i}`,
    platform: 'other',
    orderId: `R-${i}`,
    title: `Recent ${i}`,
    status: 'open',
    createdAt: now - 86_400_000,
    updatedAt: now - i * 60_000,
  }));
  await notesStore().importJsonText(
    JSON.stringify({
      format: 'kefu-notes',
      version: 2,
      exportedAt: new Date(now).toISOString(),
      cases,
      entries: [],
      templates: [],
      settings: [],
    }),
  );
}

describe('NotesManager: what a search under way and a cut list say', () => {
  const lifecycle = panelTestLifecycle();
  afterEach(() => vi.restoreAllMocks());
  const open = () => lifecycle.mount(<NotesManager lang="en" onOpenCase={() => {}} />);

  // Found in review: at 20,000 cases the first search took about 4 s, with the old list shown as if nothing happened.
  for (const lang of ['en', 'zh_CN'] as const) {
    it(`says a search is under way (aria-busy, "${lang === 'en' ? 'Searching…' : '正在搜索……'}") until its results come`, async () => {
      installI18n(lang);
      const store = notesStore();
      await store.createCase({ platform: 'other', orderId: 'A-1', title: 'Parcel lost' });
      await store.createCase({ platform: 'other', orderId: 'B-2', title: 'Refund late' });
      let release!: () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const searchCases = store.searchCases;
      vi.spyOn(store, 'searchCases').mockImplementation(async (query, options) => {
        if (query) await gate;
        return searchCases(query, options);
      });
      const { root } = open();
      await waitFor(() => titles(root).length === 2);
      const results = byTestId(root, 'notes-results')!;
      const status = byTestId(root, 'notes-searching')!;
      expect(results.getAttribute('aria-busy')).toBe('false');
      expect(status.textContent).toBe('');
      expect(status.getAttribute('role')).toBe('status');

      type(byTestId(root, 'notes-search'), 'refund');
      await waitFor(() => byTestId(root, 'notes-searching')?.textContent);
      expect(byTestId(root, 'notes-searching')?.textContent).toBe(lang === 'en' ? 'Searching…' : '正在搜索……');
      expect(byTestId(root, 'notes-results')?.getAttribute('aria-busy')).toBe('true');
      // The earlier list stays until the new one is there.
      expect(titles(root)).toHaveLength(2);

      release();
      await waitFor(() => titles(root).join() === 'Refund late');
      expect(byTestId(root, 'notes-results')?.getAttribute('aria-busy')).toBe('false');
      expect(byTestId(root, 'notes-searching')?.textContent).toBe('');
    });
  }

  // The first search of 20,000 cases waited about 5 s (fake-indexeddb; 4 s in Chromium) for every search row to be read.
  it('reads the rows a search scans when the search field is focused, so the first search after typing does not', async () => {
    const store = notesStore();
    await store.createCase({ platform: 'other', orderId: 'A-1', title: 'Parcel lost' });
    await store.createCase({ platform: 'other', orderId: 'B-2', title: 'Refund late' });
    const rowReads = vi.spyOn(store.db.caseSearch, 'toArray');
    const { root } = open();
    await waitFor(() => titles(root).length === 2);
    expect(rowReads).not.toHaveBeenCalled();
    byTestId<HTMLInputElement>(root, 'notes-search')!.dispatchEvent(new FocusEvent('focus'));
    await waitFor(() => rowReads.mock.calls.length === 1);
    type(byTestId(root, 'notes-search'), 'parcel');
    await waitFor(() => titles(root).join() === 'Parcel lost');
    // The search used the rows read on focus.
    expect(rowReads).toHaveBeenCalledTimes(1);
  });

  it('a failed search is no longer "searching": its error shows, with the last results', async () => {
    const store = notesStore();
    await store.createCase({ platform: 'other', orderId: 'A-1', title: 'Parcel lost' });
    const searchCases = store.searchCases;
    vi.spyOn(store, 'searchCases').mockImplementation(async (query, options) => {
      if (query === 'broken') throw new Error('disk gone');
      return searchCases(query, options);
    });
    const { root } = open();
    await waitFor(() => titles(root).length === 1);
    type(byTestId(root, 'notes-search'), 'broken');
    await waitFor(() => root.querySelector('[role="alert"]'));
    expect(byTestId(root, 'notes-results')?.getAttribute('aria-busy')).toBe('false');
    expect(byTestId(root, 'notes-searching')?.textContent).toBe('');
  });

  it('a list that failed to load is not busy for ever: its error shows, the results region is not left aria-busy', async () => {
    vi.spyOn(notesStore(), 'searchCases').mockRejectedValue(new Error('disk gone'));
    const { root } = open();
    await waitFor(() => root.querySelector('[role="alert"]'));
    expect(byTestId(root, 'notes-results')?.getAttribute('aria-busy')).toBe('false');
    expect(byTestId(root, 'notes-results')?.textContent).not.toContain(message('loading'));
  });

  // Found in review: the note under a cut list told a user who had searched to "search" to find the others.
  it('says how to find the cases a cut list leaves out: narrow the search, search the filtered list, or either', async () => {
    await seedMany(105);
    const { root } = open();
    await waitFor(() => titles(root).length === 100);
    expect(byTestId(root, 'notes-list-cut')?.textContent).toBe(message('notesListCut', '100'));

    type(byTestId(root, 'notes-search'), 'recent');
    await waitFor(() => byTestId(root, 'notes-list-cut')?.textContent === message('notesListCutSearch', '100'));
    expect(message('notesListCutSearch', '100')).not.toBe(message('notesListCut', '100'));

    type(byTestId(root, 'notes-search'), '');
    choose(byTestId(root, 'notes-filter-status'), 'open');
    await waitFor(() => byTestId(root, 'notes-list-cut')?.textContent === message('notesListCutFiltered', '100'));
    expect(titles(root)).toHaveLength(100);
  });

  // Found in review: an import of 20,000 cases said "20000".
  it('groups the counts of an import as the UI language writes numbers', async () => {
    vi.spyOn(notesStore(), 'importJsonText').mockResolvedValue({
      casesAdded: 20_000,
      casesUpdated: 1_234,
      entriesAdded: 200_000,
      entriesUpdated: 0,
      settingsSkipped: 0,
      notices: [],
    });
    const { root } = open();
    await waitFor(() => byTestId(root, 'notes-no-cases'));
    pickFile(byTestId(root, 'notes-import'), '{}');
    const result = await waitFor(() => byTestId(root, 'notes-import-result'));
    expect(result.textContent).toBe('Imported: 20,000 new cases, 1,234 updated; 200,000 new contacts, 0 updated.');
  });

  it('in 中文 too', async () => {
    installI18n('zh_CN');
    vi.spyOn(notesStore(), 'importJsonText').mockResolvedValue({
      casesAdded: 20_000,
      casesUpdated: 0,
      entriesAdded: 200_000,
      entriesUpdated: 12_345,
      settingsSkipped: 0,
      notices: [],
    });
    const { root } = open();
    await waitFor(() => byTestId(root, 'notes-no-cases'));
    pickFile(byTestId(root, 'notes-import'), '{}');
    const result = await waitFor(() => byTestId(root, 'notes-import-result'));
    expect(result.textContent).toBe(
      '导入完成：新增 20,000 份客服记录，更新 0 份；新增 200,000 条联系记录，更新 12,345 条。',
    );
  });
});
