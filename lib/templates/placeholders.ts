import type { ProblemKind } from './problem-kinds';
import { type Lang, type Localized, PLACEHOLDER_NAMES, type PlaceholderName } from './types';

/** What each placeholder means, as shown in a missing-value marker and on the field the UI renders for it. */
export const PLACEHOLDER_LABELS: Readonly<Record<PlaceholderName, Localized>> = {
  orderId: { zh_CN: '订单号', en: 'order ID' },
  orderDate: { zh_CN: '下单时间', en: 'order date' },
  item: { zh_CN: '商品', en: 'item' },
  total: { zh_CN: '实付款', en: 'total paid' },
  trackingId: { zh_CN: '运单号', en: 'tracking ID' },
  carrier: { zh_CN: '物流公司', en: 'carrier' },
  // "seller" alone read as a person to write to, not the shop's name to type in (user-journey review, 2026-11).
  shop: { zh_CN: '店铺名称', en: 'shop or seller name' },
  tried: { zh_CN: '已经尝试过的办法', en: 'what you already tried' },
  outcome: { zh_CN: '希望的处理结果', en: 'the outcome you want' },
  contactHistory: { zh_CN: '之前的联系记录', en: 'earlier contacts' },
  platform: { zh_CN: '平台', en: 'platform' },
  details: { zh_CN: '具体情况', en: 'what happened, in a sentence' },
  newAddress: { zh_CN: '新的收货地址', en: 'new delivery address' },
  account: { zh_CN: '账户邮箱或手机号', en: 'account e-mail or phone' },
  refundDate: { zh_CN: '申请退款的日期', en: 'date you asked for the refund' },
  lastUpdate: { zh_CN: '最后一条物流信息（时间和内容）', en: 'last tracking update (date and status)' },
  arrival: { zh_CN: '包裹现在的情况', en: 'where the package is now' },
  shipping: { zh_CN: '订单页面上的发货情况', en: 'what the order page shows about shipping' },
};

/**
 * `{details}` says something else in each template ("Reason: …", "What I received: …"): the field is named for what
 * that template asks, not "details".
 */
const DETAILS_LABELS: Readonly<Partial<Record<ProblemKind, Localized>>> = {
  'refund-request': { zh_CN: '退款原因', en: 'reason for the refund' },
  'quality-damage': { zh_CN: '商品有什么问题', en: "what's wrong with the item" },
  'wrong-item': { zh_CN: '实际收到的东西', en: 'what you received instead' },
  'cancel-order': { zh_CN: '取消原因', en: 'reason for cancelling' },
  'cannot-login': { zh_CN: '登录时出现的情况', en: 'what happens when you sign in' },
  'account-compromised': { zh_CN: '发现的异常', en: 'what you noticed' },
  'billing-question': { zh_CN: '有疑问的费用', en: 'the charge in question' },
  'product-question': { zh_CN: '想咨询的问题', en: 'your question' },
};

const KNOWN = new Set<string>(PLACEHOLDER_NAMES);

export function isPlaceholderName(name: string): name is PlaceholderName {
  return KNOWN.has(name);
}

/** `{name}` with anything but braces and line breaks inside, so `{订单号}` and `{ orderId }` are seen too. */
export const PLACEHOLDER_PATTERN = /\{([^{}\n]{1,40})\}/g;

/** What a placeholder asks for; `problem`: the template's problem, which names `{details}` more exactly. */
export function placeholderLabel(name: string, lang: Lang, problem?: ProblemKind): string {
  if (name === 'details' && problem) {
    const label = DETAILS_LABELS[problem];
    if (label) return label[lang];
  }
  return isPlaceholderName(name) ? PLACEHOLDER_LABELS[name][lang] : name;
}

/** The visible marker left in the text for a missing value. */
export function missingMarker(label: string, lang: Lang): string {
  return lang === 'zh_CN' ? `【请填写：${label}】` : `[fill in: ${label}]`;
}
