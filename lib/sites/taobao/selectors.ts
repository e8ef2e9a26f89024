/**
 * Where Taobao/Tmall pages put order data. Ordered fallback lists: the first entry that matches wins and its name is
 * reported in the diagnostics, so a layout change shows up as a different (or null) strategy instead of silence.
 * Each entry names the page variant and when it was seen.
 */

/** Names of script variables that hold a page's order data, most specific first. */
export const EMBEDDED_DATA_NAMES: readonly string[] = [
  'data', // list_bought_items.htm + trade_item_detail.htm: `var data = JSON.parse('…')` (seen 2016–2025-11)
  'detailData', // Tmall orderDetail.htm: `var detailData = {…}` (seen 2015–2023)
  '__INITIAL_DATA__', // newer React/ICE pages: `window.__INITIAL_DATA__ = {…}` (seen 2021–2024)
  '__INITIAL_STATE__', // some logistics pages (seen 2022)
];

/**
 * One element per order on a list page. Tried in order; all matches of the first selector that matches anything
 * are used. When none matches, the extractor splits the page's text at each 订单号 label instead.
 */
export const LIST_ORDER_CONTAINERS: readonly string[] = [
  // Old server-rendered list (table per order, `<tbody data-orderid>`), seen 2012–2016 and in archived pages.
  'tbody[data-orderid]',
  // Old list variant with a div per order, seen 2014–2016.
  'div.order-item[data-orderid], div.order-item[data-id]',
  // React list (`index-mod__order-container___…` with hashed suffixes), seen 2016–2024 after the page's JS ran.
  '[class*="order-container"]',
  // Generic: anything carrying the id as data attribute (seen on 2023 SPA list cards).
  '[data-order-id], [data-biz-order-id]',
];

/** Attributes that hold the order id on a container (same page variants as above). */
export const ORDER_ID_ATTRIBUTES: readonly string[] = ['data-orderid', 'data-order-id', 'data-biz-order-id', 'data-id'];

/**
 * A trade snapshot's path (交易快照, trade.taobao.com and tradearchive…/trade/detail/tradeSnap.htm, 2013–2026): it shows
 * one item line, and its tradeID is that line's sub-order (…661004803 under order …660004803 in the real list).
 */
export const SNAPSHOT_PATH = /tradesnap|trade_snap/i;

/**
 * URL query parameters that carry an order id (detail, archive and logistics pages; seen 2011–2025). Not a snapshot's:
 * its tradeID is a sub-order's (SNAPSHOT_PATH).
 */
export const ORDER_ID_URL_PARAMS: readonly string[] = [
  'bizOrderId',
  'biz_order_id',
  'orderId',
  'trade_id',
  'tradeId',
  'tradeID',
  'tId', // detail.i56.taobao.com/trace/trace_detail.htm?tId=…&userId=… (seen 2016–2024)
];

/** Link targets, tested against an anchor's href. */
export const LINK_PATTERNS = {
  // Order detail pages (Taobao, Tmall, archive), seen 2011–2025. By file name, not by folder: the archive's item
  // snapshots sit in the same folder (tradearchive.taobao.com/trade/detail/tradeSnap.htm, 2013–2016).
  orderDetail: /trade_item_detail\.htm|trade_order_detail\.htm|\/detail\/orderDetail\.htm/i,
  // Item pages and trade snapshots of an item, seen 2011–2025; virtual goods (top-ups) link to their buy page (2013).
  item: /item\.taobao\.com\/item\.htm|buy_now\.jhtml|detail\.tmall\.(?:com|hk)\/item\.htm|\/tradeSnap\.htm|trade_snap\.htm|chaoshi\.detail\.tmall\.com/i,
  // Shop home pages: store.taobao.com/shop/view_shop.htm (2016–2025), shopNNN.taobao.com, xxx.tmall.com (2011–2025).
  shop: /store\.taobao\.com\/shop|\/\/shop\d*\.taobao\.com|\/\/(?!detail\.|trade\.|buyertrade\.|www\.|login\.|cart\.|chaoshi\.)[a-z0-9-]+\.tmall\.(?:com|hk)|view_shop\.htm/i,
  // Logistics views: wuliu.taobao.com (2011–2025), detail.i56 trace (2018–2025), the 2023+ dinamic logistics app,
  // the detail page's own logistics_status.htm (2016).
  logistics: /wuliu\.taobao\.com|detail\.i56\.taobao\.com|pc-trade-logistics|\/logistics[/_]/i,
} as const;

/**
 * Labels in visible text (and in the label/value pairs of embedded JSON), in simplified characters: a page in
 * traditional ones (zh-TW / zh-HK: 訂單號, 實付款) is matched through foldTaobaoText. The colon is optional because
 * React pages put it in a separate span. 支付宝交易号 is deliberately absent: it is the payment id, not the order id.
 */
export const LABELS = {
  // Not after a word that makes it another number: 子订单号 (each item of an order has its own id, …661004803 under
  // …660004803 in the list's data, 2025-11), 外部订单号, 物流订单号, 支付宝订单号 (2026-11). Only those words: a prefix
  // naming the same order (主订单号, 父订单号, 淘宝订单号, 天猫订单号) still labels it.
  orderId: /(?<!支付宝|[付子部流])(?:订单编号|订单号)\s*[:：]?/,
  orderDate: /(?:成交时间|创建时间|下单时间|订单时间|拍下时间)\s*[:：]?/,
  total: /(?:实付款|实付金额|实付|应付总额|订单总额)\s*[:：]?/,
  // 暱称: Taiwan writes 昵称 (nickname) 暱稱, a character of its own that folding keeps (OpenCC leaves it).
  shop: /(?:店铺名称|店铺|掌柜|卖家[昵暱]称|卖家|商家)\s*[:：]/,
  status: /(?:当前订单状态|订单状态|交易状态)\s*[:：]/,
  trackingId: /(?:运单号码|运单编号|运单号|快递单号|物流单号|物流编号)\s*[:：]?/,
  carrier: /(?:物流公司|快递公司|承运公司|配送公司|快递名称)\s*[:：]?/,
} as const;

/** Class-name hints (substring, lower case) for cells whose text is the order total or an item quantity. */
export const CLASS_HINTS = {
  // td.amount (old table, 2012–2016), price-mod__price (React list, 2016–2024): the emphasised figure is the total.
  total: ['amount', 'price-mod__price', 'total', 'actual-fee', 'real-price'],
  // td.quantity (old table), quantity-mod / sub-order quantity cell (React list).
  quantity: ['quantity', 'amount-num'],
  // a.shopname (old table), seller-mod__name (React list).
  shop: ['shopname', 'shop-name', 'seller-mod__name', 'seller-name'],
} as const;

/** Status words of a shipment on logistics pages (seen 2020–2025). */
export const SHIPMENT_STATUSES: readonly string[] = [
  '已签收',
  '派送中',
  '派件中',
  '运输中',
  '已揽收',
  '已发货',
  '待揽收',
  '已退回',
];
