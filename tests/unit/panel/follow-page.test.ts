import { describe, expect, it } from 'vitest';
import { followPage, pageOf } from '../../../components/follow-page';
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
    expect(followPage(null, amazonList, false)).toBe(amazonList[0]);
  });

  it('keeps a page order the user picked while the page still lists it, in any order', () => {
    const reordered = [amazonList[1]!, amazonList[0]!];
    expect(followPage(amazonList[1]!, reordered, true)).toBe(amazonList[1]);
  });

  it("shows the new page's copy of the picked order, keeping what only the earlier page showed", () => {
    // Picked 4861628750601004803 on the Taobao list (no shipments there), then opened its detail page in another tab:
    // the card kept the list's copy, so it had no tracking ID to copy and the message asked for one by hand.
    const fromList: OrderContext = {
      ...pageOrder('4861628750601004803', 'taobao'),
      order: {
        orderId: '4861628750601004803',
        shop: '广州奥特斯专业对讲机店',
        status: '交易成功',
        items: [],
        shipments: [],
      },
    };
    const detail: OrderContext = {
      ...fromList,
      order: {
        orderId: '4861628750601004803',
        status: '卖家已发货',
        items: [{ title: '对讲机' }],
        shipments: [{ trackingId: '78955216713428', carrier: '中通快递' }],
      },
    };
    const onDetail = followPage(fromList, [detail], false);
    expect(onDetail?.order.shipments).toEqual(detail.order.shipments);
    expect(onDetail?.order.status).toBe('卖家已发货');
    expect(onDetail?.order.shop).toBe('广州奥特斯专业对讲机店');
    // Back on the list (or the list rescanned): the tracking ID stays on the card.
    const backOnList = followPage(onDetail, [pageOrder('4861628750600004803', 'taobao'), fromList], false);
    expect(backOnList?.order.shipments).toEqual(detail.order.shipments);
    expect(backOnList?.order.status).toBe('交易成功');
    expect(backOnList?.source).toBe('page');
  });

  it('carries a Tmall order from its trade.tmall.com detail page to its logistics page on a taobao.com host', () => {
    // qa21b (Chromium, zh-CN): the Tmall detail page, then its 查看物流 page (wuliu.taobao.com, reported as Taobao): the
    // card lost the date, total and items, the message asked for them by hand, and the help links went to Taobao's
    // detail and refund pages for a Tmall order. Taobao and Tmall share one order numbering (see findCaseFor).
    const tmallDetail: OrderContext = {
      order: {
        orderId: '2987654321098765432',
        orderDate: '2023-05-01',
        total: { amount: 279, currency: 'CNY', text: '￥279.00' },
        shop: '示例数码旗舰店',
        detailUrl: 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=2987654321098765432',
        items: [{ title: '示例无线蓝牙耳机 降噪版', quantity: 2 }],
        shipments: [{ trackingId: 'YT7512345678901', carrier: '圆通速递' }],
      },
      platform: 'tmall',
      marketplace: 'tmall',
      source: 'page',
    };
    const logistics: OrderContext = {
      ...pageOrder('2987654321098765432', 'taobao'),
      order: {
        orderId: '2987654321098765432',
        items: [],
        shipments: [{ trackingId: 'YT7512345678901', carrier: '圆通速递', status: '运输中' }],
      },
    };
    const onLogistics = followPage(tmallDetail, [logistics], false);
    expect(onLogistics?.order).toMatchObject({
      orderDate: '2023-05-01',
      total: { amount: 279, currency: 'CNY', text: '￥279.00' },
      shop: '示例数码旗舰店',
      detailUrl: tmallDetail.order.detailUrl,
      items: tmallDetail.order.items,
    });
    expect(onLogistics?.order.shipments).toEqual([
      { trackingId: 'YT7512345678901', carrier: '圆通速递', status: '运输中' },
    ]);
    // And back: a Tmall order picked on the 已买到的宝贝 list (reported as Taobao) stays picked on its Tmall detail page.
    const listed = { ...logistics, order: { ...logistics.order, status: '卖家已发货' } };
    expect(
      followPage(tmallDetail, [pageOrder('4861628750600004803', 'taobao'), listed], false, listed)?.order.status,
    ).toBe('卖家已发货');
    // Amazon keeps telling marketplaces apart: the same number on another storefront is another order.
    const uk: OrderContext = { ...amazonList[0]!, marketplace: 'amazon.co.uk' };
    expect(followPage(uk, amazonList, false)).toBe(amazonList[0]);
  });

  it('keeps the current order on a page without orders (a chat page)', () => {
    expect(followPage(manual, [], false)).toBe(manual);
    expect(followPage(amazonList[1]!, [], false)).toBe(amazonList[1]);
  });

  it('keeps a hand-entered or recent order on the same page (a rescan, back from the chat)', () => {
    expect(followPage(manual, amazonList, true)).toBe(manual);
    expect(followPage(recent, [...amazonList].reverse(), true)).toBe(recent);
  });

  it('keeps it while the same page renders more rows (a list filled in by script, rescanned)', () => {
    // Was: kept only while the report held exactly the same orders, so the third card took the pick away (and the
    // composer rewrote the message the user had edited for it).
    const grown = [...amazonList, pageOrder('112-0000000-0000003')];
    const url = 'https://www.amazon.com/your-orders/orders';
    const rescanned = pageOf(7, new URL(url).href);
    expect(followPage(manual, grown, rescanned === pageOf(7, url))).toBe(manual);
  });

  it('tells pages apart by tab and URL, not by the URL fragment a "Load more" link sets', () => {
    const url = 'https://www.amazon.com/your-orders/orders';
    expect(pageOf(7, `${url}#`)).toBe(pageOf(7, url));
    expect(pageOf(7, `${url}#more`)).toBe(pageOf(7, url));
    expect(pageOf(7, `${url}?startIndex=10`)).not.toBe(pageOf(7, url));
    expect(pageOf(8, url)).not.toBe(pageOf(7, url));
  });

  it('follows another order page after a hand-entered or recent order was picked (another tab, or navigation)', () => {
    // Picked "JD-1" while on the Amazon list, then switched to the Taobao order's tab: the card showed JD-1
    // under the Taobao page's list.
    const amazonPage = pageOf(7, 'https://www.amazon.com/your-orders/orders');
    expect(followPage(manual, taobaoDetail, pageOf(8, 'https://trade.taobao.com/x') === amazonPage)).toBe(
      taobaoDetail[0],
    );
    expect(
      followPage(
        recent,
        amazonList,
        pageOf(7, 'https://www.amazon.com/your-orders/orders?startIndex=10') === amazonPage,
      ),
    ).toBe(amazonList[0]);
    // Picked before any page had orders (the panel was opened on a chat page).
    expect(followPage(manual, taobaoDetail, false)).toBe(taobaoDetail[0]);
  });

  it('picks again the order the user picked on a page when the panel comes back to it (another tab, and back)', () => {
    // Seen in Chromium (.tmp/s18/tabs): the third row picked on an Amazon list, the Taobao tab shown, then the list's
    // tab again: the panel showed the list's first order, and the message written for the third was gone with it.
    expect(followPage(taobaoDetail[0]!, amazonList, false, amazonList[1])).toBe(amazonList[1]);
    // A hand-entered order picked there comes back too; a pick the page no longer lists gives way to its first order.
    expect(followPage(taobaoDetail[0]!, amazonList, false, manual)).toBe(manual);
    expect(followPage(taobaoDetail[0]!, amazonList, false, pageOrder('112-0000000-0000009'))).toBe(amazonList[0]);
    // The same order carried from the other page keeps what that page showed (its detail page's tracking ID).
    const carried = { ...amazonList[1]!, order: { ...amazonList[1]!.order, status: 'Delivered' } };
    expect(followPage(carried, amazonList, false, amazonList[1])).toEqual(carried);
  });

  it('picks again the order picked on a list when the other tab showed another order of that list', () => {
    // Review (s18 review2): the second row picked on the list and a message written for it, the first row's detail
    // page opened in another tab (the panel follows it), then the list's tab again: the panel stayed on the first
    // row, as it is listed here too, and the message written for the second was not shown.
    expect(followPage(amazonList[0]!, amazonList, false, amazonList[1])).toBe(amazonList[1]);
    // Picked by hand on the list's tab, and the other tab's order is on the list: the hand-entered one comes back.
    expect(followPage(amazonList[0]!, amazonList, false, manual)).toBe(manual);
    // The hand-entered order picked here and on the other tab stays.
    expect(followPage(manual, amazonList, false, { ...manual })).toBe(manual);
  });
});
