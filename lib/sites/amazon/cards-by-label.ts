import { ORDER_NUMBER_LABEL } from './labels';
import { PAGE_LANDMARKS } from './selectors';
import { SKIPPED_TAGS } from './visible-text';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, as a number so this also runs where NodeFilter is no global

/**
 * The order cards of a list whose layout no selector knows (Amazon renames its classes every year or two, and a
 * scraper that only knows class names then finds nothing): around each "Order #" label (any storefront language),
 * the largest element that holds no other such label. That element is the card, and the card reader finds the
 * number, date and total in it by their labels and shapes.
 *
 * Linear: one walk over the text, then each label (and each piece of page chrome) marks its ancestors once. A label
 * outside any card (a help link's "order number") gives an element without an order number, which the card reader
 * drops. Each card once, however many labels it holds.
 */
export function cardsByOrderNumberLabel(scope: Document | Element): Element[] {
  const labels: Element[] = [];
  // Ancestor → the one label under it, or null when there are several. The page's navigation, banner and footer links
  // (landmarks, which cards do not hold) count as another label: a card never reaches them, so a page of one order
  // does not take the footer's product links ("Shop with Points", amazon.co.uk) as its items. Not <header>/<footer>:
  // a card may well have its own.
  const owner = new Map<Element, Element | null>();
  for (const chrome of scope.querySelectorAll(PAGE_LANDMARKS)) {
    for (let up = chrome.parentElement; up; up = up.parentElement) owner.set(up, null);
  }
  const walker = (scope.ownerDocument ?? (scope as Document)).createTreeWalker(scope, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || SKIPPED_TAGS.has(el.localName) || !ORDER_NUMBER_LABEL.test((node as Text).data)) continue;
    labels.push(el);
    for (let up: Element | null = el; up; up = up.parentElement) owner.set(up, owner.has(up) ? null : el);
  }
  const cards = labels.map((el) => {
    let card = el;
    while (card.parentElement && owner.get(card.parentElement) === el) card = card.parentElement;
    return card;
  });
  return [...new Set(cards)];
}
