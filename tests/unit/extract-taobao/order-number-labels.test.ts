import { describe, expect, it } from 'vitest';
import { extractTaobaoHtml, jsonParseLiteral as literalOf } from './parse-html';

/** `value` as JSON inside the pages' `JSON.parse('…')`. */
const jsonParseLiteral = (value: unknown) => literalOf(JSON.stringify(value));

/**
 * Numbers labelled like the order number but naming something else (2026-11 check). Each item of a Taobao order is a
 * sub-order with its own id (the real list's data: sub-orders …661004803 and …662004803 under order …660004803, whose
 * refund and 保障卡 links carry the sub-order's id as bizOrderId; tests/fixtures/real/taobao/taobao_orders.html), and
 * the detail data gives each item its own name/value lines (`subOrders[i].itemInfo.extra: [{name:"发货时间：", value}]`,
 * tests/fixtures/real/taobao/taobao_ordersdetails.html). No buyer page printing 子订单号 was found in public code; the
 * seller's refund list prints 订单号 beside 退款编号 (chan3256995/vueproject, vue/tb_zhu_shou_plug), and sellers'
 * exports have 主订单编号 / 子订单编号 columns. SYNTHETIC pages below: made-up ids in the real pages' shapes.
 */
const MAIN = '4870000000000000001';
const SUB = '4870000000001000001';
const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const DETAIL = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm';

describe('visible text: 订单号 / 订单编号 names the order, not after a word naming another number', () => {
  /** A list row without known containers (read by splitting the text at 订单号), a labelled number under its item. */
  const listRow = (label: string, id: string) => `<!-- SYNTHETIC --><body id="list-bought-items"><div>
<div><span>2026-10-02</span><span>订单号: </span><span>${MAIN}</span><a href="//store.taobao.com/shop/view_shop.htm?user_number_id=1">示例小店</a></div>
<div><a href="//item.taobao.com/item.htm?id=911178585754">示例 抱枕</a><span>￥19.90</span><span>1</span></div>
<div><span>${label}</span><span>${id}</span></div>
<div><strong class="price">￥19.90</strong><span>交易成功</span></div></div></body>`;

  it.each([
    ['子订单号：', SUB],
    ['子订单编号：', SUB],
    ['外部订单号：', '202610020000123456'],
  ])('a list row with %s under its item is one order, its own, with its total', (label, id) => {
    const r = extractTaobaoHtml(listRow(label, id), LIST);
    expect(r.orders.map((o) => [o.orderId, o.total?.amount])).toEqual([[MAIN, 19.9]]);
  });

  // A pin: a rule that drops the label after any Chinese word would lose these, which name the order itself.
  it.each(['主订单号: ', '父订单号: ', '天猫订单号: ', '淘宝订单号: '])('%s is the order itself', (label) => {
    const html = listRow('备注：', '无').replace('订单号: ', label);
    expect(extractTaobaoHtml(html, LIST).orders.map((o) => o.orderId)).toEqual([MAIN]);
  });

  it('a saved detail page (no id in its URL) with an item 子订单号 above the 订单编号 is the main order', () => {
    const html = `<!-- SYNTHETIC --><body id="detail">
<div><a href="//trade.taobao.com/trade/detail/tradeSnap.htm?trade_id=${MAIN}">示例 抱枕</a><span>子订单号：</span><span>${SUB}</span></div>
<div><span>订单编号：</span><span>${MAIN}</span></div><div>实付款：￥19.90</div></body>`;
    expect(extractTaobaoHtml(html, DETAIL).orders.map((o) => o.orderId)).toEqual([MAIN]);
  });
});

