import type { ExtractedOrder } from '../extract/types';
import { carrierFromName, identifyTrackingNumber } from './index';

/** Below this, a format guess is weaker than no carrier at all. */
const MIN_CONFIDENCE = 0.3;

/**
 * A Japanese order: its total in yen, or its page on amazon.co.jp. Yamato, Sagawa and Japan Post print 12 digits whose
 * last is the first eleven mod 7 (the public TakamoriYamashiro/shipping-jp-js documents the "7DR" of all three), a
 * format tracking_number_data does not have: about one such number in six fits a FedEx Express 12 or Purolator check
 * digit by chance, so on a Japanese order an all-digit number says nothing about its carrier (letters still do).
 */
function isJapanese(order: ExtractedOrder): boolean {
  if (order.total?.currency === 'JPY') return true;
  try {
    return new URL(order.detailUrl ?? order.shipments[0]?.trackingUrl ?? '').hostname.endsWith('.co.jp');
  } catch {
    return false;
  }
}

/**
 * Names the carrier of shipments whose page gave a tracking number but no carrier, from the number's format.
 * Runs where bundle size does not matter (background, CLI), so the content scripts need no courier data.
 * Returns new objects; never throws.
 */
export function enrichShipments(orders: readonly ExtractedOrder[], platform?: string | null): ExtractedOrder[] {
  return orders.map((order) => {
    if (!order.shipments.some((s) => s.trackingId && !s.carrier)) return order;
    // A number from a Chinese shop is read as a Chinese waybill first: a bare 14-digit number is ZTO there,
    // DHL e-Commerce elsewhere. Taobao/Tmall pages without a total (the logistics page) are Chinese too.
    const chinese = order.total?.currency === 'CNY' || platform === 'taobao' || platform === 'tmall';
    const japanese = isJapanese(order);
    return {
      ...order,
      shipments: order.shipments.map((shipment) => {
        if (!shipment.trackingId || shipment.carrier) return shipment;
        if (japanese && /^[\d\s-]+$/.test(shipment.trackingId)) return shipment;
        try {
          const match = identifyTrackingNumber(shipment.trackingId, { chinese });
          if (!match?.carrier || match.carrier === 'Unknown' || match.confidence < MIN_CONFIDENCE) return shipment;
          const named = carrierFromName(match.carrier);
          return { ...shipment, carrier: chinese && named?.carrierZh ? named.carrierZh : match.carrier };
        } catch {
          return shipment;
        }
      }),
    };
  });
}
