import type { WorkCounter } from '../../extract/embedded-json';
import type { ExtractedItem, ExtractedShipment, Money } from '../../extract/types';
import { foldTaobaoText } from '../../han-fold/taobao';
import { absoluteHttpsUrl } from '../https-url';
import {
  carrierName,
  cleanTrackingId,
  findOrderId,
  isOrderId,
  normalizeDate,
  normalizeStatus,
  parseMoney,
} from './normalize';
import { LABELS, LINK_PATTERNS } from './selectors';

/**
 * Reads order fields out of the JSON a Taobao/Tmall page embeds, without knowing the exact schema: the same walker
 * reads a list page's `mainOrders[i]`, the detail page's `data` and Tmall's `detailData`.
 *
 * Two kinds of evidence, ranked: label/value pairs as the page would print them (`{name:"实付款", value:"￥153.00"}`,
 * `[{text:"实付款:"},{money:"￥99.00"}]`, `{key:"订单编号", content:[…]}`) rank highest because they are what the
 * user sees; well-known keys (`actualFee`, `createTime`, `seller.shopName`, `logisticsNum`) come next.
 */

export interface Found<T> {
  value: T;
  strategy: string;
  rank: number;
}

export interface JsonOrderFacts {
  orderId?: Found<string>;
  orderDate?: Found<string>;
  total?: Found<Money>;
  shop?: Found<string>;
  status?: Found<string>;
  detailUrl?: Found<string>;
  items: ExtractedItem[];
  shipments: ExtractedShipment[];
  /** How the first item and the first shipment were found (set with them). */
  listStrategies: { items?: string; shipments?: string };
  logisticsUrl?: string;
  /** The order links to a trade.tmall.com detail page or its shop is a Tmall shop. */
  tmallHint?: string;
}

const MAX_NODES = 200_000;
const FLATTEN_DEPTH = 5;

const ID_KEYS = new Set(['bizOrderId', 'orderId', 'tradeId', 'idStr', 'mainOrderId', 'orderIdStr', 'id']);
const DATE_KEYS = new Set([
  'createTime',
  'createDay',
  'gmtCreate',
  'orderCreateTime',
  'tradeCreateTime',
  'createdTime',
]);
const TOTAL_KEYS = new Set(['actualFee', 'actualPay', 'actualPayFee', 'realPay', 'totalPay']);
const STATUS_KEYS = new Set(['statusText', 'orderStatusText', 'tradeStatusText', 'statusDesc']);
/**
 * The state codes the list and detail data carry beside the state's text (`extra.tradeStatus`, `mainOrder.tradeStatus`,
 * 2016–2025), as the list words them (卖家已发货 for WAIT_BUYER_CONFIRM_GOODS, 交易关闭 for CREATE_CLOSED_OF_TAOBAO,
 * 2025-11); read only where no text names the state (a pre-sale row's statusInfo has none, 2024). The open platform's
 * other states (its trade API docs, 2026-11 check) as the pages word them: card payment being confirmed, unpaid before
 * the Alipay trade exists, paid but held back from shipping (group buys).
 */
