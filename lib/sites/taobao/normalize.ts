import type { Money } from '../../extract/types';
import { foldTaobaoText } from '../../han-fold/taobao';

/**
 * Taobao/Tmall order ids are purely numeric: 14 digits (2011), 16 (2012–2017), 19 (2018–2025). A few more either
 * way is tolerated so that a future length change is still read; shorter numbers are prices, item ids or phones.
 */
const ORDER_ID = /^\d{12,21}$/;

export function isOrderId(text: string): boolean {
  return ORDER_ID.test(text);
}

/** The first order-id-shaped run of digits in the text, or null. */
export function findOrderId(text: string): string | null {
  const m = /(?<!\d)(\d{12,21})(?!\d)/.exec(text);
  return m?.[1] ?? null;
}

/** First date in the text as YYYY-MM-DD: `2025-11-06 11:55:26`, `2025/11/6`, `2025年11月6日`. */
export function normalizeDate(text: string): string | null {
  const m = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The currency marks an amount can carry. Taobao's PC pages follow the `hng` cookie (country|language|currency|code):
 * `CN|zh-CN|CNY|156` mostly, `TW|zh-TW|TWD|158` and `HK|zh-TW|HKD|344` for shoppers there (in public scrapers' cookies,
 * 2018–2024), and the list states its currency (`extra.currency`, `currencySymbol`, which public exporters copy out as
 * 货币类型); the global/English UI writes yuan as `CN￥`. Longer marks first (RMB before RM, NT$ before $).
 */
export const CURRENCY_MARK = 'CN[¥￥]|[¥￥]|RMB|CNY|HKD|TWD|USD|MOP|SGD|MYR|(?:HK|NT|US|MOP|S)?\\$|RM';
const MARK_CURRENCY: Record<string, string> = { HK: 'HKD', NT: 'TWD', US: 'USD', MOP: 'MOP', S: 'SGD', RM: 'MYR' };
const MONEY = new RegExp(`(-\\s*)?(${CURRENCY_MARK})?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?!\\d)`);

/**
 * Reads an amount: `￥153.00`, `¥ 1,234.5`, `47.40`, `HK$ 120.50`. `text` keeps what the page showed; when the page gave
 * a bare number (list JSON `actualFee: "47.40"`) the page's `symbol` is prefixed so the text reads like the page, and
 * the amount is in the page's `currency`. An amount with a mark of its own is in that mark's currency, never taken for
 * yuan; a bare `$` that is not the page's own symbol names no currency, so it gives null.
 */
export function parseMoney(text: string, symbol = '￥', currency = 'CNY'): Money | null {
  const m = MONEY.exec(text);
  if (!m) return null;
  const amount = Number(`${m[3]?.replace(/,/g, '')}.${m[4] ?? '0'}`) * (m[1] ? -1 : 1);
  if (!Number.isFinite(amount)) return null;
  const mark = m[2];
  const shown = m[0].trim();
  if (!mark) return { amount, currency, text: `${m[1] ? '-' : ''}${symbol}${shown.replace(/^-\s*/, '')}` };
  const code =
    mark === symbol
      ? currency
      : /[¥￥]|^(?:RMB|CNY)$/.test(mark)
        ? 'CNY'
        : /^[A-Z]{3}$/.test(mark)
          ? mark
          : MARK_CURRENCY[mark.replace('$', '')];
  return code ? { amount, currency: code, text: shown } : null;
}

export { parsedHttpsUrl } from '../https-url';

/**
 * Order states as the pages word them (list, detail, Tmall), seen 2016–2025: 等待买家付款, 买家已付款, 等待卖家发货,
 * 卖家已发货, 部分发货, 交易成功, 交易(已)关闭, 退款中, 退款成功, 退款关闭, 已签收, 商品已拍下, 付款确认中, (订单)已取消;
 * 充值成功 (a phone top-up order in the React list, 2017).
 * The list also has tab names (待付款, 待发货, 待收货, 待评价), which are filters, not a state of one order.
 */
const ORDER_STATUS =
  /^(?:等待买家付款|买家已付款|等待卖家发货|卖家已发货|部分发货|交易(?:成功|已?关闭)|退款(?:中|成功|关闭)|已签收|商品已拍下|付款确认中|(?:订单)?已取消|充值成功)$/;

/**
 * `当前订单状态：卖家已发货，请查看页面下方物流信息…` → `卖家已发货`. Returns null for text that is clearly not a
 * short state (long sentences, empty).
 */
export function normalizeStatus(text: string): string | null {
  let s = text.replace(/\s+/g, ' ').trim();
  // The page's own words stay: the prefix is found in the folded text (當前訂單狀態：), which is as long.
  s = s.slice(/^(?:当前)?(?:订单|交易)?状态\s*[:：]\s*/.exec(foldTaobaoText(s))?.[0].length ?? 0);
  const cut = s.search(/[，,。；;！!（(]/);
  if (cut >= 0) s = s.slice(0, cut);
  s = s.trim();
  if (s.length === 0 || s.length > 20) return null;
  return s;
}

/** Whether a short text is one of the known order states (exactly, ignoring spaces; 賣家已發貨 too), as the page words it. */
export function knownStatus(text: string): string | null {
  const s = text.replace(/\s+/g, '');
  return ORDER_STATUS.test(foldTaobaoText(s)) ? s : null;
}

/**
 * Carrier names as Taobao/Tmall pages print them (物流公司): a major carrier's short name with its usual suffix
 * (顺丰速运, 中通快递, 圆通速递, 京东物流, 中通快运 …), or one of the names without one. Used only to recognise a carrier
 * mentioned in visible text when no 物流公司 label is present; the label's own text always wins. Seen 2020–2025.
 */
export const CARRIER_NAME =
  /(?:顺丰|中通|圆通|申通|韵达|百世|极兔|京东|德邦|天天|菜鸟|优速|安能|跨越|汇通)(?:速运|快递|速递|物流|快运)|邮政快递包裹|中国邮政|EMS|丹鸟|宅急送/;

/** A carrier name as a page or its data gives it; null for empty and placeholder values (`"-"`, seen 2016). */
export function carrierName(text: string): string | undefined {
  const name = text.trim();
  return name.length <= 30 && /\p{L}/u.test(name) ? name : undefined;
}

/** A tracking number as pages print it: 6–40 letters/digits, at least 6 digits. */
export function cleanTrackingId(text: string): string | null {
  const m = /(?<![A-Za-z0-9])([A-Za-z]{0,4}\d[A-Za-z0-9-]{5,38})(?![A-Za-z0-9])/.exec(text);
  if (!m?.[1]) return null;
  const id = m[1].replace(/-+$/, '');
  return (id.match(/\d/g)?.length ?? 0) >= 6 ? id : null;
}
