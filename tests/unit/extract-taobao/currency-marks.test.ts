import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/sites/taobao/normalize';
import { extractTaobaoHtml, jsonParseLiteral } from './parse-html';

/**
 * Amounts in another currency than yuan (a sixth hunt, 2026-11). Taobao's PC pages follow the `hng` cookie
 * (country|language|currency|code): public scrapers' cookies carry `TW|zh-TW|TWD|158` and `HK|zh-TW|HKD|344` besides
 * the usual `CN|zh-CN|CNY|156`, and the list data states its currency (`extra.currency`, `currencySymbol`), which public
 * exporters copy out as 货币类型 (ZJHCOFI/get-taobao-order, BSD-3-Clause). The global/English UI writes yuan as
 * `CN￥1,090.00`. Before, an amount with such a mark was read as yuan and its text rewritten (`HK$ 120.50` became
 * `￥120.50`, CNY); in the visible text `CN￥…` or `NT$…` after 实付款 was no amount at all.
 *
 * SYNTHETIC pages: the detail page's data is the real Taobao detail shape (tests/fixtures/real/taobao, `var data =
 * JSON.parse('…')`, `mainOrder.payInfo.actualFee {name:"实付款", value}`) with made-up values; the currency marks are
 * the ones the cookie's currencies are written with.
 */
describe('parseMoney: an amount keeps the currency of its own mark', () => {
  it.each([
    ['HK$ 120.50', 120.5, 'HKD'],
    ['NT$1,234', 1234, 'TWD'],
    ['US$17.80', 17.8, 'USD'],
    ['MOP$30.00', 30, 'MOP'],
    ['S$12.00', 12, 'SGD'],
    ['RM 45.00', 45, 'MYR'],
    ['CN￥1,090.00', 1090, 'CNY'],
    ['RMB 88.00', 88, 'CNY'],
    ['-￥27.00', -27, 'CNY'],
  ])('%s → %d %s, the text as shown', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency, text });
  });

  it('a bare number is in the page’s currency, written with its symbol', () => {
    expect(parseMoney('47.40')).toEqual({ amount: 47.4, currency: 'CNY', text: '￥47.40' });
    expect(parseMoney('1234', 'NT$', 'TWD')).toEqual({ amount: 1234, currency: 'TWD', text: 'NT$1234' });
    // The page's own symbol means the page's currency, even an ambiguous one.
    expect(parseMoney('$12.00', '$', 'USD')).toEqual({ amount: 12, currency: 'USD', text: '$12.00' });
  });

  it('a bare $ of unknown country is no amount rather than yuan', () => {
    expect(parseMoney('$149.66')).toBeNull();
  });
});

const DETAIL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=5200000000000001234';

describe('detail data with a total in Hong Kong dollars', () => {
  const data = {
    mainOrder: {
      id: '5200000000000001234',
      seller: { nick: '示例港店', id: 2200000001 },
      statusInfo: { text: '当前订单状态：交易成功', type: 't0' },
      subOrders: [
        {
          idStr: '5200000000000001234',
          quantity: '1',
          itemInfo: { title: '示例 保温杯', auctionUrl: '//trade.taobao.com/trade/detail/tradeSnap.htm?trade_id=1' },
        },
      ],
      orderInfo: {
        lines: [
          {
            type: 'line',
            content: [
              {
                type: 'namevalue',
                value: { name: '订单编号:', value: [{ type: 'text', value: '5200000000000001234' }] },
              },
              { type: 'namevalue', value: { name: '创建时间:', value: '2024-06-01 10:00:00' } },
            ],
          },
        ],
      },
      payInfo: {
        feeMess: [{ name: '商品总价', value: 'HK$ 130.50' }],
        actualFee: { name: '实付款', value: 'HK$ 120.50' },
      },
    },
  };
  const html = `<!-- SYNTHETIC --><body><script>var data = JSON.parse('${jsonParseLiteral(JSON.stringify(data))}');</script></body>`;

  it('reports the amount in HKD as shown, not as ￥120.50', () => {
    expect(extractTaobaoHtml(html, DETAIL).orders[0]?.total).toEqual({
      amount: 120.5,
      currency: 'HKD',
      text: 'HK$ 120.50',
    });
  });
});

describe('visible text: 实付款 with a currency mark', () => {
  const page = (amount: string) => `<!-- SYNTHETIC --><body>
<div><h3>当前订单状态：交易成功</h3></div>
<table><tr><th>订单编号：</th><td>5200000000000005678</td><th>成交时间：</th><td>2024-06-02 09:00:00</td></tr></table>
<div class="pay-info">实付款：<strong>${amount}</strong></div>
</body>`;
  const url = 'https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=5200000000000005678';

  it.each([
    ['NT$1,234', 1234, 'TWD'],
    ['CN￥1,090.00', 1090, 'CNY'],
  ])('%s is read, in its own currency', (amount, value, currency) => {
    expect(extractTaobaoHtml(page(amount), url).orders[0]?.total).toEqual({ amount: value, currency, text: amount });
  });

  it('a mark in a span of its own before the figure (the React list’s way) is read with it', () => {
    const html = `<!-- SYNTHETIC --><body id="list-bought-items">
<div class="index-mod__order-container___1"><span>2024-06-03</span><span>订单号: </span><span>5200000000000009012</span>
<div class="price-mod__price___1"><p><strong><span>HK$</span><span>56.00</span></strong></p></div>
<span>交易成功</span></div></body>`;
    const r = extractTaobaoHtml(html, 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm');
    expect(r.orders[0]?.total).toEqual({ amount: 56, currency: 'HKD', text: 'HK$56.00' });
  });
});

/**
 * The list's 实付款 column read by its place (no class hints: renamed, or none) — the amount just before the order's
 * state — took only ￥/¥ amounts, so a row paid in HK$, NT$ or CN￥ had no total; nor was a count after such a unit
 * price read as the item's quantity. SYNTHETIC rows, as the React list prints them without classes (one text a cell).
 */
describe('list rows without class hints: the amount column with any currency mark', () => {
  const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
  const row = (id: string, unit: string, total: string) =>
    `<div><div><span>2026-10-25</span><span>订单号</span><span>:</span><span>${id}</span></div>` +
    `<p><a href="//item.taobao.com/item.htm?id=1">示例 保温杯</a></p><p>${unit}</p><p>2</p><p>${total}</p>` +
    '<p>交易成功</p></div>';
  it.each([
    ['HK$ 60.25', 'HK$ 120.50', 120.5, 'HKD'],
    ['NT$640.00', 'NT$1,280.00', 1280, 'TWD'],
    ['CN￥30.00', 'CN￥60.00', 60, 'CNY'],
    ['￥30.00', '￥60.00', 60, 'CNY'],
  ])('%s ×2 → %s', (unit, total, amount, currency) => {
    const r = extractTaobaoHtml(`<!-- SYNTHETIC --><body>${row('4901234567890123457', unit, total)}</body>`, LIST);
    const order = r.orders[0];
    expect(order?.total).toEqual({ amount, currency, text: total });
    expect(r.diagnostics).toContainEqual({
      orderId: '4901234567890123457',
      field: 'total',
      strategy: 'dom:column-amount',
    });
    expect(order?.items).toEqual([expect.objectContaining({ title: '示例 保温杯', quantity: 2 })]);
  });
});
