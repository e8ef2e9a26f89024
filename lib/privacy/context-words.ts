import { foldLabelText } from '../han-fold/labels';
import type { SensitiveType } from './types';

/**
 * Label / context words, zh + en, scored the way Presidio's LemmaContextAwareEnhancer does:
 * a context word in the window before a match adds 0.35, floors the score at 0.4, caps at 1.0.
 * Presidio looks at 5 words before; Chinese has no spaces, so we look at ~30 characters instead.
 */
export const CONTEXT_WINDOW = 30;
const CONTEXT_BOOST = 0.35;
const CONTEXT_FLOOR = 0.4;

/**
 * ASCII words get letter boundaries so "pin" does not fire inside "shopping". Longest first, so the
 * alternation reads "order number" as one label rather than stopping at "order".
 */
function wordsToRegExp(words: readonly string[]): RegExp {
  const parts = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?');
      return /^[a-z]/i.test(w) ? `(?<![a-z])${escaped}(?![a-z])` : escaped;
    });
  return new RegExp(foldLabelText(parts.join('|')), 'gi');
}

/**
 * The `CONTEXT_WINDOW` characters before `start`, traditional Chinese folded to simplified as the words are
 * (銀行卡, 訂單號 and 電話 label a number as 银行卡, 订单号 and 电话 do).
 */
function windowBefore(text: string, start: number): string {
  return foldLabelText(text.slice(Math.max(0, start - CONTEXT_WINDOW), start));
}

const CONTEXT_WORDS: Record<SensitiveType, readonly string[]> = {
  // Presidio CREDIT_CARD words + the Chinese card vocabulary.
  'payment-card': [
    'credit',
    'card',
    'cards',
    'visa',
    'mastercard',
    'amex',
    'discover',
    'jcb',
    'diners',
    'maestro',
    'unionpay',
    'cc',
    'debit',
    '信用卡',
    '银行卡',
    '储蓄卡',
    '借记卡',
    '卡号',
    '银联',
    '刷卡',
    // "这张卡 / 那张卡 / 一张卡": the measure word 张 makes 卡 a card (卡住, 卡顿 are "stuck", "lagging").
    '张卡',
    // Hong Kong writes a card 咭: 信用咭, 提款咭, 咭号 (folded from 信用咭, 咭號).
    '信用咭',
    '提款咭',
    '咭号',
    // The storefronts' languages (Amazon .de/.fr/.es/.it/.com.br/.co.jp): "Kreditkarte", "carte bancaire", "tarjeta".
    'karte',
    'kreditkarte',
    'kartennummer',
    'carte',
    'tarjeta',
    'carta',
    'cartão',
    'カード',
  ],
  cvv: ['cvv', 'cvc', 'security code', '安全码', '校验码'],
  'card-expiry': ['expiry', 'expiration', 'valid thru', '有效期'],
  password: ['password', 'passcode', 'pin', '密码'],
  'verification-code': ['code', 'otp', '验证码', '校验码', '动态码'],
  'cn-resident-id': [
    '身份证',
    '身份证号',
    '证件号',
    '证件号码',
    '公民身份',
    'id card',
    'id number',
    'id no',
    'identity',
  ],
  'id-document': ['passport', 'hkid', '护照', '通行证'],
  'us-ssn': ['social', 'security', 'ssn', 'ssns', 'ssid', '社会安全号', '社保号'],
  // 帐户/帐号: the other simplified spelling, and what 帳戶/帳號 (Hong Kong, Taiwan) fold to.
  iban: ['iban', 'bank', 'transaction', 'swift', '银行', '账户', '账号', '帐户', '帐号'],
  'bank-account': ['account', 'acct', 'bank', '银行', '账户', '账号', '帐户', '帐号', '卡号'],
  phone: [
    'phone',
    'number',
    'telephone',
    'tel',
    'cell',
    'cellphone',
    'mobile',
    'call',
    'whatsapp',
    '电话',
    '手机',
    '手机号',
    '号码',
    '联系方式',
    '致电',
    // The recipient on a delivery: "订单收货人：李四 135…" is the shopper's phone even in an order sentence.
    '收货人',
    '收件人',
    '联系人',
    'recipient',
  ],
  email: ['email', 'e-mail', 'mail', '邮箱', '邮件', '电邮'],
  'crypto-wallet': [
    'wallet',
    'btc',
    'bitcoin',
    'crypto',
    'eth',
    'ethereum',
    'usdt',
    '钱包',
    '比特币',
    '以太坊',
    '虚拟币',
  ],
};

