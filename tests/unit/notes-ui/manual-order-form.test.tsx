import { describe, expect, it } from 'vitest';
import { ManualOrderForm } from '../../../components/ManualOrderForm';
import { notesStore } from '../../../components/notes-store';
import type { Case } from '../../../lib/notes';
import { byTestId, message, panelTestLifecycle, tick, type, waitFor } from './helpers';

describe('entering an order from another shop by hand', () => {
  const ui = panelTestLifecycle();

  const submit = async (root: HTMLElement, shop: string, orderId: string) => {
    type(byTestId(root, 'manual-shop'), shop);
    type(byTestId(root, 'manual-orderId'), orderId);
    await tick();
    byTestId<HTMLButtonElement>(root, 'manual-submit')?.click();
  };

  it('the same shop and order again opens the first case (with its notes) instead of hiding it behind a new one', async () => {
    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    await submit(view.root, 'Shop Z', 'Z-100');
    await waitFor(() => added.length === 1);
    await notesStore().addEntry({ caseId: added[0]?.id ?? '', channel: 'chat', promised: 'refund by Friday' });
    await submit(view.root, 'Shop Z', 'Z-100');
    await waitFor(() => added.length === 2);
    expect(added[1]?.id).toBe(added[0]?.id);
    expect(view.toasts.map((t) => t.message)).toEqual([message('manualAdded'), message('manualAlreadyEntered')]);
    expect(await notesStore().listCases({ platform: 'other' })).toHaveLength(1);
    // Another shop with the same order number is another order.
    await submit(view.root, 'Shop Y', 'Z-100');
    await waitFor(() => added.length === 3);
    expect(added[2]?.id).not.toBe(added[0]?.id);
  });
});
