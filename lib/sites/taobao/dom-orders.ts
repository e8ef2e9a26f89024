import type { WorkCounter } from '../../extract/embedded-json';
import type { ExtractedItem, ExtractedOrder, Money } from '../../extract/types';
import { foldTaobaoText } from '../../han-fold/taobao';
import {
  CARRIER_NAME,
  CURRENCY_MARK,
  carrierName,
  cleanTrackingId,
  isOrderId,
  knownStatus,
  normalizeDate,
  normalizeStatus,
  parsedHttpsUrl,
  parseMoney,
} from './normalize';
import {
  CLASS_HINTS,
  LABELS,
  LINK_PATTERNS,
  LIST_ORDER_CONTAINERS,
  ORDER_ID_ATTRIBUTES,
  SHIPMENT_STATUSES,
} from './selectors';
import { collectTextChunks, type TextChunk } from './text-chunks';

/**
 * Visible-text fallback: reads the fields a person would read on the page. Used when a page has no embedded JSON
 * (old server-rendered lists, logistics pages, pages saved after the React app ran) and to fill fields the JSON
 * lacks. Field readers work on {@link TextChunk} lists, so one code path serves a list row, a whole detail page
 * and a text segment.
 */

/** An order as read from the page (the visible text here, the embedded JSON in extract.ts), with its provenance. */
export interface DomOrder {
  order: ExtractedOrder;
  /** Which strategy found each field (absent = miss). */
  strategies: Partial<
    Record<'orderId' | 'orderDate' | 'total' | 'shop' | 'status' | 'items' | 'shipments' | 'detailUrl', string>
  >;
  /** How we know the order is a Tmall order (detail link or shop on a tmall.com host), if we do. */
  tmallHint?: string | undefined;
}

/** The fields of an order that hold one value (not a list). */
export type SingleField = 'orderDate' | 'total' | 'shop' | 'status' | 'detailUrl';

export interface DomExtraction {
  orders: DomOrder[];
  /** How the orders were delimited on the page, or null when nothing was found. */
  strategy: string | null;
}

const LOOKAHEAD = 4;

/** Text after a label in the same chunk, then the following chunks, until `accept` returns a value. */
function valueAfterLabel<T>(
  chunks: readonly TextChunk[],
  index: number,
  label: RegExp,
  accept: (text: string) => T | null,
): T | null {
  const chunk = chunks[index];
  if (!chunk) return null;
  const m = label.exec(chunk.key);
  if (!m) return null;
  const rest = chunk.text.slice(m.index + m[0].length);
  const own = rest.replace(/^[\s:：]+/, '');
  if (own) {
    const v = accept(own);
    if (v !== null) return v;
  }
  let joined = own;
  for (let j = index + 1; j <= index + LOOKAHEAD && j < chunks.length; j++) {
    let next = (chunks[j] as TextChunk).text;
    // A figure printed in pieces is one value: ￥|33|.|27, a span each (the list's price, 2026-09).
    while (/\d\|\.|\.\|\d/.test(`${next.slice(-1)}|${chunks[j + 1]?.text[0]}`)) next += (chunks[++j] as TextChunk).text;
    if (/^[\s:：]+$/.test(next)) continue;
    const alone = accept(next.replace(/^[\s:：]+/, ''));
    if (alone !== null) return alone;
    joined += next;
    const v = accept(joined.replace(/^[\s:：]+/, ''));
    if (v !== null) return v;
  }
  return null;
}

function firstLabelled<T>(chunks: readonly TextChunk[], label: RegExp, accept: (text: string) => T | null): T | null {
  for (let i = 0; i < chunks.length; i++) {
    if (!label.test((chunks[i] as TextChunk).key)) continue;
    const v = valueAfterLabel(chunks, i, label, accept);
    if (v !== null) return v;
  }
  return null;
}

/** The first chunk's non-empty `read` result. */
function firstOf<T>(
  chunks: readonly TextChunk[],
  read: (chunk: TextChunk, index: number) => T | null | undefined,
): T | null {
  for (let i = 0; i < chunks.length; i++) {
    const v = read(chunks[i] as TextChunk, i);
    if (v) return v;
  }
  return null;
}

function hasHint(chunk: TextChunk, hints: readonly string[]): boolean {
  return hints.some((h) => chunk.classHint.includes(h));
}

