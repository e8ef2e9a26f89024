import type { Lang, Localized, ProblemKind } from '../templates';
import type { ChecklistItem, HelpPlatform } from './types';

// What to have ready before contacting service. Seed 000 准备工作 (明确问题, 搜集订单号/账户信息), seed 001
// (订单编号、联系方式及具体问题), seed 002 §2.1 and §3.3.1 (账号、订单号、问题描述; 第一时间拍摄清晰照片),
// seed 003 联系前的准备工作 (订单号、购买日期、商品名称; 照片或录像; 交易记录截图; 账户名、注册邮箱和手机号;
// 确保登录正确的亚马逊账户). Seed 001 商品详情咨询 (尺码、颜色、安装和售后) for a question before buying.

type ItemText = Localized | Readonly<Record<HelpPlatform, Localized>>;

const ITEMS: Readonly<Record<string, ItemText>> = {
  'order-id': {
    zh_CN: '订单号（复制好，开头就发给客服）',
    en: 'The order ID, copied and ready for your first message',
  },
  'order-facts': {
    zh_CN: '下单日期、商品名称和实付金额',
    en: 'Order date, item name and amount paid',
  },
  // Seed 003: the agent may verify your identity, so be signed in to the account the order was placed with.
  'right-account': {
    zh_CN: '已经登录下这笔订单时用的亚马逊账户（客服可能要核实身份）',
    en: 'Be signed in to the Amazon account you ordered with (the agent may need to verify you)',
  },
  'promised-dispatch': {
    zh_CN: '商品页面或订单上写明的发货时间或预计送达时间（截图）',
    en: 'The dispatch time or delivery estimate shown on the item page or order (screenshot)',
  },
  'item-link': {
    zh_CN: '商品链接，或商品名称和型号（复制好）',
    en: 'The item link, or its name and model, copied',
  },
  questions: {
    zh_CN: '想问的问题，一条一条列出来（尺码、颜色、规格、安装、保修……）',
    en: 'Your questions, listed one by one (size, colour, specs, installation, warranty…)',
  },
  'own-needs': {
    zh_CN: '你自己的相关情况（身高体重、房间尺寸、现有设备的型号……），方便客服给出准确的答复',
    en: 'The facts about you the answer depends on (your measurements, the room size, the model of the device you have…)',
  },
  'tracking-id': {
    zh_CN: '运单号和快递公司',
    en: 'Tracking ID and carrier',
  },
  'tracking-screenshot': {
    zh_CN: '物流页面的截图（显示最后一次更新的时间和状态）',
    en: 'A screenshot of the tracking page showing the last update and status',
  },
  'delivery-proof': {
    amazon: {
      zh_CN: '“跟踪包裹”里的投递照片或签收信息，以及你核实过的地方（邻居、收发室）',
      en: 'The delivery photo or proof of delivery under Track package, and where you already looked (neighbours, mail room)',
    },
    taobao: {
      zh_CN: '物流里的签收记录（谁签收、放在哪个快递柜或驿站），以及你已经问过的地方',
      en: 'The signed-for record in the logistics details (who signed, which locker or pickup point) and where you already asked',
    },
    tmall: {
      zh_CN: '物流里的签收记录（谁签收、放在哪个快递柜或驿站），以及你已经问过的地方',
      en: 'The signed-for record in the logistics details (who signed, which locker or pickup point) and where you already asked',
    },
    other: {
      zh_CN: '物流显示的签收信息，以及你已经核实过的地方',
      en: 'The delivery record shown by the carrier and where you already checked',
    },
  },
  'damage-photos': {
    zh_CN: '损坏部位的特写、商品全貌和外包装（含快递面单）的照片或视频',
    en: 'Close-ups of the damage, the whole item and the outer packaging with its shipping label, as photos or video',
  },
  'unboxing-video': {
    zh_CN: '开箱视频（如果有）',
    en: 'The unboxing video, if you have one',
  },
  'wrong-item-photos': {
    zh_CN: '收到的商品、吊牌或尺码标的照片，以及订单页面上所购规格的截图',
    en: 'Photos of what arrived and its tag or size label, plus a screenshot of the variant you ordered',
  },
  'payment-proof': {
    amazon: {
      zh_CN: '付款记录截图（“付款记录”页面或银行账单上的那一笔，遮住卡号）',
      en: 'A screenshot of the payment (Your transactions or the line on your statement, card number hidden)',
    },
    taobao: {
      zh_CN: '支付宝账单里这笔付款的截图',
      en: 'A screenshot of the payment in your Alipay bill',
    },
    tmall: {
      zh_CN: '支付宝账单里这笔付款的截图',
      en: 'A screenshot of the payment in your Alipay bill',
    },
    other: {
      zh_CN: '付款凭证截图（遮住卡号）',
      en: 'A screenshot of the payment receipt (card number hidden)',
    },
  },
  'refund-record': {
    zh_CN: '申请退款的日期、退款金额，以及退款页面显示的状态截图',
    en: 'The date you asked for the refund, the amount, and a screenshot of the refund status',
  },
  'return-tracking': {
    zh_CN: '退货的运单号和寄回日期（如果已经寄回）',
    en: 'The return tracking ID and the date you sent it back, if you did',
  },
  'seller-chat': {
    amazon: {
      zh_CN: '和卖家的站内消息记录（什么时候联系的、对方怎么答复）',
      en: 'Your messages with the seller: when you wrote and what they answered',
    },
    taobao: {
      zh_CN: '和卖家的旺旺聊天记录截图',
      en: 'Screenshots of your Wangwang chat with the seller',
    },
    tmall: {
      zh_CN: '和卖家的旺旺聊天记录截图',
      en: 'Screenshots of your Wangwang chat with the seller',
    },
    other: {
      zh_CN: '和商家的沟通记录',
      en: 'Your messages with the shop',
    },
  },
  'new-address': {
    zh_CN: '完整的新收货地址和收件人电话（只告诉官方客服或卖家）',
    en: "The full new delivery address and the recipient's phone number (for the official service or seller only)",
  },
  'account-id': {
    zh_CN: '账户的注册邮箱或手机号、账户名',
    en: 'The e-mail address or phone number on the account, and the account name',
  },
  'error-message': {
    zh_CN: '登录时出现的提示或错误信息的截图',
    en: 'A screenshot of the message or error you get when signing in',
  },
  'verification-device': {
    zh_CN: '能接收验证短信或邮件的手机和邮箱（验证码只自己在官方页面输入，不告诉任何人）',
    en: 'The phone and mailbox that receive verification messages (type codes yourself on the official page; never tell anyone)',
  },
  'suspicious-activity': {
    zh_CN: '可疑订单、被改动的资料或陌生登录的清单和截图（时间、内容）',
    en: "A list with screenshots of orders, changes or sign-ins that weren't you, with times",
  },
  'open-items': {
    zh_CN: '未完成的订单、退款、余额或会员订阅的清单（注销前要处理好）',
    en: 'Open orders, refunds, balances or subscriptions to settle before closing',
  },
  'charge-details': {
    zh_CN: '有疑问的那笔费用：日期、金额、账单上显示的名称',
    en: 'The charge you are asking about: date, amount and how it appears on the statement',
  },
  'fee-terms': {
    zh_CN: '相关的收费说明或服务协议条款（截图或链接）',
    en: 'The relevant fee page or terms (screenshot or link)',
  },
  'contact-history': {
    zh_CN: '之前每次联系的时间、渠道、客服名字、承诺和工单号',
    en: "Each earlier contact's date, channel, agent name, promise and reference number",
  },
  tried: {
    zh_CN: '你已经尝试过的办法和结果',
    en: 'What you have already tried, and what happened',
  },
  outcome: {
    zh_CN: '想要的结果（补发、换货、退款……），只提一个明确的要求',
    en: 'The one outcome you want (replacement, exchange, refund…), stated clearly',
  },
  // An account problem has no parcel to resend or item to exchange: its outcomes are about the account.
  'account-outcome': {
    zh_CN: '想要的结果（恢复登录、冻结账户、撤销异常订单、注销……），只提一个明确的要求',
    en: 'The one outcome you want (access back, account frozen, unknown orders cancelled, account closed…), stated clearly',
  },
  // For a stolen account: the charges the user did not make, not "this payment" of an order.
  'unknown-charges': {
    amazon: {
      zh_CN: '不是你本人的扣款记录截图（“付款记录”页面或银行账单上的那几笔，遮住卡号）',
      en: "Screenshots of the charges you didn't make (Your transactions or your statement, card number hidden)",
    },
    taobao: {
      zh_CN: '支付宝账单里不是你本人的付款记录截图',
      en: "Screenshots of the payments you didn't make in your Alipay bill",
    },
    tmall: {
      zh_CN: '支付宝账单里不是你本人的付款记录截图',
      en: "Screenshots of the payments you didn't make in your Alipay bill",
    },
    other: {
      zh_CN: '不是你本人的扣款记录截图（遮住卡号）',
      en: "Screenshots of the charges you didn't make (card number hidden)",
    },
  },
};

