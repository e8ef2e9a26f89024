import { describe, expect, it } from 'vitest';
import { extractTaobaoHtml, jsonParseLiteral } from './parse-html';

/**
 * Embedded-data shapes found in a fourth hunt (2026-11) that no fixture had yet. Kefu already read them right; these
 * pin that down. SYNTHETIC pages, rebuilt with made-up values from the shapes public order exporters read.
 */
const extract = extractTaobaoHtml;

/**
 * Tmall detail with one `orders.list[i]` per parcel, each with its own `status[]` and `logistic.content[0]`
 * {companyName, mailNo}, as 天猫超市 orders come (read that way by public exporters: LanceJiang/vue3_chrome_template
 * src/api/taobao/index.ts, and Tampermonkey order exporters that loop `orders.list[].logistic.content[0]` and skip a
 * parcel whose content has no companyName). Script body: `var detailData = {…}` with no semicolon before `</script>`.
 */
describe('Tmall detail: one orders.list entry per parcel', () => {
  const id = '2987654321098760001';
  const parcel = (logistic: string, title: string, item: string, status = '卖家已发货') =>
    `{"status":[{"statusInfo":[{"type":"label","text":"${status}"}],"subOrders":[{"id":${id.slice(0, -1)}2,` +
    `"itemInfo":{"title":"${title}","auctionUrl":"//detail.tmall.com/item.htm?id=${item}"},"quantity":"1"}]}]${logistic}}`;
  const detailData =
    `{"basic":{"lists":[{"key":"订单编号","content":[{"type":"label","text":"${id}"},{"type":"more","text":"更多",` +
    `"moreList":[{"key":"成交时间","content":[{"type":"label","text":"2024-03-01 10:20:30"}]}]}]},` +
    `{"key":"商家","content":[{"type":"label","text":"示例超市"}]}]},` +
    `"overStatus":{"status":{"content":[{"type":"t1","text":"当前订单状态：卖家已发货"}]}},"orders":{"id":${id},"list":[` +
    parcel(
      ',"logistic":{"content":[{"type":"logistics","companyName":"中通快递","mailNo":"73500000000001"}]}',
      '示例 收纳盒',
      '601',
    ) +
    ',' +
    parcel(
      ',"logistic":{"content":[{"type":"logistics","companyName":"韵达快递","mailNo":"4310000000002"}]}',
      '示例 挂钩',
      '602',
    ) +
    ',' +
    parcel(',"logistic":{"content":[{"type":"logistics","text":"无需物流"}]}', '示例 电子卡券', '603') +
    ']},"amount":{"count":[[{"content":[{"type":"text","text":"实付款:"},{"type":"money","money":"￥88.00"}]}]]}}';
  const html = `<!-- SYNTHETIC --><body class="tm-order-detail"><div id="J_OrderDetail"></div><script>
  var detailData = ${detailData}
</script></body>`;
  const r = extract(html, `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${id}`);

  it('gives each parcel its own number and carrier, and none for the parcel without logistics', () => {
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]?.shipments.map((s) => [s.trackingId, s.carrier])).toEqual([
      ['73500000000001', '中通快递'],
      ['4310000000002', '韵达快递'],
    ]);
  });

  it('reads the order fields and every parcel’s goods', () => {
    expect(r.orders[0]).toMatchObject({ orderId: id, orderDate: '2024-03-01', shop: '示例超市', status: '卖家已发货' });
    expect(r.orders[0]?.total?.amount).toBe(88);
    expect(r.orders[0]?.items.map((i) => i.title)).toEqual(['示例 收纳盒', '示例 挂钩', '示例 电子卡券']);
  });
});

/**
 * Taobao detail before shipping: `deliveryInfo` holds "—" placeholders for carrier and number (public exporters skip
 * `logisticsNum == "—"`, e.g. a Chrome extension mapping waybills to orders that reads `itemObj.deliveryInfo.logisticsNum`).
 */
describe('Taobao detail before shipping ("—" placeholders)', () => {
  const id = '1800000000000000003';
  const data = {
    deliveryInfo: { logisticsName: '—', logisticsNum: '—', showLogistics: true, sellerNick: '示例小店' },
    mainOrder: {
      id,
      statusInfo: { text: '当前订单状态：买家已付款，等待卖家发货', type: 't0' },
      subOrders: [{ id, quantity: '2', itemInfo: { title: '示例 数据线 1米' } }],
      payInfo: { actualFee: { name: '实付款', value: '￥19.90' } },
    },
  };
  const html = `<!-- SYNTHETIC --><body id="detail"><script>
var data = JSON.parse('${jsonParseLiteral(JSON.stringify(data))}');
</script></body>`;
  const r = extract(html, `https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=${id}`);

  it('has no shipment and the order’s own fields', () => {
    expect(r.orders[0]).toMatchObject({ orderId: id, shop: '示例小店', status: '买家已付款', shipments: [] });
    expect(r.orders[0]?.total?.amount).toBe(19.9);
    expect(r.orders[0]?.items).toEqual([{ title: '示例 数据线 1米', quantity: 2 }]);
  });
});

/**
 * The 2021 list (a saved page served by a public HTTP test server): virtual goods linking to buy_now.jhtml, bare
 * 19-digit ids in `extra.id` / `subOrders[].id`, and `extra.rateGift`, a string of JS-like text with bare long ids.
 */
describe('2021 list: virtual goods, bare ids, rateGift text', () => {
  const ids = ['1200000000000000001', '1200000000000000002'];
  const order = (id: string, day: string, fee: string, status: string) =>
    `{"extra":{"currency":"CNY","currencySymbol":"\\uFFE5","id":${id}},"id":"${id}",` +
    `"orderInfo":{"createDay":"${day}","createTime":"${day} 09:58:03","id":"${id}"},` +
    `"payInfo":{"actualFee":"${fee}","postType":"(自动充值)"},"seller":{"id":1000000001,"nick":"示例移动官方旗舰店","shopName":"示例移动官方旗舰店"},` +
    `"statusInfo":{"text":"${status}","url":"//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}"},` +
    `"subOrders":[{"id":${id},"itemInfo":{"id":38000000001,"itemUrl":"//buy.taobao.com/auction/buy_now.jhtml?item_id_num=38000000001&quantity=1",` +
    `"title":"示例 话费充值 ${fee}元"},"priceInfo":{"realTotal":"${fee}"},"quantity":"1"}]}`;
  const json =
    `{"error":"","extra":{"rateGift":"{orders:[orderId: ${ids[0]},items:[38000000001],isMall:true]}"},"mainOrders":[` +
    `${order(ids[0] as string, '2021-04-30', '10.00', '交易关闭')},${order(ids[1] as string, '2021-04-29', '30.00', '交易成功')}]}`;
  const html = `<!-- SYNTHETIC --><body id="list-bought-items"><script>
     var data = JSON.parse('${jsonParseLiteral(json)}');
</script></body>`;
  const r = extract(html, 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm');

  it('reads both orders with exact ids, dates, totals, shop and the top-up item', () => {
    expect(r.orders.map((o) => [o.orderId, o.orderDate, o.total?.amount, o.status])).toEqual([
      [ids[0], '2021-04-30', 10, '交易关闭'],
      [ids[1], '2021-04-29', 30, '交易成功'],
    ]);
    expect(r.orders[0]?.shop).toBe('示例移动官方旗舰店');
    expect(r.orders[0]?.items[0]?.url).toBe(
      'https://buy.taobao.com/auction/buy_now.jhtml?item_id_num=38000000001&quantity=1',
    );
  });
});
