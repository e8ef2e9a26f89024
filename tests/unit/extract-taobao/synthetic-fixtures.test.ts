import { describe, expect, it } from 'vitest';
import { extractSyntheticTaobao } from './parse-html';

const extract = extractSyntheticTaobao;

const strategy = (r: ReturnType<typeof extract>, field: string, orderId?: string) =>
  r.diagnostics.find((d) => d.field === field && d.orderId === orderId)?.strategy;

describe('synthetic Tmall orderDetail.htm (var detailData = {…})', () => {
  const id = '2987654321098765432';
  const r = extract('tmall-order-detail.html', `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${id}`);

  it('is a tmall order-detail page', () => {
    expect(r.site).toEqual({ platform: 'tmall', marketplace: 'tmall' });
    expect(r.pageKind).toBe('order-detail');
  });

  it('reads every field from the object literal, keeping the bare 19-digit id exact', () => {
    expect(r.orders).toEqual([
      {
        orderId: id,
        orderDate: '2023-05-01',
        total: { amount: 279, currency: 'CNY', text: '￥279.00' },
        shop: '示例数码旗舰店',
        status: '卖家已发货',
        items: [
          { title: '示例无线蓝牙耳机 降噪版', quantity: 2, url: 'https://detail.tmall.com/item.htm?id=600000000001' },
        ],
        shipments: [
          {
            trackingId: 'YT7512345678901',
            carrier: '圆通速递',
            trackingUrl: `https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=${id}`,
          },
        ],
        detailUrl: `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${id}`,
      },
    ]);
  });

  it('reports the label strategies (实付款 wins over 商品总价)', () => {
    expect(strategy(r, 'orderId', id)).toBe('json:label(订单编号)');
    expect(strategy(r, 'total', id)).toBe('json:sequence(实付款)');
    expect(strategy(r, 'orders')).toBe('json:embedded');
  });
});

describe('synthetic old-layout list (server-rendered rows, no JSON)', () => {
  const r = extract('old-list.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm');

  it('reads three orders from the <tbody data-orderid> rows', () => {
    expect(r.pageKind).toBe('order-list');
    expect(strategy(r, 'orders')).toBe('dom:container(tbody[data-orderid])');
    expect(r.orders.map((o) => [o.orderId, o.orderDate, o.total?.amount, o.status, o.shop])).toEqual([
      ['1146901796640001', '2015-06-01', 78, '交易成功', '示例小铺'],
      ['1146901796640002', '2015-05-28', 119, '交易关闭', '示例品牌旗舰店'],
      ['1146901796640003', '2015-05-20', 29.7, '等待买家付款', '示例杂货店'],
    ]);
  });

  it('reads items with quantity and skips the [交易快照] link', () => {
    expect(r.orders[0]?.items).toEqual([
      { title: '示例纯棉T恤 白色 L码', url: 'https://item.taobao.com/item.htm?id=40000000001', quantity: 2 },
    ]);
    expect(r.orders[2]?.items[0]?.quantity).toBe(3);
  });

  it('flags the Tmall order but keeps the page platform', () => {
    expect(r.site.platform).toBe('taobao');
    const flagged = r.diagnostics.filter((d) => d.field === 'tmallShop').map((d) => d.orderId);
    expect(flagged).toEqual(['1146901796640002']);
    expect(r.orders[1]?.detailUrl).toBe('https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=1146901796640002');
  });

  it('reports a visible miss for shipments', () => {
    expect(strategy(r, 'shipments', '1146901796640001')).toBeNull();
  });
});

describe('synthetic logistics page', () => {
  const r = extract(
    'logistics.html',
    'https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=2987654321098765433',
  );

  it('is a tracking page with the 运单号 and 物流公司', () => {
    expect(r.pageKind).toBe('tracking');
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]?.orderId).toBe('2987654321098765433');
    expect(r.orders[0]?.shipments).toEqual([{ trackingId: 'YT7512345678902', carrier: '圆通速递', status: '运输中' }]);
  });

  it('does not take a tracking event date as the order date', () => {
    expect(r.orders[0]?.orderDate).toBeUndefined();
    expect(strategy(r, 'orderDate', '2987654321098765433')).toBeNull();
  });
});

