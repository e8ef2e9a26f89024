// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notesStore } from '../../../components/notes-store';
import { amazonOrder, byTestId, caseNotesForm, choose, message, renderRootLifecycle, waitFor } from './helpers';

/**
 * The notes show one order at a time and follow the panel's order, which follows the page. What was read or failed
 * for one order must not show under another.
 */
describe('the notes of one order among several', () => {
  const rootOf = renderRootLifecycle();
  const notes = caseNotesForm(rootOf);
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const A = amazonOrder('112-0399923-3070642');
  const B = amazonOrder('114-9460922-7737063');
  const error = () => byTestId(rootOf(), 'notes-error');

  // A write that failed for one order (storage full) showed its message under the next order the panel moved to, as
  // if that order's status had not been saved.
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

  // The panel can go from order A to B and back to A before B's query has answered. B's late answer then put A's notes
  // back to "loading", and the add form the user was typing in was rebuilt (the keyboard lost to the page's body).
  it("leaves the shown order's notes and form in place", async () => {
    const store = notesStore();
    const find = store.findCaseForOrder.bind(store);
    let answerB = () => {};
    const heldB = new Promise<void>((resolve) => {
      answerB = resolve;
    });
    const spy = vi.spyOn(store, 'findCaseForOrder').mockImplementation(async (platform, marketplace, orderId) => {
      // B has no case: its answer then needs no database read once released, only promise jobs.
      if (orderId === B.order.orderId) return heldB.then(() => undefined);
      return find(platform, marketplace, orderId);
    });
    notes.show(A);
    await waitFor(() => notes.form());
    notes.show(B);
    await waitFor(() => spy.mock.calls.some((call) => call[2] === B.order.orderId));
    // Back to A: its notes are there at once (its answer is still the last one), and B answers in the same moment,
    // before the notes' query moves on from B (the effects wait for the next frame).
    notes.show(A);
    const formAgain = notes.form();
    expect(formAgain).not.toBeNull();
    answerB();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(byTestId(rootOf(), 'notes-add-form')).toBe(formAgain);
  });

  it("a slower failure for another order leaves the shown order's message", async () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    let failA = () => {};
    const heldA = new Promise<never>((_, reject) => {
      failA = () => reject(new Error('A failed'));
    });
    const spy = vi.spyOn(notesStore(), 'updateCase').mockReturnValueOnce(heldA).mockRejectedValue(quota);
    notes.show(A);
    choose(await waitFor(() => byTestId(rootOf(), 'notes-status')), 'waiting');
    await waitFor(() => spy.mock.calls.length === 1);
    notes.show(B);
    await waitFor(() => byTestId(rootOf(), 'notes-empty')?.textContent === message('notesNoCaseYet'));
    choose(byTestId(rootOf(), 'notes-status'), 'waiting');
    expect((await waitFor(error)).textContent).toBe(message('notesQuotaError'));
    // A's write fails now; its message is kept for A (shown when A is), B's stays.
    failA();
    await new Promise((r) => setTimeout(r, 0));
    expect(error()?.textContent).toBe(message('notesQuotaError'));
  });
});
