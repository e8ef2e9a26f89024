import { describe, expect, it } from 'vitest';
import { followPage, pageKeys } from '../../../components/follow-page';
import type { OrderContext } from '../../../components/order-context';

const pageOrder = (orderId: string, platform: 'amazon' | 'taobao' = 'amazon'): OrderContext => ({
  order: { orderId, items: [], shipments: [] },
  platform,
  marketplace: platform === 'amazon' ? 'amazon.com' : 'taobao',
  source: 'page',
});
const manual: OrderContext = {
  order: { orderId: 'JD-1', shop: 'JD', items: [], shipments: [] },
  platform: 'other',
  marketplace: null,
  source: 'manual',
};
const recent: OrderContext = { ...pageOrder('111-0000000-0000001'), source: 'recent' };

const amazonList = [pageOrder('112-5939971-8962610'), pageOrder('112-3319487-8015418')];
const taobaoDetail = [pageOrder('4861628750601004803', 'taobao')];

describe('followPage: which order the panel shows when the tab reports its orders', () => {
  it('selects the first order of the first page', () => {
    expect(followPage(null, amazonList, null)).toBe(amazonList[0]);
  });

  it('keeps a page order the user picked while the page still lists it, in any order', () => {
    const reordered = [amazonList[1]!, amazonList[0]!];
    expect(followPage(amazonList[1]!, reordered, pageKeys(amazonList))).toBe(amazonList[1]);
  });

  it('keeps the current order on a page without orders (a chat page)', () => {
    expect(followPage(manual, [], pageKeys(amazonList))).toBe(manual);
    expect(followPage(amazonList[1]!, [], pageKeys(amazonList))).toBe(amazonList[1]);
  });

  it('keeps a hand-entered or recent order while the tab shows the same orders (a rescan, back from the chat)', () => {
    expect(followPage(manual, amazonList, pageKeys(amazonList))).toBe(manual);
    expect(followPage(recent, [...amazonList].reverse(), pageKeys(amazonList))).toBe(recent);
  });

  it('follows another order page after a hand-entered or recent order was picked (another tab, or navigation)', () => {
    // Picked "JD-1" while on the Amazon list, then switched to the Taobao order's tab: the card showed JD-1
    // under the Taobao page's list.
    expect(followPage(manual, taobaoDetail, pageKeys(amazonList))).toBe(taobaoDetail[0]);
    expect(followPage(recent, taobaoDetail, pageKeys(amazonList))).toBe(taobaoDetail[0]);
    // Picked before any page had orders (the panel was opened on a chat page).
    expect(followPage(manual, taobaoDetail, null)).toBe(taobaoDetail[0]);
  });
});
