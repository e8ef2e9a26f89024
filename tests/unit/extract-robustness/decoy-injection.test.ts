import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFixtureHtml } from '../../../bench/extract/fixture-doc';
import { extractPage } from '../../../lib/extract/index';
import type { ExtractedOrder, PageExtraction } from '../../../lib/extract/types';
import { Rng } from './random-html';

/**
 * Decoys injected into the real saved pages (tests/fixtures/real, expected.json): strings shaped like order numbers
 * that are not the shopper's orders, each kind in many positions of each page (inside every order card and its header,
 * beside the order number, between cards, in sibling widgets, in the page's header and footer, in attributes,
 * scripts, JSON, hidden and template elements, comments and links). The extraction must stay what it is on the page as
 * saved: the same orders (ids, count) with the same dates, totals, statuses, shops, items, shipments and detail links.
 *
 * Each injected decoy is distinct, so a leak names the kind and the position it came from. Fixed seed: failures
 * reproduce. SYNTHETIC decoy markup, made-up values; where each kind's markup comes from is said beside it:
 * - "fixture": the saved pages themselves (alexdlaird/amazon-orders, DF-wu/taobaoOrderExporter; tests/fixtures/real).
 * - public captures of Amazon pages: philipmulcahy/azad src/tests/order_data.ts (order pages with their ue_* scripts),
 *   kyle-n/unofficial-amazon-search tests/sample-page-html.ts; scrapers that read the product page's
 *   `<input type="hidden" id="session-id" name="session-id" value="140-8342675-4089119">` (public add-to-cart bots).
 */

const ROOT = 'tests/fixtures/real';
const SEED = 20_261_122;

interface ExpectedPage {
  file: string;
  url: string;
  platform: string;
  orderCount: number;
  orderIds: string[];
  aliases?: Record<string, string>;
  decoys?: string[];
}
const pages = (JSON.parse(readFileSync(`${ROOT}/expected.json`, 'utf8')) as { pages: ExpectedPage[] }).pages;

// ------------------------------------------------------------------------------------------------ decoy values
/** Distinct made-up values of each shape; none is an order of any saved page. */
class DecoyValues {
  private readonly used = new Set<string>(pages.flatMap((p) => [...p.orderIds, ...(p.decoys ?? [])]));
  constructor(private readonly rng: Rng) {}
  private digits(n: number): string {
    let s = String(1 + this.rng.int(9));
    while (s.length < n) s += String(this.rng.int(10));
    return s;
  }
  private fresh(make: () => string): string {
    for (;;) {
      const v = make();
      if (!this.used.has(v)) {
        this.used.add(v);
        return v;
      }
    }
  }
  /** Amazon `ddd-ddddddd-ddddddd` (also the session id's shape). */
  amazon(): string {
    return this.fresh(() => `1${this.digits(2).slice(0, 2)}-${this.digits(7)}-${this.digits(7)}`);
  }
  /** Taobao/Tmall order id, 19 digits (2018–2025). */
  taobao(): string {
    return this.fresh(() => this.digits(19));
  }
  digitsOf(n: number): string {
    return this.fresh(() => this.digits(n));
  }
}

// --------------------------------------------------------------------------------------------- injection kinds
/**
 * One kind of decoy: the markup for one position, given fresh values. `head`: also injected into `<head>`. `widget`: a
 * box of its own (a carousel, a review), which pages draw between the parts of a card or page, never inside a card's
 * header or beside its number (a widget's price there would be the header's only price); small markup (an input, a
 * script, an attribute, a hidden label, a link) goes everywhere.
 */
interface DecoyKind {
  name: string;
  markup: (v: DecoyValues) => string;
  head?: boolean;
  widget?: boolean;
}

