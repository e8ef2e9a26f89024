import type { PageKind } from '../../extract/types';

/**
 * Page kind from the URL first (the paths have been stable since 2011), then from the document for saved copies or
 * renamed paths. Seen 2016–2025.
 */
export function taobaoPageKind(url: URL, doc: Document | null): PageKind {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  if (host.startsWith('wuliu.') || host === 'detail.i56.taobao.com') return 'tracking';
  if (/pc-trade-logistics|\/logistics/.test(path)) return 'tracking';
  if (/\/trade\/itemlist\/|list_bought_items|boughtlist/.test(path)) return 'order-list';
  if (/trade_item_detail|trade_order_detail|orderdetail\.htm|^\/trade\/detail\//.test(path)) return 'order-detail';
  if (/^(?:refund\d*|rights|ihelp|consumerservice|helpcenter|service)\./.test(host)) return 'help';
  return pageKindFromDocument(doc);
}

/** The `<body id>` the trade pages set (list-bought-items, trade-order-detail), seen 2016–2025. */
function pageKindFromDocument(doc: Document | null): PageKind {
  try {
    const id = doc?.body?.id ?? '';
    if (id === 'list-bought-items') return 'order-list';
    if (id === 'trade-order-detail' || id === 'detail') return 'order-detail';
  } catch {
    // a broken document is just "other"
  }
  return 'other';
}
