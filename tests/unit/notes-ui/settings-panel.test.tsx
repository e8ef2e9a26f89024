// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { notesStore } from '../../../components/notes-store';
import { SettingsPanel } from '../../../components/SettingsPanel';
import { NotesError } from '../../../lib/notes';
import { byTestId, message, panelTestLifecycle, waitFor } from './helpers';

describe('settings', () => {
  const ui = panelTestLifecycle();

  it('the copy setting is stored when ticked', async () => {
    const { root } = ui.mount(<SettingsPanel copyRaw={false} />);
    byTestId<HTMLInputElement>(root, 'setting-copy-raw')?.click();
    await vi.waitFor(async () => expect(await notesStore().getSetting<boolean>('copyRaw')).toBe(true));
  });

  it('a copy setting the database refuses to store is said in a toast, not dropped in silence', async () => {
    vi.spyOn(notesStore(), 'setSetting').mockRejectedValueOnce(new NotesError('quota', 'quota', []));
    const view = ui.mount(<SettingsPanel copyRaw={false} />);
    byTestId<HTMLInputElement>(view.root, 'setting-copy-raw')?.click();
    await waitFor(() => view.toasts.length > 0);
    expect(view.toasts[0]?.message).toBe(message('notesQuotaError'));
  });
});