const STATUS_CODES = new Map(
  Object.entries({
    WAIT_BUYER_PAY: '等待买家付款',
    TRADE_NO_CREATE_PAY: '等待买家付款',
    PAY_PENDING: '付款确认中',
    WAIT_SELLER_SEND_GOODS: '买家已付款',
    PAID_FORBID_CONSIGN: '买家已付款',
    SELLER_CONSIGNED_PART: '部分发货',
    WAIT_BUYER_CONFIRM_GOODS: '卖家已发货',
    TRADE_BUYER_SIGNED: '已签收',
    TRADE_FINISHED: '交易成功',
    TRADE_CLOSED: '交易关闭',
    TRADE_CLOSED_BY_TAOBAO: '交易关闭',
    CREATE_CLOSED_OF_TAOBAO: '交易关闭',
  }),
);
const TRACKING_KEYS = new Set([
  'logisticsNum',
  'logisticsNo',
  'mailNo',
  'mailNum',
  'expressNo',
  'expressNum',
  'waybillNo',
  'trackingNumber',
  'trackingNo',
  'outSid',
  'invoiceNo',
  'cpMailNo',
  // The logistics answer the list's 查看物流 asks for (transit_step.do: `{expressName, expressId, address:[…]}`), as
  // public export scripts read it (2016–2020): expressId is the waybill number, not the carrier's id.
  'expressId',
]);
const CARRIER_KEYS = [
  'logisticsName',
  'logisticsCompanyName',
  'logisticsCompany',
  'companyName',
  'expressName',
  'expressCompany',
  'cpName',
  'partnerName',
];
/** Objects whose `id` is someone's user id or an item id, never the order's. */
const NOT_ORDER_PARENTS = new Set([
  'seller',
  'buyer',
  'sellerInfo',
  'buyerInfo',
  'shop',
  'shopInfo',
  'itemInfo',
  'item',
]);
const LABEL_KEYS = ['name', 'key', 'label'];
const VALUE_KEYS = ['value', 'content', 'text', 'money'];

/** Keys that make an object worth probing for a label/value pair or an item. */
const PROBE_KEYS = new Set([...LABEL_KEYS, 'titleLink', 'itemInfo', 'title']);
/** Every key that says something about the order; objects with none of them are only descended into. */
const KNOWN_KEYS = new Set([
  ...PROBE_KEYS,
  ...TRACKING_KEYS,
  ...ID_KEYS,
  ...DATE_KEYS,
  ...TOTAL_KEYS,
  ...STATUS_KEYS,
  ...'shopName sellerNick url href linkUrl oldUrl logisticsUrl tradeStatus'.split(' '),
]);

interface QueueEntry {
  value: Json;
  key: string;
  depth: number;
}

type Json = unknown;
type JsonObject = Record<string, Json>;

/**
 * Whether a child gets a queue entry: objects and arrays (and null), and the one kind of string the walk reads (a
 * detail page's `当前订单状态：…` sentence or `<h3>订单状态: …</h3>` heading). Other strings are read through their parent's
 * keys: queued, they were seven in ten entries of a list page and a tenth of its walk (Chromium 2026-11). So MAX_NODES
 * counts these entries only.
 */
function queued(v: Json): boolean {
  if (typeof v !== 'string') return typeof v === 'object';
  // The sentence in either script (當前訂單狀態：…, zh-TW pages). Only a string that starts with a Han character is
  // folded: most (ids, links, amounts) do not, and this runs on every string of the page's data.
  return v.startsWith('<h') || (v.charCodeAt(0) >= 0x3400 && foldTaobaoText(v.slice(0, 6)) === '当前订单状态');
}

/**
 * The order's own state as a detail page heads it: `当前订单状态：…` (2016–2023), or Tmall's heading fragment
 * `<h3>订单状态: 商家已发货，等待买家确认</h3>` (overStatus, 2025-11). Each item row has a state of its own (statusInfo:
 * 待确认收货, 退款成功), which is not the order's when it has several.
 */
const ORDER_STATE_HEADING = /^(?:当前)?订单状态\s*[:：]/;
function orderStateHeading(value: string): string | null {
  // The heading's own text: a line after it ("<p>剩余23时59分自动关闭</p>") is not part of the state.
  const html = value.startsWith('<') ? (/^<h\d[^>]*>([\s\S]*?)<\/h\d>/i.exec(value)?.[1] ?? value) : null;
  const text = html === null ? value : htmlFragmentText(html);
  return ORDER_STATE_HEADING.test(foldTaobaoText(text)) ? normalizeStatus(text) : null;
}

