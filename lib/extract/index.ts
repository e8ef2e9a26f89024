import { amazonMarketplaceForHost } from '../sites/amazon/marketplaces';
import { taobaoPlatformForHost } from '../sites/taobao/hosts';
import type { ExtractedOrder, PageExtraction } from './types';

export type * from './types';

// FIRST VERSION (foundation): order IDs from the URL and visible text only. Replaced by the site modules.
const AMAZON_ID = /\b(?:\d{3}|D\d{2})-\d{7}-\d{7}\b/g;
const AMAZON_SENTINEL = '000-0000000-8675309';

export function extractPage(doc: Document, url: string): PageExtraction {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { platform: null, marketplace: null, pageKind: 'other', orders: [] };
  }
  const amazon = amazonMarketplaceForHost(parsed.hostname);
  if (amazon) {
    const ids = new Set<string>();
    const fromUrl = parsed.searchParams.get('orderID') ?? parsed.searchParams.get('orderId');
    if (fromUrl && AMAZON_ID.test(fromUrl)) ids.add(fromUrl);
    for (const m of (doc.body?.innerText ?? doc.body?.textContent ?? '').matchAll(AMAZON_ID)) {
      if (m[0] !== AMAZON_SENTINEL) ids.add(m[0]);
    }
    return { platform: 'amazon', marketplace: amazon.domain, pageKind: 'other', orders: [...ids].map(emptyOrder) };
  }
  const taobao = taobaoPlatformForHost(parsed.hostname);
  if (taobao) {
    const id = parsed.searchParams.get('bizOrderId') ?? parsed.searchParams.get('biz_order_id');
    return { platform: taobao, marketplace: taobao, pageKind: 'other', orders: id ? [emptyOrder(id)] : [] };
  }
  return { platform: null, marketplace: null, pageKind: 'other', orders: [] };
}

function emptyOrder(orderId: string): ExtractedOrder {
  return { orderId, items: [], shipments: [] };
}
