import { mergeSeen } from '../extract/merge-seen';
import type { ExtractedOrder } from '../extract/types';
import type { NotesContext } from './context';
import { mapStorageErrors } from './errors';
import { LIMITS } from './limits';
import type { CasePlatform, RecentOrder } from './types';

export const RECENT_ORDERS_CAP = 200;

export const recentOrderKey = (platform: CasePlatform, marketplace: string, orderId: string): string =>
  `${platform}|${marketplace}|${orderId}`;

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

/** The orders remembered under these keys (see recentOrderKey), those not remembered left out. */
export async function recentOrdersByKey(ctx: NotesContext, keys: readonly string[]): Promise<RecentOrder[]> {
  return (await ctx.db.recentOrders.bulkGet([...keys])).filter((r): r is RecentOrder => r !== undefined);
}

export async function recentOrders(ctx: NotesContext, limit = 20): Promise<RecentOrder[]> {
  return ctx.db.recentOrders.orderBy('seenAt').reverse().limit(limit).toArray();
}
