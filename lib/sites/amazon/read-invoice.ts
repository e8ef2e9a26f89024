import type { ExtractedItem, ExtractedOrder } from '../../extract/types';
import { type AmazonPageContext, builtDetailUrl, detailUrlFor, note, setField, startOrder } from './context';
import { ORDER_CANCELLED_HEADING, ORDER_NUMBER_LABEL, SOLD_BY_WORDS } from './labels';
import { findAmazonOrderId, orderIdFromHref } from './order-id';
import { parseAmazonDate } from './parse-date';
import { readItems } from './read-items';
import { labelledValue } from './read-labelled-text';
import { dateAndNumberItems, detailDate, detailTotal } from './read-order-detail';
import { collectSellers, setSellers } from './read-sellers';
import { textChunks, visibleText } from './visible-text';

// "2 of: Product title Sold by: …" — an invoice item cell (print.html, 2010–2025); the seller line and what follows
// are not part of the title, nor is a "Condition: New" line (before the seller on .it, 2017). Whole Foods weighs:
// "2 (1.04 lb) of:" (2 of them), "2.07 lb of:" (no count; 2020). German "1 Exemplar(e) von:" (2018), Italian
// "2 di:" (2017), and the other storefronts' word for "of" (fr/es/pt "de", nl "van", sv "av", pl "z", tr "adet"),
// also after a counted noun like the German one ("exemplaire(s) de"). amazon.co.jp counts without a colon: "2 点 <i>…</i>"
// (its receipt userscript furyutei/amzOrderHistoryFilter strips /^(\d+)\s*点\s*,?\s*/).
const ITEM_LINE =
  /^(?:(\d{1,3})(?:\s*\([^()]{1,20}\))?|\d{1,4}(?:[.,]\d{1,3})?\s*(?:lbs?|kg|g|oz))\s*(?:[a-zà-ÿ]+\([a-z]{1,2}\)\s*)?(?:(?:of|x|×|von|di|de|van|av|z|adet)\s*:|点,?)\s*(.+)$/i;
/**
 * Where the title ends: the line after it, a seller's (the seller labels, capitalised as a line starts) or a condition.
 * Case-sensitive: a title may say "sold by the pound".
 */
const AFTER_TITLE = new RegExp(
  String.raw`\s+(?:(?:${SOLD_BY_WORDS.join('|')
    .split('|')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('|')})(?![A-Za-z])|(?:Condition|Zustand|Condizione|État|Estado)\s*:).*$`,
);

/**
 * The printable invoice (`/gp/css/summary/print.html`, digital `order-summary.html?print=1`): a plain
 * table page without stable classes, so every field is read after its label ("Order Placed:",
 * "Amazon.com order number:", "Order Total:"/"Grand Total:").
 */
export function readInvoice(ctx: AmazonPageContext, doc: Document): ExtractedOrder | null {
  if (!doc.body) return null;
  const chunks = textChunks(doc.body);
  const labelled = labelledValue(chunks, ORDER_NUMBER_LABEL, (t) => findAmazonOrderId(t.slice(0, 60)));
  const fromUrl = orderIdFromHref(ctx.url.href);
  const order = startOrder(
    ctx,
    labelled
      ? { value: labelled, strategy: 'order-number-label' }
      : fromUrl && chunks.some((c) => c.includes(fromUrl))
        ? { value: fromUrl, strategy: 'url-confirmed-by-text' }
        : null,
  );
  if (!order) return null;
  const { orderId } = order;

  // The printable summary of 2026 (printOD) is built like a detail page: its date in its own block (orderDate, beside
  // an orderDateLabel) and the grand total as the bold row of its charge summary. Read there first, as on a detail page,
  // so its date and total do not hang on the label words of the page's UI language (a language whose dates are read
  // but whose labels are not in labels.ts, e.g. Hindi on amazon.in, Korean or Hebrew on amazon.com, gave neither);
  // the table invoices before it have neither block and are read by their labels, as before.
  const body = doc.body;
  // A table invoice in a UI language whose date label no list holds (Hindi on amazon.in): its first date is the order's.
  // Every known table layout (2010–2025, digital summaries, amazon.co.jp) prints the order date in its header, above
  // the shipments' and payments' dates ("Order Placed:", "Digital Order:", 注文日：).
  let date = detailDate(ctx, dateAndNumberItems(body), () => chunks);
  for (let i = 0; !date && i < chunks.length; i++) {
    const value = parseAmazonDate(chunks[i] ?? '', ctx.language);
    if (value) date = { value, strategy: 'first-date-on-invoice' };
  }
  setField(ctx, order, 'orderDate', date);
  setField(
    ctx,
    order,
    'total',
    detailTotal(ctx, body, () => chunks),
  );

  const items: ExtractedItem[] = [];
  for (const cell of doc.body.querySelectorAll('td')) {
    // Only innermost cells: an outer layout cell's text also starts with other lines.
    if (cell.querySelector('td')) continue;
    const m = ITEM_LINE.exec(visibleText(cell));
    // A title can end outside its <i> ("<i>…Watch</i>, classic", 2016): no space before that comma.
    const title = m?.[2]
      ?.replace(AFTER_TITLE, '')
      .trim()
      .replace(/ ([,;])/g, '$1');
    if (title) items.push(m?.[1] ? { title, quantity: Number(m[1]) } : { title });
  }
  // Without "N of:" lines (a digital order's printable summary, 2016–2020), the items are its product links.
  const linked = items.length ? null : readItems(ctx, doc.body);
  order.items = linked?.value ?? items;
  note(ctx, orderId, 'items', linked?.strategy ?? (items.length ? 'quantity-of-line' : null));
  const sellers = new Set<string>();
  collectSellers(chunks, sellers);
  setSellers(ctx, order, sellers);
  // A cancelled digital order's summary says so in its heading; other invoices show no status (not noted as a miss).
  const cancelled = chunks.find((c) => ORDER_CANCELLED_HEADING.test(c));
  if (cancelled) setField(ctx, order, 'status', { value: cancelled, strategy: 'cancelled-heading' });
  setField(ctx, order, 'detailUrl', builtDetailUrl(ctx, orderId));
  return order;
}

/** Help, "problem with order" and "View your item" pages name their order only in the URL (`?orderId=`). */
export function readHelpPage(ctx: AmazonPageContext): ExtractedOrder | null {
  const orderId = orderIdFromHref(ctx.url.href);
  const order = startOrder(ctx, orderId ? { value: orderId, strategy: 'url-order-id' } : null);
  if (order) order.detailUrl = detailUrlFor(ctx, order.orderId);
  return order;
}
