import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract/index';
import { carrierFromName, findTrackingNumbers, identifyTrackingNumber } from '../../../lib/tracking/index';
import { extractSyntheticTaobao, parseHtml } from './parse-html';

/** Page versions found in a third hunt (2026-11): the 2026-09 order list; carrier names of Taobao logistics panels. */
const extract = extractSyntheticTaobao;

const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';

describe('the 2026-09 list (#shopOrderContainer_<id>, no embedded JSON)', () => {
  const r = extract('list-2026-split-prices.html', LIST);

  it('reads each order box', () => {
    expect(r.pageKind).toBe('order-list');
    expect(r.orders.map((o) => o.orderId)).toEqual(['5190000000000000015', '5190000000000000008']);
    expect(r.orders[0]).toMatchObject({ orderDate: '2026-09-20', shop: '某某虚构电子元件', status: '交易成功' });
  });

  it('reads a 实付款 printed as ￥ / 33 / . / 27 spans whole, decimals and thousands included', () => {
    expect(r.orders.map((o) => o.total?.amount)).toEqual([33.27, 1220.4]);
  });

  it('lists the goods of the order, not the 常买常逛 cards (prices, "已购买3次") in its box', () => {
    expect(r.orders[0]?.items.map((i) => [i.title, i.quantity])).toEqual([
      ['XT60 公母插头 带护套 航模电池接头', 2],
      ['硅胶线 16AWG 红黑各1米', 1],
    ]);
    expect(r.orders[1]?.items.map((i) => i.title)).toEqual(['焊锡丝 0.8mm 100g']);
  });
});

/**
 * The list's 查看物流 page (market.m.taobao.com/app/dinamic/pc-trade-logistics/home.html?orderId=…, linked from the list
 * 2025, read as text 2026-09 by a public order-tracking tool, which cuts the text at 猜你喜欢 because the recommended goods
 * below the parcel ("顺丰包邮 …") poison carrier and tracking detection). Rebuilt with made-up values.
 */
describe('a logistics page with 猜你喜欢 below the parcel', () => {
  const href = 'https://market.m.taobao.com/app/dinamic/pc-trade-logistics/home.html?orderId=5190000000000000016';
  const html = `<body><div>运输中</div><div><span>运单号</span><span>YT7582890600203</span><span>复制</span></div>
    <ul><li>2026-09-27 08:00:00 快件已到达【杭州转运中心】</li><li>2026-09-26 18:00:00 已揽收</li></ul>
    <div><h3>猜你喜欢</h3><a href="https://item.taobao.com/item.htm?id=881"><span>中通快递 纸箱 包邮 10个装</span></a>
    <a href="https://item.taobao.com/item.htm?id=882"><span>顺丰快递袋 加厚 100个</span></a></div></body>`;

  it('names no carrier from a recommended item, so the number names its own (圆通, in Chinese as on every Taobao page)', () => {
    const r = extractPage(parseHtml(html, href), href);
    expect(r.pageKind).toBe('tracking');
    expect(r.orders[0]?.orderId).toBe('5190000000000000016');
    expect(r.orders[0]?.shipments.map((s) => [s.trackingId, s.carrier])).toEqual([['YT7582890600203', '圆通速递']]);
    expect(r.orders[0]?.items).toEqual([]);
  });

  it('is not cut by such a heading above the parcel (a menu entry): the cut is below the first long number', () => {
    const menu = html.replace('<body>', '<body><nav><a href="https://www.taobao.com/">猜你喜欢</a></nav>');
    const r = extractPage(parseHtml(menu, href), href);
    expect(r.orders[0]?.shipments.map((s) => [s.trackingId, s.carrier])).toEqual([['YT7582890600203', '圆通速递']]);
    expect(r.orders[0]?.items).toEqual([]);
  });
});

describe('丹鸟 (Cainiao’s delivery network, named on Taobao logistics panels)', () => {
  it('is a carrier of its own, not DHL or a ZTO guess from the number', () => {
    expect(carrierFromName('丹鸟')).toEqual({ carrier: 'Danniao', carrierZh: '丹鸟速递' });
    expect(carrierFromName('丹鸟快递')?.carrier).toBe('Danniao');
    // A 15-digit 丹鸟 waybill as a public courier client tests it (611090452344701); here an invented one.
    expect(identifyTrackingNumber('611090452300001', { carrierHint: '丹鸟' })?.carrier).toBe('Danniao');
    expect(identifyTrackingNumber('78912345678901', { carrierHint: '丹鸟' })?.carrier).toBe('Danniao');
    const [found] = findTrackingNumbers('物流公司：丹鸟 运单号：78912345678901');
    expect(found).toMatchObject({ carrier: 'Danniao', carrierZh: '丹鸟速递' });
  });
});

/**
 * Synthetic, from jackdhch/taobao-order-triage tools/mock-detail.html (its note: measured on the real detail page
 * 2026-10-04): the seller's name is only in the 旺旺 icon's data-nick and in the uid= of its amos.alicdn.com link,
 * whose text is "和我联系".
 */
describe('a 2026 detail page whose seller is named only by its 旺旺 link', () => {
  const url = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=5190000000000000106';
  const page = (href: string) =>
    `<div id="app"><h3>订单详情</h3><div>订单号：5190000000000000106</div><div class="seller">卖家：` +
    `<span class="ww-light ww-small" data-nick="某某虚构传感器店"></span><a class="ww-inline" href="${href}">和我联系</a></div></div>`;

  it('takes the shop from the link, not its "和我联系"', () => {
    const href = `https://amos.alicdn.com/getcid.aw?v=3&uid=${encodeURIComponent('某某虚构传感器店')}&site=cntaobao`;
    expect(extractPage(parseHtml(page(href), url), url).orders[0]?.shop).toBe('某某虚构传感器店');
  });

  it('never throws on a broken escape in the link', () => {
    const order = extractPage(parseHtml(page('https://amos.alicdn.com/getcid.aw?uid=%E6%9F&site=cntaobao'), url), url)
      .orders[0];
    expect(order?.orderId).toBe('5190000000000000106');
  });
});
