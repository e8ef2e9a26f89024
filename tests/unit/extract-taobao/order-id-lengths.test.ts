import { describe, expect, it } from 'vitest';
import { extractTaobaoHtml } from './parse-html';

/**
 * Order ids of every length Taobao/Tmall used (/work/shared/reference/order-ids.json: 19 digits 2018–2025, 16 digits
 * 2012–2017, 14 digits 2011), written as bare JSON numbers. The real pages write an order's id bare beside its quoted
 * copies: the lists' `mainOrders[i].extra.id` and `subOrders[i].id` (tests/fixtures/real/taobao/taobao_orders.html,
 * 2025; a 2021 list saved in a public repository), Tmall's `detailData` its `id` (DF-wu/taobaoOrderExporter's 2025
 * sample, tests/fixtures/synthetic/taobao/tmall-order-detail-2025.html). A 19-digit id is beyond 2^53 and reaches the
 * walker as a string (the lossless parser quotes it); a 14- or 16-digit id is a safe integer and stays a number, and
 * must be read the same. SYNTHETIC pages, made-up values; the list record is the 2021 list's shape with its quoted
 * ids left out.
 */
const list = (id: string) =>
  `<!-- SYNTHETIC --><body id="list-bought-items"><script>var data = {"mainOrders":[` +
  `{"extra":{"currency":"CNY","currencySymbol":"\\uFFE5","id":${id}},` +
  `"orderInfo":{"createDay":"2015-07-10","createTime":"2015-07-10 17:34:00"},"payInfo":{"actualFee":"96.00"},` +
  `"seller":{"id":252211998,"nick":"示例小铺","shopName":"示例小铺"},"statusInfo":{"text":"交易成功"},` +
  `"subOrders":[{"id":${id},"itemInfo":{"id":520000000001,"itemUrl":"//item.taobao.com/item.htm?id=520000000001",` +
  `"title":"示例亚麻短袖T恤"},"quantity":"1"}]}]};</script></body>`;

describe('order ids written as bare JSON numbers, every length', () => {
  it.each([
    ['19 digits', '4865640015090004803'],
    ['16 digits above 2^53', '9146901796648843'],
    ['16 digits below 2^53', '1146901796648843'],
    ['14 digits', '56743898219541'],
  ])('%s: the list reads the order, its id exact', (_name, id) => {
    const r = extractTaobaoHtml(list(id), 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm');
    expect(r.orders.map((o) => [o.orderId, o.orderDate, o.total?.amount, o.shop])).toEqual([
      [id, '2015-07-10', 96, '示例小铺'],
    ]);
  });
});
