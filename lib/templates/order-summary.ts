import type { ExtractedItem, ExtractedOrder, ExtractedShipment, Money, Platform } from '../extract/types';
import { carrierName, formatDate, formatMoney } from './format';
import type { Lang } from './types';

export type SummaryField = 'orderId' | 'orderDate' | 'total' | 'shop' | 'items' | 'status' | 'tracking';

const FIELD_LABELS: Readonly<Record<SummaryField, Readonly<Record<Lang, string>>>> = {
  orderId: { zh_CN: '订单号', en: 'Order ID' },
  orderDate: { zh_CN: '下单时间', en: 'Order date' },
  total: { zh_CN: '实付款', en: 'Total' },
  shop: { zh_CN: '店铺', en: 'Shop' },
  items: { zh_CN: '商品', en: 'Items' },
  status: { zh_CN: '状态', en: 'Status' },
  tracking: { zh_CN: '运单号', en: 'Tracking ID' },
};

/**
 * How a line is punctuated. The Chinese summary goes into the same chat as the Chinese messages, which write
 * `订单号：…` and `运单号：…（中通快递）` (builtin-templates-zh.ts): full-width colon, brackets and list separator.
 */
const PUNCTUATION: Readonly<Record<Lang, { colon: string; open: string; close: string; list: string }>> = {
  zh_CN: { colon: '：', open: '（', close: '）', list: '；' },
  en: { colon: ': ', open: ' (', close: ')', list: '; ' },
};

/** A tracking ID with its carrier's name, as the language writes it: `YT123（圆通速递）` / `YT123 (YTO Express)`. */
export function trackingWithCarrier(trackingId: string, carrier: string, lang: Lang): string {
  const p = PUNCTUATION[lang];
  return `${trackingId}${p.open}${carrier}${p.close}`;
}

const FIELD_ORDER: readonly SummaryField[] = ['orderId', 'orderDate', 'total', 'shop', 'items', 'status', 'tracking'];

export interface SummaryOptions {
  lang: Lang;
  platform: Platform | 'other';
  /** For Amazon, e.g. `amazon.de`: the English money format follows that storefront. */
  marketplace?: string | null;
  /** The privacy guard's hook, applied to the final text. Default: unchanged. */
  redact?: (text: string) => string;
}

export type FieldValue = string | Money | readonly ExtractedItem[] | readonly ExtractedShipment[];

export function fieldLabel(name: SummaryField, lang: Lang): string {
  return FIELD_LABELS[name][lang];
}

/**
 * One field as a line to copy, `订单号：1234` / `Order ID: 1234`. Dates (`YYYY-MM-DD`), money, items and shipments
 * are formatted in the language; an empty value gives an empty string.
 */
export function formatField(
  name: SummaryField,
  value: FieldValue,
  lang: Lang,
  opts: { marketplace?: string | null; redact?: (text: string) => string } = {},
): string {
  const text = fieldValueText(name, value, lang, opts.marketplace);
  if (!text) return '';
  const line = `${fieldLabel(name, lang)}${PUNCTUATION[lang].colon}${text}`;
  return opts.redact ? opts.redact(line) : line;
}

function fieldValueText(name: SummaryField, value: FieldValue, lang: Lang, marketplace?: string | null): string {
  if (typeof value === 'string') return name === 'orderDate' ? formatDate(value, lang) : value.trim();
  if (Array.isArray(value)) {
    return name === 'tracking'
      ? trackingText(value as readonly ExtractedShipment[], lang)
      : itemsText(value as readonly ExtractedItem[], lang);
  }
  return formatMoney(value as Money, lang, marketplace);
}

function itemsText(items: readonly ExtractedItem[], lang: Lang): string {
  return items
    .filter((i) => i.title.trim())
    .map((i) => ((i.quantity ?? 1) > 1 ? `${i.title.trim()} ×${i.quantity}` : i.title.trim()))
    .join(PUNCTUATION[lang].list);
}

function trackingText(shipments: readonly ExtractedShipment[], lang: Lang): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const s of shipments) {
    const id = s.trackingId?.trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    parts.push(s.carrier?.trim() ? trackingWithCarrier(id, carrierName(s.carrier, lang), lang) : id);
  }
  return parts.join(PUNCTUATION[lang].list);
}

/**
 * The whole order as text to paste into a chat, one field per line, absent fields left out:
 * `订单号：… / 下单时间：… / 实付款：… / 店铺：… / 商品：… / 状态：… / 运单号：…（圆通速递）`.
 */
export function formatOrderSummary(order: ExtractedOrder, opts: SummaryOptions): string {
  const values: Record<SummaryField, FieldValue | undefined> = {
    orderId: order.orderId,
    orderDate: order.orderDate,
    total: order.total,
    shop: order.shop,
    items: order.items,
    status: order.status,
    tracking: order.shipments,
  };
  const lines: string[] = [];
  for (const name of FIELD_ORDER) {
    const value = values[name];
    if (value === undefined) continue;
    const marketplace = opts.platform === 'amazon' ? opts.marketplace : null;
    const line = formatField(name, value, opts.lang, { marketplace });
    if (line) lines.push(line);
  }
  const text = lines.join('\n');
  return opts.redact ? opts.redact(text) : text;
}
