import { type EmbeddedJson, findEmbeddedJsonInDocument, type WorkCounter } from '../../extract/embedded-json';
import type { ExtractedOrder, PageKind } from '../../extract/types';
import type { ExtractionDiagnostic, SiteExtraction, SiteMatch } from '../types';
import {
  type DomExtraction,
  type DomOrder,
  extractListFromDom,
  extractSingleFromDom,
  type SingleField,
} from './dom-orders';
import { findMainOrders, type JsonOrderFacts, readOrderFacts } from './json-orders';
import { isOrderId, parsedHttpsUrl } from './normalize';
import { EMBEDDED_DATA_NAMES, ORDER_ID_URL_PARAMS, SNAPSHOT_PATH } from './selectors';

type ListField = 'items' | 'shipments';
/** The fields that hold one value, filled the same way from JSON facts and from the DOM. */
const SINGLE_FIELDS: readonly SingleField[] = ['orderDate', 'total', 'shop', 'status', 'detailUrl'];
const LIST_FIELDS: readonly ListField[] = ['items', 'shipments'];
/** Every field, in the order the diagnostics list them. */
const FIELDS: readonly (SingleField | ListField)[] = [
  'orderDate',
  'total',
  'shop',
  'status',
  'items',
  'shipments',
  'detailUrl',
];

/** An order from either source, with how each field was found: the DOM reader's shape. */
type Candidate = DomOrder;

/**
 * Extracts a Taobao/Tmall page: embedded JSON first (the pages render client-side from it), visible text to fill
 * gaps and as the whole answer when there is no JSON. Never throws: a broken page gives no orders and diagnostics
 * that say so. `counter` counts work (characters scanned, nodes visited) for the linearity tests.
 */
export function extractTaobaoPage(
  doc: Document,
  url: URL,
  site: SiteMatch,
  pageKind: PageKind,
  counter: WorkCounter = { steps: 0 },
): SiteExtraction {
  try {
    return extractUnsafe(doc, url, site, pageKind, counter);
  } catch {
    return { orders: [], diagnostics: [{ field: 'orders', strategy: null }] };
  }
}

function extractUnsafe(
  doc: Document,
  url: URL,
  site: SiteMatch,
  pageKind: PageKind,
  counter: WorkCounter,
): SiteExtraction {
  const diagnostics: ExtractionDiagnostic[] = [];
  if (pageKind !== 'order-list' && pageKind !== 'order-detail' && pageKind !== 'tracking') {
    return { orders: [], diagnostics };
  }
  const embedded = preferNamed(findEmbeddedJsonInDocument(doc, { counter }));
  const values = embedded.map((e) => e.value).filter((v) => typeof v === 'object' && v !== null);

  let candidates: Candidate[];
  let listStrategy: string | null;
  if (pageKind === 'order-list') {
    const mainOrders = findMainOrders(values);
    const fromJson = (mainOrders ?? []).flatMap((o) => fromFacts(readOrderFacts([o], url, counter)) ?? []);
    const dom = extractListFromDom(doc, url, counter);
    // The list pages by AJAX without a reload, so after "next page" the embedded JSON still holds the first page:
    // rendered rows sharing no order with it are what the shopper sees, and the JSON's orders are gone from view.
    const shown = new Set(dom.orders.map((o) => o.order.orderId));
    const stale = dom.orders.length > 0 && fromJson.length > 0 && !fromJson.some((c) => shown.has(c.order.orderId));
    if (stale) diagnostics.push({ field: 'embeddedOrders', strategy: 'stale-after-paging' });
    const json = stale ? [] : fromJson;
    candidates = mergeAll(json, dom);
    listStrategy = json.length > 0 ? 'json:mainOrders' : dom.strategy;
  } else {
    const idHint = idFromUrl(url);
    const facts = values.length > 0 ? readOrderFacts(values, url, counter) : null;
    const fromJson = facts ? fromFacts(facts, idHint) : null;
    const dom = extractSingleFromDom(doc, url, idHint, counter, pageKind === 'order-detail');
    const merged = mergeAll(fromJson ? [fromJson] : [], dom);
    candidates = merged.slice(0, 1);
    listStrategy = fromJson ? 'json:embedded' : dom.strategy;
    const only = candidates[0];
    if (only && pageKind === 'order-detail' && !only.order.detailUrl) {
      const self = parsedHttpsUrl(url.href, url);
      if (self) {
        only.order.detailUrl = self;
        only.strategies.detailUrl = 'url:page';
      }
    }
  }

  diagnostics.push({ field: 'orders', strategy: candidates.length > 0 ? listStrategy : null });
  for (const c of candidates) {
    const orderId = c.order.orderId;
    diagnostics.push({ orderId, field: 'orderId', strategy: c.strategies.orderId ?? null });
    for (const field of FIELDS) diagnostics.push({ orderId, field, strategy: c.strategies[field] ?? null });
    // The list mixes Taobao and Tmall orders under one host; the page's platform stays, the order is flagged.
    if (c.tmallHint && site.platform === 'taobao')
      diagnostics.push({ orderId, field: 'tmallShop', strategy: c.tmallHint });
  }
  return { orders: candidates.map((c) => c.order), diagnostics };
}