describe('embedded JSON: a sub-order number is not the order number', () => {
  /** The detail data's shape (real fixture): the item's own name/value lines come before the order's in the walk. */
  const detailData = {
    mainOrder: {
      id: MAIN,
      subOrders: [
        {
          id: SUB,
          itemInfo: {
            title: '示例 抱枕',
            auctionUrl: `//trade.taobao.com/trade/detail/tradeSnap.htm?trade_id=${MAIN}`,
            extra: [{ name: '子订单号：', value: SUB }],
          },
          quantity: '1',
        },
      ],
      orderInfo: {
        lines: [
          {
            type: 'line',
            content: [{ type: 'namevalue', value: { name: '订单编号:', value: [{ type: 'text', value: MAIN }] } }],
          },
        ],
      },
      payInfo: { actualFee: { value: '19.90' } },
    },
  };
  const detail = `<!-- SYNTHETIC --><body><script>var data = JSON.parse('${jsonParseLiteral(detailData)}');</script></body>`;

  it.each([
    ['a saved copy (no id in the URL)', DETAIL],
    ['the live page', `${DETAIL}?bizOrderId=${MAIN}`],
  ])('detail page, %s: the 订单编号 line gives the order', (_, url) => {
    const r = extractTaobaoHtml(detail, url);
    expect(r.orders.map((o) => o.orderId)).toEqual([MAIN]);
  });

  it('list data: a sub-order labelled with its 子订单号 leaves the order its own id', () => {
    const data = {
      mainOrders: [
        {
          id: MAIN,
          orderInfo: { createDay: '2026-10-02', id: MAIN },
          payInfo: { actualFee: '19.90' },
          subOrders: [
            {
              id: SUB,
              itemInfo: { title: '示例 抱枕', itemUrl: '//item.taobao.com/item.htm?id=911178585754' },
              quantity: '1',
              extra: [{ name: '子订单号', value: SUB }],
            },
          ],
        },
      ],
    };
    const html = `<!-- SYNTHETIC --><body id="list-bought-items"><script>var data = JSON.parse('${jsonParseLiteral(data)}');</script></body>`;
    expect(extractTaobaoHtml(html, LIST).orders.map((o) => o.orderId)).toEqual([MAIN]);
  });
});

describe('a single-order page whose URL names the order: the URL beats another id in the data', () => {
  /**
   * The list's 查看物流 link opens the logistics app for the order (`pc-trade-logistics/home.html?orderId=…`, as a
   * public extension's notes record it: LanceJiang/vue3_chrome_template src/background/Background.vue); a parcel
   * shipped for one item of a split order can name that item's sub-order.
   */
  it('logistics app: a parcel naming a sub-order', () => {
    const state = { packageList: [{ orderId: SUB, mailNo: 'YT7000000000001', cpName: '圆通速递' }] };
    const html = `<!-- SYNTHETIC --><body><script>window.__INITIAL_STATE__ = ${JSON.stringify(state)};</script></body>`;
    const url = `https://market.m.taobao.com/app/dinamic/pc-trade-logistics/home.html?orderId=${MAIN}&entrance=pc`;
    const r = extractTaobaoHtml(html, url);
    expect(r.pageKind).toBe('tracking');
    expect(r.orders.map((o) => [o.orderId, o.shipments.map((s) => s.trackingId)])).toEqual([
      [MAIN, ['YT7000000000001']],
    ]);
    expect(r.diagnostics.find((d) => d.field === 'orderId')?.strategy).toBe('url:orderId');
  });

  it('detail page: a related order printed as 订单编号 before this one', () => {
    const data = {
      relatedOrder: { lines: [{ name: '订单编号:', value: SUB }] },
      mainOrder: { id: MAIN, payInfo: { actualFee: { value: '19.90' } } },
    };
    const html = `<!-- SYNTHETIC --><body><script>var data = JSON.parse('${jsonParseLiteral(data)}');</script></body>`;
    const r = extractTaobaoHtml(html, `${DETAIL}?bizOrderId=${MAIN}`);
    expect(r.orders.map((o) => [o.orderId, o.total?.amount])).toEqual([[MAIN, 19.9]]);
  });

  /**
   * Except a trade snapshot (交易快照, tradeSnap.htm in the detail folder): it shows one item line, and its tradeID is
   * that line's sub-order (the real list links …661004803 and …662004803 for order …660004803).
   */
  it.each([
    'https://trade.taobao.com/trade/detail/tradeSnap.htm',
    'https://tradearchive.taobao.com/trade/detail/tradeSnap.htm',
  ])('snapshot %s: its sub-order id is not taken for the order', (page) => {
    const url = `${page}?tradeID=${SUB}&snapShot=true`;
    const withData = `<!-- SYNTHETIC --><body><script>var data = JSON.parse('${jsonParseLiteral({
      mainOrder: { orderInfo: { lines: [{ name: '订单编号:', value: MAIN }] } },
    })}');</script><h1>示例 抱枕</h1></body>`;
    expect(extractTaobaoHtml(withData, url).orders.map((o) => o.orderId)).toEqual([MAIN]);
    const itemOnly = '<!-- SYNTHETIC --><body><h1>示例 抱枕</h1><span>￥19.90</span></body>';
    expect(extractTaobaoHtml(itemOnly, url).orders.map((o) => o.orderId)).not.toContain(SUB);
  });
});
