import { describe, expect, it } from 'vitest';
import { extractTaobaoHtml, jsonParseLiteral } from './parse-html';

/**
 * Page versions found in a fifth hunt (2026-11). SYNTHETIC pages: made-up values in the real list's data shape
 * (tests/fixtures/real/taobao/taobao_orders.html: `var data = JSON.parse('…')`, `mainOrders[i].extra.tradeStatus`).
 */
const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';

/**
 * The open platform's other trade states (Taobao's TOP trade API, as public SDKs spell them out: a Go SDK's
 * `Status` comment and a Java `TaobaoTradeStatus` enum found by the code search): PAY_PENDING 国际信用卡支付付款确认中,
 * TRADE_NO_CREATE_PAY 没有创建支付宝交易 (counted among the unpaid, ALL_WAIT_PAY), PAID_FORBID_CONSIGN 已付款但禁止发货
 * (拼团中 / held orders). A list order whose statusInfo has no text (a pre-sale row, as a public list parser,
 * ZJHCOFI/get-taobao-order Linux_Shell_Source_Code/get_taobao_order.sh 2024-07, had to handle) is left with its code.
 */
describe('list status as a code only: the other open-platform states', () => {
  const cases: [string, string][] = [
    ['PAY_PENDING', '付款确认中'],
    ['TRADE_NO_CREATE_PAY', '等待买家付款'],
    ['PAID_FORBID_CONSIGN', '买家已付款'],
  ];
  const ids = cases.map((_, i) => `520000000000000010${i}`);
  const order = (id: string, code: string) => ({
    extra: { currency: 'CNY', currencySymbol: '￥', id, tradeStatus: code },
    id,
    orderInfo: { createDay: '2026-10-02', createTime: '2026-10-02 10:00:00', id },
    payInfo: { actualFee: '19.90' },
    seller: { id: 2216935000348, nick: '示例店主', shopName: '示例小店' },
    statusInfo: { type: 't0', url: `//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}` },
    subOrders: [{ id, itemInfo: { id: 911178585754, title: '示例 预售 抱枕' }, quantity: '1' }],
  });
  const data = { mainOrders: cases.map(([code], i) => order(ids[i] as string, code)) };
  const html = `<!-- SYNTHETIC --><body id="list-bought-items"><script>
var data = JSON.parse('${jsonParseLiteral(JSON.stringify(data))}');
</script></body>`;
  const r = extractTaobaoHtml(html, LIST);

  it.each(cases.map(([code, status], i) => [code, status, ids[i]] as const))('%s → %s', (_code, status, id) => {
    expect(r.orders.find((o) => o.orderId === id)?.status).toBe(status);
  });

  it('reads the orders themselves, not the seller or item ids', () => {
    expect(r.orders.map((o) => o.orderId)).toEqual(ids);
  });
});
