import type { ExtractedOrder, ExtractedShipment } from '../extract/types';
import type { NotesContext } from './context';
import { mapStorageErrors } from './errors';
import { LIMITS } from './limits';
import type { CasePlatform, RecentOrder } from './types';

export const RECENT_ORDERS_CAP = 200;

export const recentOrderKey = (platform: CasePlatform, marketplace: string, orderId: string): string =>
  `${platform}|${marketplace}|${orderId}`;

/**
 * What a page shows of an order, over what an earlier page showed: a field the new page has wins (a newer status, a
 * tracking number that appeared), one it lacks is kept. A help or "View your item" page names only the order's ID and
 * must not erase the date, total and items its list page showed.
 */
function mergeSeen(earlier: ExtractedOrder | undefined, seen: ExtractedOrder): ExtractedOrder {
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

/**
 * Records orders seen on a shop page (newest `seenAt` first), keeping only the `cap` newest so the table cannot
 * grow without bound. Orders without an ID are skipped: they could not be matched to a case later.
 */
export async function rememberOrders(
  ctx: NotesContext,
  orders: readonly ExtractedOrder[],
  platform: CasePlatform,
  marketplace: string,
  cap: number = RECENT_ORDERS_CAP,
): Promise<void> {
  const seenAt = ctx.now();
  const rows: RecentOrder[] = orders
    .filter((o) => o.orderId && o.orderId.length <= LIMITS.id)
    .map((order) => ({
      key: recentOrderKey(platform, marketplace, order.orderId),
      platform,
      marketplace,
      orderId: order.orderId,
      // Through JSON: drops anything a structured clone would keep but an export could not (undefined, prototypes).
      order: JSON.parse(JSON.stringify(order)) as ExtractedOrder,
      seenAt,
    }));
  if (rows.length === 0) return;
  const { db } = ctx;
  await mapStorageErrors(() =>
    db.transaction('rw', db.recentOrders, async () => {
      const earlier = await db.recentOrders.bulkGet(rows.map((r) => r.key));
      await db.recentOrders.bulkPut(rows.map((r, i) => ({ ...r, order: mergeSeen(earlier[i]?.order, r.order) })));
      const stale = await db.recentOrders.orderBy('seenAt').reverse().offset(cap).primaryKeys();
      if (stale.length) await db.recentOrders.bulkDelete(stale);
    }),
  );
}

export async function recentOrders(ctx: NotesContext, limit = 20): Promise<RecentOrder[]> {
  return ctx.db.recentOrders.orderBy('seenAt').reverse().limit(limit).toArray();
}
