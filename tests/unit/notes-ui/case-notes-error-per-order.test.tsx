// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notesStore } from '../../../components/notes-store';
import { amazonOrder, byTestId, caseNotesForm, choose, message, renderRootLifecycle, waitFor } from './helpers';

/**
 * The notes show one order at a time and follow the panel's selection. A write that failed for one order (storage
 * full) showed its message under the next order the panel moved to, as if that order's status had not been saved.
 */
describe('a notes error belongs to the order it was for', () => {
  const rootOf = renderRootLifecycle();
  const notes = caseNotesForm(rootOf);
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const A = amazonOrder('112-0399923-3070642');
  const B = amazonOrder('114-9460922-7737063');
  const error = () => byTestId(rootOf(), 'notes-error');

  it('a failed status change shows under its order only, and again when the user comes back to it', async () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    vi.spyOn(notesStore(), 'updateCase').mockRejectedValue(quota);
    notes.show(A);
    choose(await waitFor(() => byTestId(rootOf(), 'notes-status')), 'waiting');
    expect((await waitFor(error)).textContent).toBe(message('notesQuotaError'));

    notes.show(B);
    // B's notes have loaded (its empty timeline): no message of A's with them.
    await waitFor(() => byTestId(rootOf(), 'notes-empty')?.textContent === message('notesNoCaseYet'));
    expect(error()).toBeNull();

    notes.show(A);
    expect((await waitFor(error)).textContent).toBe(message('notesQuotaError'));
  });
});
