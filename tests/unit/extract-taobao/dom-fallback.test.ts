import { describe, expect, it } from 'vitest';
import { TAOBAO_ORDER_MATCH_PATTERNS } from '../../../lib/sites/taobao/hosts';
import { taobaoPageKind, taobaoSite } from '../../../lib/sites/taobao/index';
import { normalizeDate, normalizeStatus, parseMoney } from '../../../lib/sites/taobao/normalize';
import { matches } from '../match-pattern';
import { parseHtml, readFixture } from './parse-html';

const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';

function extract(html: string, href: string) {
  const doc = parseHtml(html, href);
  const url = new URL(href);
  const site = taobaoSite.match(url);
  if (!site) throw new Error('no site');
  return taobaoSite.extract(doc, url, site, taobaoSite.pageKind(url, doc));
}

describe('visible-text fallback', () => {
  it('splits a list with unknown markup at its 订单号 labels (React layout: date before the label)', () => {
    const row = (date: string, id: string, shop: string, total: string, status: string) => `
      <div class="x-row"><div><span>${date}</span><span>订单号</span><span>: </span><span>${id}</span></div>
      <div><a href="//store.taobao.com/shop/view_shop.htm?user_number_id=1">${shop}</a></div>
      <div><a href="//item.taobao.com/item.htm?id=1">${shop} 的宝贝</a></div>
      <div><strong><span>￥</span><span>${total}</span></strong></div><div><span>${status}</span></div></div>`;
    const html = `<body><table><tr><th>实付款</th></tr></table>${row('2024-01-02', '3111111111111111111', '甲店', '10.50', '交易成功')}${row('2024-01-01', '3222222222222222222', '乙店', '20.00', '交易关闭')}</body>`;
    const r = extract(html, LIST);
    expect(r.diagnostics.find((d) => d.field === 'orders')?.strategy).toBe('dom:text-segments');
    expect(r.orders.map((o) => [o.orderId, o.orderDate, o.shop, o.status])).toEqual([
      ['3111111111111111111', '2024-01-02', '甲店', '交易成功'],
      ['3222222222222222222', '2024-01-01', '乙店', '交易关闭'],
    ]);
  });

  it('never takes the 支付宝交易号 as the order id', () => {
    const html = '<body><p>支付宝交易号：2016010122001100009876543210</p><p>订单编号：1234567890123456</p></body>';
    const r = extract(html, 'https://trade.taobao.com/trade/detail/trade_item_detail.htm');
    expect(r.orders.map((o) => o.orderId)).toEqual(['1234567890123456']);
  });

  it('the URL id wins on a detail page, and a page without any id yields no order and a visible miss', () => {
    const withId = extract(
      '<body>订单号：1111111111111111</body>',
      'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=2222222222222222',
    );
    expect(withId.orders[0]?.orderId).toBe('2222222222222222');
    const none = extract('<body>hello</body>', 'https://trade.taobao.com/trade/detail/trade_item_detail.htm');
    expect(none.orders).toEqual([]);
    expect(none.diagnostics).toEqual([{ field: 'orders', strategy: null }]);
  });
});

describe('page kinds and hosts', () => {
  it.each([
    ['https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', 'order-list'],
    ['https://buyertrade.tmall.com/trade/itemlist/list_bought_items.htm', 'order-list'],
    ['https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1', 'order-detail'],
    ['https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=1', 'order-detail'],
    ['https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1', 'order-detail'],
    ['https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=1', 'tracking'],
    ['https://detail.i56.taobao.com/trace/trace_detail.htm?tId=1', 'tracking'],
    ['https://market.m.taobao.com/app/dinamic/pc-trade-logistics/home.html?orderId=1&entrance=pc', 'tracking'],
    ['https://refund2.taobao.com/dispute/applyRouter.htm', 'help'],
    ['https://www.taobao.com/', 'other'],
  ])('%s → %s', (href, kind) => {
    expect(taobaoPageKind(new URL(href), null)).toBe(kind);
  });

  it("runs on the list's 查看物流 page (the link in the real list's JSON), not on that host's other apps", () => {
    const href =
      'https://market.m.taobao.com/app/dinamic/pc-trade-logistics/home.html?orderId=4865640015090004803&entrance=pc';
    expect(TAOBAO_ORDER_MATCH_PATTERNS.some((p) => matches(p, href))).toBe(true);
    const snapshot = 'https://market.m.taobao.com/app/tp/snapshot-m/pages/entry/index.html?bizOrderId=1';
    expect(TAOBAO_ORDER_MATCH_PATTERNS.some((p) => matches(p, snapshot))).toBe(false);
  });

  it('matches taobao and tmall hosts only', () => {
    expect(taobaoSite.match(new URL('https://trade.tmall.com/x'))).toEqual({ platform: 'tmall', marketplace: 'tmall' });
    expect(taobaoSite.match(new URL('https://buyertrade.taobao.com/x'))).toEqual({
      platform: 'taobao',
      marketplace: 'taobao',
    });
    expect(taobaoSite.match(new URL('https://taobao.com.evil.example/x'))).toBeNull();
    expect(taobaoSite.match(new URL('https://www.amazon.com/'))).toBeNull();
  });
});

