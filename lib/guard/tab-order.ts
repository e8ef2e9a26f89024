import { GUARD_HOST_TAG } from './warning-view';

/** What the keyboard can reach with Tab (tabindex=-1 and disabled controls are dropped below). */
const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [tabindex], [contenteditable]:not([contenteditable="false"])';

/** The first control after `from` within `root` (a document or a shadow root), outside `from`. */
function nextIn(root: Document | ShadowRoot, from: Element): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    // 4 = Node.DOCUMENT_POSITION_FOLLOWING (the constant: a frame's globals may not be this script's).
    if (!(from.compareDocumentPosition(el) & 4) || from.contains(el)) continue;
    if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest(GUARD_HOST_TAG)) continue;
    // Not rendered (display:none, visibility:hidden): Tab passes it by. Where checkVisibility is missing, it counts.
    if (el.checkVisibility?.({ visibilityProperty: true }) === false) continue;
    return el;
  }
  return null;
}

/**
 * The element Tab would reach after `field` in the page's order (document order; positive tabindex values, which
 * shops do not use on chat boxes, are not sorted first), skipping what is inside the field, disabled, hidden or a
 * guard's box. A field in a shadow root (a chat widget's) looks there first, then after the widget's host. Null at the
 * end of the page.
 */
export function nextFocusable(field: Element): HTMLElement | null {
  let from: Element = field;
  for (;;) {
    const root = from.getRootNode();
    if (!('querySelectorAll' in root)) return null;
    const next = nextIn(root as Document | ShadowRoot, from);
    if (next) return next;
    const host = (root as ShadowRoot).host;
    if (!host) return null;
    from = host;
  }
}
