// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { manualCaseToOrder } from '../../../components/manual-order';
import { notesStore } from '../../../components/notes-store';
import type { OrderContext } from '../../../components/order-context';
import { useCaseHistory } from '../../../components/use-case-history';
import { formatContactHistory } from '../../../lib/templates';
import { amazonOrder, renderRootLifecycle, waitFor } from '../notes-ui/helpers';

function History({ ctx }: { ctx: OrderContext }) {
  const history = useCaseHistory(ctx);
  return <output data-testid="history">{history.map((h) => h.agent ?? '').join(',')}</output>;
}

function Letter({ ctx }: { ctx: OrderContext }) {
  const history = useCaseHistory(ctx);
  return <output data-testid="history">{formatContactHistory(history, 'en')}</output>;
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

  // Fresh-eyes review (s19): picking another order kept the last order's contacts until the new order's query
  // answered, so the escalation letter of an order without notes was written with another order's agents and promises
  // (the case notes below it already show nothing of the previous order meanwhile).
  it('never gives one order’s contacts for another while the other’s are being read', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    await store.addEntry({ caseId: c.id, channel: 'chat', agent: 'Wang', asked: 'Where is it?' });
    render(<History ctx={amazonOrder()} />, rootOf());
    await waitFor(() => shown() === 'Wang');
    const other = amazonOrder();
    render(<History ctx={{ ...other, order: { ...other.order, orderId: '111-0000000-0000002' } }} />, rootOf());
    // The render right after the pick, before any query could answer.
    expect(shown()).toBe('');
  });

  // User-journey review (.tmp/s16/ux F8): the letter called a promise broken before its follow-up date.
  it('judges the latest promise by the case’s follow-up date, and never writes that date as a deadline', async () => {
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(amazonOrder().order, 'amazon', 'amazon.com');
    const day = 86_400_000;
    const earlier = Date.now() - 5 * day;
    await store.addEntry({ caseId: c.id, channel: 'chat', agent: 'Wang', promised: 'a call back', at: earlier });
    await store.addEntry({ caseId: c.id, channel: 'phone', agent: 'Li', promised: 'a refund', at: Date.now() - day });
    await store.updateCase(c.id, { followUpAt: Date.now() + 3 * day });
    render(<Letter ctx={amazonOrder()} />, rootOf());
    const lines = (await waitFor(() => shown()?.includes('agent Li') && shown())).split('\n');
    // The earlier promise: another contact was needed, so it was not kept. The latest: its check date not reached.
    expect(lines[0]).toMatch(/agent Wang promised a call back; nothing happened$/);
    expect(lines[1]).toMatch(/agent Li promised a refund$/);

    // Once the follow-up date passed, the latest promise is broken too.
    await store.updateCase(c.id, { followUpAt: Date.now() - 60_000 });
    await waitFor(() => shown()?.endsWith('agent Li promised a refund; nothing happened'));
  });
});