const LISTS: Readonly<Record<ProblemKind, readonly string[]>> = {
  'not-received': [
    'order-id',
    'order-facts',
    'tracking-id',
    'delivery-proof',
    'payment-proof',
    'seller-chat',
    'tried',
    'outcome',
  ],
  'not-shipped': ['order-id', 'order-facts', 'promised-dispatch', 'payment-proof', 'seller-chat', 'tried', 'outcome'],
  'tracking-stalled': [
    'order-id',
    'order-facts',
    'tracking-id',
    'tracking-screenshot',
    'seller-chat',
    'tried',
    'outcome',
  ],
  'refund-request': ['order-id', 'order-facts', 'payment-proof', 'damage-photos', 'seller-chat', 'tried', 'outcome'],
  'refund-progress': [
    'order-id',
    'order-facts',
    'refund-record',
    'return-tracking',
    'payment-proof',
    'tried',
    'outcome',
  ],
  'quality-damage': ['order-id', 'order-facts', 'damage-photos', 'unboxing-video', 'seller-chat', 'tried', 'outcome'],
  'wrong-item': ['order-id', 'order-facts', 'wrong-item-photos', 'seller-chat', 'tried', 'outcome'],
  'cancel-order': ['order-id', 'order-facts', 'payment-proof', 'tried', 'outcome'],
  'change-address': ['order-id', 'order-facts', 'new-address', 'tried', 'outcome'],
  'cannot-login': ['account-id', 'error-message', 'verification-device', 'tried', 'account-outcome'],
  'account-compromised': [
    'account-id',
    'suspicious-activity',
    'verification-device',
    'unknown-charges',
    'tried',
    'account-outcome',
  ],
  'close-account': ['account-id', 'open-items', 'verification-device', 'tried', 'account-outcome'],
  'billing-question': ['order-id', 'charge-details', 'payment-proof', 'fee-terms', 'tried', 'outcome'],
  'product-question': ['item-link', 'questions', 'own-needs', 'tried'],
  escalation: ['order-id', 'order-facts', 'contact-history', 'seller-chat', 'tried', 'outcome'],
};

/** Items that only make sense on some platforms, and the lists they join there (after the order's ID and facts). */
const PLATFORM_EXTRA: Readonly<Partial<Record<HelpPlatform, readonly string[]>>> = {
  amazon: ['right-account'],
};

function textOf(item: ItemText, platform: HelpPlatform, lang: Lang): string {
  return 'zh_CN' in item ? item[lang] : item[platform][lang];
}

/** What to prepare before contacting service about this problem, in order. */
export function checklist(platform: HelpPlatform, problem: ProblemKind, lang: Lang): ChecklistItem[] {
  const ids = [...LISTS[problem]];
  // Only for problems about an order: an account problem already asks for the account's e-mail and phone, and
  // someone who cannot sign in cannot be signed in.
  const at = Math.max(ids.indexOf('order-id'), ids.indexOf('order-facts'));
  if (at >= 0) ids.splice(at + 1, 0, ...(PLATFORM_EXTRA[platform] ?? []));
  return ids.flatMap((id) => {
    const item = ITEMS[id];
    return item ? [{ id, text: textOf(item, platform, lang) }] : [];
  });
}
