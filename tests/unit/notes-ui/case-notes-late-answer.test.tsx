// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notesStore } from '../../../components/notes-store';
import { amazonOrder, byTestId, caseNotesForm, renderRootLifecycle, waitFor } from './helpers';

/**
 * The notes follow the panel's order, which follows the page: it can go from order A to B and back to A before B's
 * query has answered. B's late answer then put A's notes back to "loading", and the add form the user was typing in
 * was rebuilt (the keyboard lost to the page's body).
 */
describe('a late answer for another order', () => {
  const rootOf = renderRootLifecycle();
  const notes = caseNotesForm(rootOf);
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const A = amazonOrder('112-0399923-3070642');
  const B = amazonOrder('114-9460922-7737063');

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
});