describe('normalizers', () => {
  it('dates', () => {
    expect(normalizeDate('成交时间：2015-6-1 12:34')).toBe('2015-06-01');
    expect(normalizeDate('2023年5月1日')).toBe('2023-05-01');
    expect(normalizeDate('2023-13-01')).toBeNull();
  });
  it('money', () => {
    expect(parseMoney('￥1,234.50')).toEqual({ amount: 1234.5, currency: 'CNY', text: '￥1,234.50' });
    expect(parseMoney('47.40')).toEqual({ amount: 47.4, currency: 'CNY', text: '￥47.40' });
    expect(parseMoney('-￥27.00')?.amount).toBe(-27);
    expect(parseMoney('无')).toBeNull();
  });
  it('status', () => {
    expect(normalizeStatus('当前订单状态：卖家已发货，请查看页面下方物流信息了解宝贝寄送情况')).toBe('卖家已发货');
    expect(normalizeStatus('交易成功')).toBe('交易成功');
    expect(normalizeStatus('这是一段非常非常非常非常非常长的没有标点的说明文字而不是状态')).toBeNull();
  });
});

describe('list paged without a reload (embedded JSON still holds page 1)', () => {
  // The real saved list (50 orders in `var data = JSON.parse('…')`, empty shell) with React-style rows rendered
  // into its body, as the page looks after its own script ran.
  const real = readFixture('real/taobao/taobao_orders.html');
  const jsonIds = [...new Set(real.match(/(?<=\\"id\\":\\")\d{19}(?=\\")/g) ?? [])];
  const rows = (ids: string[]) =>
    ids
      .map(
        (id, i) => `<div class="index-mod__order-container___1ur4- js-order-container">
          <span>2025-0${(i % 9) + 1}-0${(i % 9) + 1}</span><span>订单号: </span><span>${id}</span>
          <a href="//store.taobao.com/shop/view_shop.htm?user_number_id=${i}">店${i}</a>
          <strong><span>￥</span><span>${i + 1}.00</span></strong><span>交易成功</span></div>`,
      )
      .join('');
  const withRows = (ids: string[]) => real.replace('</body>', `${rows(ids)}</body>`);

  it('has the JSON ids to work with', () => {
    expect(jsonIds.length).toBeGreaterThanOrEqual(50);
  });

  it('page 2 rendered: only the rows on screen are reported, and the stale JSON is noted', () => {
    const page2 = ['3999999999999999901', '3999999999999999902', '3999999999999999903'];
    const r = extract(withRows(page2), LIST);
    expect(r.orders.map((o) => o.orderId)).toEqual(page2);
    expect(r.diagnostics).toContainEqual({ field: 'embeddedOrders', strategy: 'stale-after-paging' });
    expect(r.diagnostics.find((d) => d.field === 'orders')?.strategy).toBe('dom:container([class*="order-container"])');
  });

  it('page 1 rendered: the JSON orders stay (all 50, merged with the rows)', () => {
    const r = extract(withRows(jsonIds.slice(0, 3)), LIST);
    expect(r.orders).toHaveLength(50);
    expect(r.diagnostics.find((d) => d.field === 'orders')?.strategy).toBe('json:mainOrders');
    expect(r.diagnostics.some((d) => d.field === 'embeddedOrders')).toBe(false);
  });
});

