// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualOrderForm } from '../../../components/ManualOrderForm';
import { notesStore } from '../../../components/notes-store';
import type { Case, NotesStore } from '../../../lib/notes';
import { byTestId, panelTestLifecycle, tick, type, waitFor } from './helpers';

/**
 * The order form is emptied once its order is stored. Its fields stay editable while the save is in flight (a slow
 * disk, a large database): what the user types then was not saved, and emptying the whole form threw it away. Only
 * what was saved is emptied now, as in the contact form.
 */
describe('the manual order form typed into while its save is in flight', () => {
  const ui = panelTestLifecycle();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Holds the store's next createCase until `finish` is called; the case is then written as usual. */
  function holdCreate(store: NotesStore) {
    const create = store.createCase.bind(store);
    let finish = () => {};
    const held = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const spy = vi.spyOn(store, 'createCase').mockImplementation(async (input) => {
      await held;
      return create(input);
    });
    return { spy, finish: () => finish() };
  }

  const field = (root: HTMLElement, name: string) => byTestId<HTMLInputElement>(root, `manual-${name}`)!;
  /** Types these fields and presses Add. */
  async function fillAndAdd(root: HTMLElement, values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) type(field(root, name), value);
    await tick();
    byTestId<HTMLButtonElement>(root, 'manual-submit')!.click();
  }

  it('a correction typed during the save keeps the order in the form, and Add again saves it to that order', async () => {
    const { spy, finish } = holdCreate(notesStore());
    const added: Case[] = [];
    const { root } = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    await fillAndAdd(root, { shop: 'JD', orderId: '301234567890', total: '¥99.00' });
    await waitFor(() => spy.mock.calls.length === 1);
    // Typed while the save is in flight: a corrected total, and the tracking number.
    type(field(root, 'total'), '¥89.00');
    type(field(root, 'trackingId'), 'JDVA12345678901');
    await tick();
    finish();
    await waitFor(() => added.length === 1);
    await tick();
    expect(added[0]?.manual).toEqual({ total: '¥99.00' });
    expect(['shop', 'orderId', 'total', 'trackingId'].map((name) => field(root, name).value)).toEqual([
      'JD',
      '301234567890',
      '¥89.00',
      'JDVA12345678901',
    ]);
    byTestId<HTMLButtonElement>(root, 'manual-submit')!.click();
    await waitFor(() => added.length === 2);
    expect(added[1]?.id).toBe(added[0]?.id);
    expect(added[1]?.manual).toEqual({ total: '¥89.00', trackingId: 'JDVA12345678901' });
  });

  it('the next order started during the save keeps what was typed for it, and loses the saved order’s facts', async () => {
    const { spy, finish } = holdCreate(notesStore());
    const added: Case[] = [];
    const { root } = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    await fillAndAdd(root, { shop: 'JD', orderId: '301234567890', total: '¥99.00' });
    await waitFor(() => spy.mock.calls.length === 1);
    type(field(root, 'shop'), 'Zalando');
    type(field(root, 'orderId'), 'Z-1');
    await tick();
    finish();
    await waitFor(() => added.length === 1);
    await waitFor(() => field(root, 'total').value === '');
    expect([field(root, 'shop').value, field(root, 'orderId').value]).toEqual(['Zalando', 'Z-1']);
  });

  it('empties the whole form when nothing was typed during the save', async () => {
    const added: Case[] = [];
    const { root } = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    await fillAndAdd(root, { shop: 'Zalando', orderId: 'Z-1', helpUrl: 'https://www.zalando.de/faq' });
    await waitFor(() => added.length === 1);
    await waitFor(() => field(root, 'shop').value === '');
    expect(['orderId', 'helpUrl'].map((name) => field(root, name).value)).toEqual(['', '']);
  });
});
