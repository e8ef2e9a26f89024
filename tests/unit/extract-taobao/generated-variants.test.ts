import { describe, expect, it } from 'vitest';
import { findEmbeddedJson } from '../../../lib/extract/embedded-json';
import { type ExtractedOrder, extractPageDetailed } from '../../../lib/extract/index';
import { parseHtml, readFixture } from './parse-html';

/**
 * The two real Taobao pages (tests/fixtures/real/taobao, DF-wu/taobaoOrderExporter resource/dataSamples, 2025-11)
 * rewritten into the variants other real pages and page versions show, as a generated table: the list's embedded
 * `var data = JSON.parse('…')` and the detail's, each field swapped for the forms public captures print, and the
 * visible rows the list's React app renders from that data (markup below), with the JSON, without it, and both.
 * Every value put in is made up; the markup and shapes are the real pages' own or a public capture's, cited per variant.
 *
 * Sources (public repositories, read 2026-11):
 * - [DF] DF-wu/taobaoOrderExporter resource/dataSamples: taobao_orders.html, taobao_ordersdetails.html (the fixtures),
 *   orders.json (the same 50 orders as the list's paging request asyncBought.htm answers them, 2025-11: sub-order
 *   `quantity:{count:"6"}`, bare `extra.id`, payInfo.currency) and orders_schema.ts.
 * - [TOP] Taobao's open-platform trade states (a Python Taobao SDK's STATUS table, found by the code search):
 *   WAIT_BUYER_PAY 等待买家付款, WAIT_SELLER_SEND_GOODS 等待卖家发货, SELLER_CONSIGNED_PART 卖家部分发货,
 *   WAIT_BUYER_CONFIRM_GOODS 等待买家确认收货, TRADE_BUYER_SIGNED 买家已签收, TRADE_FINISHED 交易成功, TRADE_CLOSED 交易关闭,
 *   TRADE_CLOSED_BY_TAOBAO 交易被淘宝关闭. The real list pairs WAIT_BUYER_CONFIRM_GOODS with the text 卖家已发货 and both
 *   TRADE_CLOSED and CREATE_CLOSED_OF_TAOBAO with 交易关闭 [DF].
 * - [REACT] the React list's rendered rows (2016–2024), as copied into public templates and read by public scrapers:
 *   `index-mod__order-container___1ur4- js-order-container`, `bought-wrapper-mod__create-time___yNWVS`,
 *   `<span>订单号</span><span>: </span><span>id</span>`, `seller-mod__name___…` shop link, `price-mod__price___…` with
 *   `<strong><span>￥</span><span>15.50</span></strong>`, `text-mod__link___…` state, `(含运费：￥0.00)` (a JSP copy of
 *   the page in a takeout-ordering course project; YerikYuan/Get_TaoBao_BuyerOrders getorderinfo.user.js reading
 *   `js-order-container`, the date before 订单号, the quantity `p` of the third cell; Python/Selenium scrapers reading
 *   `seller-mod__name___2d3js`, `price-mod__price___157jz`, `text-mod__link___1rXmw`, `production-mod__sku-item`).
 */

const LIST_URL = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const LIST_HTML = readFixture('real/taobao/taobao_orders.html');
const DETAIL_ID = '4861628750601004803';
const DETAIL_URL = `https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${DETAIL_ID}`;
const DETAIL_HTML = readFixture('real/taobao/taobao_ordersdetails.html');

/** The pages' data, edited in place by the generators (its shape is the page's, checked by what is read back). */
// biome-ignore lint/suspicious/noExplicitAny: free-form page data, edited field by field
type Json = { [k: string]: any };

/** The page's `var data = JSON.parse('…')`: its literal's place in the HTML and its value (ids kept exact). */
function pageData(html: string): { value: Json; start: number; end: number } {
  const at = html.indexOf("var data = JSON.parse('");
  const end = html.indexOf('</script>', at);
  const [found] = findEmbeddedJson(html.slice(at, end));
  if (!found) throw new Error('no data');
  return { value: found.value as Json, start: at + found.start, end: at + found.end };
}