// Shapes from real pages checked this stop (old lists 2013/2015, a 2016 detail page's data), rebuilt small.
describe('older page versions', () => {
  it('old table list: a cut shop name is read whole from its title; a top-up links to its buy page', () => {
    const html = `<body><table><tbody data-orderid="191088028287261">
      <tr><td><span>2013-01-22</span> 订单号：<span>191088028287261</span></td>
        <td><a class="nickname" title="鼎信网络充值专营店" href="http://store.taobao.com/shop/view_shop.htm?user_number_id=7">鼎信网络充...</a></td></tr>
      <tr><td class="baobei"><a class="baobei-name" href="http://buy.taobao.com/auction/buy_now.jhtml?item_id_num=13463737147">
        上海移动话费充值50元 及时到账</a></td><td class="quantity">1</td><td class="amount"><strong>49.66</strong></td>
        <td><a href="#">再次购买</a> <a href="http://buy.taobao.com/auction/buy_now.jhtml?item_id_num=1">立即购买</a></td></tr>
    </tbody></table></body>`;
    const [order] = extract(html, LIST).orders;
    expect(order?.shop).toBe('鼎信网络充值专营店');
    expect(order?.items.map((i) => i.title)).toEqual(['上海移动话费充值50元 及时到账']);
    expect(order?.total?.amount).toBe(49.66);
  });

  it('React list rows without embedded data: the total is the bold figure whose class sits 4 levels up', () => {
    // The 2016 list's markup (CSS-module class names as on the real page; values made up): the unit price and the
    // paid total share price-mod__price, and only the total is bold, under div > p > strong > span.
    const html = `<body><div class="index-mod__order-container___1ur4-"><div class="bought-wrapper-mod__trade-order___3jy1n">
      <table><tbody><tr><td><span class="bought-wrapper-mod__create-time___3gHYC">2016-07-27</span>
        <span><span>订单号</span><span>:</span><span>2120000000000001</span></span></td></tr></tbody>
      <tbody><tr><td><div class="price-mod__price___1ZG-e"><p><span>￥</span><span>12.00</span></p></div></td>
        <td><div><p>1</p></div></td>
        <td><div><div class="price-mod__price___1ZG-e"><p><strong><span>￥</span><span>9.98</span></strong></p></div></div></td>
        <td><div><p><span class="text-mod__link___36nmM">交易成功</span></p></div></td></tr></tbody></table></div></div></body>`;
    const [order] = extract(html, LIST).orders;
    expect(order?.orderId).toBe('2120000000000001');
    expect(order?.total).toMatchObject({ amount: 9.98, currency: 'CNY' });
    expect(order?.status).toBe('交易成功');
  });

  it("a row's class is no hint for the figures in it (only the text's own cell or block)", () => {
    const row = (cls: string) => `<body><table><tbody data-orderid="1146901796640001">
      <tr><td>订单号：1146901796640001</td></tr>
      <tr class="${cls}"><td><a href="//item.taobao.com/item.htm?id=1">示例T恤</a></td><td><span>300</span></td>
        <td><b>1</b> 件</td><td class="quantity">2</td><td class="amount"><strong>78.00</strong></td></tr></tbody></table></body>`;
    expect(extract(row('order-amount-row'), LIST).orders[0]?.total?.amount).toBe(78);
    expect(extract(row('item-quantity-row'), LIST).orders[0]?.items[0]?.quantity).toBe(2);
  });

  it("a cell's class is a hint for text wrapped in blocks inside it", () => {
    const html = `<body><table><tbody data-orderid="1146901796640001">
      <tr><td>订单号：1146901796640001</td></tr>
      <tr><td><a href="//item.taobao.com/item.htm?id=1">示例T恤</a></td><td class="quantity"><div>2</div></td>
        <td class="amount"><div><strong>78.00</strong></div></td></tr></tbody></table></body>`;
    const [order] = extract(html, LIST).orders;
    expect([order?.total?.amount, order?.items[0]?.quantity]).toEqual([78, 2]);
  });

  it('a cut name whose title is too long for a shop name keeps its text', () => {
    const long = `鼎信网络充值专营店${'官方'.repeat(20)}`;
    const html = `<body><table><tbody data-orderid="191088028287261"><tr><td>订单号：191088028287261</td>
      <td><a title="${long}" href="http://store.taobao.com/shop/view_shop.htm?user_number_id=7">鼎信网络充...</a></td></tr></tbody></table></body>`;
    expect(extract(html, LIST).orders[0]?.shop).toBe('鼎信网络充...');
  });

  it('a name that is not a cut of the title keeps its text', () => {
    const html = `<body><table><tbody data-orderid="191088028287261"><tr><td>订单号：191088028287261</td>
      <td><a title="另一家店" href="http://store.taobao.com/shop/view_shop.htm?user_number_id=7">某某店...</a></td></tr></tbody></table></body>`;
    expect(extract(html, LIST).orders[0]?.shop).toBe('某某店...');
  });

  it('detail data: a "-" carrier is no carrier, and the page\'s own logistics link is the tracking link', () => {
    const data = {
      mainOrder: { id: '2610984234481400', statusInfo: { text: '卖家已发货' } },
      deliveryInfo: {
        logisticsNum: '610599516719',
        logisticsName: '-',
        logisticsUrl: '//trade.taobao.com/trade/logistics_status.htm?logisType=0&bizOrderId=2610984234481400',
      },
    };
    const html = `<body><script>var data = ${JSON.stringify(data)};</script></body>`;
    const [order] = extract(
      html,
      'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=2610984234481400',
    ).orders;
    expect(order?.shipments).toEqual([
      {
        trackingId: '610599516719',
        trackingUrl: 'https://trade.taobao.com/trade/logistics_status.htm?logisType=0&bizOrderId=2610984234481400',
      },
    ]);
  });

  it('visible text: a "-" after 物流公司 is no carrier either', () => {
    const html = '<body><p>订单编号：2610984234481400</p><p>物流公司：-</p><p>运单号码：610599516719</p></body>';
    const url = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=2610984234481400';
    const shipment = extract(html, url).orders[0]?.shipments[0];
    expect(shipment).toMatchObject({ trackingId: '610599516719' });
    expect(shipment?.carrier).toBeUndefined();
  });

  it('a seller object: its nick is the shop, ahead of a sellerNick beside it (first of equal evidence)', () => {
    const data = { mainOrder: { id: '2610984234481400' }, seller: { nick: 'shopA', sellerNick: 'nickB' } };
    const html = `<body><script>var data = ${JSON.stringify(data)};</script></body>`;
    const url = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=2610984234481400';
    expect(extract(html, url).orders[0]?.shop).toBe('shopA');
  });

  it('an i56 trace page names its order in tId', () => {
    const html = '<body><div>物流公司：中通快递</div><div>运单号码：75442160290397</div></body>';
    const r = extract(html, 'https://detail.i56.taobao.com/trace/trace_detail.htm?tId=2610984234481400&userId=1');
    expect(r.orders.map((o) => [o.orderId, o.shipments[0]?.carrier, o.shipments[0]?.trackingId])).toEqual([
      ['2610984234481400', '中通快递', '75442160290397'],
    ]);
  });
});

