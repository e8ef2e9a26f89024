import type { PageKind } from '../../extract/types';

/**
 * Page kind from the URL first (the paths have been stable since 2011), then from the document for saved copies or
 * renamed paths. Seen 2016–2025.
 */
export function taobaoPageKind(url: URL, doc: Document | null): PageKind {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  if (host === 'wuliu.taobao.com' || host === 'detail.i56.taobao.com' || host.startsWith('wuliu.')) return 'tracking';
  if (path.includes('pc-trade-logistics') || path.includes('/logistics')) return 'tracking';
  if (path.includes('/trade/itemlist/') || path.includes('list_bought_items') || path.includes('boughtlist')) {
    return 'order-list';
  }
  if (
    path.includes('trade_item_detail') ||
    path.includes('trade_order_detail') ||
    path.includes('orderdetail.htm') ||
    path.startsWith('/trade/detail/')
  ) {
    return 'order-detail';
  }
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
