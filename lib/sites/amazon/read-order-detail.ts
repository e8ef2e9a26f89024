import type { ExtractedOrder, Money } from '../../extract/types';
import { type AmazonPageContext, allMatches, builtDetailUrl, firstMatch, note, setField, startOrder } from './context';
import { ORDER_CANCELLED_HEADING, ORDER_DATE_LABEL, ORDER_NUMBER_LABEL, REFUND_LABEL } from './labels';
import { findAmazonOrderId, orderIdFromHref } from './order-id';
import { parseAmazonDate } from './parse-date';
import { parseAmazonMoney } from './parse-money';
import { readItems } from './read-items';
import { labelledTotal, labelledValue } from './read-labelled-text';
import { collectSellers, setSellers } from './read-sellers';
import { readShipments } from './read-shipments';
import {
  DETAIL_CANCELLED,
  DETAIL_DATE_AND_NUMBER,
  DETAIL_ORDER_NUMBER_BLOCK,
  DETAIL_ROOT,
  DETAIL_SUBTOTALS,
} from './selectors';
import { textChunks, visibleText } from './visible-text';

interface Read<T> {
  value: T;
  strategy: string;
}

/**
 * The "Ordered on …" / "Order# …" items at the top of a detail page, from the first strategy that matches (one
 * query when the classic items are there); the data-component block's items are its `<span>`s.
 */
export function dateAndNumberItems(root: Element): Read<Element[]> {
  const found = allMatches(root, DETAIL_DATE_AND_NUMBER);
  if (!found) return { value: [], strategy: '' };
  const spans = found.strategy !== DETAIL_DATE_AND_NUMBER[0];
  return {
    value: spans ? found.value.flatMap((b) => [...b.querySelectorAll('span')]) : found.value,
    strategy: found.strategy,
  };
}

/** The number the detail page itself shows ("Order# 112-…" at the top), else a labelled one. */
function detailOrderId(
  ctx: AmazonPageContext,
  root: Element,
  items: Read<Element[]>,
  chunks: () => string[],
): Read<string> | null {
  for (const item of items.value) {
    const text = visibleText(item);
    if (!ORDER_NUMBER_LABEL.test(text) && !item.querySelector('bdi') && !item.closest(DETAIL_ORDER_NUMBER_BLOCK))
      continue;
    const id = findAmazonOrderId(text);
    if (id) return { value: id, strategy: items.strategy };
  }
  const labelled = labelledValue(chunks(), ORDER_NUMBER_LABEL, (t) => findAmazonOrderId(t.slice(0, 60)));
  if (labelled) return { value: labelled, strategy: 'order-number-label' };
  // The URL's number, when the page confirms it: a link on the page (invoice, archive, support)
  // carries the same number. A page that mentions it nowhere is not trusted (e.g. an error page).
  const fromUrl = orderIdFromHref(ctx.url.href);
  if (fromUrl) {
    for (const a of root.querySelectorAll('a[href*="rderI"]')) {
      if (orderIdFromHref(a.getAttribute('href'), ctx.url.href) === fromUrl) {
        return { value: fromUrl, strategy: 'url-confirmed-by-link' };
      }
    }
  }
  return null;
}

export function detailDate(
  ctx: AmazonPageContext,
  items: Read<Element[]>,
  chunks: () => string[],
): Read<string> | null {
  for (const item of items.value) {
    const date = parseAmazonDate(visibleText(item), ctx.language);
    if (date) return { value: date, strategy: items.strategy };
  }
  const labelled = labelledValue(chunks(), ORDER_DATE_LABEL, (t) => parseAmazonDate(t, ctx.language));
  return labelled ? { value: labelled, strategy: 'order-date-label' } : null;
}

/**
 * The grand total: in the subtotals block, the bold row (Amazon sets the grand total in bold, 2018–2026), else the
 * row whose label says grand total, else a labelled total anywhere on the page. A refund's total is set in bold too,
 * below the order's ("Refund Total", amazon.ca 2024; "Summe der Erstattung", amazon.de 2026): a bold amount whose bold
 * label (or its own text) names a refund is skipped, wherever the refund rows sit.
 */
export function detailTotal(ctx: AmazonPageContext, root: Element, chunks: () => string[]): Read<Money> | null {
  const block = firstMatch(root, DETAIL_SUBTOTALS);
  if (block) {
    let label = '';
    for (const bold of block.value.querySelectorAll('.a-text-bold')) {
      const text = visibleText(bold);
      const money = parseAmazonMoney(text, ctx.currency);
      if (!money) label = text;
      else if (!REFUND_LABEL.test(`${label} ${text}`)) return { value: money, strategy: `${block.strategy}:bold-row` };
      else label = '';
    }
    const rows = textChunks(block.value);
    const labelled = labelledTotal(rows, ctx.currency);
    if (labelled) return { value: labelled, strategy: `${block.strategy}:total-label` };
  }
  const labelled = labelledTotal(chunks(), ctx.currency);
  return labelled ? { value: labelled, strategy: 'order-total-label' } : null;
}

/**
 * An order-detail page (classic 2018–2024, data-component 2024, digital summaries), or null when the
 * page shows no order number (e.g. a sign-in or error page served under the detail URL).
 */
export function readOrderDetail(ctx: AmazonPageContext, doc: Document): ExtractedOrder | null {
  const rootMatch = firstMatch(doc, DETAIL_ROOT);
  const root = rootMatch?.value ?? doc.body;
  if (!root) return null;
  note(ctx, undefined, 'detailRoot', rootMatch?.strategy ?? null);
  let cache: string[] | null = null;
  const chunks = () => {
    cache ??= textChunks(root);
    return cache;
  };

  const dateAndNumber = dateAndNumberItems(root);
  const id = detailOrderId(ctx, root, dateAndNumber, chunks);
  const order = startOrder(ctx, id);
  if (!order) return null;
  const { orderId } = order;

  const date = detailDate(ctx, dateAndNumber, chunks);
  setField(ctx, order, 'orderDate', date);

  const total = detailTotal(ctx, root, chunks);
  setField(ctx, order, 'total', total);

  // A digital summary is a table page (2010–2020): no item rows, so its "Sold By:" lines and its "Order Canceled"
  // heading are read from the page's text, as on the printable form of the same page.
  const digitalSummary = ctx.url.pathname.includes('order-summary.html');
  const sellers = new Set<string>();
  setField(ctx, order, 'items', readItems(ctx, root, sellers));
  const { found: shipments, status: shipmentStatus } = readShipments(ctx, root);
  setField(ctx, order, 'shipments', shipments);
  if (!sellers.size && digitalSummary) collectSellers(chunks(), sellers);
  setSellers(ctx, order, sellers);

  const cancelledText =
    visibleText(firstMatch(root, DETAIL_CANCELLED)?.value) ||
    (digitalSummary ? chunks().find((c) => ORDER_CANCELLED_HEADING.test(c)) : '') ||
    '';
  const status = cancelledText || shipmentStatus;
  setField(
    ctx,
    order,
    'status',
    status ? { value: status, strategy: cancelledText ? 'cancelled-component' : 'first-shipment-status' } : null,
  );

  // The page's URL, unless it names another order (a redirect, a stale link): then the order's own detail page.
  const own = ctx.url.href.includes(orderId);
  setField(ctx, order, 'detailUrl', own ? { value: ctx.url.href, strategy: 'page-url' } : builtDetailUrl(ctx, orderId));
  return order;
}