/** Whether the chunk's text sits in a link to a `pattern` page. */
function linksTo(chunk: TextChunk, pattern: RegExp): boolean {
  return chunk.href !== null && pattern.test(chunk.href);
}

/** The first link to a `pattern` page, as written. */
function firstLink(chunks: readonly TextChunk[], pattern: RegExp): string | null {
  return firstOf(chunks, (c) => (linksTo(c, pattern) ? c.href : null));
}

const acceptOrderId = (t: string): string | null => {
  const m = /^\s*(\d{12,21})(?!\d)/.exec(t);
  return m?.[1] ?? null;
};
/** An amount at the start of the text, bare or after its currency mark (`￥`, `CN￥`, `HK$`, `NT$` …). */
const MONEY_FIRST = new RegExp(`^\\s*-?\\s*(?:${CURRENCY_MARK})?\\s*\\d`);
/** A currency mark in a span of its own, the figure in the next (the React list's `<span>￥</span><span>108.75</span>`). */
const MARK_ALONE = new RegExp(`^(?:${CURRENCY_MARK})$`);
/**
 * A price cell's whole text, with or without its mark (`￥99.80`, `HK$ 120.50`, `NT$1,280.00`, `99.80`): any mark an
 * amount can carry, as parseMoney reads them, so a shopper paying in HKD or TWD has the same columns read.
 */
const PRICE_CELL = new RegExp(`^(?:${CURRENCY_MARK})?\\s*\\d[\\d,]*\\.\\d\\d$`);
const acceptMoney = (t: string): Money | null => (MONEY_FIRST.test(t) ? parseMoney(t) : null);
const acceptShort = (t: string): string | null => {
  const s = t.trim();
  return s.length > 0 && s.length <= 40 ? s : null;
};

export interface ReadContext {
  base: URL;
  /** Id known from a container attribute or the URL, used when no 订单号 label is visible. */
  idHint?: { id: string; strategy: string } | undefined;
  /** A detail/logistics page is about one order: the page URL is its detail URL. */
  pageUrlIsDetail?: boolean;
  /**
   * Take the first bare date as the order date (list rows print it unlabelled). Off on logistics pages, whose
   * dates are tracking events.
   */
  bareDate?: boolean;
}

/**
 * `chunks` cut before each chunk `isStart` accepts, each cut moved back over up to 3 chunks `lead` accepts (the date
 * the React list prints before its 订单号; a parcel's 物流公司 label before its 运单号), never before the previous cut.
 * The text before the first cut is dropped, unless `fromStart` (it belongs to the first run).
 */
function splitAt(
  chunks: readonly TextChunk[],
  isStart: (i: number) => unknown,
  lead: (c: TextChunk) => unknown,
  fromStart = false,
): TextChunk[][] {
  const cuts: number[] = [];
  chunks.forEach((_, i) => {
    if (!isStart(i)) return;
    let cut = i;
    for (let j = i - 1; j >= Math.max((cuts[cuts.length - 1] ?? -1) + 1, i - 3); j--) {
      if (lead(chunks[j] as TextChunk)) cut = j;
    }
    cuts.push(cut);
  });
  if (fromStart) cuts[0] = 0;
  return cuts.map((s, k) => chunks.slice(s, cuts[k + 1] ?? chunks.length));
}

/** A known state word, unless it is a sub-order's after-sale state (退款成功 linking to refund.taobao.com). */
const orderState = (c: TextChunk): string | null => (/refund/.test(`${c.href}`) ? null : knownStatus(c.text));

