import type { ExtractedOrder, Money } from '../../extract/types';
import { absoluteHttpsUrl } from '../https-url';
import { type AmazonPageContext, builtDetailUrl, firstMatch, setField, startOrder } from './context';
import { ORDER_DATE_LABEL, ORDER_NUMBER_LABEL } from './labels';
import { findAmazonOrderId, orderIdFromHref } from './order-id';
import { parseAmazonDate } from './parse-date';
import { parseAmazonMoney } from './parse-money';
import { readItems } from './read-items';
import { readShipments } from './read-shipments';
import { CARD_DETAILS_LINK, CARD_HEADER, CARD_ORDER_ID, CARD_TOTAL } from './selectors';
import { TextChunks, visibleText } from './visible-text';

interface Read<T> {
  value: T;
  strategy: string;
}

/**
 * How many text pieces of a card's header are read at most (a header is about 10; a headerless card is all). They are
 * read lazily: the date comes early.
 */
const HEADER_PIECES = 80;

/** Order number of a card: its order-number element, else an "Order #" label in the header text. */
function cardOrderId(card: Element, headerChunks: TextChunks): Read<string> | null {
  const el = firstMatch(card, CARD_ORDER_ID);
  if (el) {
    const id = findAmazonOrderId(visibleText(el.value));
    if (id) return { value: id, strategy: el.strategy };
  }
  // "Order #" label followed (in the same or the next text piece) by the number.
  for (let i = 0, chunk = headerChunks.at(0); chunk !== undefined; chunk = headerChunks.at(++i)) {
    const m = ORDER_NUMBER_LABEL.exec(chunk);
    if (!m) continue;
    const rest = chunk.slice(m.index + m[0].length);
    const id = findAmazonOrderId(rest) ?? findAmazonOrderId(headerChunks.at(i + 1) ?? '');
    if (id) return { value: id, strategy: 'order-number-label' };
  }
  return null;
}

/** The header's date: the first text piece that reads as a full date (any storefront language). */
function headerDate(ctx: AmazonPageContext, chunks: TextChunks): Read<string> | null {
  for (let i = 0, chunk = chunks.at(0); chunk !== undefined; chunk = chunks.at(++i)) {
    const date = parseAmazonDate(chunk, ctx.language);
    if (!date) continue;
    // The piece before the date first: the label regex finds a label there at its start, where it tries every position
    // of the date piece (2026-12).
    const labelled = ORDER_DATE_LABEL.test(chunks.at(i - 1) ?? '') || ORDER_DATE_LABEL.test(chunk);
    return { value: date, strategy: labelled ? 'header-date-labelled' : 'header-date-value' };
  }
  return null;
}

/**
 * A mobile web list tile (2025–2026) draws no order date, but the aria-label of its link to "View your item" names it
 * after its label ("テスト商品, 注文日 2026年8月20日", as a public amazon.co.jp parser of those tiles reads it). Only a date
 * after an order-date label: the tile's other aria-label form is its delivery line ("テスト商品, 8月21日にお届け済み").
 */
function linkLabelDate(ctx: AmazonPageContext, card: Element): Read<string> | null {
  for (const link of card.querySelectorAll('a[aria-label]')) {
    const text = link.getAttribute('aria-label') ?? '';
    const m = ORDER_DATE_LABEL.exec(text);
    const date = m ? parseAmazonDate(text.slice(m.index + m[0].length), ctx.language) : null;
    if (date) return { value: date, strategy: 'link-aria-label-date' };
  }
  return null;
}

/** The header's total: the classic total cell, else the first text piece that is only a price. */
function headerTotal(ctx: AmazonPageContext, card: Element, chunks: TextChunks): Read<Money> | null {
  const cell = firstMatch(card, CARD_TOTAL);
  if (cell) {
    const pieces = new TextChunks(cell.value);
    // Index loops, not an iterator: a generator per card costs more than the header's few pieces (2026-11).
    for (let i = 0, piece = pieces.at(0); piece !== undefined; piece = pieces.at(++i)) {
      const money = parseAmazonMoney(piece, ctx.currency);
      if (money) return { value: money, strategy: cell.strategy };
    }
  }
  for (let i = 0, chunk = chunks.at(0); chunk !== undefined; chunk = chunks.at(++i)) {
    // A symbol or code is required here: a bare number in the header is a postcode or a count.
    const money = parseAmazonMoney(chunk, ctx.currency, { requireCurrency: true });
    if (money) return { value: money, strategy: 'header-price-value' };
  }
  return null;
}

function detailUrlOf(ctx: AmazonPageContext, card: Element, orderId: string): Read<string> {
  const link = firstMatch(card, CARD_DETAILS_LINK);
  const href = link?.value.getAttribute('href');
  const url = link ? absoluteHttpsUrl(href, ctx.url) : undefined;
  // A link that names another order (a "related orders" or "buy it again" box in a card without a details link of its
  // own) is not this order's page. The card's own link holds its number: parsed only when it does not (a URL parse per
  // card is a twentieth of a list's extraction).
  const named = href && !href.includes(orderId) ? orderIdFromHref(href, ctx.url.href) : null;
  if (link && url && (!named || named === orderId)) return { value: url, strategy: link.strategy };
  // Cancelled orders (2025-07) have no details link; Amazon's canonical detail URL still opens them.
  return builtDetailUrl(ctx, orderId);
}

/** One order card of an order list (every card layout 2010–2025), or null when it shows no order number. */
export function readOrderCard(ctx: AmazonPageContext, card: Element): ExtractedOrder | null {
  const header = firstMatch(card, CARD_HEADER);
  const headerChunks = new TextChunks(header?.value ?? card, HEADER_PIECES);
  let id = cardOrderId(card, headerChunks);
  if (!id) {
    // Last resort: the card's own "View order details"/invoice link carries the number.
    const link = card.querySelector('a[href*="orderID="], a[href*="orderId="]');
    const fromLink = orderIdFromHref(link?.getAttribute('href'), ctx.url.href);
    if (fromLink) id = { value: fromLink, strategy: 'card-link-order-id' };
  }
  const order = startOrder(ctx, id);
  if (!order) return null;
  const { orderId } = order;

  const date = headerDate(ctx, headerChunks) ?? linkLabelDate(ctx, card);
  setField(ctx, order, 'orderDate', date);

  const total = headerTotal(ctx, header?.value ?? card, headerChunks);
  setField(ctx, order, 'total', total);

  setField(ctx, order, 'items', readItems(ctx, card));
  const { found: shipments, status } = readShipments(ctx, card);
  setField(ctx, order, 'shipments', shipments);
  setField(
    ctx,
    order,
    'status',
    status ? { value: status, strategy: shipments ? 'first-shipment-status' : 'card-status' } : null,
  );
  setField(ctx, order, 'detailUrl', detailUrlOf(ctx, card, orderId));
  return order;
}