/**
 * Words saying "this number is an order / parcel / product identifier", which is exactly what a
 * shopper is supposed to give customer service. The nearest label wins: "订单号 … 卡号 6222…" is a card;
 * and it must label the number itself (see LABEL_GAP): "refund my order to 4756…" is a card.
 */
const NOT_SENSITIVE_WORDS = [
  '订单号',
  '订单编号',
  '订单',
  '运单号',
  '运单',
  '快递单号',
  '物流单号',
  '单号',
  // "订单号码", "运单号码", "快递单号码": the phone word 号码 ends there too, and must not win (a 14-digit order or waybill
  // number read as a phone). Whole words: the match of a shorter one (订单号) would end before 码.
  '订单号码',
  '运单号码',
  '快递单号码',
  '物流单号码',
  '包裹号',
  '快递',
  '物流',
  // Carrier names label a waybill number ("韵达 4322912654757"): a 13-digit waybill can pass Luhn like a Visa.
  '顺丰',
  '圆通',
  '中通',
  '申通',
  '韵达',
  '极兔',
  '百世',
  '德邦',
  '京东物流',
  '邮政',
  '菜鸟',
  'cainiao',
  'yunda',
  'zto',
  'yto',
  'sf express',
  'ems',
  'ups',
  'fedex',
  'usps',
  'dhl',
  'dpd',
  '货号',
  '型号',
  '商品编码',
  '条码',
  '条形码',
  '发票号',
  // After-sales and payment references a shopper quotes to an agent (19 digits like an order number).
  '退款编号',
  '售后编号',
  '交易号',
  '交易编号',
  'case id',
  'case number',
  'rma',
  'refund id',
  'return id',
  'order',
  'order #',
  'order number',
  'order no',
  'order id',
  // An order page's link pasted as it is (`…trade_item_detail.htm?bizOrderId=…`, `…?biz_order_id=…`, `…?trade_id=…`,
  // Amazon's `?orderID=…` is "order id" above): the query parameter names the number.
  'bizorderid',
  'biz_order_id',
  'trade_id',
  'tracking',
  'tracking number',
  'tracking #',
  'waybill',
  'shipment',
  'parcel',
  'isbn',
  'sku',
  'asin',
  'model',
  'part no',
  'invoice',
  // Product barcodes: an EAN-13 that happens to pass Luhn reads as a Maestro/Visa card.
  'barcode',
  'ean',
  'ean-13',
  'upc',
  'gtin',
];

const CONTEXT_REGEXPS = Object.fromEntries(
  Object.entries(CONTEXT_WORDS).map(([type, words]) => [type, wordsToRegExp(words)]),
) as Record<SensitiveType, RegExp>;
const NOT_SENSITIVE_REGEXP = wordsToRegExp(NOT_SENSITIVE_WORDS);

/** End offset (within `window`) of the last match of `re`, or -1. */
function lastMatchEnd(re: RegExp, window: string): number {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}

/**
 * What may stand between a label and the value it labels: separators, "is/是/为", "number/no./号码", and the
 * other identifiers of a list ("订单号 A、B"). Anything else (a verb, a preposition, a name, a sentence end)
 * means the label is about something else: "refund my order to 4756 …", "订单已取消，退款到 5437 …".
 * Identifiers are whole alphanumeric tokens (lookarounds), so each character has one reading and the
 * regex stays linear on the ≤ 30-character gap.
 */
