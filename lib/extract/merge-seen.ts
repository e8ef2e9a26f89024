import type { ExtractedOrder, ExtractedShipment } from './types';

/**
 * What a page shows of an order, over what an earlier page showed: a field the new page has wins (a newer status, a
 * tracking number that appeared), one it lacks is kept. A help or "View your item" page names only the order's ID and
 * must not erase the date, total and items its list page showed.
 */
export function mergeSeen(earlier: ExtractedOrder | undefined, seen: ExtractedOrder): ExtractedOrder {
  if (!earlier) return seen;
  return {
    ...earlier,
    ...seen,
    items: seen.items.length ? seen.items : earlier.items,
    shipments: mergeShipments(earlier.shipments, seen.shipments),
  };
}

/** What identifies a shipment across pages: its tracking number, the shipment its tracking link names, that link. */
function shipmentKeys(s: ExtractedShipment): string[] {
  const shipmentId = /[?&]shipmentId=([^&#]+)/.exec(s.trackingUrl ?? '')?.[1];
  return [s.trackingId, shipmentId && `shipment:${shipmentId}`, s.trackingUrl].filter((k): k is string => !!k);
}

const sameShipment = (a: ExtractedShipment, b: ExtractedShipment): boolean => {
  // Two tracking numbers are two parcels, whatever link they share: Taobao links every parcel of an order to the
  // order's one logistics page. Only a link naming its shipment (Amazon's shipmentId) holds one renumbered parcel.
  if (a.trackingId && b.trackingId && a.trackingId !== b.trackingId) {
    const id = (s: ExtractedShipment) => /[?&]shipmentId=([^&#]+)/.exec(s.trackingUrl ?? '')?.[1];
    return !!id(a) && id(a) === id(b);
  }
  const keys = shipmentKeys(a);
  return shipmentKeys(b).some((k) => keys.includes(k));
};

/**
 * The shipments of both pages: one package's tracker shows only that package, and must not erase the order's others.
 * A shipment both pages show is one, with what the newer page says on top.
 */
function mergeShipments(earlier: ExtractedShipment[], seen: ExtractedShipment[]): ExtractedShipment[] {
  if (!seen.length) return earlier;
  const out = earlier.map((e) => {
    const same = seen.find((s) => sameShipment(s, e));
    return same ? { ...e, ...same } : e;
  });
  for (const s of seen) if (!earlier.some((e) => sameShipment(s, e))) out.push(s);
  return out;
}