function isObject(v: Json): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * What an HTML fragment inside the data shows (Tmall's `{type:"html", text:"<span …>"}` nodes, seen 2025-11).
 * The seller cell's visible text is a masked nick (`3**`); the wangwang widget in it carries the real one in
 * `data-nick`, which is what the shopper sees once the page's script has run.
 */
export function htmlFragmentText(html: string): string {
  return (/\bdata-nick=['"]([^'"<>]{1,60})/.exec(html)?.[1] ?? html.replace(/<[^<>]*>/g, ' ')).trim();
}

/** The text a label/value node shows: strings joined, depth-limited. */
export function flattenText(value: Json, depth = 0): string {
  if (typeof value === 'string') return value.includes('<') ? htmlFragmentText(value) : value;
  if (typeof value === 'number') return String(value);
  if (depth >= FLATTEN_DEPTH) return '';
  if (Array.isArray(value)) {
    let out = '';
    for (const v of value.slice(0, 20)) {
      // Tmall's "更多" expander ({type:"more", moreList:[…]}) sits beside a value: its label is not part of it.
      if (isObject(v) && (v.type === 'more' || 'moreList' in v)) continue;
      out += flattenText(v, depth + 1);
    }
    return out;
  }
  if (isObject(value)) {
    for (const k of ['value', 'text', 'money', 'content', 'title']) {
      if (k in value) return flattenText(value[k], depth + 1);
    }
  }
  return '';
}

function labelOf(obj: JsonObject): string | null {
  for (const k of LABEL_KEYS) {
    const v = obj[k];
    if (typeof v === 'string' && v.length > 0 && v.length <= 16) return v;
  }
  return null;
}

function stripColon(label: string): string {
  return label.replace(/[\s:：]+$/, '').trim();
}

type FoundField = 'orderId' | 'orderDate' | 'total' | 'shop' | 'status' | 'detailUrl';

/** Takes a value for a field if it beats the one there: the better (higher-rank, then first-seen) candidate stays. */
function offer<F extends FoundField>(
  facts: JsonOrderFacts,
  field: F,
  value: NonNullable<JsonOrderFacts[F]>['value'] | null | undefined,
  strategy: string,
  rank: number,
): void {
  const current = facts[field];
  if (value === null || value === undefined || value === '' || (current && current.rank >= rank)) return;
  facts[field] = { value, strategy, rank } as JsonOrderFacts[F];
}

interface WalkContext {
  facts: JsonOrderFacts;
  base: URL;
  symbol: string;
  currency: string;
  seenItems: Set<string>;
  seenTracking: Set<string>;
  /** A 物流公司 label seen before its 运单号. */
  pendingCarrier?: string;
}

/** Applies one label/value pair (`实付款` → `￥153.00`). */
function applyLabel(ctx: WalkContext, rawLabel: string, valueText: string, how: string): void {
  const label = stripColon(rawLabel);
  const f = ctx.facts;
  // Matched in simplified characters (訂單編號 as 订单编号); the strategy names the label as the page wrote it.
  const whole = `${foldTaobaoText(label)}:`;
  const strategy = `json:${how}(${label})`;
  const text = valueText.trim();
  if (LABELS.orderId.test(whole) && !whole.includes('交易号')) {
    offer(f, 'orderId', findOrderId(text), strategy, 3);
  } else if (LABELS.orderDate.test(whole)) {
    offer(f, 'orderDate', normalizeDate(text), strategy, 3);
  } else if (LABELS.total.test(whole)) {
    offer(f, 'total', parseMoney(text, ctx.symbol, ctx.currency), strategy, 3);
  } else if (LABELS.status.test(whole)) {
    offer(f, 'status', normalizeStatus(text), strategy, 3);
  } else if (LABELS.shop.test(whole)) {
    if (text.length <= 60) offer(f, 'shop', text, strategy, 3);
  } else if (LABELS.trackingId.test(whole)) {
    addShipment(ctx, cleanTrackingId(text), undefined, strategy);
  } else if (LABELS.carrier.test(whole)) {
    const carrier = carrierName(text);
    if (!carrier) return;
    const open = f.shipments.find((s) => !s.carrier);
    if (open) open.carrier = carrier;
    else ctx.pendingCarrier ??= carrier;
  }
}

function addShipment(ctx: WalkContext, trackingId: string | null, carrier: string | undefined, strategy: string): void {
  if (!trackingId || ctx.seenTracking.has(trackingId)) return;
  if (ctx.facts.orderId?.value === trackingId) return;
  ctx.seenTracking.add(trackingId);
  const shipment: ExtractedShipment = { trackingId };
  const c = carrier ?? ctx.pendingCarrier;
  if (c) shipment.carrier = c;
  ctx.facts.shipments.push(shipment);
  ctx.facts.listStrategies.shipments ??= strategy;
}

function addItem(ctx: WalkContext, title: Json, url: Json, quantity: Json, strategy: string): void {
  if (typeof title !== 'string') return;
  const t = title.trim();
  // The list's 保险服务 / 增值服务 rows (运费险 and the like, 2020–2025) are sub-orders but not goods.
  if (t.length === 0 || /^(?:保险|增值)服务/.test(foldTaobaoText(t))) return;
  const href = typeof url === 'string' ? absoluteHttpsUrl(url, ctx.base) : undefined;
  const key = `${t}\u0000${href ?? ''}`;
  if (ctx.seenItems.has(key)) return;
  ctx.seenItems.add(key);
  const item: ExtractedItem = { title: t };
  // The list's paging answer (asyncBought.htm, 2025-11) writes the count as `quantity: {count: "6"}`.
  const n = isObject(quantity) ? quantity.count : quantity;
  const q = typeof n === 'number' ? n : typeof n === 'string' ? Number(n.trim()) : Number.NaN;
  if (Number.isInteger(q) && q > 0 && q < 100_000) item.quantity = q;
  if (href) item.url = href;
  ctx.facts.items.push(item);
  ctx.facts.listStrategies.items ??= strategy;
}

/**
 * One object of the data. Its keys are read once, in one `for…in` loop that also queues the children, and only an
 * object with a known key (or under a seller or status parent) is probed for more: a JSON object graph has many
 * shapes, so every `obj.someKey` probe is a slow (megamorphic) lookup, and probing ~20 known keys on each of a list
 * page's ~1,300 objects cost more than JSON.parse of the whole payload (Chromium, 2026-11).
 */
function visitObject(
  ctx: WalkContext,
  obj: JsonObject,
  parentKey: string,
  depth: number,
  consumed: Set<JsonObject>,
  queue: QueueEntry[],
): void {
  const f = ctx.facts;
  // What the parent says an object is comes first: among equal ranks the first offer stays.
  // Seller / shop
  if (parentKey === 'seller' || parentKey === 'sellerInfo' || parentKey === 'shopInfo') {
    if (typeof obj.shopName === 'string') offer(f, 'shop', obj.shopName.trim(), `json:key(${parentKey}.shopName)`, 2);
    const nick = obj.nick ?? obj.sellerNick ?? obj.name;
    if (typeof nick === 'string') offer(f, 'shop', nick.trim(), `json:key(${parentKey}.nick)`, 1);
  }
  // Status object: statusInfo.text
  if ((parentKey === 'statusInfo' || parentKey === 'orderStatus') && typeof obj.text === 'string') {
    offer(f, 'status', normalizeStatus(obj.text), `json:key(${parentKey}.text)`, 2);
  }
  let probe = false;
  let trackings: [string, string][] | undefined;
  for (const k in obj) {
    const v = obj[k];
    if (queued(v)) queue.push({ value: v, key: k, depth: depth + 1 });
    if (!KNOWN_KEYS.has(k)) continue;
    if (PROBE_KEYS.has(k)) probe = true;
    else if (TRACKING_KEYS.has(k)) {
      if (typeof v === 'string' || typeof v === 'number') {
        trackings ??= [];
        trackings.push([k, String(v)]);
      }
    } else if (ID_KEYS.has(k)) {
      // A bare id beyond 2^53 (19 digits) arrives quoted by the lossless parser; a 14- or 16-digit one (2011–2017) is a
      // safe integer, so a number, and the same id.
      const id = typeof v === 'number' ? String(v) : v;
      if (depth <= 2 && typeof id === 'string' && isOrderId(id) && !NOT_ORDER_PARENTS.has(parentKey)) {
        offer(f, 'orderId', id, `json:key(${parentKey ? `${parentKey}.` : ''}${k})`, 2 - depth * 0.1);
      }
    } else if (DATE_KEYS.has(k) && typeof v === 'string') {
      offer(f, 'orderDate', normalizeDate(v), `json:key(${k})`, 2);
    } else if (TOTAL_KEYS.has(k)) {
      offer(f, 'total', parseMoney(flattenText(v), ctx.symbol, ctx.currency), `json:key(${k})`, 2);
    } else if (STATUS_KEYS.has(k) && typeof v === 'string') {
      offer(f, 'status', normalizeStatus(v), `json:key(${k})`, 2);
    } else if (k === 'tradeStatus' && typeof v === 'string') {
      offer(f, 'status', STATUS_CODES.get(v), 'json:key(tradeStatus)', 1);
    } else if (k === 'shopName' && typeof v === 'string' && parentKey !== 'seller') {
      offer(f, 'shop', v.trim(), 'json:key(shopName)', 2);
    } else if (k === 'sellerNick' && typeof v === 'string') {
      offer(f, 'shop', v.trim(), 'json:key(sellerNick)', 1);
    } else if (
      typeof v === 'string' &&
      // Any link key: url, linkUrl, oldUrl, logisticsUrl, and others (snapUrl, picUrl…) whose values the patterns
      // below tell apart.
      (k === 'href' || k.endsWith('rl'))
    ) {
      if (LINK_PATTERNS.orderDetail.test(v)) {
        // offer() would keep an earlier rank-2 link anyway: skip the URL parse (lists have several per order).
        if (!f.detailUrl || f.detailUrl.rank < 2)
          offer(f, 'detailUrl', absoluteHttpsUrl(v, ctx.base), `json:key(${parentKey}.${k})`, 2);
        if (/trade\.tmall\.com/i.test(v)) f.tmallHint ??= 'json:detailUrl-host';
      } else if (!f.logisticsUrl && LINK_PATTERNS.logistics.test(v)) {
        // The first one stays: checked first, that spares the pattern on the dozen other links of each order.
        f.logisticsUrl = absoluteHttpsUrl(v, ctx.base);
      }
    }
  }
  if (probe) {
    // Label/value pair: {name:"实付款", value:"￥153.00"} / {key:"订单编号", content:[…]}
    const label = labelOf(obj);
    if (label) {
      for (const vk of VALUE_KEYS) {
        if (vk in obj) {
          applyLabel(ctx, label, flattenText(obj[vk]), 'label');
          break;
        }
      }
    } else if (isObject(obj.titleLink) && isObject(obj.money)) {
      // Tmall detail 'mixture' cells (seen 2025-11): {titleLink:{text:"实付款"}, colon:{…}, money:{text:"￥126.80"}}.
      const title = obj.titleLink.text;
      if (typeof title === 'string' && title.length <= 16) applyLabel(ctx, title, flattenText(obj.money), 'mixture');
    }
    // Sub-order: {itemInfo:{title,itemUrl|auctionUrl}, quantity}
    const itemInfo = obj.itemInfo;
    if (isObject(itemInfo) && typeof itemInfo.title === 'string') {
      consumed.add(itemInfo);
      addItem(
        ctx,
        itemInfo.title,
        itemInfo.itemUrl ?? itemInfo.auctionUrl ?? itemInfo.url,
        obj.quantity ?? obj.buyAmount,
        'json:key(itemInfo)',
      );
    } else if (
      !consumed.has(obj) &&
      typeof obj.title === 'string' &&
      (typeof obj.itemUrl === 'string' || typeof obj.auctionUrl === 'string')
    ) {
      addItem(ctx, obj.title, obj.itemUrl ?? obj.auctionUrl, obj.quantity ?? obj.buyAmount, 'json:key(title+itemUrl)');
    }
  }
  // Tracking: {logisticsNum, logisticsName} / {mailNo, companyName}
  if (!trackings) return;
  let carrier: string | undefined;
  for (const ck of CARRIER_KEYS) {
    const v = obj[ck];
    carrier = typeof v === 'string' ? carrierName(v) : undefined;
    if (carrier) break;
  }
  // expressId is a waybill only as transit_step.do writes it: beside its carrier's name, with no other number.
  if (trackings.some(([k]) => k === 'expressId') && (trackings.length > 1 || !carrier)) {
    trackings = trackings.filter(([k]) => k !== 'expressId');
  }
  for (const [k, v] of trackings) addShipment(ctx, cleanTrackingId(v), carrier, `json:key(${k})`);
}

/** Sequences like `[{text:"实付款:"},{type:"money",money:"￥99.00"}]`: a label element followed by its value. */
function visitArray(ctx: WalkContext, arr: Json[]): void {
  for (let i = 0; i + 1 < arr.length && i < 200; i++) {
    const el = arr[i];
    if (!isObject(el) || labelOf(el)) continue;
    const text = typeof el.text === 'string' ? el.text : typeof el.value === 'string' ? el.value : null;
    if (!text || text.length > 16 || !/[:：]\s*$/.test(text)) continue;
    applyLabel(ctx, text, flattenText(arr[i + 1]), 'sequence');
  }
}

/**
 * Breadth-first walk of one order's JSON (a `mainOrders[i]`, or a whole detail page's data). Shallow evidence is
 * seen first, so the main order's id wins over a sub-order's. Bounded by node count; never recurses.
 */
export function readOrderFacts(roots: readonly Json[], base: URL, counter: WorkCounter): JsonOrderFacts {
  const facts: JsonOrderFacts = { items: [], shipments: [], listStrategies: {} };
  const ctx: WalkContext = {
    facts,
    base,
    symbol: '￥',
    currency: 'CNY',
    seenItems: new Set(),
    seenTracking: new Set(),
  };
  const consumed = new Set<JsonObject>();
  for (const root of roots) {
    if (isObject(root)) {
      // List orders state their currency (extra.currency / currencySymbol); Taobao's default is CNY.
      const extra = root.extra;
      if (isObject(extra)) {
        if (typeof extra.currencySymbol === 'string' && extra.currencySymbol.length <= 3)
          ctx.symbol = extra.currencySymbol;
        if (typeof extra.currency === 'string' && /^[A-Z]{3}$/.test(extra.currency)) ctx.currency = extra.currency;
      }
    }
    const queue: QueueEntry[] = [{ value: root, key: '', depth: 0 }];
    let head = 0;
    let visited = 0;
    while (head < queue.length && visited < MAX_NODES) {
      // (Always an entry: head < queue.length.)
      const { value, key, depth } = queue[head++] as QueueEntry;
      visited++;
      counter.steps++;
      if (typeof value === 'string') {
        // Only status headings (and other HTML headings) are queued (see queued()).
        offer(facts, 'status', orderStateHeading(value), 'json:status-text', 3);
        continue;
      }
      if (Array.isArray(value)) {
        visitArray(ctx, value);
        for (const v of value) if (queued(v)) queue.push({ value: v, key, depth: depth + 1 });
      } else if (isObject(value)) {
        visitObject(ctx, value, key, depth, consumed, queue);
      }
      // Drop processed entries now and then so a huge page does not keep the whole queue alive.
      if (head > 4096 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
    }
  }
  if (facts.shop && /旗舰店|专卖店|专营店|天猫/.test(foldTaobaoText(facts.shop.value)))
    facts.tmallHint ??= 'json:shop-name';
  return facts;
}

/** The `mainOrders` array of a list page's data, wherever it sits (seen at the top level 2016–2025). */
export function findMainOrders(values: readonly Json[]): Json[] | null {
  for (const v of values) {
    if (!isObject(v)) continue;
    if (Array.isArray(v.mainOrders)) return v.mainOrders;
    for (const inner of Object.values(v)) {
      if (isObject(inner) && Array.isArray(inner.mainOrders)) return inner.mainOrders;
    }
  }
  return null;
}
