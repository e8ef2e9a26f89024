/**
 * Order, trade and dispute numbers the page itself shows: the detector must never call them card or account
 * numbers (a Taobao order number is 19 digits, like a UnionPay card). Read from the URL's query and a few
 * order-number elements; cheap enough to run before each deferred scan.
 */

const ID_PARAM = /order|trade|dispute|biz|refund|tracking/i;
/** 旺旺's "我的订单" tab (`.ww_tab .order-id`, 2026-09), plus generic data attributes. */
const ID_SELECTORS = '.order-id, [data-order-id]';
const MAX_ELEMENTS = 50;

export function collectKnownIdentifiers(doc: Document): string[] {
  const out = new Set<string>();
  try {
    const url = new URL(doc.location?.href ?? '');
    for (const [name, value] of url.searchParams) {
      if (ID_PARAM.test(name) && /^[\w-]{6,40}$/.test(value)) out.add(value);
    }
  } catch {
    // about:blank, a sandboxed frame without a URL: nothing to read.
  }
  const elements = doc.querySelectorAll(ID_SELECTORS);
  for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
    const el = elements[i] as Element;
    const value = (el.getAttribute('data-order-id') ?? el.textContent ?? '').trim();
    if (/^[\w-]{6,40}$/.test(value)) out.add(value);
  }
  return [...out];
}
