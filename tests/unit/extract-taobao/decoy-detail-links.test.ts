import { describe, expect, it } from 'vitest';
import { extractTaobaoHtml, readFixture } from './parse-html';

/**
 * The real detail page (taobao_ordersdetails.html) with a recommendation box (猜你喜欢, as the list prints it below the
 * orders) that links another order's detail page: the order's detail URL stays its own page. The box is SYNTHETIC
 * (link shape of the list data's `trade_item_detail.htm?bizOrderId=…`, a made-up order number); found by
 * tests/unit/extract-robustness/decoy-injection.test.ts.
 */
const URL = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803';

describe('Taobao detail page with another order linked in a recommendation box', () => {
  it('keeps its own detail URL', () => {
    const box =
      '<div class="recommend"><h3>猜你喜欢</h3><a href="//item.taobao.com/item.htm?id=600000000001">推荐商品</a>' +
      '<a href="//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4800000000000000001">同款订单</a></div>';
    const html = readFixture('real/taobao/taobao_ordersdetails.html').replace(/<body([^>]*)>/i, `<body$1>${box}`);
    const { orders } = extractTaobaoHtml(html, URL);
    expect(orders.map((o) => o.orderId)).toEqual(['4861628750601004803']);
    expect(orders[0]?.detailUrl).toBe(URL);
  });
});