const AMAZON_KINDS: DecoyKind[] = [
  // Product-page forms (public add-to-cart scrapers, see above); also as a <meta> (fixture pages name `session-id` in
  // their scripts).
  {
    name: 'session-id input and meta',
    markup: (v) =>
      `<input type="hidden" id="session-id" name="session-id" value="${v.amazon()}"><meta name="session-id" content="${v.amazon()}">`,
    head: true,
  },
  // fixture: `ue_id = '1GWPEVM3KVW6HHRRB6YY', ue_sid = '142-6865106-8155502'` in every page's head script.
  {
    name: 'ue_sid / ue_id script',
    markup: (v) =>
      `<script type="text/javascript">var ue_id = '${v.digitsOf(6)}QWERTY${v.digitsOf(8)}', ue_sid = '${v.amazon()}', ue_mid = 'ATVPDKIKX0DER';</script>`,
    head: true,
  },
  // fixture: `if("000-0000000-8675309"===d.ue_sid)` in every page's scripts; here also as visible text after a label.
  {
    name: 'sentinel 000-0000000-8675309',
    markup: () =>
      '<script>if("000-0000000-8675309"===d.ue_sid){}</script><span class="a-color-secondary">Order # 000-0000000-8675309</span>',
  },
  // Associates SiteStripe bar (shown to Associates on every page): its tracking id is a `xxx-20` tag.
  {
    widget: true,
    name: 'affiliate Tracking ID widget',
    markup: () =>
      '<div id="amzn-ss-wrap" class="amzn-ss-wrap"><span class="amzn-ss-text">Tracking ID:</span> <select id="amzn-ss-tracking-id-dropdown-text"><option value="kefuexample-20" selected>kefuexample-20</option></select> <span>kefuexample-20</span></div>',
  },
  // fixture: request ids (`ue_id`, `requestId:e` in the csa scripts) and the `fls-na…/OP/ATVPDKIKX0DER:<sid>:<rid>` beacon.
  {
    name: 'request id',
    markup: (v) =>
      `<div data-request-id="${v.amazon()}" data-csa-c-id="${v.amazon()}"><span>Request ID: ${v.amazon()}</span><img alt="" src="//fls-na.amazon.com/1/batch/1/OP/ATVPDKIKX0DER:${v.amazon()}:PSVFNF4BVK1JK257HQEF$uedata=s:%2Frd%2Fuedata"></div>`,
  },
  // fixture (order-history-2024-0): the "Buy it again" right rail, `div.a-box.bia-content … ul > li … a.a-link-normal`
  // `div.celwidget[cel_widget_id="p13n-desktop-list_desktop-yo-rightrails_0"]` p13n product tiles (`pd_yo_rr_rp`); here
  // one tile also links an order's details and prints its number.
  {
    widget: true,
    name: 'buy-it-again carousel with order links',
    markup: (v) => {
      const id = v.amazon();
      return `<div class="a-box bia-content"><div class="a-box-inner"><div class="celwidget" cel_widget_id="p13n-desktop-list_desktop-yo-rightrails_0"><h2>Buy it again</h2><ul class="a-unordered-list a-nostyle a-vertical"><li class="a-spacing-medium"><span class="a-list-item"><div class="a-fixed-left-grid"><a class="a-link-normal aok-block" href="/Example-Cat-Food/dp/B0EXAMPLE1/ref=pd_yo_rr_rp_d_sccl_1_1"><div class="_cDEzb_p13n-sc-css-line-clamp-2_EWgCb">Example Cat Food</div></a><span class="p13n-sc-price">$9.99</span> <a class="a-link-normal" href="/gp/your-account/order-details?orderID=${id}&ref=pd_yo_rr">Ordered before · Order # ${id}</a></div></span></li></ul></div></div></div>`;
    },
  },
  // "Customers also bought" / related widgets (p13n carousel, RECOMMENDATION_WIDGET's `data-a-carousel-options`).
  {
    widget: true,
    name: 'related-orders carousel',
    markup: (v) =>
      `<div class="a-carousel-container" data-a-carousel-options="{}"><h2>Related to your orders</h2><ol class="a-carousel"><li class="a-carousel-card"><a href="/gp/your-account/order-details?orderID=${v.amazon()}">View order</a> <a href="/gp/css/order-details?orderId=${v.amazon()}">Order details</a></li></ol></div>`,
  },
  // Same, without any widget class: a plain box naming other orders (SYNTHETIC, no public capture shows one).
  {
    widget: true,
    name: 'plain related-orders box',
    markup: (v) =>
      `<div class="a-box"><div class="a-box-inner"><span>Related orders</span> <a class="a-link-normal" href="/gp/your-account/order-details?orderID=${v.amazon()}">Order details</a></div></div>`,
  },
  // fixture: `<script type="a-state" data-a-state="{&quot;key&quot;:…}">{…}</script>`, `P.when(…).execute(…)`,
  // `ue.count('CSMLibrarySize', 10167)`.
  {
    name: 'ids in scripts and JSON',
    markup: (v) =>
      `<script type="a-state" data-a-state="{&quot;key&quot;:&quot;yo-order-state&quot;}">{"orderId":"${v.amazon()}","sessionId":"${v.amazon()}"}</script><script>P.when("A","ready").execute(function(A){A.state("yo",{"orderID":"${v.amazon()}"});}); ue.count("yo:${v.amazon()}", 1);</script><script type="application/json">{"order":{"id":"${v.amazon()}"}}</script>`,
    head: true,
  },
  // Hidden form fields (fixture: 59 hidden inputs on order-history-2024-0, add-to-cart forms of each card).
  {
    name: 'hidden inputs',
    markup: (v) =>
      `<form class="a-spacing-none"><input type="hidden" name="orderId" value="${v.amazon()}"><input type="hidden" name="orderID" value="${v.amazon()}"></form>`,
  },
  // fixture: `data-a-modal="{…archiveModal.html?orderId=112-…}"` on every card's "Archive order" link.
  {
    name: 'data-* attributes',
    markup: (v) =>
      `<span class="a-declarative" data-action="a-modal" data-a-modal="{&quot;name&quot;:&quot;archive-order-modal&quot;,&quot;url&quot;:&quot;/gp/css/order-history/archive/archiveModal.html?orderId=${v.amazon()}&quot;}" data-order-id="${v.amazon()}" data-orderid="${v.amazon()}"><span>Archive order</span></span>`,
  },
  // fixture: `<noscript>` beacons and images in every page; `<template>` (Amazon's AUI templates).
  {
    name: 'noscript and template',
    markup: (v) =>
      `<noscript><div class="yohtmlc-order-id">Order # ${v.amazon()}</div><img src="//fls-na.amazon.com/1/batch/1/OP/ATVPDKIKX0DER:${v.amazon()}:X$uedata=s:"></noscript><template><div class="yohtmlc-order-id"><span>Order #</span> <bdi>${v.amazon()}</bdi></div></template>`,
  },
  // fixture: 37–99 comments a page (`<!-- sp:feature:… -->`).
  { name: 'HTML comment', markup: (v) => `<!-- Order # ${v.amazon()} --><!-- sp:feature:yo ${v.amazon()} -->` },
  // Invoice / print / archive links (fixture: `archiveRequest=1&orderIds=…&token=<session id>`, print.html links).
  {
    name: 'invoice, print and archive links',
    markup: (v) =>
      `<a class="a-link-normal" href="/gp/css/summary/print.html?orderID=${v.amazon()}&ref=ppx_yo_dt_b_invoice_o00">Invoice</a> <a href="/gp/css/order-history/archive?archiveRequest=1&orderIds=${v.amazon()}&token=${v.amazon()}">Archive</a>`,
  },
  // Other customers' reviews (review markup `data-hook="review"`/`review-body`, public review scrapers).
  {
    widget: true,
    name: "another customer's review",
    markup: (v) =>
      `<div data-hook="review" class="a-section review"><span class="a-profile-name">A. Customer</span><span data-hook="review-body" class="review-text">Order # ${v.amazon()} came broken, my order number ${v.amazon()}.</span></div>`,
  },
  // A labelled number in hidden elements (fixture: aok-hidden / a-popover-preload / display:none blocks in every card).
  {
    name: 'hidden labelled number',
    markup: (v) =>
      `<div class="aok-hidden"><span>Order #</span> <span>${v.amazon()}</span></div><div class="a-popover-preload"><span>Order # ${v.amazon()}</span></div><div style="display:none">Order number: ${v.amazon()}</div><div hidden>Order ID ${v.amazon()}</div>`,
  },
];

