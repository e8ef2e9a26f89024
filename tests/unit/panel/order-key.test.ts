import { describe, expect, it } from 'vitest';
import { manualCaseToOrder } from '../../../components/manual-order';
import { orderKey } from '../../../components/order-context';
import type { Case } from '../../../lib/notes';

const manualCase = (id: string, shop: string, orderId: string): Case => ({
  id,
  platform: 'other',
  title: `${shop} ${orderId}`,
  status: 'open',
  createdAt: 1,
  updatedAt: 1,
  shop,
  orderId,
});

// The panel's selection, its recent orders and the composer tell orders apart by this key.
describe('orderKey', () => {
  it('keeps two shops’ hand-entered orders with the same number apart (the shop stands in for a marketplace)', () => {
    const a = manualCaseToOrder(manualCase('c1', 'Shop A', 'SO-1001'));
    const b = manualCaseToOrder(manualCase('c2', 'Shop B', 'SO-1001'));
    expect(orderKey(a)).not.toBe(orderKey(b));
    expect(orderKey(a)).toBe(orderKey(manualCaseToOrder(manualCase('c1', 'Shop A', 'SO-1001'))));
  });

  it('is platform, marketplace and id on a shop page, whatever the seller is called', () => {
    const order = { orderId: '112-0399923-3070642', items: [], shipments: [] };
    const ctx = { platform: 'amazon', marketplace: 'amazon.com' } as const;
    expect(orderKey({ ...ctx, order: { ...order, shop: 'Cadeya' } })).toBe(orderKey({ ...ctx, order }));
    expect(orderKey({ ...ctx, order })).toBe('amazon|amazon.com|112-0399923-3070642');
  });
});