describe('Tmall orderDetail.htm 2025 (real detailData sample in a synthetic shell)', () => {
  const id = '4864583305858004803';
  const r = extract('tmall-order-detail-2025.html', `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${id}`);

  it('reads every field the shopper sees', () => {
    expect(r.orders).toEqual([
      {
        orderId: id,
        orderDate: '2025-11-07',
        total: { amount: 126.8, currency: 'CNY', text: '￥126.80' },
        shop: '3dsway旗舰店',
        // The page's heading (overStatus: "订单状态: 商家已发货，等待买家确认"), not the item row's 待确认收货.
        status: '商家已发货',
        items: [
          {
            title: '【优惠价】三迪思维3DSWAY 四盘3D打印耗材干燥箱 pla耗材防尘防潮密封干燥盒1kg料盘多少多卷可用 拓t竹A',
            quantity: 1,
            url: `https://trade.taobao.com/trade/detail/tradeSnap.htm?tradeID=${id}`,
          },
        ],
        shipments: [
          {
            trackingId: 'YT7582890600202',
            carrier: '圆通速递',
            trackingUrl: `https://detail.i56.taobao.com/call/query_trace_un_login.do?tradeId=${id}&dimension=TRADE_ID&appName=TMALL_BUY&digest=nFnRDhBr7TtYO1L8Wngx4w%3D%3D`,
          },
        ],
        detailUrl: `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${id}`,
      },
    ]);
  });

  it('takes 实付款 from the mixture cell (not 商品总价 or 官方立减) and the shop from data-nick, not the masked 3**', () => {
    expect(strategy(r, 'total', id)).toBe('json:mixture(实付款)');
    expect(strategy(r, 'shop', id)).toBe('json:label(商家)');
    expect(strategy(r, 'orderId', id)).toBe('json:label(订单编号)');
  });

  it('never reports the 支付宝交易号 or a rounded id', () => {
    const text = JSON.stringify(r.orders);
    expect(text).not.toContain('2025110722001100000000000001');
    expect(text).not.toContain('4864583305858005000');
  });
});

describe('htmlFragmentText', () => {
  it('reads the wangwang nick, else the text without tags', async () => {
    const { htmlFragmentText } = await import('../../../lib/sites/taobao/json-orders');
    expect(
      htmlFragmentText("<span title='3**'>3**<span class='J_WangWang' data-nick='示例旗舰店'></span></span>"),
    ).toBe('示例旗舰店');
    expect(htmlFragmentText('<h3>订单状态: 商家已发货</h3>')).toBe('订单状态: 商家已发货');
    // A lone "<" is text, not the start of a tag that runs to the next ">" (and a tag never spans a "<").
    expect(htmlFragmentText('1 < 2 <b>x</b>')).toBe('1 < 2  x');
  });
});

