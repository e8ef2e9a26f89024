// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { notesStore } from '../../../components/notes-store';
import type { OrderContext } from '../../../components/order-context';
import { withSeen } from '../../../components/use-seen-order';
import { Workbench } from '../../../components/Workbench';
import type { RecentOrder } from '../../../lib/notes';
import { byTestId, panelTestLifecycle, waitFor } from '../notes-ui/helpers';

// Found going from an Amazon order's detail page back to its list in the same tab: the list names no seller, and the
// card and the message (which then asked the user for the seller) showed the list's order only, although the detail
// page had named the seller and Kefu had remembered it.

const listOrder = (orderId = '112-0399923-3070642'): OrderContext => ({
  order: {
    orderId,
    orderDate: '2024-04-20',
    items: [{ title: 'Wireless earbuds' }],
    shipments: [],
    status: 'Delivered',
  },
  platform: 'amazon',
  marketplace: 'amazon.com',
  source: 'page',
});

const row = (ctx: OrderContext, order: Partial<RecentOrder['order']>, seenAt: number): RecentOrder => ({
  key: `${ctx.platform}|${ctx.marketplace}|${ctx.order.orderId}`,
  platform: ctx.platform as RecentOrder['platform'],
  marketplace: ctx.marketplace!,
  orderId: ctx.order.orderId,
  order: { orderId: ctx.order.orderId, items: [], shipments: [], ...order },
  seenAt,
});

describe('the selected order over what earlier pages showed of it (withSeen)', () => {
  it('keeps the seller and tracking of the detail page under the list page’s own fields', () => {
    const ctx = listOrder();
    const seen = [
      row(ctx, { shop: 'Acme Audio', status: 'Shipped', shipments: [{ trackingId: 'TBA123456789012' }] }, 1),
    ];
    const shown = withSeen(ctx, seen)!;
    expect(shown.order.shop).toBe('Acme Audio');
    expect(shown.order.shipments).toEqual([{ trackingId: 'TBA123456789012' }]);
    // What this page says wins.
    expect(shown.order.status).toBe('Delivered');
    expect(shown.order.items).toEqual([{ title: 'Wireless earbuds' }]);
  });

  it('takes the newer of two earlier pages, whatever order the rows come in', () => {
    const ctx = listOrder();
    const shown = withSeen(ctx, [row(ctx, { shop: 'New name' }, 20), row(ctx, { shop: 'Old name' }, 10)])!;
    expect(shown.order.shop).toBe('New name');
  });

  it('reads a Tmall detail page’s shop for the Taobao list’s row of the same order', () => {
    const ctx: OrderContext = { ...listOrder('3456789012345678901'), platform: 'taobao', marketplace: 'taobao' };
    const tmall: RecentOrder = {
      ...row({ ...ctx, platform: 'tmall', marketplace: 'tmall' }, { shop: '某某旗舰店' }, 5),
    };
    expect(withSeen(ctx, [tmall])!.order.shop).toBe('某某旗舰店');
  });

  it('leaves out rows of another order (an answer for the order shown before) and other marketplaces', () => {
    const ctx = listOrder();
    const other = row(listOrder('111-0000000-0000001'), { shop: 'Wrong shop' }, 1);
    const uk = { ...row(ctx, { shop: 'UK shop' }, 1), key: `amazon|amazon.co.uk|${ctx.order.orderId}` };
    expect(withSeen(ctx, [other, uk])).toBe(ctx);
  });

  it('leaves hand-entered and recent orders as they are', () => {
    const manual: OrderContext = { ...listOrder(), platform: 'other', marketplace: null, source: 'manual' };
    const recent: OrderContext = { ...listOrder(), source: 'recent' };
    const seen = [row(listOrder(), { shop: 'Acme Audio' }, 1)];
    expect(withSeen(manual, seen)).toBe(manual);
    expect(withSeen(recent, seen)).toBe(recent);
    expect(withSeen(null, seen)).toBeNull();
  });
});

describe('the panel’s card and message for a list’s order whose detail page was seen', () => {
  const { mount } = panelTestLifecycle();

  it('name the seller the detail page named, and the message does not ask for it', async () => {
    const ctx = listOrder();
    await notesStore().rememberOrders(
      [{ ...ctx.order, shop: 'Acme Audio', status: 'Shipped' }],
      'amazon',
      'amazon.com',
    );
    const { root } = mount(<Workbench selected={ctx} onSelect={() => {}} lang="en" />);
    await waitFor(() => byTestId(root, 'field-shop')?.textContent === 'Acme Audio');
    expect(byTestId(root, 'field-status')?.textContent).toBe('Delivered');
    await waitFor(() => byTestId<HTMLTextAreaElement>(root, 'message')?.value.includes('Acme Audio'));
    expect(byTestId(root, 'missing-shop')).toBeNull();
  });
});
