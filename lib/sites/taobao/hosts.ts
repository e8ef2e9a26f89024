/**
 * Taobao / Tmall order pages the orders content script runs on (match-pattern syntax).
 * Narrow on purpose: order list, order detail and logistics pages only. Seen 2023–2025.
 */
export const TAOBAO_ORDER_MATCH_PATTERNS: readonly string[] = [
  'https://buyertrade.taobao.com/trade/itemlist/*', // 已买到的宝贝 (order list)
  'https://buyertrade.tmall.com/trade/itemlist/*', // the same list reached from Tmall
  'https://trade.taobao.com/trade/detail/*', // Taobao order detail (trade_item_detail.htm)
  'https://trade.tmall.com/detail/*', // Tmall order detail (orderDetail.htm)
  'https://tradearchive.taobao.com/trade/detail/*', // archived (older) order detail
  'https://buyertrade.taobao.com/trade/detail/*', // detail reached through the list host
  'https://wuliu.taobao.com/user/*', // logistics detail (order_detail_new.htm?trade_id=)
  'https://detail.i56.taobao.com/trace/*', // logistics trace
  // The list's 查看物流 link (2025–2026, in the list's own JSON): only this app of the host, not its other h5 pages.
  'https://market.m.taobao.com/app/dinamic/pc-trade-logistics/*',
];

export type TaobaoPlatform = 'taobao' | 'tmall';

/** Which of the two storefronts a hostname belongs to, or null. */
export function taobaoPlatformForHost(hostname: string): TaobaoPlatform | null {
  const host = hostname.toLowerCase();
  if (host === 'tmall.com' || host.endsWith('.tmall.com')) return 'tmall';
  if (host === 'taobao.com' || host.endsWith('.taobao.com')) return 'taobao';
  return null;
}
