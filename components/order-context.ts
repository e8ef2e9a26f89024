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
}

/** Identifiers of the order that must never be mistaken for secrets (a Luhn-valid Taobao ID, parcel numbers). */
export function knownIdentifiers(order: ExtractedOrder): string[] {
  return [order.orderId, ...order.shipments.flatMap((s) => (s.trackingId ? [s.trackingId] : []))];
}

export const orderKey = (ctx: Pick<OrderContext, 'platform' | 'marketplace'> & { order: { orderId: string } }) =>
  `${ctx.platform}|${ctx.marketplace ?? ''}|${ctx.order.orderId}`;