const TAOBAO_KINDS: DecoyKind[] = [
  // fixture (taobao_ordersdetails): 支付宝交易号 2025110622001159201458733264 (28 digits) beside the 订单编号.
  {
    name: '支付宝交易号',
    markup: (v) => `<div class="trade-info"><span>支付宝交易号：</span><span>${v.digitsOf(28)}</span></div>`,
  },
  // fixture: `item.taobao.com/item.htm?id=911178585754`, seller `user_number_id=2217059899873`, sku ids.
  {
    name: 'item, sku, seller and shop ids',
    markup: (v) =>
      `<div class="item" data-item-id="${v.digitsOf(12)}" data-sku-id="${v.digitsOf(13)}" data-seller-id="${v.digitsOf(13)}" data-shop-id="${v.digitsOf(9)}"><a href="//item.taobao.com/item.htm?id=${v.digitsOf(12)}&skuId=${v.digitsOf(13)}">商品 ${v.digitsOf(12)}</a> <a href="//store.taobao.com/shop/view_shop.htm?user_number_id=${v.digitsOf(13)}">店铺</a> <span>商品ID：${v.digitsOf(12)}</span></div>`,
  },
  // fixture: `pcH5SnapUrl`, `tradeSnap.htm` snapshot links of each sub-order.
  {
    name: 'trade snapshot id',
    markup: (v) =>
      `<a href="//buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=${v.taobao()}&snapShot=true">[交易快照]</a><span>快照ID：${v.taobao()}</span>`,
  },
  // fixture: `pc-trade-logistics/home.html?orderId=…&oldUrl=…trade_id=…` links; 运单号 (14 digits, 78955216713428).
  {
    name: 'logistics ids',
    markup: (v) =>
      `<div class="logistics"><span>物流编号：LP${v.digitsOf(14)}</span> <a href="//wuliu.taobao.com/user/order_detail_new.htm?trade_id=${v.taobao()}">查看物流</a></div>`,
  },
  { name: 'timestamps in ms', markup: (v) => `<span data-time="17${v.digitsOf(11)}">17${v.digitsOf(11)}</span>` },
  // fixture: the receiver line `示例收件人,86-10000000000,示例省 …`; a phone with its country code is 13 digits.
  {
    name: 'phone in address',
    markup: (v) =>
      `<div class="address">收货地址：示例收件人，86${v.digitsOf(11)}，示例省 示例市 示例区 示例路1号</div>`,
  },
  // 猜你喜欢 (the list's recommendations below the orders, see dom-orders.ts) with item and order-detail links.
  {
    widget: true,
    name: 'recommendation module',
    markup: (v) =>
      `<div class="recommend"><h3>猜你喜欢</h3><a href="//item.taobao.com/item.htm?id=${v.digitsOf(12)}">推荐商品</a><strong class="price">￥29.90</strong><a href="//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${v.taobao()}">同款订单</a></div>`,
  },
  {
    name: 'hidden labelled number',
    markup: (v) =>
      `<div style="display:none">订单号：${v.taobao()}</div><input type="hidden" name="bizOrderId" value="${v.taobao()}"><div hidden><span>订单编号</span><span>${v.taobao()}</span></div>`,
  },
  {
    name: 'scripts, noscript, template, comment',
    markup: (v) =>
      `<script>var bizOrderId = "${v.taobao()}"; var json = {"orderId":"${v.taobao()}"};</script><noscript>订单号：${v.taobao()}</noscript><template><div>订单号：${v.taobao()}</div></template><!-- 订单号：${v.taobao()} -->`,
    head: true,
  },
  {
    name: 'data-* attributes',
    markup: (v) =>
      `<div data-biz-id="${v.taobao()}" data-trade-id="${v.taobao()}" data-main-order="${v.taobao()}"></div>`,
  },
];

