import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveTabOrders, type TabOrders } from '../../../lib/tab-orders';

/**
 * The panel is opened beside tab 1 (its own page is no tab; tab 1 is the active tab of its window), whose page reported
 * `page`'s orders.
 */
export async function besideTab(page: Pick<TabOrders, 'url' | 'extraction'>): Promise<void> {
  await saveTabOrders(fakeBrowser.storage.session, { tabId: 1, ...page, updatedAt: 1 });
  fakeBrowser.tabs.getCurrent = (async () => undefined) as typeof fakeBrowser.tabs.getCurrent;
  fakeBrowser.tabs.query = (async () => [{ id: 1 }]) as unknown as typeof fakeBrowser.tabs.query;
}

/** A Taobao order's detail page, with one item and no shipment yet. */
export const TAOBAO_ORDER_PAGE = {
  url: 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803',
  extraction: {
    platform: 'taobao',
    marketplace: 'taobao',
    pageKind: 'order-detail',
    orders: [{ orderId: '4861628750601004803', items: [{ title: '对讲机' }], shipments: [] }],
  },
} as const satisfies Pick<TabOrders, 'url' | 'extraction'>;