/** Reads one order from its chunks; null when no order id can be found. */
export function readOrderFromChunks(all: readonly TextChunk[], ctx: ReadContext): DomOrder | null {
  // Goods recommended below an order (常买常逛, the list 2026-09) or the page (猜你喜欢) are none of its own. Only
  // below the order's first long number (its id, a waybill): such a heading above it (a menu) must not cut it all.
  const first = all.findIndex((c) => /\d{8}/.test(c.text));
  const cut = first < 0 ? -1 : all.findIndex((c, i) => i >= first && /^(?:常买常逛|猜你喜欢)/.test(c.key));
  const chunks = cut < 0 ? all : all.slice(0, cut);
  const strategies: DomOrder['strategies'] = {};

  let orderId = firstLabelled(chunks, LABELS.orderId, acceptOrderId);
  if (orderId) strategies.orderId = 'dom:label';
  else if (ctx.idHint) {
    orderId = ctx.idHint.id;
    strategies.orderId = ctx.idHint.strategy;
  } else {
    orderId = firstOf(chunks, (c) => (linksTo(c, LINK_PATTERNS.orderDetail) ? idFromHref(c.href as string) : null));
    if (orderId) strategies.orderId = 'dom:link(orderDetail)';
  }
  if (!orderId) return null;
  const order: ExtractedOrder = { orderId, items: [], shipments: [] };
  const read: DomOrder = { order, strategies };
  /** Takes a field's value and the strategy that found it; false for no value (the next strategy tries). */
  const found = <F extends SingleField>(field: F, value: ExtractedOrder[F] | null, strategy: string): boolean => {
    if (!value) return false;
    order[field] = value;
    strategies[field] = strategy;
    return true;
  };

  // Date: a labelled date, else the first date in the order's text (the React list prints it bare).
  if (!found('orderDate', firstLabelled(chunks, LABELS.orderDate, normalizeDate), 'dom:label') && ctx.bareDate) {
    found(
      'orderDate',
      firstOf(chunks, (c) => normalizeDate(c.text)),
      'dom:first-date',
    );
  }

  // Total: 实付款 label; else the emphasised figure in an amount/price cell (list rows).
  if (!found('total', firstLabelled(chunks, LABELS.total, acceptMoney), 'dom:label')) {
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i] as TextChunk;
      if (!c.emphasis || !hasHint(c, CLASS_HINTS.total)) continue;
      const text = MARK_ALONE.test(c.text) && chunks[i + 1] ? `${c.text}${(chunks[i + 1] as TextChunk).text}` : c.text;
      if (found('total', acceptMoney(text), 'dom:emphasised-amount')) break;
    }
    // Whatever the cells' classes (renamed, or none), the 实付款 column: the amount just before "(含运费：…)", the
    // shipping it includes; else the amount just before the order's state, the next column, past at most a bracketed
    // note under it ("(自动充值)"). Nothing further back: that would be a unit price (old table 2012–2016, React list
    // 2016–2024).
    let k = chunks.findIndex((c) => /^[(（]含运费/.test(c.key));
    if (k < 0) {
      k = chunks.findIndex(orderState);
      if (k > 1 && /^[(（].*[)）]$/.test((chunks[k - 1] as TextChunk).text)) k--;
      if (k > 0 && !PRICE_CELL.test((chunks[k - 1] as TextChunk).text)) k = -1;
    }
    if (!order.total && k > 0) found('total', acceptMoney((chunks[k - 1] as TextChunk).text), 'dom:column-amount');
  }

  // Status: a known state word on its own (not a sub-order's after-sale state: refund.taobao.com / refund2.taobao.com
  // links, old table and React list), else a labelled 订单状态. A detail page heads the order's own state
  // (当前订单状态：交易成功, 2012–2025) above its item rows, each with a state of its own (退款成功 for one refunded
  // item): there the heading comes first, as in its data (json-orders.ts).
  // A parcel's state (已签收 under a 运单号, a logistics page's 包裹2) is that parcel's, not the order's: one parcel of
  // two signed for is no signed order. So a word that names a parcel's state counts only above the first 运单号.
  const firstParcel = chunks.findIndex((c) => LABELS.trackingId.test(c.key));
  const statusReads: [() => string | null, string][] = [
    [
      () =>
        firstOf(chunks, (c, i) =>
          firstParcel >= 0 && i > firstParcel && SHIPMENT_STATUSES.includes(c.key.trim()) ? null : orderState(c),
        ),
      'dom:status-word',
    ],
    [() => firstLabelled(chunks, LABELS.status, normalizeStatus), 'dom:label'],
  ];
  if (ctx.pageUrlIsDetail) statusReads.reverse();
  statusReads.some(([read, strategy]) => found('status', read(), strategy));

  // Shop: the shop link, else a 店铺/掌柜/卖家 label.
  for (const c of chunks) {
    const shopLink = linksTo(c, LINK_PATTERNS.shop);
    if (!shopLink && !hasHint(c, CLASS_HINTS.shop)) continue;
    // A cut name ("鼎信网络充...") is whole in the link's title.
    const cut = c.text.replace(/(?:\.{3}|…)$/, '');
    const shop =
      (cut && cut !== c.text && c.linkTitle?.startsWith(cut) && acceptShort(c.linkTitle)) || acceptShort(c.text);
    if (shop && !LABELS.shop.test(foldTaobaoText(shop))) {
      found('shop', shop, shopLink ? 'dom:shop-link' : 'dom:shop-class');
      if (c.href && /\.tmall\.(?:com|hk)/i.test(c.href)) read.tmallHint = 'dom:shop-link-host';
      break;
    }
  }
  // The seller's 旺旺 link names it (`amos.alicdn.com/…?uid=<nick>`): on the detail page of 2026 that link's text is
  // "和我联系", the name being only in the icon's data-nick, so a 卖家： label would read the link's text.
  if (!order.shop) {
    // URLSearchParams, not decodeURIComponent: a broken %-escape must not throw.
    const nick = firstOf(chunks, (c) =>
      /amos\.alicdn\.com\//.test(`${c.href}`) ? new URLSearchParams(`${c.href}`.split('?')[1]).get('uid') : null,
    );
    found('shop', nick && acceptShort(nick), 'dom:wangwang-link');
  }
  if (!order.shop) found('shop', firstLabelled(chunks, LABELS.shop, acceptShort), 'dom:label');

  // Items: links to item pages or trade snapshots, with their quantity cell or "×N".
  const seen = new Set<string>();
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as TextChunk;
    if (!linksTo(c, LINK_PATTERNS.item)) continue;
    const title = c.text.trim();
    if (title.length < 2 || /交易快照|^\[.*\]$|^(?:再次|立即)购买$/.test(c.key.trim()) || seen.has(title)) continue;
    seen.add(title);
    const item: ExtractedItem = { title };
    const url = parsedHttpsUrl(c.href, ctx.base);
    if (url) item.url = url;
    for (let j = i + 1; j < chunks.length && j <= i + 12; j++) {
      const n = chunks[j] as TextChunk;
      if (linksTo(n, LINK_PATTERNS.item) && !/交易快照/.test(n.text)) break;
      // ×N; a count in a quantity cell; a count just after the unit price (the React list's third cell, 2016–2024).
      const q =
        /^[x×X*]\s*(\d{1,5})$/.exec(n.text) ??
        (hasHint(n, CLASS_HINTS.quantity) || PRICE_CELL.test(chunks[j - 1]?.text ?? '')
          ? /^(\d{1,5})$/.exec(n.text)
          : null);
      if (q?.[1]) {
        item.quantity = Number(q[1]);
        break;
      }
    }
    order.items.push(item);
  }
  if (order.items.length > 0) strategies.items = 'dom:item-links';

  // Shipments: each 运单号 label (a logistics page lists 包裹1, 包裹2 … one after the other), with the 物流公司 label or
  // carrier name, status and tracking link of its own parcel.
  for (const parcel of splitAt(
    chunks,
    (i) => LABELS.trackingId.test((chunks[i] as TextChunk).key),
    (c) => LABELS.carrier.test(c.key),
    true,
  )) {
    const trackingId = firstLabelled(parcel, LABELS.trackingId, cleanTrackingId);
    if (!trackingId || trackingId === orderId) continue;
    // A number named twice (in a summary above, then in its parcel's block) gathers what each place says of it.
    let shipment = order.shipments.find((s) => s.trackingId === trackingId);
    if (!shipment) {
      shipment = { trackingId };
      order.shipments.push(shipment);
    }
    // The label's value up to its first space ("圆通速递 官方电话…"); a placeholder ("-") names no carrier.
    const labelled = firstLabelled(parcel, LABELS.carrier, acceptShort);
    const carrier =
      (labelled && carrierName(labelled.split(/\s/)[0] ?? labelled)) ||
      firstOf(parcel, (c) => {
        const m = CARRIER_NAME.exec(c.key);
        return m && c.text.slice(m.index, m.index + m[0].length);
      });
    if (carrier) shipment.carrier ??= carrier;
    const shipStatus = firstOf(parcel, (c) => (SHIPMENT_STATUSES.includes(c.key.trim()) ? c.text.trim() : null));
    if (shipStatus) shipment.status ??= shipStatus;
    const trackingUrl = parsedHttpsUrl(firstLink(parcel, LINK_PATTERNS.logistics), ctx.base);
    if (trackingUrl) shipment.trackingUrl ??= trackingUrl;
    strategies.shipments = 'dom:label';
  }

  // Detail link: not one that names another order (a recommended or related order's, below this one).
  const detailUrl = parsedHttpsUrl(
    firstOf(chunks, (c) =>
      linksTo(c, LINK_PATTERNS.orderDetail) && (idFromHref(c.href as string) ?? orderId) === orderId ? c.href : null,
    ),
    ctx.base,
  );
  if (found('detailUrl', detailUrl ?? null, 'dom:detail-link')) {
    if (/\/\/trade\.tmall\.com\//i.test(detailUrl as string)) read.tmallHint ??= 'dom:detail-link-host';
  } else if (ctx.pageUrlIsDetail) {
    order.detailUrl = parsedHttpsUrl(ctx.base.href, ctx.base);
    strategies.detailUrl = 'url:page';
  }
  return read;
}

