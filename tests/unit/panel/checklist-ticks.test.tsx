// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CHECKLIST_PREFIX,
  checklistTickReader,
  checklistTicks,
  parseChecklistTicks,
} from '../../../components/checklist-ticks';
import { HelpPanel } from '../../../components/HelpPanel';
import type { OrderContext } from '../../../components/order-context';
import { loadSessionDrafts } from '../../../components/session-drafts';
import type { ProblemKind } from '../../../lib/templates';
import { renderRootLifecycle, waitFor } from '../notes-ui/helpers';

// Found in the user-journey review in Chromium: "The order ID, copied and ready…" ticked on the Taobao order stayed
// ticked on another order (another tab), and closing the panel cleared every tick. Orders are synthetic.

const ORDER_ID_ITEM = 'The order ID, copied and ready for your first message';

const taobaoOrder = (orderId: string): OrderContext => ({
  order: { orderId, items: [{ title: '蓝牙耳机' }], shipments: [] },
  platform: 'taobao',
  marketplace: null,
  source: 'page',
});

/** As when the panel closes: its pagehide writes what is still waiting for the pause. */
const closePanel = () => dispatchEvent(new Event('pagehide'));

describe('the preparation checklist’s ticks', () => {
  const rootOf = renderRootLifecycle();
  const show = (ctx: OrderContext, problem: ProblemKind = 'not-received') =>
    render(<HelpPanel ctx={ctx} problem={problem} lang="en" />, rootOf());
  const box = (text: string) => {
    const label = [...rootOf().querySelectorAll('[data-testid="checklist"] label')].find((l) =>
      l.textContent?.includes(text),
    );
    return label?.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? null;
  };
  const tickBox = (text: string) => {
    box(text)!.click();
  };

  it('belong to the order and problem they were ticked for', async () => {
    const first = taobaoOrder('3921000000000000001');
    show(first);
    tickBox(ORDER_ID_ITEM);
    await waitFor(() => box(ORDER_ID_ITEM)?.checked);

    show(taobaoOrder('3921000000000000002'));
    await waitFor(() => box(ORDER_ID_ITEM)?.checked === false);
    show(first, 'refund-request');
    await waitFor(() => box(ORDER_ID_ITEM)?.checked === false);

    // Its Tmall detail page is the same order (orderIdentity): ticked there too.
    show({ ...first, platform: 'tmall' });
    await waitFor(() => box(ORDER_ID_ITEM)?.checked);
    tickBox(ORDER_ID_ITEM);
    await waitFor(() => box(ORDER_ID_ITEM)?.checked === false);
    show(first);
    expect(box(ORDER_ID_ITEM)?.checked).toBe(false);
  });

  it('survive closing and opening the panel, as the drafts do', async () => {
    const ctx = taobaoOrder('3921000000000000003');
    show(ctx);
    tickBox(ORDER_ID_ITEM);
    await waitFor(() => box(ORDER_ID_ITEM)?.checked);
    closePanel();
    await vi.waitFor(async () =>
      expect(Object.values(await fakeBrowser.storage.session.get(null))).toEqual([['order-id']]),
    );

    render(null, rootOf());
    checklistTicks.clear();
    await loadSessionDrafts([checklistTickReader]);
    show(ctx);
    expect(box(ORDER_ID_ITEM)?.checked).toBe(true);

    // Unticked, nothing is left in the session.
    tickBox(ORDER_ID_ITEM);
    await waitFor(() => box(ORDER_ID_ITEM)?.checked === false);
    closePanel();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
  });

  it('are read back only when the stored key and list have the checklist’s shape', async () => {
    const order = 'taobao+tmall|3921000000000000004';
    await fakeBrowser.storage.session.set({
      [`${CHECKLIST_PREFIX}not-received|${order}`]: ['order-id', 'tracking-id'],
      [`${CHECKLIST_PREFIX}no-such-problem|${order}`]: ['order-id'],
      [`${CHECKLIST_PREFIX}refund-request|`]: ['order-id'],
      [`${CHECKLIST_PREFIX}wrong-item|${order}`]: 'order-id',
      [`${CHECKLIST_PREFIX}cancel-order|${order}`]: ['<img src=x>'],
      [`${CHECKLIST_PREFIX}quality-damage|${order}`]: [],
    });
    await loadSessionDrafts([checklistTickReader]);
    expect([...checklistTicks]).toEqual([[`not-received|${order}`, ['order-id', 'tracking-id']]]);
    expect(parseChecklistTicks(Array.from({ length: 41 }, () => 'order-id'))).toBeNull();
    expect(parseChecklistTicks(['order-id', 'order-id'])).toEqual(['order-id']);
    expect(parseChecklistTicks({ 0: 'order-id', length: 1 })).toBeNull();
  });
});
