import type { ExtractedItem, ExtractedOrder, Platform } from '../extract/types';
import { orderSaysDelivered, saysDelivered } from './delivery-state';
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
  Object.assign(data, trackingFacts(order.shipments, ctx.lang));
  data.arrival = arrival(order, ctx.lang);
  data.shipping = data.trackingId ? SHIPPING.labelOnly[ctx.lang](data.trackingId) : SHIPPING.none[ctx.lang]('');
  return data;
}

/**
 * Every parcel's tracking ID, and the carriers: an order sent in two parcels names both (the agent asked about one
 * never looks for the other). `78955216713400、4312345678901（中通快递、韵达快递）` / `…, … (ZTO Express, Yunda Express)`;
 * one carrier for all is named once. Without a carrier for every parcel, those known are named in parcel order.
 */
function trackingFacts(
  shipments: ExtractedOrder['shipments'],
  lang: Lang,
): Pick<TemplateData, 'trackingId' | 'carrier'> {
  const parcels = new Map<string, string | undefined>();
  for (const s of shipments) {
    const id = s.trackingId?.trim();
    if (id && !parcels.has(id)) parcels.set(id, s.carrier?.trim() ? carrierName(s.carrier, lang) : undefined);
    else if (id && !parcels.get(id) && s.carrier?.trim()) parcels.set(id, carrierName(s.carrier, lang));
  }
  if (parcels.size === 0) return {};
  const separator = lang === 'zh_CN' ? '、' : ', ';
  const carriers = [...new Set([...parcels.values()].filter((c): c is string => c !== undefined))];
  return {
    trackingId: [...parcels.keys()].join(separator),
    ...(carriers.length > 0 ? { carrier: carriers.join(separator) } : {}),
  };
}

/**
 * What "item not received" says of the parcels: all marked delivered and not there (the agent checks the delivery
 * photo or GPS, opens a claim with the carrier), some of them (named, when their tracking IDs are known), or late.
 */
function arrival(order: ExtractedOrder, lang: Lang): string {
  if (orderSaysDelivered(order)) return ARRIVAL.delivered[lang];
  const delivered = order.shipments.filter((s) => saysDelivered(s.status));
  if (delivered.length === 0) return ARRIVAL.late[lang];
  const ids = delivered.map((s) => s.trackingId?.trim()).filter((id): id is string => !!id);
  if (ids.length === 0) return ARRIVAL.oneDelivered[lang];
  return lang === 'zh_CN'
    ? `物流显示包裹 ${ids.join('、')} 已经签收，但我并没有收到。`
    : `The tracking shows package ${ids.join(', ')} as delivered, but it hasn't reached me.`;
}

/**
 * What "not shipped yet" says the order page shows. A tracking number with no parcel behind it is how it often looks:
 * the seller printed a label (Taobao's 已发货) and the carrier has not picked anything up. Never "no tracking number"
 * next to the one the page shows.
 */
const SHIPPING: Readonly<Record<'none' | 'labelOnly', Readonly<Record<Lang, (ids: string) => string>>>> = {
  none: {
    zh_CN: () => '订单页面上还没有发货信息和运单号。',
    en: () => 'The order page shows no shipping details or tracking number yet.',
  },
  labelOnly: {
    zh_CN: (ids) => `订单页面显示了运单号 ${ids}，但物流一直没有揽收记录。`,
    en: (ids) =>
      `The order page shows tracking number ${ids}, but the tracking has no record of the parcel being picked up.`,
  },
};

/** The sentences of {@link arrival}, chosen from what the page says, so it is never missing. */
const ARRIVAL = {
  delivered: {
    zh_CN: '物流显示包裹已经签收，但我并没有收到。',
    en: "The tracking shows the package as delivered, but it hasn't reached me.",
  },
  oneDelivered: {
    zh_CN: '物流显示其中一个包裹已经签收，但我并没有收到。',
    en: "The tracking shows one of the packages as delivered, but it hasn't reached me.",
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
