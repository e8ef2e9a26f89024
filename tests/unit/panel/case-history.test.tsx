import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { manualCaseToOrder } from '../../../components/manual-order';
import { notesStore } from '../../../components/notes-store';
import type { OrderContext } from '../../../components/order-context';
import { useCaseHistory } from '../../../components/use-case-history';
import { amazonOrder, renderRootLifecycle, waitFor } from '../notes-ui/helpers';

function History({ ctx }: { ctx: OrderContext }) {
  const history = useCaseHistory(ctx);
  return <output data-testid="history">{history.map((h) => h.agent ?? '').join(',')}</output>;
}

describe('useCaseHistory', () => {
  const rootOf = renderRootLifecycle();

  const shown = () => rootOf().querySelector('[data-testid="history"]')?.textContent;

  it('finds the contacts of an order extracted from a shop page', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    await store.addEntry({ caseId: c.id, channel: 'chat', agent: 'Wang', asked: 'Where is it?' });
    render(<History ctx={amazonOrder()} />, rootOf());
    await waitFor(() => shown() === 'Wang');
  });

  it('finds the contacts of a manual order from another shop', async () => {
    const store = notesStore();
    const c = await store.createCase({
      platform: 'other',
      orderId: 'JD-778899',
      shop: 'JD.com',
      title: 'JD.com JD-778899',
    });
    await store.addEntry({ caseId: c.id, channel: 'phone', agent: 'Li', asked: 'Refund?', at: Date.UTC(2024, 4, 1) });
    render(<History ctx={manualCaseToOrder(c)} />, rootOf());
    await waitFor(() => shown() === 'Li');
    // A later contact shows up without reselecting the order.
    await store.addEntry({
      caseId: c.id,
      channel: 'chat',
      agent: 'Zhao',
      asked: 'Still waiting',
      at: Date.UTC(2024, 4, 2),
    });
    await waitFor(() => shown() === 'Li,Zhao');
    expect(shown()).toBe('Li,Zhao');
  });
});
