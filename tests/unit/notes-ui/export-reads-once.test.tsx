// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesManager } from '../../../components/notes';
import { notesStore } from '../../../components/notes-store';
import { byTestId, captureDownloads, panelTestLifecycle, waitFor } from './helpers';

// Found in review: a CSV or Markdown export read every case and contact twice (once to see whether there was anything
// to export, once more for the file): at 20,000 cases, seconds more for the same file.
describe('an export reads the notes once', () => {
  const lifecycle = panelTestLifecycle();
  afterEach(() => vi.restoreAllMocks());

  for (const [format, id] of [
    ['CSV', 'notes-export-csv'],
    ['Markdown', 'notes-export-md'],
    ['JSON', 'notes-export-json'],
  ] as const) {
    it(`${format}: one read of the cases and of the contacts, and the file holds them`, async () => {
      const store = notesStore();
      const c = await store.createCase({ platform: 'other', orderId: 'A-1', title: 'Parcel lost' });
      await store.addEntry({ caseId: c.id, channel: 'chat', agent: 'Wang', asked: 'Where is it?' });
      const { blobs } = captureDownloads();
      const caseReads = vi.spyOn(store.db.cases, 'toArray');
      const entryReads = vi.spyOn(store.db.entries, 'toArray');
      const { root } = lifecycle.mount(<NotesManager lang="en" onOpenCase={() => {}} />);
      await waitFor(() => byTestId(root, 'notes-case-row'));
      // The list's own reads are not the export's.
      caseReads.mockClear();
      entryReads.mockClear();
      byTestId(root, id)!.click();
      await waitFor(() => blobs.length === 1);
      const file = await blobs[0]!.text();
      expect(file).toContain('Parcel lost');
      expect(file).toContain('Where is it?');
      expect(caseReads).toHaveBeenCalledTimes(1);
      expect(entryReads).toHaveBeenCalledTimes(1);
    });
  }
});
