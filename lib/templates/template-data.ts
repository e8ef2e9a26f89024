import type { ExtractedItem, ExtractedOrder, Platform } from '../extract/types';
import { orderSaysDelivered } from './delivery-state';
import { carrierName, formatDate, formatMoney, platformName } from './format';
import type { Lang, TemplateData } from './types';

export interface TemplateContext {
  platform: Platform | 'other';
  /** e.g. `amazon.co.uk`; picks the English money format of that storefront. */
  marketplace?: string | null;
  lang: Lang;
}

/** Amazon titles run to 200 characters: a message needs enough to recognise the item, not the whole listing. */
const MAX_TITLE = 80;

/** The order facts a template needs, formatted in the message's language. Facts the order lacks stay absent. */
export function templateDataFromOrder(order: ExtractedOrder, ctx: TemplateContext): TemplateData {
  const data: TemplateData = {};
  // For any other shop the name is unknown: `{platform}` stays missing so the user types the shop's name.
  if (ctx.platform !== 'other') data.platform = platformName(ctx.platform, ctx.lang);
  if (order.orderId.trim()) data.orderId = order.orderId.trim();
  if (order.orderDate) data.orderDate = formatDate(order.orderDate, ctx.lang);
  if (order.total) data.total = formatMoney(order.total, ctx.lang, ctx.marketplace);
  const item = itemsShort(order.items, ctx.lang);
  if (item) data.item = item;
  if (order.shop?.trim()) data.shop = order.shop.trim();
  const shipment = order.shipments.find((s) => s.trackingId?.trim());
  if (shipment?.trackingId) {
    data.trackingId = shipment.trackingId.trim();
    if (shipment.carrier?.trim()) data.carrier = carrierName(shipment.carrier, ctx.lang);
  }
  data.arrival = ARRIVAL[orderSaysDelivered(order) ? 'delivered' : 'late'][ctx.lang];
  return data;
}

/**
 * What "item not received" says of the parcel: marked delivered and not there (the agent checks the delivery photo or
 * GPS, opens a claim with the carrier), or simply late. Chosen from what the page says, so it is never missing.
 */
const ARRIVAL = {
  delivered: {
    zh_CN: '物流显示包裹已经签收，但我并没有收到。',
    en: "The tracking shows the package as delivered, but it hasn't reached me.",
  },
  late: {
    zh_CN: '已经过了预计送达时间，我一直没有收到包裹。',
    en: "The expected delivery date has passed and the package hasn't reached me.",
  },
} as const;

/** `无线耳机等3件` / `Wireless earbuds and 1 more (3 items)`; one item bought several times: `无线耳机 ×2`. */
export function itemsShort(items: readonly ExtractedItem[], lang: Lang): string | undefined {
  const named = items.filter((i) => i.title.trim());
  const first = named[0];
  if (!first) return undefined;
  const title = truncate(first.title.trim().replace(/\s+/g, ' '), MAX_TITLE);
  if (named.length === 1) return (first.quantity ?? 1) > 1 ? `${title} ×${first.quantity}` : title;
  // Pieces, as Taobao's "共N件宝贝" counts them; both languages give the same count.
  const pieces = named.reduce((sum, i) => sum + Math.max(1, i.quantity ?? 1), 0);
  if (lang === 'zh_CN') return `${title}等${pieces}件`;
  return `${title} and ${named.length - 1} more (${pieces} items)`;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}
