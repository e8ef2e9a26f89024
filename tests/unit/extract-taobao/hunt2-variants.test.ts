import { describe, expect, it } from 'vitest';
import { extractSyntheticTaobao, extractTaobaoHtml } from './parse-html';

/** Page versions found in a second hunt (2026-11): archived orders, service rows, refunded sub-orders, two parcels. */
const extractHtml = extractTaobaoHtml;
const extract = extractSyntheticTaobao;

const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';

describe('archived order detail, old server-rendered table (tradearchive.taobao.com)', () => {
  const id = '1146901796648843';
  const href = `https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}`;
  const r = extract('archive-detail-old-table.html', href);

  it('keeps the page as the detail URL: the item snapshot in the same folder is not the order detail', () => {
    expect(r.pageKind).toBe('order-detail');
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]?.detailUrl).toBe(href);
  });

  it('reads the labelled cells', () => {
    expect(r.orders[0]).toMatchObject({
      orderId: id,
      orderDate: '2015-12-17',
      total: { amount: 36, currency: 'CNY' },
      shop: '示例旧铺',
      status: '交易成功',
      items: [
        {
          title: '示例旧款围巾 加厚',
          url: `https://tradearchive.taobao.com/trade/detail/tradeSnap.htm?trade_id=${id}`,
        },
      ],
      shipments: [{ trackingId: '8820123456789', carrier: '圆通速递' }],
    });
  });
});

describe('list JSON with 保险服务 / 增值服务 rows and an archived order', () => {
  const r = extract('list-service-rows.html', LIST);

  it('lists only the goods, not the insurance or value-added service rows', () => {
    expect(r.orders.map((o) => o.items.map((i) => i.title))).toEqual([
      ['示例屏蔽线 4芯 0.75平方', '示例屏蔽线 4芯 1平方'],
      ['示例旧款围巾'],
    ]);
  });

  it("takes the archived order's detail page, not its snapshot, as the detail URL", () => {
    expect(r.orders[1]?.detailUrl).toBe(
      'https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1796441988877500003',
    );
  });
});

describe('old table list row: archived order with a refunded sub-order', () => {
  const id = '1146901796640011';
  const html = `<!doctype html><html><head><meta charset="utf-8"></head><body id="list-bought-items">
<table class="bought-table"><tbody data-orderid="${id}" class="order-item">
<tr class="order-hd"><td colspan="3"><span class="no">订单号：<span>${id}</span></span>
  <span class="deal-time">成交时间：2014-03-01 12:34</span></td>
  <td colspan="4"><a class="shopname" href="//store.taobao.com/shop/view_shop.htm?user_number_id=100011">示例旧铺</a></td></tr>
<tr class="order-bd">
  <td class="baobei"><a class="pic" href="//tradearchive.taobao.com/trade/detail/tradeSnap.htm?trade_id=${id}"><img alt=""></a>
    <p class="baobei-name"><a href="//tradearchive.taobao.com/trade/detail/tradeSnap.htm?trade_id=${id}">示例旧款围巾</a></p></td>
  <td class="price">59.00</td><td class="quantity">1</td>
  <td class="after-service"><a href="//refund.taobao.com/view_refund_detail.htm?biz_order_id=${id}">退款成功</a></td>
  <td class="amount"><strong>59.00</strong></td>
  <td class="trade-status"><a class="status" href="#">交易关闭</a>
    <a href="//tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}">订单详情</a></td>
</tr></tbody></table></body></html>`;
  const r = extractHtml(html, LIST);

  it("reads the order's state, not the sub-order's after-sale state", () => {
    expect(r.orders[0]?.status).toBe('交易关闭');
  });

  it('takes the 订单详情 link, not the earlier snapshot link, as the detail URL', () => {
    expect(r.orders[0]?.detailUrl).toBe(
      `https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}`,
    );
    expect(r.orders[0]?.items).toEqual([
      {
        title: '示例旧款围巾',
        quantity: 1,
        url: `https://tradearchive.taobao.com/trade/detail/tradeSnap.htm?trade_id=${id}`,
      },
    ]);
  });
});

describe('order detail sent in two parcels (packageInfos.list)', () => {
  const id = '4861628750601004999';
  const r = extract(
    'detail-two-packages.html',
    `https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=${id}`,
  );

  it('gives one shipment per parcel with its carrier, and no carrier from the "—" placeholder', () => {
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]?.orderId).toBe(id);
    expect(r.orders[0]?.shipments.map((s) => [s.trackingId, s.carrier])).toEqual([
      ['78955216713400', '中通快递'],
      ['4312345678901', '韵达快递'],
    ]);
    expect(r.orders[0]?.items.map((i) => [i.title, i.quantity])).toEqual([
      ['示例商品A', 1],
      ['示例商品B', 2],
    ]);
  });
});