function idFromHref(href: string): string | null {
  const m = /(?:bizOrderId|biz_order_id|trade_id|tradeId|orderId)=(\d{12,21})(?!\d)/i.exec(href);
  return m?.[1] ?? null;
}

function containerIdHint(el: Element): { id: string; strategy: string } | undefined {
  for (const attr of ORDER_ID_ATTRIBUTES) {
    const v = el.getAttribute(attr)?.trim();
    if (v && isOrderId(v)) return { id: v, strategy: `dom:attr(${attr})` };
  }
  return undefined;
}

/** Order list: one container per order when a known container matches, else split the text at 订单号 labels. */
export function extractListFromDom(doc: Document, base: URL, counter: WorkCounter): DomExtraction {
  for (const selector of LIST_ORDER_CONTAINERS) {
    let found: Element[];
    try {
      found = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue;
    }
    // Keep outermost containers only, so nested matches do not read the same text twice. querySelectorAll is in
    // document order, so a nested match always follows its outer one directly: one contains() check each.
    const containers: Element[] = [];
    for (const el of found) {
      const last = containers[containers.length - 1];
      if (!last?.contains(el)) containers.push(el);
    }
    const orders: DomOrder[] = [];
    for (const container of containers) {
      const chunks = collectTextChunks(container, counter);
      const order = readOrderFromChunks(chunks, { base, bareDate: true, idHint: containerIdHint(container) });
      if (order) orders.push(order);
    }
    if (orders.length > 0) return { orders: dedupe(orders), strategy: `dom:container(${selector})` };
  }
  const chunks = collectTextChunks(doc.body, counter);
  const orders = splitAtOrderLabels(chunks)
    .map((segment) => readOrderFromChunks(segment, { base, bareDate: true }))
    .filter((o): o is DomOrder => o !== null);
  return { orders: dedupe(orders), strategy: orders.length > 0 ? 'dom:text-segments' : null };
}