describe('readOrderFacts', () => {
  it('queues objects, arrays and status sentences only, and still reads every field', async () => {
    const { readOrderFacts } = await import('../../../lib/sites/taobao/json-orders');
    // Synthetic: one list order in the shape of taobao_orders.html's mainOrders[i] (2025-11), made-up values, with
    // a detail page's 当前订单状态 sentence and an array of plain strings added.
    const order = {
      id: '4865640015090004803',
      orderInfo: { createDay: '2025-11-08' },
      payInfo: { actualFee: '47.40' },
      seller: { shopName: '示例店' },
      statusInfo: { text: '交易成功' },
      subOrders: [{ itemInfo: { title: '示例商品', itemUrl: '//item.taobao.com/item.htm?id=1' }, quantity: '2' }],
      tips: ['当前订单状态：卖家已发货，请查看物流信息', '预售商品和普通商品不支持合并付款', '还剩9天9时'],
    };
    const counter = { steps: 0 };
    const facts = readOrderFacts(
      [order],
      new URL('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'),
      counter,
    );
    expect(facts).toMatchObject({
      orderId: { value: '4865640015090004803' },
      orderDate: { value: '2025-11-08' },
      total: { value: { amount: 47.4, text: '￥47.40' } },
      shop: { value: '示例店' },
      status: { value: '卖家已发货', strategy: 'json:status-text' },
      items: [{ title: '示例商品', quantity: 2, url: 'https://item.taobao.com/item.htm?id=1' }],
    });
    // The order, its 6 objects, its 2 arrays and the status sentence: not the 10 other strings (seven in ten queue
    // entries of the real list, a tenth of its walk).
    expect(counter.steps).toBe(10);
  });

  // A probe of the public Tmall structure (2026-12): each package of an order is an `orders.list[]` entry with its own
  // state (the windyyong userscript calls it 子订单状态); the first package's state had become the order's.
  it("takes a Tmall order's state from its heading, not from one package's row", async () => {
    const { readOrderFacts } = await import('../../../lib/sites/taobao/json-orders');
    const detail = {
      overStatus: { status: { content: [{ type: 'html', text: '<h3>订单状态: 商家已发货，等待买家确认</h3>' }] } },
      orders: {
        id: '4864583305858004803',
        list: [
          { status: [{ statusInfo: [{ text: '退款成功', type: 'label' }] }] },
          { status: [{ statusInfo: [{ text: '待确认收货', type: 'label' }] }] },
        ],
      },
      tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
    };
    const facts = readOrderFacts([detail], new URL('https://trade.tmall.com/detail/orderDetail.htm'), { steps: 0 });
    expect(facts.status).toMatchObject({ value: '商家已发货', strategy: 'json:status-text' });
    // Only the heading's own text: the countdown line after it is not part of the state.
    const unpaid = {
      overStatus: {
        status: { content: [{ type: 'html', text: '<h3>订单状态: 等待买家付款</h3><p>剩余23时59分自动关闭</p>' }] },
      },
    };
    const late = readOrderFacts([unpaid], new URL('https://trade.tmall.com/detail/orderDetail.htm'), { steps: 0 });
    expect(late.status?.value).toBe('等待买家付款');
    // Another HTML heading is not a state.
    const other = { tips: ['<h3>温馨提示: 请核对收货地址</h3>'], statusInfo: { text: '交易成功' } };
    const plain = readOrderFacts([other], new URL('https://trade.tmall.com/detail/orderDetail.htm'), { steps: 0 });
    expect(plain.status).toMatchObject({ value: '交易成功', strategy: 'json:key(statusInfo.text)' });
  });

  // transit_step.do, the list's 查看物流 answer, as public export scripts read it (NicksonYap's Taobao tracking-number
  // export, 2016–2020): expressId is the waybill number.
  it('reads a waybill number named expressId beside its expressName', async () => {
    const { readOrderFacts } = await import('../../../lib/sites/taobao/json-orders');
    const transit = {
      isSuccess: 'true',
      expressName: '中通快递',
      expressId: '78955216713428',
      address: [{ place: '【杭州市】 卖家已发货', time: '2025-11-06 19:19:51' }],
    };
    const facts = readOrderFacts([transit], new URL('https://wuliu.taobao.com/user/order_detail_new.htm'), {
      steps: 0,
    });
    expect(facts.shipments).toEqual([{ trackingId: '78955216713428', carrier: '中通快递' }]);
    // Not beside another number (a mailNo is the waybill there), nor without a carrier's name.
    const url = new URL('https://trade.taobao.com/trade/detail/trade_item_detail.htm');
    const both = { logisticsName: '圆通速递', expressId: '20231115', mailNo: 'YT7512345678901' };
    expect(readOrderFacts([both], url, { steps: 0 }).shipments).toEqual([
      { trackingId: 'YT7512345678901', carrier: '圆通速递' },
    ]);
    expect(readOrderFacts([{ expressId: '20231115' }], url, { steps: 0 }).shipments).toEqual([]);
  });
});