/**
 * Shapes of real pages, rebuilt with made-up values: the logistics trace page's parcels one after the other (a Python
 * scraper of detail.i56.taobao.com, "# 包裹1 包裹2 包裹3"), and the React list read from its visible text
 * (Darius-San/TAOBAO_EXTRACTOR's saved list: a phone top-up's 充值成功).
 */
describe('visible-text fallback: parcels, top-ups', () => {
  it('reads every parcel of a logistics page, each with its own carrier and status', () => {
    const r = extract(
      `<body><ul><li>包裹1</li><li>包裹2</li></ul>
      <div class="info"><p><label>物流公司：</label><span>中通快递</span></p><p><label>运单号码：</label><span>78955216713428</span></p>
      <p><label>客服电话：</label><span>95311</span></p><p><label>卖家昵称：</label><span>示例卖家</span></p></div>
      <ul id="J_listtext1"><li><span>2025-11-08 09:10:00</span><span>已签收</span></li></ul>
      <div class="info"><p><label>物流公司：</label><span>圆通速递</span></p><p><label>运单号码：</label><span>YT7582890600203</span></p></div>
      <ul id="J_listtext2"><li><span>运输中</span></li></ul></body>`,
      'https://detail.i56.taobao.com/trace/trace_detail.htm?tId=4861628750601004803&userId=1',
    );
    expect(r.orders[0]?.shipments.map((s) => [s.trackingId, s.carrier, s.status])).toEqual([
      ['78955216713428', '中通快递', '已签收'],
      ['YT7582890600203', '圆通速递', '运输中'],
    ]);
  });

  it("four parcels of four carriers (圆通 YT…, 中通 14 digits, 顺丰 SF…, 京东 JD…): a parcel's 已签收 is not the order's state", () => {
    const parcel = (n: number, carrier: string, id: string, state: string) =>
      `<p>包裹${n}</p><div class="info"><p><label>物流公司：</label><span>${carrier}</span></p>` +
      `<p><label>运单号码：</label><span>${id}</span></p></div><ul><li><span>2025-11-08 09:10:00</span><span>${state}</span></li></ul>`;
    const r = extract(
      `<body>${parcel(1, '圆通速递', 'YT7582890600203', '运输中')}${parcel(2, '中通快递', '78955216713428', '已签收')}` +
        `${parcel(3, '顺丰速运', 'SF1400123456789', '派送中')}${parcel(4, '京东物流', 'JDVA12345678901', '已揽收')}</body>`,
      'https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=4861628750601004803',
    );
    expect(r.orders[0]?.shipments.map((s) => [s.trackingId, s.carrier, s.status])).toEqual([
      ['YT7582890600203', '圆通速递', '运输中'],
      ['78955216713428', '中通快递', '已签收'],
      ['SF1400123456789', '顺丰速运', '派送中'],
      ['JDVA12345678901', '京东物流', '已揽收'],
    ]);
    // Three parcels of four are still on their way: the order is not 已签收 (the page names no order state).
    expect(r.orders[0]?.status).toBeUndefined();
  });

  it("a tracking number named twice (a summary line, then its block) is one shipment with the block's carrier and status", () => {
    const r = extract(
      `<body><p>订单编号：1234567890123456</p><p>运单号：78955216713428</p>
      <div><p>物流公司：中通快递</p><p>运单号：78955216713428</p><p>已签收</p></div></body>`,
      'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1234567890123456',
    );
    expect(r.orders[0]?.shipments.map((s) => [s.trackingId, s.carrier, s.status])).toEqual([
      ['78955216713428', '中通快递', '已签收'],
    ]);
  });

  it('one parcel stays one shipment, whatever follows its 运单号', () => {
    const r = extract(
      `<body><p>物流公司：圆通速递</p><p>运单号：YT7582890600203</p><p>卖家昵称：示例卖家</p><p>运输中</p></body>`,
      'https://detail.i56.taobao.com/trace/trace_detail.htm?tId=4861628750601004803&userId=1',
    );
    expect(r.orders[0]?.shipments.map((s) => [s.trackingId, s.carrier, s.status])).toEqual([
      ['YT7582890600203', '圆通速递', '运输中'],
    ]);
  });

  it('takes 充值成功 (a phone top-up) as a status', () => {
    const row = (id: string, title: string, unit: string, qty: string, total: string, status: string) => `
      <div class="index-mod__order-container___1ur4-"><table>
      <tr><td><span class="bought-wrapper-mod__create-time___yNWVS">2024-10-24</span><span>订单号</span><span>:</span><span>${id}</span></td></tr>
      <tr><td><a href="//item.taobao.com/item.htm?id=1">${title}</a></td>
      <td class="sol-mod__no-br___toLPG"><div class="price-mod__price___3Un7c"><p><span>￥</span><span>${unit}</span></p></div></td>
      <td class="sol-mod__no-br___toLPG"><div><p>${qty}</p></div></td>
      <td><div class="price-mod__price___3Un7c"><p><strong><span>￥</span><span>${total}</span></strong></p></div></td>
      <td><span class="text-mod__link___36nmM">${status}</span></td></tr></table></div>`;
    const r = extract(
      `<body>${row('4095705098011739241', 'M12法兰插座', '30.00', '5', '150.00', '交易成功')}${row('4097504919329739241', '话费充值100元', '100.00', '1', '99.80', '充值成功')}</body>`,
      `${LIST}?pageNum=2`,
    );
    expect(r.orders.map((o) => [o.orderId, o.status])).toEqual([
      ['4095705098011739241', '交易成功'],
      ['4097504919329739241', '充值成功'],
    ]);
  });
});