/** Values under the page's known data names first, so `data`/`detailData` beat incidental globals (sorted in place). */
function preferNamed(found: EmbeddedJson[]): EmbeddedJson[] {
  const rank = (e: EmbeddedJson): number => {
    const i = e.name ? EMBEDDED_DATA_NAMES.indexOf(e.name) : -1;
    return i >= 0 ? i : EMBEDDED_DATA_NAMES.length;
  };
  return found.sort((a, b) => rank(a) - rank(b));
}

export function idFromUrl(url: URL): { id: string; strategy: string } | undefined {
  if (SNAPSHOT_PATH.test(url.pathname)) return undefined;
  for (const param of ORDER_ID_URL_PARAMS) {
    const v = url.searchParams.get(param)?.trim();
    if (v && isOrderId(v)) return { id: v, strategy: `url:${param}` };
  }
  return undefined;
}

/**
 * A detail or logistics page's URL names the order it is about, so its id beats a different one in the data (a
 * sub-order's, a related order's), as it beats a 订单号 in the page's text (extractSingleFromDom).
 */
function fromFacts(f: JsonOrderFacts, idHint?: { id: string; strategy: string }): Candidate | null {
  const json = f.orderId;
  const id =
    json && (!idHint || json.value === idHint.id) ? json : idHint && { value: idHint.id, strategy: idHint.strategy };
  if (!id) return null;
  const order: ExtractedOrder = { orderId: id.value, items: f.items, shipments: f.shipments };
  const strategies: Candidate['strategies'] = { ...f.listStrategies, orderId: id.strategy };
  for (const field of SINGLE_FIELDS) {
    const found = f[field];
    if (!found) continue;
    (order as Record<SingleField, unknown>)[field] = found.value;
    strategies[field] = found.strategy;
  }
  for (const s of f.shipments) {
    if (!s.trackingUrl) {
      s.trackingUrl = f.logisticsUrl ?? `https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=${id.value}`;
    }
  }
  return { order, strategies, tmallHint: f.tmallHint };
}

/** JSON candidates in page order, each gap filled from the DOM order with the same id; DOM-only orders appended. */
function mergeAll(fromJson: Candidate[], dom: DomExtraction): Candidate[] {
  const domById = new Map(dom.orders.map((d) => [d.order.orderId, d]));
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of fromJson) {
    if (seen.has(c.order.orderId)) continue;
    seen.add(c.order.orderId);
    const d =
      domById.get(c.order.orderId) ?? (fromJson.length === 1 && dom.orders.length === 1 ? dom.orders[0] : undefined);
    if (d) fillGaps(c, d);
    out.push(c);
  }
  for (const d of dom.orders) if (!seen.has(d.order.orderId) && seen.add(d.order.orderId)) out.push(d);
  return out;
}

function fillGaps(c: Candidate, dom: DomOrder): void {
  const o = c.order;
  const d = dom.order;
  for (const field of SINGLE_FIELDS) {
    if (o[field] || !d[field]) continue;
    (o as Record<SingleField, unknown>)[field] = d[field];
    c.strategies[field] = dom.strategies[field];
  }
  for (const field of LIST_FIELDS) {
    if (o[field].length > 0 || d[field].length === 0) continue;
    (o as Record<ListField, unknown>)[field] = d[field];
    c.strategies[field] = dom.strategies[field];
  }
  // Same shipment seen in both: the visible carrier name and state fill a JSON shipment that lacked them.
  for (const s of o.shipments) {
    const twin = d.shipments.find((t) => t.trackingId === s.trackingId);
    if (twin?.carrier && !s.carrier) s.carrier = twin.carrier;
    if (twin?.status && !s.status) s.status = twin.status;
  }
}
