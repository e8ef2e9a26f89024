import type { ExtractedItem, ExtractedOrder, Platform } from '../extract/types';
import { orderSaysDelivered, saysDelivered } from './delivery-state';
import { carrierName, formatDate, formatMoney, listed, platformName } from './format';
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
  const parcels = parcelsOf(order.shipments);
  Object.assign(data, trackingFacts(parcels, ctx.lang));
  data.arrival = arrival(order, parcels, ctx.lang);
  data.shipping = shipping(parcels, data.trackingId, ctx.lang);
  return data;
}

/** One parcel per tracking ID (a page may show one twice), with its carrier and state from any of its mentions. */
interface Parcel {
  id: string;
  carrier?: string;
  status?: string;
}

function parcelsOf(shipments: ExtractedOrder['shipments']): Parcel[] {
  const byId = new Map<string, Parcel>();
  for (const s of shipments) {
    const id = s.trackingId?.trim();
    if (!id) continue;
    const parcel = byId.get(id) ?? { id };
    parcel.carrier ||= s.carrier?.trim() || undefined;
    parcel.status ||= s.status?.trim() || undefined;
    byId.set(id, parcel);
  }
  return [...byId.values()];
}

/**
 * Every parcel's tracking ID, and the carriers: an order sent in two parcels names both (the agent asked about one
 * never looks for the other). One carrier for all is named once, `A1、B2（中通快递）`; different ones are named one per
 * ID in the same order, `A1、B2（中通快递、韵达快递）`, an unknown one as such.
 */
function trackingFacts(parcels: readonly Parcel[], lang: Lang): Pick<TemplateData, 'trackingId' | 'carrier'> {
  if (parcels.length === 0) return {};
  const trackingId = listed(
    parcels.map((p) => p.id),
    lang,
  );
  const carriers = parcels.map((p) => (p.carrier ? carrierName(p.carrier, lang) : undefined));
  const known = new Set(carriers.filter((c) => c !== undefined));
  if (known.size === 0) return { trackingId };
  if (known.size === 1 && carriers.every((c) => c !== undefined)) return { trackingId, carrier: [...known][0] };
  return {
    trackingId,
    carrier: listed(
      carriers.map((c) => c ?? UNKNOWN_CARRIER[lang]),
      lang,
    ),
  };
}

const UNKNOWN_CARRIER: Readonly<Record<Lang, string>> = { zh_CN: '快递公司未知', en: 'carrier unknown' };

/**
 * What "item not received" says of the parcels: all marked delivered and not there (the agent checks the delivery
 * photo or GPS, opens a claim with the carrier), some of them (named), or late.
 */
function arrival(order: ExtractedOrder, parcels: readonly Parcel[], lang: Lang): string {
  const delivered = parcels.filter((p) => saysDelivered(p.status)).map((p) => p.id);
  if (delivered.length > 0 && delivered.length < parcels.length) {
    return lang === 'zh_CN'
      ? `物流显示包裹 ${listed(delivered, lang)} 已经签收，但我并没有收到。`
      : delivered.length === 1
        ? `The tracking shows package ${delivered[0]} as delivered, but it hasn't reached me.`
        : `The tracking shows packages ${listed(delivered, lang)} as delivered, but they haven't reached me.`;
  }
  if (orderSaysDelivered(order)) {
    return parcels.length > 1 && lang === 'en'
      ? "The tracking shows the packages as delivered, but they haven't reached me."
      : ARRIVAL.delivered[lang];
  }
  // A parcel without a tracking ID said delivered, another one not.
  if (order.shipments.some((s) => saysDelivered(s.status))) return ARRIVAL.oneDelivered[lang];
  return ARRIVAL.late[lang];
}

/**
 * What "not shipped yet" says the order page shows. A tracking number with no parcel state is how a printed label
 * looks (Taobao's 已发货 before the carrier has picked anything up): that is said. With a state, only the number is
 * named (the state is the page's to show). Never "no tracking number" next to the one the page shows.
 */
function shipping(parcels: readonly Parcel[], ids: string | undefined, lang: Lang): string {
  if (!ids) return NO_SHIPPING[lang];
  const several = parcels.length > 1;
  if (parcels.some((p) => p.status && !NOT_PICKED_UP.test(p.status))) {
    return lang === 'zh_CN'
      ? `订单页面显示了运单号 ${ids}。`
      : `The order page shows tracking number${several ? 's' : ''} ${ids}.`;
  }
  return lang === 'zh_CN'
    ? `订单页面显示了运单号 ${ids}，但物流一直没有揽收记录。`
    : several
      ? `The order page shows tracking numbers ${ids}, but the tracking has no record of the parcels being picked up.`
      : `The order page shows tracking number ${ids}, but the tracking has no record of the parcel being picked up.`;
}

/** A parcel state that is a label and no pickup yet: as good as no state for "not shipped yet". */
const NOT_PICKED_UP =
  /待揽收|等待揽收|未揽收|已发货|label created|shipping label|awaiting (?:carrier )?pickup|not yet shipped/i;

const NO_SHIPPING: Readonly<Record<Lang, string>> = {
  zh_CN: '订单页面上还没有发货信息和运单号。',
  en: 'The order page shows no shipping details or tracking number yet.',
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