/** The page writes `JSON.parse('…')` text as it does: `\"`, `\/`, non-ASCII as `\uXXXX`. */
function jsonParseLiteral(json: string): string {
  const body = json
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\//g, '\\/')
    .replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `'${body}'`;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const LIST = pageData(LIST_HTML);
const DETAIL = pageData(DETAIL_HTML);

/** The real page with its data replaced (`bareIds`: 19-digit ids written as bare numbers, as the real list does). */
function withData(html: string, at: { start: number; end: number }, data: Json | null, bareIds = false): string {
  if (!data) return `${html.slice(0, at.start)}'{}'${html.slice(at.end)}`;
  let json = JSON.stringify(data);
  if (bareIds) json = json.replace(/"id":"(\d{19})"/g, '"id":$1');
  return html.slice(0, at.start) + jsonParseLiteral(json) + html.slice(at.end);
}

function run(html: string, url: string) {
  const r = extractPageDetailed(parseHtml(html, url), url);
  const tmall = new Set(r.diagnostics.filter((d) => d.field === 'tmallShop').map((d) => d.orderId));
  return { ...r, tmall };
}

// ---------------------------------------------------------------------------------------------------------------
// The list

interface SubSpec {
  title: string;
  quantity: number;
  sku?: string;
  unit?: string;
  gift?: boolean;
}
interface ListSpec {
  id: string;
  /** As the JSON writes createTime / createDay (the visible row prints createDay). */
  createTime: string;
  createDay: string;
  date: string;
  /** actualFee as the JSON writes it, and what it means. */
  fee: string;
  amount: number;
  postFee?: string;
  statusText?: string;
  statusCode: string;
  status?: string;
  shopName: string;
  nick: string;
  tmallDetail?: boolean;
  tmall: boolean;
  subs: SubSpec[];
}

const TEMPLATE = LIST.value.mainOrders[0] as Json;

/** A mainOrders entry in the real list's shape [DF], with the spec's values. */
function mainOrder(s: ListSpec, quantityObject = false): Json {
  const o = clone(TEMPLATE);
  o.id = s.id;
  o.extra.id = s.id;
  o.extra.tradeStatus = s.statusCode;
  o.orderInfo = { createDay: s.createDay, createTime: s.createTime, id: s.id, ...(s.tmall ? { b2C: true } : {}) };
  o.payInfo.actualFee = s.fee;
  o.payInfo.postFees = [{ prefix: '(含运费', suffix: ')', value: s.postFee ?? '￥0.00' }];
  o.seller.shopName = s.shopName;
  o.seller.nick = s.nick;
  const detail = s.tmallDetail
    ? `//trade.tmall.com/detail/orderDetail.htm?bizOrderId=${s.id}`
    : `//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${s.id}`;
  o.statusInfo.url = detail;
  if (s.statusText === undefined) delete o.statusInfo.text;
  else o.statusInfo.text = s.statusText;
  for (const op of o.statusInfo.operations) {
    if (op.id === 'viewDetail') op.url = detail;
    if (op.url) op.url = op.url.replace(/\d{19}/g, s.id);
    if (op.dataUrl) op.dataUrl = op.dataUrl.replace(/\d{19}/g, s.id);
  }
  o.operations = [];
  const sub0 = TEMPLATE.subOrders[0] as Json;
  o.subOrders = s.subs.map((sub, i) => {
    const so = clone(sub0);
    so.id = `${s.id.slice(0, -4)}${String(4803 + i + 1)}`;
    so.itemInfo.title = sub.title;
    so.itemInfo.id = 900000000000 + i;
    so.itemInfo.itemUrl = `//item.taobao.com/item.htm?id=${900000000000 + i}`;
    so.itemInfo.skuText = sub.sku ? [{ name: '颜色分类', value: sub.sku, visible: 'SOLID' }] : [];
    so.priceInfo = { realTotal: sub.unit ?? '0.00' };
    so.quantity = quantityObject ? { count: String(sub.quantity) } : String(sub.quantity);
    return so;
  });
  return o;
}

/** One rendered order of the React list [REACT], from the same spec. */
function reactRow(s: ListSpec): string {
  const detail = s.tmallDetail
    ? `//trade.tmall.com/detail/orderDetail.htm?bizOrderId=${s.id}`
    : `//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${s.id}`;
  const shopHref = s.tmall
    ? '//shop-variant.tmall.com/'
    : '//store.taobao.com/shop/view_shop.htm?user_number_id=2200000000001';
  const shown = s.statusText ?? s.status ?? '';
  const rows = s.subs
    .map(
      (sub, i) => `<tr>
  <td class="sol-mod__no-br___3hxdf"><div class="ml-mod__container___2DOxT production-mod__production___1O-24 suborder-mod__production___3WebF">
    <div class="ml-mod__media___3eEG4"><a href="//item.taobao.com/item.htm?id=${900000000000 + i}" class="production-mod__pic___G8alD"><img src="//img.alicdn.com/x.jpg_80x80.jpg"></a></div>
    <div><p><a href="//item.taobao.com/item.htm?id=${900000000000 + i}"><span></span><span style="line-height:16px;">${sub.title}</span></a></p>
    ${sub.sku ? `<p><span class="production-mod__sku-item___3zYoT"><span>颜色分类</span><span>：</span><span>${sub.sku}</span></span></p>` : ''}
    <span><a href="//buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=${s.id}&amp;snapShot=true">[交易快照]</a></span></div></div></td>
  <td class="sol-mod__no-br___3hxdf"><div class="price-mod__price___157jz"><p><span>￥</span><span>${sub.unit ?? '0.00'}</span></p></div></td>
  <td class="sol-mod__no-br___3hxdf"><div><p>${sub.quantity}</p></div></td>
  <td><div><p><a href="//refund2.taobao.com/dispute/applyRouter.htm?bizOrderId=${s.id}">退款/退货</a></p></div></td>
  ${
    i === 0
      ? `<td rowspan="${s.subs.length}"><div><div class="price-mod__price___157jz"><p><strong><span>￥</span><span>${s.fee.replace(/^[￥¥]|元$/g, '')}</span></strong></p></div>
    <p><span>(含运费：</span><span>${s.postFee ?? '￥0.00'}</span><span>)</span></p></div></td>
  <td rowspan="${s.subs.length}"><div><p><span class="text-mod__link___1rXmw">${shown}</span></p>
    <div><p><a href="${detail}">订单详情</a></p><p><a href="https://market.m.taobao.com/app/dinamic/pc-trade-logistics/home.html?orderId=${s.id}&amp;entrance=pc">查看物流</a></p></div></div></td>
  <td rowspan="${s.subs.length}"><div><p><a href="//trade.taobao.com/trade/confirmGoods.htm?biz_order_id=${s.id}">确认收货</a></p></div></td>`
      : ''
  }
</tr>`,
    )
    .join('');
  return `<div class="index-mod__order-container___1ur4- js-order-container"><div class="bought-wrapper-mod__trade-order___2lrzV">
<table class="bought-table-mod__table___AnaXt bought-wrapper-mod__table___3xFFM">
<tbody class="bought-wrapper-mod__head___2vnqo"><tr><td class="bought-wrapper-mod__head-info-cell___29cDO">
  <label class="bought-wrapper-mod__checkbox-label___3Va60"><span class="bought-wrapper-mod__create-time___yNWVS">${s.createDay}</span></label>
  <span><span>订单号</span><span>: </span><span>${s.id}</span></span></td>
<td colspan="2" class="bought-wrapper-mod__seller-container___3dAK3"><span class="seller-mod__container___zL1X1"><a href="${shopHref}" class="seller-mod__name___2d3js" target="_blank">${s.shopName}</a></span></td>
<td><span id="webww1"></span></td><td colspan="3" class="bought-wrapper-mod__thead-operations-container___3cYGt"></td></tr></tbody>
<tbody>${rows}</tbody></table></div></div>`;
}

/** The real list with `specs` as its orders: in the JSON, rendered, or both. */
function listPage(specs: ListSpec[], mode: 'json' | 'dom' | 'both', quantityObject = false): string {
  const data = clone(LIST.value);
  data.mainOrders = specs.map((s) => mainOrder(s, quantityObject));
  const html = withData(LIST_HTML, LIST, mode === 'dom' ? null : data, true);
  if (mode === 'json') return html;
  return html.replace('</body>', `<div id="J_bought_main">${specs.map(reactRow).join('\n')}</div></body>`);
}

let seq = 0;
/** A spec with made-up values: a fresh 19-digit id each call, one sub-order unless said otherwise. */
function spec(over: Partial<ListSpec>): ListSpec {
  seq++;
  const id = `49${String(10000000000 + seq)}004803`.slice(0, 19);
  return {
    id,
    createTime: '2025-11-06 12:34:56',
    createDay: '2025-11-06',
    date: '2025-11-06',
    fee: '153.00',
    amount: 153,
    statusText: '卖家已发货',
    statusCode: 'WAIT_BUYER_CONFIRM_GOODS',
    status: '卖家已发货',
    shopName: '示例小店',
    nick: 'tb_示例小店',
    tmall: false,
    subs: [{ title: '示例 商品 甲', quantity: 1, sku: '红色', unit: '153.00' }],
    ...over,
  };
}

/** What each order of a page must read as, from its spec. */
function expectOrder(got: ExtractedOrder | undefined, s: ListSpec, tmall: Set<string | undefined>, mode: string) {
  expect(got, `${s.id} (${mode})`).toBeDefined();
  const o = got as ExtractedOrder;
  expect(typeof o.orderId).toBe('string');
  expect(o.orderId).toBe(s.id);
  expect(o.orderDate).toBe(s.date);
  expect(o.total?.amount).toBeCloseTo(s.amount, 2);
  expect(o.total?.currency).toBe('CNY');
  expect(o.shop).toBe(s.shopName);
  if (s.status !== undefined) expect(o.status).toBe(s.status);
  expect(tmall.has(s.id)).toBe(s.tmall);
  expect(o.items.map((i) => [i.title, i.quantity])).toEqual(s.subs.map((sub) => [sub.title, sub.quantity]));
  expect(o.detailUrl).toMatch(new RegExp(`^https://trade\\.(?:taobao|tmall)\\.com/.*bizOrderId=${s.id}$`));
}

// Statuses: the list prints statusInfo.text [DF]; the codes beside them [DF][TOP].
const STATUSES: [string, string][] = [
  ['等待买家付款', 'WAIT_BUYER_PAY'],
  ['买家已付款', 'WAIT_SELLER_SEND_GOODS'],
  ['卖家已发货', 'WAIT_BUYER_CONFIRM_GOODS'],
  ['部分发货', 'SELLER_CONSIGNED_PART'],
  ['交易成功', 'TRADE_FINISHED'],
  ['交易关闭', 'TRADE_CLOSED'],
  ['交易关闭', 'CREATE_CLOSED_OF_TAOBAO'],
  ['交易关闭', 'TRADE_CLOSED_BY_TAOBAO'],
  ['已签收', 'TRADE_BUYER_SIGNED'],
  ['退款中', 'WAIT_BUYER_CONFIRM_GOODS'],
  ['退款成功', 'TRADE_CLOSED'],
];

// Dates under createTime/createDay [DF]; the visible row prints createDay [REACT].
const DATES: [string, string, string][] = [
  ['2025-11-06 12:34:56', '2025-11-06', '2025-11-06'],
  ['2025-01-09 00:00:01', '2025-01-09', '2025-01-09'],
  ['2016-11-26 11:23:23', '2016-11-26', '2016-11-26'],
  ['2025/11/06 12:34:56', '2025/11/06', '2025-11-06'],
];

// actualFee as the list JSON writes it (bare, [DF]) and with a symbol or unit as other versions and the rendered
// cell print it; the postFee note beside it ("(含运费￥10.00)") is not the total.
const TOTALS: [string, number, string?][] = [
  ['153.00', 153],
  ['￥153.00', 153],
  ['¥153.00', 153],
  ['153.00元', 153],
  ['0.00', 0],
  ['1,299.00', 1299],
  ['12,345.60', 12345.6],
  ['163.00', 163, '￥10.00'],
];

// Shops: the real list's C-shop (shopName + a tb… nick), a Tmall flagship (b2C, trade.tmall.com detail) [DF];
// 天猫超市 and a 淘宝 C-shop whose shopName is its nick.
const SHOPS: [string, string, boolean][] = [
  ['77纯手工穿戴甲', 'tb5202729578', false],
  ['3dsway旗舰店', '3dsway旗舰店', true],
  ['天猫超市', '天猫超市', true],
  ['示例数码专营店', '示例数码专营店', true],
  ['小王的杂货铺', '小王的杂货铺', false],
];

const MODES = ['json', 'dom', 'both'] as const;

describe.each(MODES)('list rewritten (%s)', (mode) => {
  describe('statuses', () => {
    const specs = STATUSES.map(([text, code]) => spec({ statusText: text, statusCode: code, status: text }));
    const r = run(listPage(specs, mode), LIST_URL);
    it.each(specs.map((s) => [s.status, s.statusCode, s] as const))('%s (%s)', (_t, _c, s) => {
      expectOrder(
        r.orders.find((o) => o.orderId === s.id),
        s,
        r.tmall,
        mode,
      );
    });
  });

  describe('dates', () => {
    const specs = DATES.map(([createTime, createDay, date]) => spec({ createTime, createDay, date }));
    const r = run(listPage(specs, mode), LIST_URL);
    it.each(specs.map((s) => [s.createTime, s] as const))('%s', (_d, s) => {
      expectOrder(
        r.orders.find((o) => o.orderId === s.id),
        s,
        r.tmall,
        mode,
      );
    });
  });

  describe('totals', () => {
    const specs = TOTALS.map(([fee, amount, postFee]) =>
      spec({
        fee,
        amount,
        ...(postFee ? { postFee } : {}),
        subs: [{ title: '示例 商品 乙', quantity: 2, unit: '9.90' }],
      }),
    );
    const r = run(listPage(specs, mode), LIST_URL);
    it.each(specs.map((s) => [s.fee, s] as const))('%s', (_f, s) => {
      expectOrder(
        r.orders.find((o) => o.orderId === s.id),
        s,
        r.tmall,
        mode,
      );
    });
  });

  describe('shops', () => {
    const specs = SHOPS.map(([shopName, nick, tmall]) => spec({ shopName, nick, tmall, tmallDetail: tmall }));
    const r = run(listPage(specs, mode), LIST_URL);
    it.each(specs.map((s) => [s.shopName, s] as const))('%s', (_s, s) => {
      expectOrder(
        r.orders.find((o) => o.orderId === s.id),
        s,
        r.tmall,
        mode,
      );
    });
  });

  describe('sub-orders', () => {
    // Several sub-orders with quantities and skus [DF: 4863765456660004803 has 7, 4853436734320004803 has 3]; a
    // 赠品 (gift) line at ￥0.00 is goods sent with the order.
    const specs = [
      spec({
        subs: [
          { title: '【494】示例 穿戴甲 短款', quantity: 1, sku: 'S码', unit: '9.90' },
          { title: '【070】示例 穿戴甲 长款', quantity: 3, sku: 'M码', unit: '9.90' },
          { title: '示例 果冻胶 10片', quantity: 12, unit: '1.00' },
        ],
        fee: '51.60',
        amount: 51.6,
      }),
      spec({
        subs: [
          { title: '示例 电动牙刷', quantity: 1, sku: '白色', unit: '199.00' },
          { title: '【赠品】示例 替换刷头 2支', quantity: 1, unit: '0.00', gift: true },
        ],
        fee: '199.00',
        amount: 199,
      }),
    ];
    const r = run(listPage(specs, mode), LIST_URL);
    it.each(specs.map((s) => [s.subs.length, s] as const))('%i lines', (_n, s) => {
      expectOrder(
        r.orders.find((o) => o.orderId === s.id),
        s,
        r.tmall,
        mode,
      );
    });
  });

  it('orders keep the page order and every id exact', () => {
    const specs = [
      spec({}),
      spec({ statusText: '交易成功', statusCode: 'TRADE_FINISHED', status: '交易成功' }),
      spec({}),
    ];
    const r = run(listPage(specs, mode), LIST_URL);
    expect(r.orders.map((o) => o.orderId)).toEqual(specs.map((s) => s.id));
  });
});

describe('list paging answer shape (asyncBought.htm, [DF] orders.json): quantity as {count}', () => {
  const specs = [
    spec({
      subs: [
        { title: '示例 穿戴甲 六副', quantity: 6, unit: '7.90' },
        { title: '示例 果冻胶', quantity: 2, unit: '1.00' },
      ],
    }),
  ];
  it('reads each count', () => {
    const r = run(listPage(specs, 'json', true), LIST_URL);
    expect(r.orders[0]?.items.map((i) => [i.title, i.quantity])).toEqual([
      ['示例 穿戴甲 六副', 6],
      ['示例 果冻胶', 2],
    ]);
  });
});

describe('list status as a code only', () => {
  // statusInfo without its text, the state left in extra.tradeStatus (the code the real list carries beside it).
  const cases: [string, string][] = [
    ['TRADE_FINISHED', '交易成功'],
    ['TRADE_CLOSED', '交易关闭'],
    ['CREATE_CLOSED_OF_TAOBAO', '交易关闭'],
    ['WAIT_BUYER_CONFIRM_GOODS', '卖家已发货'],
    ['WAIT_BUYER_PAY', '等待买家付款'],
    ['WAIT_SELLER_SEND_GOODS', '买家已付款'],
  ];
  const specs = cases.map(([code, status]) => spec({ statusText: undefined, statusCode: code, status }));
  const r = run(listPage(specs, 'json'), LIST_URL);
  it.each(specs.map((s) => [s.statusCode, s] as const))('%s', (_c, s) => {
    expect(r.orders.find((o) => o.orderId === s.id)?.status).toBe(s.status);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The detail page (trade_item_detail.htm, `var data = JSON.parse('…')` [DF])

/** The real detail data with `edit` applied to a copy. */
function detailPage(edit: (d: Json) => void): string {
  const data = clone(DETAIL.value);
  edit(data);
  return withData(DETAIL_HTML, DETAIL, data);
}

/** The orderInfo name/value pairs of the real detail ({type:"namevalue", value:{name:"创建时间:", value:"…"}}). */
function infoPairs(d: Json): Json[] {
  return d.mainOrder.orderInfo.lines[1].content as Json[];
}

function detailOrder(html: string): ExtractedOrder {
  const r = run(html, DETAIL_URL);
  expect(r.orders).toHaveLength(1);
  const o = r.orders[0] as ExtractedOrder;
  expect(o.orderId).toBe(DETAIL_ID);
  return o;
}

describe('detail rewritten', () => {
  // The state sentence of statusInfo.text, as the real page writes it ("当前订单状态：卖家已发货，请查看…") [DF];
  // the state words as the list and TOP name them [TOP].
  it.each([
    ['买家已付款，等待卖家发货', '买家已付款'],
    ['卖家已发货，请查看页面下方物流信息了解宝贝寄送情况', '卖家已发货'],
    ['交易成功', '交易成功'],
    ['交易关闭', '交易关闭'],
    ['退款成功', '退款成功'],
  ])('status sentence 当前订单状态：%s → %s', (sentence, status) => {
    const o = detailOrder(
      detailPage((d) => {
        d.mainOrder.statusInfo.text = `当前订单状态：${sentence}`;
      }),
    );
    expect(o.status).toBe(status);
  });

  it.each([
    ['TRADE_FINISHED', '交易成功'],
    ['TRADE_CLOSED', '交易关闭'],
    ['WAIT_BUYER_PAY', '等待买家付款'],
  ])('status as the code mainOrder.tradeStatus %s alone → %s', (code, status) => {
    const o = detailOrder(
      detailPage((d) => {
        delete d.mainOrder.statusInfo.text;
        d.mainOrder.tradeStatus = code;
      }),
    );
    expect(o.status).toBe(status);
  });

  it.each([
    ['创建时间:', '2025-11-06 11:55:26', '2025-11-06'],
    ['创建时间:', '2025年11月06日 11:55:26', '2025-11-06'],
    ['创建时间:', '2025-11-06', '2025-11-06'],
    ['成交时间:', '2016-03-01 09:08:07', '2016-03-01'],
    ['下单时间：', '2024-12-31 23:59:59', '2024-12-31'],
  ])('date under %s %s', (label, value, date) => {
    const o = detailOrder(
      detailPage((d) => {
        const pair = infoPairs(d).find((c) => c.value.name === '创建时间:') as Json;
        pair.value = { name: label, value };
      }),
    );
    expect(o.orderDate).toBe(date);
  });

  it('takes the creation date, not a 付款时间 printed before it (paid the next day)', () => {
    const o = detailOrder(
      detailPage((d) => {
        const pairs = infoPairs(d);
        const pay = pairs.findIndex((c) => c.value.name === '付款时间:');
        const [paid] = pairs.splice(pay, 1);
        (paid as Json).value.value = '2025-11-07 00:10:00';
        pairs.splice(1, 0, paid as Json);
      }),
    );
    expect(o.orderDate).toBe('2025-11-06');
  });

  // 实付款 as the real detail writes it ({name:"实付款", value:"￥153.00"}) [DF], with other symbols, a unit,
  // thousands and zero; 应付款 on an unpaid order; presale 定金/尾款 lines and 商品总价/运费 above it are not the total.
  it.each([
    ['实付款', '￥153.00', 153],
    ['实付款', '¥153.00', 153],
    ['实付款', '153.00元', 153],
    ['实付款', '￥1,299.00', 1299],
    ['实付款', '￥0.00', 0],
    ['应付款', '￥153.00', 153],
  ])('total %s %s', (name, value, amount) => {
    const o = detailOrder(
      detailPage((d) => {
        d.mainOrder.payInfo.actualFee = { visible: 'SOLID', highLight: true, name, value };
        d.mainOrder.payInfo.feeMess.unshift(
          { visible: 'SOLID', name: '定金', value: '￥50.00' },
          { visible: 'SOLID', name: '尾款', value: '￥1,103.00' },
        );
      }),
    );
    expect(o.total?.amount).toBeCloseTo(amount, 2);
    expect(o.total?.currency).toBe('CNY');
  });

  it('several sub-orders with quantities and a 赠品 line', () => {
    const o = detailOrder(
      detailPage((d) => {
        const [first] = d.mainOrder.subOrders as Json[];
        const sub = (title: string, quantity: string) => {
          const s = clone(first as Json);
          s.itemInfo.title = title;
          s.quantity = quantity;
          return s;
        };
        d.mainOrder.subOrders = [sub('示例 对讲机 A3', '2'), sub('示例 耳麦', '1'), sub('【赠品】示例 挂绳', '1')];
      }),
    );
    expect(o.items.map((i) => [i.title, i.quantity])).toEqual([
      ['示例 对讲机 A3', 2],
      ['示例 耳麦', 1],
      ['【赠品】示例 挂绳', 1],
    ]);
  });

  // deliveryInfo.logisticsName / logisticsNum as the real detail writes them [DF], for the carriers Taobao names;
  // numbers made up in each carrier's usual form.
  it.each([
    ['圆通速递', 'YT7582890600203'],
    ['中通快递', '78955216713428'],
    ['申通快递', '773012345678901'],
    ['韵达快递', '4312345678901'],
    ['顺丰速运', 'SF1234567890123'],
    ['京东快递', 'JDVA12345678901'],
    ['EMS', '1123456789012'],
    ['极兔速递', 'JT0001234567890'],
    ['德邦快递', 'DPK123456789012'],
    ['邮政快递包裹', '9876543210987'],
  ])('parcel by %s %s', (carrier, trackingId) => {
    const o = detailOrder(
      detailPage((d) => {
        d.deliveryInfo.logisticsName = carrier;
        d.deliveryInfo.logisticsNum = trackingId;
      }),
    );
    expect(o.shipments.map((s) => [s.trackingId, s.carrier])).toEqual([[trackingId, carrier]]);
  });

  it.each([
    ['余美琪美琪', '余美琪美琪'],
    ['示例数码旗舰店', '示例数码旗舰店'],
  ])('shop from the seller nick %s', (nick, shop) => {
    const o = detailOrder(
      detailPage((d) => {
        d.mainOrder.seller.nick = nick;
        d.deliveryInfo.sellerNick = nick;
      }),
    );
    expect(o.shop).toBe(shop);
  });
});
