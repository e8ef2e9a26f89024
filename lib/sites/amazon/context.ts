import type { ExtractedOrder } from '../../extract/types';
import type { ExtractionDiagnostic } from '../types';
import type { AmazonMarketplace } from './marketplaces';
import { isAmazonOrderId } from './order-id';
import type { SelectorStrategy } from './selectors';

/** What every reader needs to know about the page it reads. */
export interface AmazonPageContext {
  url: URL;
  marketplace: AmazonMarketplace | null;
  /** ISO 4217 currency used when a price shows no symbol. */
  currency: string;
  /** BCP 47 language of the storefront (decides numeric date order). */
  language: string;
  diagnostics: ExtractionDiagnostic[];
}

export function note(
  ctx: AmazonPageContext,
  orderId: string | undefined,
  field: string,
  strategy: string | null,
): void {
  ctx.diagnostics.push(orderId === undefined ? { field, strategy } : { orderId, field, strategy });
}

/**
 * The order whose number a reader found, with no fields yet, and the number's strategy noted; null when it found none
 * (or nothing order-shaped), noted as the page's miss.
 */
export function startOrder(ctx: AmazonPageContext, id: Found<string> | null): ExtractedOrder | null {
  if (!id || !isAmazonOrderId(id.value)) {
    note(ctx, undefined, 'orderId', null);
    return null;
  }
  note(ctx, id.value, 'orderId', id.strategy);
  return { orderId: id.value, items: [], shipments: [] };
}

/** Sets an order field from what a reader found, and notes which strategy found it (or the miss). */
export function setField<K extends Exclude<keyof ExtractedOrder, 'orderId'>>(
  ctx: AmazonPageContext,
  order: ExtractedOrder,
  field: K,
  found: Found<ExtractedOrder[K]> | null,
): void {
  if (found) order[field] = found.value;
  note(ctx, order.orderId, field, found?.strategy ?? null);
}

/** The page Amazon shows an order on: digital orders (`D01-…`) have their own summary page. */
export function detailUrlFor(ctx: AmazonPageContext, orderId: string): string {
  const path = /^D\d\d-/.test(orderId)
    ? '/gp/digital/your-account/order-summary.html'
    : '/gp/your-account/order-details';
  return `${ctx.url.origin}${path}?orderID=${encodeURIComponent(orderId)}`;
}

/** {@link detailUrlFor}, as a reader's find: where the page links to no detail page of its own. */
export function builtDetailUrl(ctx: AmazonPageContext, orderId: string): Found<string> {
  return { value: detailUrlFor(ctx, orderId), strategy: 'built-from-order-id' };
}

export interface Found<T> {
  value: T;
  strategy: string;
}

/** First element matched by the first strategy that matches anything under `scope`. */
export function firstMatch(scope: ParentNode, strategies: readonly SelectorStrategy[]): Found<Element> | null {
  for (const s of strategies) {
    const el = scope.querySelector(s);
    if (el) return { value: el, strategy: s };
  }
  return null;
}

/** All elements of the first strategy that matches anything under `scope`, nested matches collapsed. */
export function allMatches(scope: ParentNode, strategies: readonly SelectorStrategy[]): Found<Element[]> | null {
  for (const s of strategies) {
    // A selector list is asked one selector at a time: Chromium matches a list on a slow path, several times the
    // cost of its parts (2026-11). Hits of several parts are put back in document order.
    // A lone part's node list is read as it is: spreading it (the iterator protocol, a binding call per element)
    // cost a quarter of finding a card's items and boxes (2026-11, Chromium).
    let list: ArrayLike<Element> = [];
    for (const part of s.split(', ')) {
      const found = scope.querySelectorAll(part);
      if (!found.length) continue;
      list = list.length
        ? [...(list as Element[]), ...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1))
        : found;
    }
    if (list.length) return { value: outermost(list), strategy: s };
  }
  return null;
}

/** Drops elements contained in another element of the list (the list is in document order). */
export function outermost(elements: ArrayLike<Element>): Element[] {
  const out: Element[] = [];
  let last: Element | null = null;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i] as Element;
    if (last?.contains(el)) continue;
    out.push(el);
    last = el;
  }
  return out;
}
