import { describe, expect, it } from 'vitest';
import { extractTaobaoHtml } from './parse-html';

/**
 * A detail page read from its visible text (no embedded data: the old server-rendered and archived detail pages,
 * 2012–2016, as tests/fixtures/synthetic/taobao/archive-detail-old-table.html). The page heads the order's state
 * (`<h3>当前订单状态：交易成功</h3>`) above an item table whose rows carry states of their own; one refunded item of two
 * reads 退款成功 in its row. Before, the first bare state word (the refunded row's) was taken as the order's state,
 * though the embedded-data reader already prefers the heading for the same reason. SYNTHETIC page, made-up values,
 * laid out like that fixture (its source: LanceJiang/vue3_chrome_template src/api/taobao/index.ts, which reads the
 * archive's `td.label` cells; no licence declared, only the layout is taken).
 */
const URL_ARCHIVE = 'https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1146901796640001';

const page = (heading: string) => `<!-- SYNTHETIC --><html><body>
<div class="trade-detail-prompt">${heading}</div>
<div class="misc-info"><table>
<tr><th>卖家昵称：</th><td><a href="//store.taobao.com/shop/view_shop.htm?user_number_id=100021">示例旧铺</a></td>
  <th>订单编号：</th><td>1146901796640001</td></tr>
<tr><th>成交时间：</th><td>2015-12-17 14:27:50</td></tr></table></div>
<table class="order-table"><tbody>
<tr class="order-item"><td class="item"><a href="//tradearchive.taobao.com/trade/detail/tradeSnap.htm?trade_id=1146901796640002">示例 围巾</a></td>
  <td class="price">36.00</td><td class="num">1</td><td class="status">退款成功</td></tr>
<tr class="order-item"><td class="item"><a href="//tradearchive.taobao.com/trade/detail/tradeSnap.htm?trade_id=1146901796640003">示例 手套</a></td>
  <td class="price">20.00</td><td class="num">1</td><td class="status">交易成功</td></tr>
</tbody></table>
<div class="pay-info">实付款：<strong>20.00</strong> 元</div>
</body></html>`;

describe('detail page text: the order’s state is its heading, not an item row’s', () => {
  it('heading 交易成功 over a refunded item’s 退款成功', () => {
    const r = extractTaobaoHtml(page('<h3>当前订单状态：交易成功</h3>'), URL_ARCHIVE);
    expect(r.orders[0]?.status).toBe('交易成功');
    expect(r.diagnostics.find((d) => d.field === 'status')?.strategy).toBe('dom:label');
  });

  it('the order itself is unchanged: its id, not an item’s snapshot id, and its total', () => {
    const o = extractTaobaoHtml(page('<h3>当前订单状态：交易成功</h3>'), URL_ARCHIVE).orders[0];
    expect(o?.orderId).toBe('1146901796640001');
    expect(o?.total?.amount).toBe(20);
    expect(o?.items.map((i) => i.title)).toEqual(['示例 围巾', '示例 手套']);
  });
});
