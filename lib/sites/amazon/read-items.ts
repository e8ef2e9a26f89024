import type { ExtractedItem } from '../../extract/types';
import { absoluteHttpsUrl } from '../https-url';
import { type AmazonPageContext, allMatches, type Found, firstMatch } from './context';
import { parseAmazonMoney } from './parse-money';
import { collectSellers } from './read-sellers';
import {
  GRID_ROW_QUANTITY,
  ITEM,
  ITEM_CELL,
  ITEM_QUANTITY,
  ITEM_QUANTITY_SLOT,
  ITEM_ROW,
  ITEM_TITLE_COMPONENT,
  PRODUCT_LINK,
  RECOMMENDATION_WIDGET,
} from './selectors';
import { TextChunks, textChunks, visibleText } from './visible-text';

/** A product link's ASIN; a Prime Video title's is either an ASIN or its own id (amzn1.dv.gti.<uuid>, 2025). */
const PRODUCT_HREF = /\/(?:dp|gp\/product|gp\/video\/detail)\/([A-Z0-9]{10}|amzn1\.dv\.gti\.[\da-f-]{36})/i;
const QUANTITY_WORDS = 'qty|quantity|menge|anzahl|quantité|quantità|cantidad|quantidade|aantal|antal|ilość|adet|数量';
const QUANTITY_IN_TEXT = new RegExp(
  `(?:^(\\d{1,3})\\s*(?:of|x|×)\\s*:?|(?:${QUANTITY_WORDS})\\s*[:：]?\\s*(\\d{1,3}))`,
  'i',
);
/**
 * QUANTITY_IN_TEXT's words, looked for in an item cell's raw `textContent` (one native read, a superset of its visible
 * text) before that text is walked; its other form needs the cell's first piece to start with a digit. Most cells
 * have neither (2026-11: no cell of the 104 saved list and detail pages), and the walk was a fifth of a list's
 * extraction.
 */
const QUANTITY_WORD = new RegExp(QUANTITY_WORDS, 'i');
const STARTS_WITH_DIGIT = /^\d/;

/** The quantity a cell's own text states ("2 of: …", "Qty: 2"), or undefined. */
function quantityInCellText(cell: Element): number | undefined {
  const chunks = new TextChunks(cell);
  if (!STARTS_WITH_DIGIT.test(chunks.at(0) ?? '') && !QUANTITY_WORD.test(cell.textContent ?? '')) return undefined;
  return quantityIn(chunks.all().join(' '));
}

function quantityIn(text: string): number | undefined {
  const m = QUANTITY_IN_TEXT.exec(text);
  const n = m ? Number(m[1] ?? m[2]) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function productLink(el: Element): Element | null {
  if (el.tagName === 'A') return el;
  const inner = el.querySelector('a[href]');
  if (inner) return inner;
  return el.closest('a[href]');
}

function quantityOf(row: Element | null, slot: boolean): number | undefined {
  // The badge sits in the image column next to the title, so look in the item's row.
  const badge = row
    ? (firstMatch(row, ITEM_QUANTITY)?.value ??
      (slot ? row.querySelector(ITEM_QUANTITY_SLOT) : null) ??
      (row.id.endsWith('-item-grid-row') ? row.querySelector(GRID_ROW_QUANTITY) : null))
    : null;
  if (badge) {
    // The first number: a badge is a bare "2", the data-component slot "Qty: 2" / "Menge: 2".
    const n = Number(/\d+/.exec(visibleText(badge))?.[0]);
    if (Number.isInteger(n) && n > 0) return n;
  }
  return undefined;
}

/**
 * Items under `scope` (a card, a shipment box or a detail page). The title is the product link's text
 * (or the title element's); quantity is the badge Amazon shows next to the image, 1 when there is none
 * (the badge only appears for 2 or more, 2010–2025 layouts), or "2 of:" / "Qty: 2" in the item text. With `sellers`
 * (detail pages), the "Sold by" line of each item's row is read into it too: one small walk per row, not the page's.
 */
export function readItems(
  ctx: AmazonPageContext,
  scope: ParentNode,
  sellers?: Set<string>,
): Found<ExtractedItem[]> | null {
  const found = allMatches(scope, ITEM);
  if (!found) return null;
  const items: ExtractedItem[] = [];
  const seen = new Map<string, ExtractedItem>();
  // Items named by a picture's alt text, which the product's own text link (later in the card) renames.
  const byPicture = new Set<ExtractedItem>();
  const readRows = new Set<Element>();
  for (const el of found.value) {
    try {
      const link = productLink(el);
      const href = link?.getAttribute('href') ?? null;
      // Bare product links (the catch-all strategy) name their ASIN; links in recommendation carousels are not items.
      let asin: string | undefined;
      if (found.strategy === PRODUCT_LINK) {
        asin = href ? PRODUCT_HREF.exec(href)?.[1] : undefined;
        if (!asin || el.closest(RECOMMENDATION_WIDGET)) continue;
      }
      // Title: the product link's text when it is inside the item element, else the element's own text.
      let title = '';
      if (link && el.contains(link)) title = visibleText(link);
      if (!title) title = visibleText(found.strategy === ITEM_CELL ? (el.querySelector('a, .a-row') ?? el) : el);
      // Cards with several items show only their pictures (2024+): the picture's alt text is the product name.
      const picture = !title;
      if (picture) title = link?.querySelector('img[alt]')?.getAttribute('alt')?.trim() ?? '';
      // A price link under a product ("£6.40") names no item.
      if (!title || parseAmazonMoney(title, ctx.currency, { requireCurrency: true })) continue;
      const url = absoluteHttpsUrl(href, ctx.url);
      // Bare product links: one product per ASIN (its picture and title links differ only in ref=). Item elements
      // are one per purchased line, and the same product can be a line in two shipments.
      const key = asin ?? `${title}\u0000${url ?? ''}`;
      const earlier = seen.get(key);
      if (earlier) {
        if (!picture && byPicture.delete(earlier)) earlier.title = title;
        continue;
      }
      const row = el.closest(ITEM_ROW);
      // Each row once: items can share one container (the page-wide fallback), which must not be read per item.
      if (sellers && !readRows.has(row ?? el)) {
        readRows.add(row ?? el);
        collectSellers(textChunks(row ?? el), sellers);
      }
      let quantity = quantityOf(row, found.strategy === ITEM_TITLE_COMPONENT);
      quantity ??= (found.strategy === ITEM_CELL ? quantityInCellText(el) : quantityIn(title)) ?? 1;
      const item: ExtractedItem = url ? { title, quantity, url } : { title, quantity };
      seen.set(key, item);
      if (picture) byPicture.add(item);
      items.push(item);
    } catch {
      // One malformed item must not lose the others.
    }
  }
  return items.length ? { value: items, strategy: found.strategy } : null;
}
