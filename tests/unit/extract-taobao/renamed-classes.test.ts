import { describe, expect, it } from 'vitest';
import { taobaoSite } from '../../../lib/sites/taobao/index';
import { parseHtml, readFixture } from './parse-html';

/**
 * A list read from its rows (no embedded JSON) after a redesign renamed every class: the same orders, with their
 * totals (the 实付款 column was found by its class hints only).
 */
const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const ATTRIBUTES = /\s(?:class|id|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

function extract(html: string) {
  const doc = parseHtml(html, LIST);
  const url = new URL(LIST);
  const site = taobaoSite.match(url);
  if (!site) throw new Error('no site');
  return taobaoSite.extract(doc, url, site, taobaoSite.pageKind(url, doc));
}
const facts = (r: ReturnType<typeof extract>) =>
  r.orders.map((o) => [o.orderId, o.orderDate, o.total?.text, o.status, o.shop]);

describe('Taobao list rows with every class renamed', () => {
  it('old table (synthetic old-list.html): same orders and totals', () => {
    const html = readFixture('synthetic/taobao/old-list.html');
    const renamed = extract(html.replace(ATTRIBUTES, ''));
    expect(facts(renamed)).toEqual(facts(extract(html)));
    expect(renamed.orders.map((o) => o.total?.amount)).toEqual([78, 119, 29.7]);
  });

  // Rows as the React list (2016–2024) and the old table print them, without classes.
  const row = (id: string, cells: string) =>
    `<div><div><span>2024-10-25</span><span>订单号</span><span>:</span><span>${id}</span></div>${cells}</div>`;

  it('takes the amount before "(含运费：…)", not the shipping inside it nor the unit price', () => {
    const r = extract(
      row(
        '4095705098011739241',
        '<p>￥</p><p>30.00</p><p>5</p><p>￥</p><p>300.00</p><p>(含运费：</p><p>￥8.00</p><p>)</p><p>交易成功</p>',
      ),
    );
    expect(r.orders[0]?.total?.amount).toBe(300);
    expect(r.diagnostics).toContainEqual({
      orderId: '4095705098011739241',
      field: 'total',
      strategy: 'dom:column-amount',
    });
  });

  it('else the last amount before the order state (a top-up, a refunded sub-order)', () => {
    const r = extract(
      row(
        '4097504919329739241',
        '<p>￥</p><p>100.00</p><p>1</p><p>￥</p><p>99.80</p><p>(自动充值)</p><p>充值成功</p>',
      ) +
        row(
          '4097504919329739242',
          '<p>59.00</p><p>1</p><a href="//refund2.taobao.com/x">退款成功</a><p>49.00</p><p>交易关闭</p>',
        ),
    );
    expect(r.orders.map((o) => [o.total?.amount, o.status])).toEqual([
      [99.8, '充值成功'],
      [49, '交易关闭'],
    ]);
  });

  it('no order state and no shipping note, or no amount just before the state: no total rather than a guess', () => {
    const r = extract(
      row('4097504919329739243', '<p>￥</p><p>100.00</p><p>1</p>') +
        // The 实付款 cell shows points, not money: the unit price further back is not the total.
        row(
          '4097504919329739244',
          '<p>￥30.00</p><p>2</p><a href="//x.taobao.com/a">申请售后</a><a href="//x.taobao.com/b">投诉</a><p>6000积分</p><p>交易成功</p>',
        ),
    );
    expect(r.orders.map((o) => o.total)).toEqual([undefined, undefined]);
  });
});