const LABEL_GAP = new RegExp(
  // `=` right after the label only: a link's query parameter names the value after it (`?bizOrderId=…`), not the
  // value of a later parameter (`?order=77&id=4111…`).
  `^=?(?:${[
    String.raw`(?![。！？!?])[\s\p{P}]`,
    String.raw`(?<![\dA-Za-z])[A-Za-z]*\d[\dA-Za-z]*(?![\dA-Za-z])`,
    `(?<![A-Za-z])(?:is|was|are|number|numbers|no|nos|num|id|ids|and|or)(?![A-Za-z])`,
    // 号 never before 码: one way to read 号码, or the repetition backtracks exponentially on long gaps.
    '的|是|为|号码|号(?!码)|编号|码|如下|分别|和|及|或',
  ].join('|')})*$`,
  'iu',
);

/** True when `gap`, the text between a label and a value, joins them as "label: value". */
function isLabelGap(gap: string): boolean {
  return LABEL_GAP.test(gap);
}

/** True when a match of `label` ends in the window before `start` and labels the value there. */
export function hasAdjacentLabel(text: string, start: number, label: RegExp): boolean {
  const window = windowBefore(text, start);
  const end = lastMatchEnd(label, window);
  return end >= 0 && isLabelGap(window.slice(end));
}

/**
 * True when a label of `type` labels the value at `start` itself ("Tel. 612 345 678"): a label gap with no other
 * number in it, as the list reading of LABEL_GAP would take "Tel. 512 345 678 — 1 234 567 zł" for two phones.
 */
export function labelsValueItself(text: string, start: number, type: SensitiveType): boolean {
  const window = windowBefore(text, start);
  const end = lastMatchEnd(CONTEXT_REGEXPS[type], window);
  return end >= 0 && !/\d/.test(window.slice(end)) && isLabelGap(window.slice(end));
}

/**
 * "<word> code" that is not a one-time code: "promo code", "postal code", "tracking code". Shared by the labelled
 * OTP patterns and the scam-request phrases; each adds its own word-end check (and the OTP patterns more words).
 */
export const NOT_OTP_CODE_WORDS: readonly string[] = [
  'promo',
  'promotion',
  'promotional',
  'coupon',
  'discount',
  'gift',
  'voucher',
  'referral',
  'invite',
  'postal',
  'zip',
  'area',
  'tracking',
  'order',
  'product',
  'item',
  'error',
  'qr',
  'bar',
  'reference',
];

/**
 * Where a card's code is printed, in English: "the code on the back is 123", "the three numbers on the back: 123", "back
 * of the card: 123". Not the back of anything else ("the code on the back of the box"). Shared by the CVV label and
 * the scam phrases ("send me the digits on the back of your card").
 */
export const BACK_OF_CARD_EN =
  '(?:(?:3|4|three|four)[- ](?:digits?|numbers?)(?: code)?|(?:security )?code|digits|numbers) (?:on|at|from) the back(?: of (?:the|my|your) card|(?! of\\b))|(?:the )?back of (?:the|my|your) card';

export interface ContextVerdict {
  /** A label for this type is the nearest relevant label. */
  hasContext: boolean;
  /** An order/tracking/product label labels this value and is nearer than any label for this type. */
  labelledNotSensitive: boolean;
}

export function readContext(text: string, start: number, type: SensitiveType): ContextVerdict {
  const window = windowBefore(text, start);
  const positiveEnd = lastMatchEnd(CONTEXT_REGEXPS[type], window);
  const negativeEnd = lastMatchEnd(NOT_SENSITIVE_REGEXP, window);
  // ">=" so that "order number" beats the phone word "number" it contains.
  const labelledNotSensitive = negativeEnd >= 0 && negativeEnd >= positiveEnd && isLabelGap(window.slice(negativeEnd));
  return { hasContext: positiveEnd >= 0 && !labelledNotSensitive, labelledNotSensitive };
}

export function enhanceScore(base: number, hasContext: boolean): number {
  if (!hasContext) return base;
  return Math.min(1, Math.max(base + CONTEXT_BOOST, CONTEXT_FLOOR));
}