/**
 * Splits a list page's text into one segment per 订单号 label. The React list prints the date just before the label,
 * so a segment starts up to 3 chunks earlier when one of those is a date.
 */
export function splitAtOrderLabels(chunks: readonly TextChunk[]): TextChunk[][] {
  const isLabel = (i: number) =>
    LABELS.orderId.test((chunks[i] as TextChunk).key) && valueAfterLabel(chunks, i, LABELS.orderId, acceptOrderId);
  return splitAt(chunks, isLabel, (c) => normalizeDate(c.text));
}

/** The first of each order id (Set.add returns the set: truthy). */
function dedupe(orders: DomOrder[]): DomOrder[] {
  const seen = new Set<string>();
  return orders.filter((o) => !seen.has(o.order.orderId) && seen.add(o.order.orderId));
}

/** Detail and logistics pages: the whole page is about one order. */
export function extractSingleFromDom(
  doc: Document,
  base: URL,
  idHint: { id: string; strategy: string } | undefined,
  counter: WorkCounter,
  pageUrlIsDetail: boolean,
): DomExtraction {
  const chunks = collectTextChunks(doc.body, counter);
  const read = readOrderFromChunks(chunks, { base, pageUrlIsDetail, bareDate: pageUrlIsDetail, idHint });
  // The URL names the order this page is about; a different 订单号 in the text (e.g. a related order) loses.
  if (read && idHint && read.order.orderId !== idHint.id) {
    read.order.orderId = idHint.id;
    read.strategies.orderId = idHint.strategy;
  }
  return { orders: read ? [read] : [], strategy: read ? 'dom:page-text' : null };
}
