import type { ExtractedOrder, PageExtraction } from '../extract/types';
import { amazonMarketplaceForHost } from '../sites/amazon/marketplaces';
import { taobaoPlatformForHost } from '../sites/taobao/hosts';

/**
 * Links a report may carry: the panel shows each order's items, detail page and "Track package" as links, so a
 * report's links stay on the shop the page itself is on (every real page links there: Amazon pages to their own
 * storefront, Taobao/Tmall pages to taobao.com and tmall.com), never elsewhere. A page's text or a stray anchor
 * that matched a link pattern (`https://evil.example/?item.taobao.com/item.htm`) would otherwise become a link in
 * the panel, under a product title the page chose. A link off the shop is dropped; its text stays.
 */
type ShopFamily = 'amazon' | 'taobao';

function familyOf(hostname: string): ShopFamily | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (amazonMarketplaceForHost(host)) return 'amazon';
  // Tmall Global's item pages are on tmall.hk (detail.tmall.hk/item.htm), Tmall pharmacy's on liangxinyao.com and
  // yao.95095.com (detail.liangxinyao.com/item.htm, named by public order scrapers).
  if (taobaoPlatformForHost(host) || /(?:^|\.)(?:tmall\.hk|liangxinyao\.com|yao\.95095\.com)$/.test(host))
    return 'taobao';
  return null;
}

/** `url` when it is a plain https link on the same shop as `family`, else undefined. */
function onShop(url: string | undefined, family: ShopFamily | null): string | undefined {
  if (url === undefined || family === null) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return undefined;
    return familyOf(parsed.hostname) === family ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The extraction with every link off the shop of `pageUrl` (the URL the browser stamped on the sender) left out. */
export function keepShopLinks(extraction: PageExtraction, pageUrl: string): PageExtraction {
  let family: ShopFamily | null = null;
  try {
    family = familyOf(new URL(pageUrl).hostname);
  } catch {
    // No page URL: no link is known to be the shop's.
  }
  const orders = extraction.orders.map(
    (order): ExtractedOrder =>
      keepLink(
        {
          ...order,
          items: order.items.map((item) => keepLink(item, 'url', family)),
          shipments: order.shipments.map((s) => keepLink(s, 'trackingUrl', family)),
        },
        'detailUrl',
        family,
      ),
  );
  return { ...extraction, orders };
}

/**
 * `value` with its link `key` kept when on the shop, else without the key: never present as `undefined`, which a
 * later merge (mergeSeen's spread) would take as "this page has no link" over the one an earlier page showed.
 */
function keepLink<T extends { [k in K]?: string }, K extends string>(value: T, key: K, family: ShopFamily | null): T {
  const { [key]: url, ...rest } = value;
  const kept = onShop(url, family);
  return (kept === undefined ? rest : { ...rest, [key]: kept }) as T;
}