/**
 * Decoys written into the data the Taobao pages embed (`var data = JSON.parse('{\\"…')`, fixture): after every
 * occurrence of an object's opening (`"payInfo":{` of each of the list's 50 orders …), in the page's own escaping.
 */
interface JsonDecoyKind {
  name: string;
  /** The escaped opening it follows, e.g. `\\"seller\\":{`. */
  after: string;
  /** Key/value pairs as plain JSON text (escaped when written), ending in a comma. */
  pairs: (v: DecoyValues) => string;
}
const esc = (json: string) => json.replace(/["/]/g, (c) => `\\${c}`);
const TAOBAO_JSON_KINDS: JsonDecoyKind[] = [
  // fixture (detail): the 支付宝交易号 row; the list's payInfo holds actualFee and the payment icons.
  {
    name: '支付宝交易号 in payInfo',
    after: esc('"payInfo":{'),
    pairs: (v) => `"alipayTradeNo":"${v.digitsOf(28)}","tradeNo":{"name":"支付宝交易号","value":"${v.digitsOf(28)}"},`,
  },
  // fixture: `seller: {id: 2217059899873, nick, shopName, shopUrl: …user_number_id=…}`.
  {
    name: 'seller and shop ids',
    after: esc('"seller":{'),
    pairs: (v) => `"shopId":"${v.digitsOf(9)}","sellerId":"${v.digitsOf(13)}","userId":"${v.digitsOf(13)}",`,
  },
  // fixture: `itemInfo: {id: 911178585754, itemUrl: …item.htm?id=…, skuText …}`.
  {
    name: 'item and sku ids',
    after: esc('"itemInfo":{'),
    pairs: (v) => `"skuId":"${v.digitsOf(13)}","itemId":"${v.digitsOf(12)}","auctionId":"${v.digitsOf(12)}",`,
  },
  // fixture: `orderInfo: {createDay, createTime, id}`; snapshots (`tradeSnap.htm`), logistics ids, ms timestamps.
  {
    name: 'snapshot, logistics ids and ms timestamps in orderInfo',
    after: esc('"orderInfo":{'),
    pairs: (v) =>
      `"snapshotId":"${v.taobao()}","snapUrl":"//buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=${v.taobao()}&snapShot=true","logisticsId":"${v.taobao()}","gmtCreate":"17${v.digitsOf(11)}","payTime":17${v.digitsOf(11)},`,
  },
  // fixture (detail): the receiver line `示例收件人,86-10000000000,…`; a phone with its country code is 13 digits.
  {
    name: 'phone in address',
    after: esc('"orderInfo":{'),
    pairs: (v) => `"receiverPhone":"86${v.digitsOf(11)}","address":"示例收件人,86${v.digitsOf(11)},示例省 示例市",`,
  },
];

// ------------------------------------------------------------------------------------------------- positions
/** Where one decoy goes: before `before` under `parent` (null: at the end). */
interface Spot {
  name: string;
  parent: Node;
  before: Node | null;
}
/** Spots inside a card's header or beside its number: small markup only (see DecoyKind.widget). */
const INLINE_ONLY = / header | its number/;
const at = (name: string, el: Element | null | undefined, where: 'start' | 'end' | 'before' | 'after'): Spot[] => {
  if (!el) return [];
  if (where === 'start') return [{ name, parent: el, before: el.firstChild }];
  if (where === 'end') return [{ name, parent: el, before: null }];
  if (!el.parentNode) return [];
  return [{ name, parent: el.parentNode, before: where === 'before' ? el : el.nextSibling }];
};
/**
 * Elements that hold one value the extractors read (an order number, a date, a total, a status line, an item title): a
 * widget is never drawn inside one, so the random spots are the layout boxes around them.
 */
const VALUE_ELEMENTS = [
  '.yohtmlc-order-id, .order-date-invoice-item, [data-component="orderDateInvoice"], .yohtmlc-order-total',
  '.yohtmlc-product-title, .yo-enhanced-title, .yohtmlc-item, [data-component="itemTitle"], .a-text-bold, h5, bdi',
  '.delivery-box__primary-text, .yohtmlc-shipment-status-primaryText, .od-status-message, .item-card__primary-text',
  'a, span, p, strong, b, label, script, style, noscript, template, svg, select',
].join(', ');

/** A few seeded layout boxes under `root` (`root` included), to append a widget into. */
function someElementsUnder(root: Element, rng: Rng, count: number): Element[] {
  const all = [
    root,
    ...[...root.querySelectorAll('div, section, ul, li, td')].filter((e) => !e.closest(VALUE_ELEMENTS)),
  ];
  return all.length ? Array.from({ length: count }, () => rng.pick(all)) : [];
}

function outermostOf(elements: Element[]): Element[] {
  return elements.filter((e) => !elements.some((o) => o !== e && o.contains(e)));
}

/** The order cards of a page (the whole order part of a detail page), and their parts worth a decoy beside them. */
function amazonSpots(doc: Document, rng: Rng): Spot[] {
  const spots: Spot[] = [
    ...at('body start', doc.body, 'start'),
    ...at('body end', doc.body, 'end'),
    ...at('navbar', doc.querySelector('#navbar'), 'end'),
    ...at('footer', doc.querySelector('#navFooter'), 'start'),
    ...at('recently viewed', doc.querySelector('#rhf'), 'end'),
    ...at('right rail', doc.querySelector('.right-rail'), 'start'),
    ...at('buy it again box', doc.querySelector('.bia-content .a-box-inner'), 'end'),
  ];
  const container = doc.querySelector('.your-orders-content-container, #ordersContainer, #yourOrdersContent');
  spots.push(...at('list container start', container, 'start'), ...at('list container end', container, 'end'));
  const cards = outermostOf([
    ...doc.querySelectorAll('.order-card, .js-order-card, .a-box-group.order, #orderCard, #orderDetails'),
    ...doc.querySelectorAll('[data-component="orderCard"], #digitalOrderSummaryContainer, #orderDetailsContainer'),
  ]);
  cards.forEach((card, i) => {
    const n = `card ${i}`;
    spots.push(...at(`${n} start`, card, 'start'), ...at(`${n} end`, card, 'end'));
    spots.push(...at(`before ${n}`, card, 'before'), ...at(`after ${n}`, card, 'after'));
    const header =
      card.querySelector('.order-header, .order-info, #orderCardHeader') ??
      card.querySelector('.order-date-invoice-item, [data-component="orderDateInvoice"]')?.parentElement;
    spots.push(...at(`${n} header start`, header, 'start'), ...at(`${n} header end`, header, 'end'));
    // Beside the number's own element (a detail page's "Order# …" item), never inside it.
    const idEl =
      card.querySelector('.yohtmlc-order-id') ??
      card.querySelector('.order-date-invoice-item bdi')?.closest('.order-date-invoice-item') ??
      card.querySelector('[data-component="orderDateInvoice"]');
    spots.push(...at(`${n} before its number`, idEl, 'before'), ...at(`${n} after its number`, idEl, 'after'));
    const subtotals = card.querySelector('#od-subtotals, [data-component="orderSubtotals"]');
    spots.push(...at(`${n} subtotals end`, subtotals, 'end'));
    const ship = card.querySelector('.shipment, .delivery-box, [data-component="shipments"]');
    spots.push(...at(`${n} shipment start`, ship, 'start'));
    someElementsUnder(card, rng, 4).forEach((el, k) => {
      const part = header?.contains(el) ? ' header' : '';
      spots.push(
        ...at(`${n}${part} random ${k} <${el.localName} class="${el.getAttribute('class') ?? ''}">`, el, 'end'),
      );
    });
  });
  return spots;
}

function taobaoSpots(doc: Document, rng: Rng): Spot[] {
  const spots: Spot[] = [
    ...at('body start', doc.body, 'start'),
    ...at('body end', doc.body, 'end'),
    ...at('site nav', doc.querySelector('#J_SiteNav'), 'end'),
  ];
  if (doc.body) {
    someElementsUnder(doc.body, rng, 6).forEach((el, k) => {
      spots.push(...at(`random ${k} <${el.localName} class="${el.getAttribute('class') ?? ''}">`, el, 'end'));
    });
  }
  return spots;
}

// ----------------------------------------------------------------------------------------------- the harness
/** What must not change: every order's fields as the shopper would copy them. */
function view(run: PageExtraction) {
  const one = (o: ExtractedOrder) => ({
    orderId: o.orderId,
    orderDate: o.orderDate,
    total: o.total,
    status: o.status,
    shop: o.shop,
    detailUrl: o.detailUrl,
    items: o.items.map((i) => [i.title, i.quantity, i.url]),
    shipments: o.shipments,
  });
  return { pageKind: run.pageKind, orders: run.orders.map(one) };
}

/** Inserts `html` at each spot; returns the inserted nodes (to take out again). */
function inject(doc: Document, spots: readonly Spot[], html: (spot: Spot) => string): Node[] {
  const inserted: Node[] = [];
  for (const spot of spots) {
    const box = doc.createElement('div');
    box.innerHTML = html(spot);
    // A page with scripting on (where the content script runs) holds a <noscript>'s content as one text node.
    for (const ns of box.querySelectorAll('noscript')) ns.textContent = ns.innerHTML;
    for (const node of [...box.childNodes]) {
      spot.parent.insertBefore(node, spot.before);
      inserted.push(node);
    }
  }
  return inserted;
}

/** `kind @ spot: what changed`, one line per order that changed, came or went. */
type Leak = string;

/** Runs every kind at every spot of one page (one kind at a time), and lists what changed. */
function leaksOf(
  doc: Document,
  url: string,
  spots: readonly Spot[],
  kinds: readonly DecoyKind[],
  rng: Rng,
): { baseline: PageExtraction; leaks: Leak[]; injected: number } {
  const baseline = extractPage(doc, url);
  const want = view(baseline);
  const leaks: Leak[] = [];
  let injected = 0;
  for (const kind of kinds) {
    const values = new DecoyValues(rng);
    const bySpot = new Map<string, string>();
    const fit = kind.widget ? spots.filter((s) => !INLINE_ONLY.test(s.name)) : spots;
    const all = kind.head ? [...fit, ...at('head', doc.head, 'end')] : fit;
    const nodes = inject(doc, all, (spot) => {
      const markup = kind.markup(values);
      bySpot.set(spot.name, markup);
      return markup;
    });
    injected += all.length;
    const got = view(extractPage(doc, url));
    for (const n of nodes) n.parentNode?.removeChild(n);
    if (JSON.stringify(got) === JSON.stringify(want)) continue;
    // Name the spot whose decoy shows in the result (else the whole kind), and what changed.
    const text = JSON.stringify(got);
    const spot = [...bySpot].find(([, markup]) =>
      (markup.match(/\d{3}-\d{7}-\d{7}|\d{12,28}/g) ?? []).some((d) => text.includes(d)),
    );
    const where = `${kind.name} @ ${spot?.[0] ?? '(several)'}`;
    const byId = (os: typeof got.orders) => new Map(os.map((o) => [o.orderId, o]));
    const before = byId(want.orders);
    const after = byId(got.orders);
    for (const [id, o] of after) {
      const was = before.get(id);
      if (!was) leaks.push(`${where}: new order ${id}`);
      else
        for (const f of Object.keys(o) as (keyof typeof o)[])
          if (JSON.stringify(o[f]) !== JSON.stringify(was[f]))
            leaks.push(`${where}: ${id} ${f} ${JSON.stringify(was[f])} -> ${JSON.stringify(o[f])}`);
    }
    for (const id of before.keys()) if (!after.has(id)) leaks.push(`${where}: lost order ${id}`);
  }
  // The page is as saved again.
  expect(view(extractPage(doc, url))).toEqual(want);
  return { baseline, leaks, injected };
}

/**
 * Leaks found by this test and reported, not fixed (no public capture shows such markup on a real page): a Taobao list
 * page's visible-text reader does not skip hidden elements, so a `display:none` / `hidden` box with "订单号：<other>"
 * becomes an order; on the saved page (orders in the embedded data only) that order also makes the data look stale
 * after paging, and the 50 real orders are dropped. Listed so that a fix shows up here (and this entry goes).
 */
const KNOWN_LEAKS: readonly { file: string; kind: string }[] = [
  { file: 'taobao/taobao_orders.html', kind: 'hidden labelled number' },
];

function expectBaseline(page: ExpectedPage, run: PageExtraction): void {
  const canonical = (id: string) => page.aliases?.[id] ?? id;
  expect(run.orders.map((o) => canonical(o.orderId)).sort()).toEqual([...page.orderIds].sort());
}

describe.each([
  ['amazon', AMAZON_KINDS, amazonSpots],
  ['taobao', TAOBAO_KINDS, taobaoSpots],
] as const)('decoys injected into the real %s pages', (platform, kinds, spotsOf) => {
  const own = pages.filter((p) => p.platform === platform);
  const rng = new Rng(SEED);
  let total = 0;
  beforeAll(() => {
    expect(own.length).toBeGreaterThan(0);
  });
  afterAll(() => {
    // Many positions per page and kind, not a token few.
    expect(total).toBeGreaterThan(own.length * kinds.length * 5);
  });

  it.each(own.map((p) => [p.file, p] as const))('%s: the same orders and fields', async (_file, page) => {
    const { doc, close } = parseFixtureHtml(readFileSync(`${ROOT}/${page.file}`, 'utf8'), page.url);
    try {
      const spots = spotsOf(doc, rng);
      const { baseline, leaks, injected } = leaksOf(doc, page.url, spots, kinds, rng);
      total += injected;
      expectBaseline(page, baseline);
      const known = KNOWN_LEAKS.filter((k) => k.file === page.file);
      const isKnown = (leak: string) => known.some((k) => leak.startsWith(`${k.kind} @ `));
      expect(leaks.filter((l) => !isKnown(l))).toEqual([]);
      for (const k of known)
        expect(
          leaks.some((l) => l.startsWith(`${k.kind} @ `)),
          `${k.kind} still leaks`,
        ).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('decoys written into the data the real Taobao pages embed', () => {
  const own = pages.filter((p) => p.platform === 'taobao');
  const rng = new Rng(SEED + 1);

  it.each(own.map((p) => [p.file, p] as const))('%s: the same orders and fields', async (_file, page) => {
    const saved = readFileSync(`${ROOT}/${page.file}`, 'utf8');
    const asSaved = parseFixtureHtml(saved, page.url);
    const baseline = extractPage(asSaved.doc, page.url);
    await asSaved.close();
    expectBaseline(page, baseline);
    const want = view(baseline);
    const leaks: string[] = [];
    let written = 0;
    for (const kind of TAOBAO_JSON_KINDS) {
      const values = new DecoyValues(rng);
      const parts = saved.split(kind.after);
      written += parts.length - 1;
      const html = parts.join(`${kind.after}${esc(kind.pairs(values))}`);
      expect(html).not.toBe(saved);
      const { doc, close } = parseFixtureHtml(html, page.url);
      try {
        const got = view(extractPage(doc, page.url));
        // The data still parses: the page's orders are read from it as before.
        if (JSON.stringify(got) !== JSON.stringify(want))
          leaks.push(`${kind.name}: ${JSON.stringify(got).slice(0, 300)}`);
      } finally {
        await close();
      }
    }
    expect(written).toBeGreaterThanOrEqual(TAOBAO_JSON_KINDS.length);
    expect(leaks).toEqual([]);
  });
});
