import type { ExtractedOrder } from '@/lib/extract/types';
import type { HelpPlatform } from '@/lib/help';

/** The order the panel is working on, wherever it came from. */
export interface OrderContext {
  order: ExtractedOrder;
  platform: HelpPlatform;
  marketplace: string | null;
  source: 'page' | 'recent' | 'manual';
  /** For manual orders from any other shop: the shop's own help page, if the user gave one. */
  helpUrl?: string;
  /**
   * The UI-language prefix of the page the order was read on (`/-/en` on amazon.de in English, see languagePrefixOf):
   * help pages keep it, so they open in the language the shopper reads the storefront in.
   */
  pathPrefix?: string;
}

/** Identifiers of the order that must never be mistaken for secrets (a Luhn-valid Taobao ID, parcel numbers). */
export function knownIdentifiers(order: ExtractedOrder): string[] {
  return [order.orderId, ...order.shipments.flatMap((s) => (s.trackingId ? [s.trackingId] : []))];
}

/**
 * How the panel tells orders apart. Another shop's order (entered by hand) has no marketplace: its shop stands in,
 * as in the case lookup (`isManualCaseOf`), so two shops' orders with the same number stay two orders.
 */
export const orderKey = (
  ctx: Pick<OrderContext, 'platform' | 'marketplace'> & { order: { orderId: string; shop?: string } },
) =>
  `${ctx.platform}|${ctx.marketplace ?? (ctx.platform === 'other' ? (ctx.order.shop ?? '') : '')}|${ctx.order.orderId}`;

/**
 * Which order it is, across pages: orderKey, except that a Taobao and a Tmall order of one number are one order.
 * Taobao and Tmall share one account and one order numbering, and one order's pages sit on both: the 已买到的宝贝 list
 * reports a Tmall order as Taobao, its trade.tmall.com detail page as Tmall, its logistics page (wuliu.taobao.com,
 * market.m.taobao.com) as Taobao again (as findCaseFor finds its case either way).
 */
export const orderIdentity = (
  ctx: Pick<OrderContext, 'platform' | 'marketplace'> & { order: { orderId: string; shop?: string } },
): string =>
  ctx.platform === 'taobao' || ctx.platform === 'tmall' ? `taobao+tmall|${ctx.order.orderId}` : orderKey(ctx);
