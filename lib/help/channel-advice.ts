import type { Lang, Localized, ProblemKind } from '../templates';
import { withLocalAToZName } from './a-to-z-name';
import type { Channel, ChannelAdvice, HelpPlatform } from './types';

// Sources: seed 000 (general guide: 联系方式, 准备工作, 技巧, 常见问题), 001 (Tmall: 客服中心, 转接人工客服,
// 响应时间, 工作时间), 002 ("TP" = any other shop: 如何选择联系方式 — phone for urgent, chat/social for
// general; 要求与上级客服联系), 003 (Amazon: chat fastest for simple issues, phone for complex ones, e-mail
// when not urgent with a reply within 24 h, social media draws attention). Amazon's own rule adds: contact the
// seller first, and claim under the A-to-z Guarantee when the seller has not helped within two business days.
// Every zh_CN text and its en text say the same thing (a unit test compares the facts in both).

interface AdviceRow {
  recommended: Channel[];
  steps: Localized[];
  why: Localized;
}

type Table = Readonly<Record<ProblemKind, AdviceRow>>;

const ACCOUNT_PROBLEMS: readonly ProblemKind[] = ['cannot-login', 'account-compromised', 'close-account'];

// ---------------------------------------------------------------- Amazon

/** What to do on one's own first, per problem (seed 003 §4 常见问题及解决方法). */
const AMAZON_SELF: Readonly<Record<ProblemKind, Localized>> = {
  'not-shipped': {
    zh_CN: '在“我的订单”里查看订单状态和预计送达时间；还在预计时间之内，可以再等一等。', // seed 003
    en: 'Check the order status and delivery estimate in Your Orders; if it is still within the estimate, give it a little longer.',
  },
  'not-received': {
    zh_CN: '先在“我的订单”里点“跟踪包裹”，查看预计送达时间和投递照片；过了最晚送达日期还没到，再联系。',
    en: 'Open Your Orders → Track package and check the delivery estimate and any delivery photo; reach out once the latest delivery date has passed.',
  },
  'tracking-stalled': {
    zh_CN: '在“跟踪包裹”里核对运单号，再到承运商官网查一次，确认不是单号输错。', // seed 000
    en: "Check the tracking ID under Track package and look it up on the carrier's own site, to rule out a wrong number.",
  },
  'refund-request': {
    zh_CN: '在“我的订单”中点“退货或换货”，按提示选择原因；大多数商品可以直接自助退货退款。',
    en: 'In Your Orders choose Return or replace items and pick the reason; most items can be returned without talking to anyone.',
  },
  'refund-progress': {
    zh_CN: '在订单详情里查看退货和退款状态，并在“付款记录”里核对是否已退回；退款通常在7个工作日内处理完毕。', // seed 003
    en: 'Check the return and refund status on the order page and look in Your transactions; refunds are usually processed within 7 business days.',
  },
  'quality-damage': {
    zh_CN: '先拍下商品、损坏部位和外包装的照片或视频，再在“退货或换货”里提交。', // seed 003
    en: 'Photograph or film the item, the damage and the packaging first, then start a return under Return or replace items.',
  },
  'wrong-item': {
    zh_CN: '拍下收到的商品和标签，再截一张订单页面的图，然后在“退货或换货”里选择收到的商品有误。',
    en: 'Photograph what arrived and its label, take a screenshot of the order page, then start a return and say you received the wrong item.',
  },
  'cancel-order': {
    zh_CN: '在订单详情里点“取消商品”；只要还没有发货，通常可以自己取消。',
    en: "On the order page choose Cancel items; as long as it hasn't shipped you can usually cancel it yourself.",
  },
  'change-address': {
    zh_CN: '在订单详情里看收货地址旁有没有“更改”；已经发货的订单一般只能联系承运商改派。',
    en: 'Look for Change next to the address on the order page; once shipped, usually only the carrier can redirect it.',
  },
  'cannot-login': {
    zh_CN: '先点“忘记密码”，通过邮箱或短信验证重置密码。', // seed 000
    en: 'First use Forgot password to reset it by e-mail or text message.',
  },
  'account-compromised': {
    zh_CN: '立即修改密码并开启两步验证，再检查订单、收货地址和付款方式有没有被改过。', // seed 003
    en: 'Change your password and turn on two-step verification at once, then check orders, addresses and payment methods for changes.',
  },
  'close-account': {
    zh_CN: '先看帮助页面“注销亚马逊账户”，按页面说明提交注销请求。', // seed 000
    en: 'Read the Close your Amazon account help page and submit the request there first.',
  },
  'billing-question': {
    zh_CN: '对照订单发票和“付款记录”，弄清是哪一笔扣款、金额和日期。', // seed 000
    en: 'Compare the invoice with Your transactions so you know exactly which charge, amount and date you are asking about.',
  },
  'product-question': {
    zh_CN: '先看商品页面上的描述、规格、尺码表，以及买家问答和评价。', // seed 001 (自助服务: 尺码查询)
    en: 'Read the product page first: the description, specifications, size chart, and the customer questions and reviews.',
  },
  escalation: {
    zh_CN: '整理好之前每次联系的时间、客服名字、承诺和工单号。', // seed 000
    en: "List each earlier contact with its date, the agent's name, what was promised and any reference number.",
  },
};

const AMAZON_SELLER_FIRST: Localized = {
  zh_CN: '第三方卖家的订单：在订单页面点“联系卖家”或“订单问题”，先给卖家留言。',
  en: 'For a third-party seller, message the seller first from the order page (Contact seller or Problem with order).',
};
const AMAZON_A_TO_Z: Localized = {
  zh_CN: '卖家48小时（两个工作日）内没有回复或不肯处理，就可以申请亚马逊商城交易保障（A-to-z）索赔。',
  en: "If the seller hasn't answered or helped within 48 hours (two business days), file an A-to-z Guarantee claim.",
};
const AMAZON_CHAT: Localized = {
  zh_CN: '亚马逊自营的订单或仍未解决的问题：在“联系我们”里选好订单和问题，选择在线聊天；问题复杂就选择电话回拨。',
  en: 'For items sold by Amazon, or if it is still unresolved: on Contact us pick the order and issue, then choose chat, or a call-back for a complicated case.',
};
// Seed 003 例子三: 帮助 → 联系客服 → 发送电子邮件, a form (order ID, description, attachments), a reply usually
// within 24 hours. Not every storefront offers it any more, hence "if".
const AMAZON_EMAIL: Localized = {
  zh_CN:
    '不着急的话，如果“联系我们”页面提供“发送电子邮件”，可以填写表单、写清订单号和问题并附上照片或截图，一般24小时内会有回复。',
  en: 'If it can wait and Contact us offers e-mail, fill in the form with the order ID and the problem and attach photos or screenshots; a reply usually comes within 24 hours.',
};
// Seed 003 (社交媒体: Twitter, Facebook; 公开提问往往能引起更多关注). A public post is seen by everyone, so the
// order and personal details go in a private message only (seed 001 保护个人隐私).
const AMAZON_SOCIAL: Localized = {
  zh_CN:
    '仍然没有回应，可以给亚马逊的官方社交账号（如Twitter/X、Facebook）发消息，这样往往能引起更多关注；公开留言里不要写订单号、电话或地址，细节只在私信里说。',
  en: "Still nothing: message Amazon's official social media accounts (such as Twitter/X or Facebook), where cases tend to get more attention; never put your order number, phone or address in a public post, only in a private message.",
};

const AMAZON_ORDER_WHY: Localized = {
  zh_CN:
    '第三方卖家最了解自己的发货情况，而亚马逊的交易保障要求先给卖家处理的机会；在线聊天最快，适合说明清楚的问题，复杂的情况电话沟通更有效。', // seed 003
  en: "The seller knows its own shipment best, and Amazon's A-to-z Guarantee expects you to give the seller a chance first; chat is fastest for a clear-cut issue and a call works better for a complicated one.",
};

function amazonOrderRow(problem: ProblemKind): AdviceRow {
  return {
    recommended: ['seller-message', 'chat', 'phone'],
    steps: [AMAZON_SELF[problem], AMAZON_SELLER_FIRST, AMAZON_A_TO_Z, AMAZON_CHAT],
    why: AMAZON_ORDER_WHY,
  };
}

const AMAZON: Table = {
  'not-received': amazonOrderRow('not-received'),
  'not-shipped': {
    recommended: ['seller-message', 'chat'],
    steps: [
      AMAZON_SELF['not-shipped'],
      AMAZON_SELLER_FIRST,
      AMAZON_CHAT,
      {
        zh_CN: '等不及的话，趁还没发货可以在订单详情里取消订单。', // seed 001 (取消: 货物尚未发货时)
        en: 'If you cannot wait, you can still cancel on the order page while it has not shipped.',
      },
    ],
    why: {
      zh_CN: '第三方卖家的订单由卖家自己发货，先问卖家没有发货的原因；亚马逊自营的订单在线聊天能最快查到状态。', // seed 000 Q4, 003
      en: "A third-party seller ships its own orders, so ask the seller why it hasn't shipped; for items sold by Amazon, chat checks the status fastest.",
    },
  },
  'tracking-stalled': amazonOrderRow('tracking-stalled'),
  'refund-request': amazonOrderRow('refund-request'),
  'refund-progress': {
    recommended: ['chat', 'email'],
    steps: [AMAZON_SELF['refund-progress'], AMAZON_SELLER_FIRST, AMAZON_CHAT, AMAZON_EMAIL],
    why: {
      zh_CN: '查询进度不算紧急，在线聊天能马上查到状态；不着急的话发邮件也可以，一般24小时内回复。', // seed 003
      en: "A status check isn't urgent: chat can look it up on the spot, and e-mail works too if you can wait (replies usually within 24 hours).",
    },
  },
  'quality-damage': amazonOrderRow('quality-damage'),
  'wrong-item': amazonOrderRow('wrong-item'),
  'cancel-order': {
    recommended: ['chat', 'seller-message'],
    steps: [AMAZON_SELF['cancel-order'], AMAZON_CHAT, AMAZON_SELLER_FIRST],
    why: {
      zh_CN: '取消要赶在发货前，越快越好：在线聊天是最直接最快的方式；第三方卖家的订单需要卖家确认取消。', // seed 003
      en: 'A cancellation has to beat the dispatch, so speed matters: chat is the quickest route; a third-party seller has to confirm the cancellation itself.',
    },
  },
  'change-address': {
    recommended: ['chat', 'seller-message'],
    steps: [AMAZON_SELF['change-address'], AMAZON_CHAT, AMAZON_SELLER_FIRST],
    why: {
      zh_CN: '改地址必须在发货前完成，在线聊天回应最快；第三方卖家发货的订单要由卖家修改。', // seed 003
      en: 'The address has to change before dispatch, and chat answers fastest; for orders shipped by a third-party seller the seller must change it.',
    },
  },
  'cannot-login': {
    recommended: ['phone', 'email'],
    steps: [
      AMAZON_SELF['cannot-login'],
      {
        zh_CN: '重置后仍无法登录，在“联系我们”页面选择登录问题，请求电话回拨，或拨打所在站点的客服电话。',
        en: 'If you still cannot sign in, choose the sign-in problem on Contact us and ask for a call-back, or ring the customer-service number for your storefront.',
      },
      {
        zh_CN: '准备好注册邮箱和手机号，客服会核实身份；验证码只在亚马逊页面上输入，不要告诉任何人。', // seed 000
        en: 'Have your account e-mail and phone number ready for the identity check; type any code only into the Amazon page, never tell it to anyone.',
      },
    ],
    why: {
      zh_CN: '账户问题只能由亚马逊处理，卖家帮不上忙；在线聊天通常需要登录，所以电话是最可靠的方式。', // seed 000
      en: 'Only Amazon can help with an account, not a seller; chat usually needs you to be signed in, so a phone call is the dependable route.',
    },
  },
  'account-compromised': {
    recommended: ['phone', 'chat'],
    steps: [
      AMAZON_SELF['account-compromised'],
      {
        zh_CN: '马上通过“联系我们”请求电话回拨，说明账户被盗，请亚马逊检查账户、取消可疑订单。', // seed 003
        en: 'Ask for a call-back straight away through Contact us, report the account as compromised and ask Amazon to check it and cancel suspicious orders.',
      },
      {
        zh_CN: '如果付款卡被盗刷，同时联系发卡银行。',
        en: 'If your card was charged, call your card issuer as well.',
      },
    ],
    why: {
      zh_CN: '账户被盗既紧急又复杂，电话最适合；这类问题找亚马逊，不要找卖家。', // seed 002
      en: 'A compromised account is urgent and complicated, which is what the phone is for; it is a matter for Amazon, not the seller.',
    },
  },
  'close-account': {
    recommended: ['email', 'chat'],
    steps: [
      AMAZON_SELF['close-account'],
      {
        zh_CN: '注销前处理好未完成的订单、退款、礼品卡余额和会员订阅。',
        en: 'Before closing, finish open orders and refunds, use up any gift-card balance and cancel subscriptions.',
      },
      {
        zh_CN: '按亚马逊发来的确认邮件或短信完成身份验证。', // seed 000
        en: 'Confirm through the e-mail or text Amazon sends you.',
      },
      AMAZON_EMAIL,
    ],
    why: {
      zh_CN: '注销不紧急，按帮助页面提交请求或发邮件即可，通常24小时内会有回复；亚马逊会先确认身份，防止误操作。', // seed 003, 000
      en: "Closing an account isn't urgent, so the help-page request or e-mail is enough, with a reply usually within 24 hours; Amazon confirms your identity first to prevent mistakes.",
    },
  },
  'billing-question': {
    recommended: ['chat', 'email'],
    steps: [
      AMAZON_SELF['billing-question'],
      AMAZON_CHAT,
      {
        zh_CN: '问清楚收费依据、是否有额外费用；如果是错误扣款，请对方退回。', // seed 000
        en: 'Ask what the charge is for and whether there are extra fees; if it was taken in error, ask for it back.',
      },
      AMAZON_EMAIL,
    ],
    why: {
      zh_CN: '费用问题由亚马逊处理，在线聊天能当场查询；需要书面说明时发邮件更好。', // seed 000
      en: 'Charges are for Amazon to explain; chat can check them at once, and e-mail gives you the answer in writing.',
    },
  },
  escalation: {
    recommended: ['phone', 'email', 'social'],
    steps: [
      AMAZON_SELF.escalation,
      {
        zh_CN: '打电话或在线聊天时，礼貌地请客服把问题转给主管或专门团队处理。', // seed 002
        en: 'On the phone or in chat, politely ask for a supervisor or the specialist team.',
      },
      {
        zh_CN: '订单涉及第三方卖家且卖家不处理：申请A-to-z索赔，由亚马逊裁决。',
        en: 'If a third-party seller will not help, file an A-to-z Guarantee claim so Amazon decides.',
      },
      AMAZON_SOCIAL,
    ],
    why: {
      zh_CN:
        '电话最容易转接到主管；邮件能留下书面记录；社交媒体上的问题往往处理得更快。保留所有沟通记录，方便后续跟进。', // seed 002
      en: 'A call is the easiest way to reach a supervisor, e-mail leaves a written record, and social media tends to get faster attention. Keep every record for the follow-up.',
    },
  },
  'product-question': {
    recommended: ['seller-message', 'chat'],
    steps: [
      AMAZON_SELF['product-question'],
      {
        zh_CN: '第三方卖家的商品：在商品页面点卖家名称，在卖家页面选择“提问”（Ask a question）联系卖家。',
        en: "For a third-party seller's item, click the seller's name on the product page and use Ask a question on the seller's page.",
      },
      {
        zh_CN: '亚马逊自营的商品：在“联系我们”里选择在线聊天咨询。', // seed 003
        en: 'For items sold by Amazon, ask through chat on Contact us.',
      },
    ],
    why: {
      zh_CN: '卖家最了解自己的商品；在线聊天回应快，适合这类一般性问题。', // seed 002 相关问题1
      en: 'The seller knows its own item best; chat answers quickly and suits a general question like this.',
    },
  },
};

const AMAZON_HUMAN: Localized = {
  zh_CN:
    '聊天机器人答不上来时，直接输入“人工客服”或英文“agent”；在“联系我们”页面也可以请求电话回拨，或在帮助页面按所在国家或地区找到客服电话号码。打电话时按语音提示选择语言和服务类型。', // seed 003
  en: "If the chat assistant can't help, type “agent” or “talk to a person”; Contact us also offers a call-back, and the help pages give the customer-service number for your country or region. On the phone, follow the menu to choose your language and topic.",
};
const AMAZON_HOURS: Localized = {
  zh_CN: '亚马逊在线聊天和电话回拨一般全天可用，各站点可能不同，以“联系我们”页面为准；部分地区的电话可能收费。', // seed 003
  en: 'Amazon chat and call-backs are usually available around the clock, but storefronts differ: Contact us shows what is open. Calls to some numbers may be charged.',
};

// ---------------------------------------------------------------- Taobao / Tmall

/** Self-service first (seed 001 常见问题解决方案; seed 000 FAQ). */
const TAOBAO_SELF: Readonly<Record<ProblemKind, Localized>> = {
  'not-shipped': {
    zh_CN: '在“已买到的宝贝”里查看订单状态，对照商品页面上写明的发货时间。', // seed 001 (发货速度)
    en: "In My purchases check the order's status against the dispatch time stated on the item page.",
  },
  'not-received': {
    zh_CN: '在“已买到的宝贝”里点“查看物流”，核对运单号和签收信息，再看看快递柜、驿站，问问家人有没有代收。',
    en: 'In My purchases open the logistics page, check the tracking ID and delivery record, then check the parcel locker and pickup point and ask at home.',
  },
  'tracking-stalled': {
    zh_CN: '点“查看物流”，再用运单号到快递公司官网查一次，确认单号没有错。', // seed 000
    en: "Open the logistics page and look the tracking ID up on the courier's own site to rule out a wrong number.",
  },
  'refund-request': {
    zh_CN: '在订单里点“退款/退货”（申请售后），选择原因并上传凭证。',
    en: 'On the order choose Refund / return (after-sales), pick the reason and upload your evidence.',
  },
  'refund-progress': {
    zh_CN: '点订单中的“退款售后”查看退款详情和进度。', // seed 001
    en: 'Open the order’s refund / after-sales entry to see the refund details and status.',
  },
  'quality-damage': {
    zh_CN: '先拍清楚受损部位、商品全貌和外包装的照片或视频。', // seed 001, 002
    en: 'First take clear photos or a video of the damaged part, the whole item and the packaging.',
  },
  'wrong-item': {
    zh_CN: '拍下收到的商品、吊牌和尺码标，再截一张订单页面上的规格图。',
    en: 'Photograph what arrived, its tags and size label, and screenshot the variant shown on the order.',
  },
  'cancel-order': {
    zh_CN: '货物还没发出时，按订单页面上的步骤直接取消或申请退款。', // seed 001
    en: "If it hasn't shipped, cancel it or request a refund from the order page yourself.",
  },
  'change-address': {
    zh_CN: '在App的订单管理里看能否直接修改地址；不能修改时尽快联系卖家。', // seed 001
    en: "See whether the app's order page lets you change the address; if not, contact the seller quickly.",
  },
  'cannot-login': {
    zh_CN: '先通过“忘记密码”用短信或邮箱验证重置密码。', // seed 000
    en: 'Reset your password first with Forgot password (text message or e-mail check).',
  },
  'account-compromised': {
    zh_CN: '立即修改登录密码和支付宝密码，检查订单、收货地址和绑定的手机号有没有被改动。',
    en: 'Change your login and Alipay passwords at once and check orders, addresses and the linked phone number.',
  },
  'close-account': {
    zh_CN: '在“账号管理 → 账号安全”里查看注销入口和条件。', // seed 000
    en: 'Look under Account settings → Security for the closing option and its conditions.',
  },
  'billing-question': {
    zh_CN: '对照订单详情和支付宝账单，确认是哪一笔费用、金额和时间。',
    en: 'Compare the order details with your Alipay bill to pin down the charge, amount and time.',
  },
  'product-question': {
    zh_CN: '先看商品详情页、尺码表、“问大家”和评价；尺码、退换货规则这类简单问题，自助查询最快。', // seed 001 (自助服务)
    en: 'Read the item page, its size chart, the buyers’ Q&A (问大家) and reviews first; simple things such as sizes and return rules are quickest to look up yourself.',
  },
  escalation: {
    zh_CN: '整理好之前每次联系的时间、客服名字、承诺和聊天截图。', // seed 000
    en: "List every earlier contact with its time, the agent's name, what was promised, and keep chat screenshots.",
  },
};

const TAOBAO_SELLER_FIRST: Localized = {
  zh_CN: '在订单页面点“和我联系”，通过旺旺联系卖家，开头就把订单号和问题说清楚。',
  en: 'Message the seller on Wangwang from the order page, giving the order ID and the problem in the first message.',
};
const TAOBAO_PLATFORM_STEP: Localized = {
  zh_CN: '卖家不回复、拒绝或处理不好：在退款/售后页面申请平台客服介入，或打开阿里小蜜（App“我的”→“客服中心”）转人工。', // seed 001
  en: 'If the seller ignores you, refuses or gets it wrong, ask for the platform to step in from the refund page, or open AliMe (app: Me → Customer service) and ask for a person.',
};
const TAOBAO_COMPLAINT: Localized = {
  zh_CN: '仍未解决：在订单里“投诉卖家”，附上聊天记录和凭证。',
  en: 'Still unresolved: use Complain about the seller on the order, attaching the chat log and evidence.',
};

const TAOBAO_ORDER_WHY: Localized = {
  zh_CN: '发货、售后都由卖家负责，先找卖家最快；卖家处理不了再找平台，平台客服介入时会参考你和卖家的聊天记录。',
  en: "The seller handles shipping and after-sales, so asking them is fastest; the platform steps in when the seller won't, and it reads your chat with the seller.",
};

function taobaoOrderRow(problem: ProblemKind): AdviceRow {
  return {
    recommended: ['seller-message', 'in-app', 'chat'],
    steps: [TAOBAO_SELF[problem], TAOBAO_SELLER_FIRST, TAOBAO_PLATFORM_STEP, TAOBAO_COMPLAINT],
    why: TAOBAO_ORDER_WHY,
  };
}

const TAOBAO_ACCOUNT_WHY: Localized = {
  zh_CN: '账户问题只能由平台处理，卖家帮不上忙；账户被锁或被盗需要核实身份，人工客服更合适。', // seed 000
  en: 'Only the platform can deal with your account, not a seller; a locked or stolen account needs an identity check, best done with a person.',
};
const TAOBAO_ALIME_HUMAN_STEP: Localized = {
  zh_CN: '打开阿里小蜜（App“我的”→“客服中心”），输入“转人工”，说明情况；也可以拨打官方客服电话。',
  en: 'Open AliMe (app: Me → Customer service), type “转人工” (human agent) and explain; the official hotline works too.',
};

const TAOBAO: Table = {
  'not-received': taobaoOrderRow('not-received'),
  'not-shipped': taobaoOrderRow('not-shipped'),
  'tracking-stalled': taobaoOrderRow('tracking-stalled'),
  'refund-request': taobaoOrderRow('refund-request'),
  'refund-progress': {
    recommended: ['seller-message', 'in-app'],
    steps: [TAOBAO_SELF['refund-progress'], TAOBAO_SELLER_FIRST, TAOBAO_PLATFORM_STEP],
    why: {
      zh_CN: '退款要卖家同意或超时才会自动退回，先催卖家处理；卡住了再让平台客服介入。',
      en: 'A refund moves when the seller agrees or the deadline passes, so nudge the seller first and involve the platform if it stalls.',
    },
  },
  'quality-damage': taobaoOrderRow('quality-damage'),
  'wrong-item': taobaoOrderRow('wrong-item'),
  'cancel-order': {
    recommended: ['seller-message', 'in-app'],
    steps: [TAOBAO_SELF['cancel-order'], TAOBAO_SELLER_FIRST, TAOBAO_PLATFORM_STEP],
    why: {
      zh_CN: '取消要赶在发货前，卖家可以立刻拦截发货，所以先找卖家。', // seed 001
      en: 'Cancelling must beat the dispatch, and the seller can stop it at once, so ask the seller first.',
    },
  },
  'change-address': {
    recommended: ['seller-message', 'in-app'],
    steps: [TAOBAO_SELF['change-address'], TAOBAO_SELLER_FIRST, TAOBAO_PLATFORM_STEP],
    why: {
      zh_CN: '地址要在发货前改好，卖家能直接修改发货信息，先找卖家最快。',
      en: 'The address must change before dispatch, and the seller can edit it directly, so the seller is quickest.',
    },
  },
  'cannot-login': {
    recommended: ['in-app', 'phone'],
    steps: [
      TAOBAO_SELF['cannot-login'],
      TAOBAO_ALIME_HUMAN_STEP,
      {
        zh_CN: '准备好账号绑定的手机号或邮箱，客服会核实身份；验证码只在官方页面输入，不要告诉任何人。',
        en: 'Have the linked phone or e-mail ready for the identity check; enter codes only on the official page and never tell them to anyone.',
      },
    ],
    why: TAOBAO_ACCOUNT_WHY,
  },
  'account-compromised': {
    recommended: ['phone', 'in-app'],
    steps: [
      TAOBAO_SELF['account-compromised'],
      TAOBAO_ALIME_HUMAN_STEP,
      {
        zh_CN: '如果银行卡或支付宝被盗刷，同时联系银行和支付宝客服。',
        en: 'If your bank card or Alipay was charged, contact the bank and Alipay as well.',
      },
    ],
    why: {
      zh_CN: '账户被盗紧急又复杂，电话最快；这类问题找平台，不找卖家。', // seed 002
      en: 'A stolen account is urgent and complicated, so call; it is a matter for the platform, not the seller.',
    },
  },
  'close-account': {
    recommended: ['in-app', 'chat'],
    steps: [
      TAOBAO_SELF['close-account'],
      {
        zh_CN: '注销前处理好未完成的订单、退款和余额。',
        en: 'Finish open orders and refunds and clear any balance before closing.',
      },
      TAOBAO_ALIME_HUMAN_STEP,
    ],
    why: TAOBAO_ACCOUNT_WHY,
  },
  'billing-question': {
    recommended: ['seller-message', 'in-app'],
    steps: [
      TAOBAO_SELF['billing-question'],
      {
        zh_CN: '运费、差价等订单费用先问卖家；平台服务费或支付问题问阿里小蜜。',
        en: 'Ask the seller about shipping fees or price differences on the order; ask AliMe about platform fees or payments.',
      },
      TAOBAO_PLATFORM_STEP,
    ],
    why: {
      zh_CN: '订单里的费用由卖家设定，卖家能直接解释或退差价；支付和平台费用由平台解释。', // seed 000
      en: 'The seller sets the order’s fees and can refund a difference; payments and platform fees are the platform’s to explain.',
    },
  },
  escalation: {
    recommended: ['in-app', 'phone', 'social'],
    steps: [
      TAOBAO_SELF.escalation,
      TAOBAO_ALIME_HUMAN_STEP,
      TAOBAO_COMPLAINT,
      {
        zh_CN: '仍然没有进展，可以给官方微博发私信，或在微信公众号留言；公开评论里不要写订单号、手机号或地址。', // seed 001
        en: 'Still nothing: send a private message to the official Weibo account or leave a message with the WeChat official account; never put your order number, phone or address in a public comment.',
      },
    ],
    why: {
      zh_CN: '升级处理要找平台的人工客服或投诉渠道，电话和投诉都会留下记录；保留所有沟通记录，方便跟进。', // seed 002
      en: 'Escalation goes to the platform’s human agents or the complaint process, both of which leave a record; keep every record for follow-up.',
    },
  },
  'product-question': {
    recommended: ['seller-message', 'in-app'],
    steps: [
      TAOBAO_SELF['product-question'],
      {
        zh_CN: '在商品页面点“客服”，通过旺旺直接问店铺客服，把想问的问题一次说清楚。',
        en: 'Tap Customer service on the item page to ask the shop on Wangwang, with all your questions in one message.',
      },
      {
        zh_CN: '平台规则、支付方面的问题，可以问阿里小蜜（App“我的”→“客服中心”）。', // seed 001
        en: 'For platform rules or payment questions, ask AliMe (app: Me → Customer service).',
      },
    ],
    why: {
      zh_CN:
        '商品的规格、发货和售后由店铺负责，店铺客服最清楚；简单的问题自助查询就够了，复杂的问题（比如家电的安装和售后）要和客服深入沟通。', // seed 001
      en: 'The shop is responsible for the item’s specs, shipping and after-sales, so its service knows best; self-service is enough for a simple question, but a complex one (such as installing an appliance and its after-sales service) needs a proper conversation with the service.',
    },
  },
};

const TAOBAO_HUMAN: Localized = {
  zh_CN:
    '从App“我的”→“客服中心”或电脑版首页的“客服”链接打开阿里小蜜，在对话框里输入“人工服务”或“转人工”，或点击“转人工”按钮；长时间没有回复就刷新页面或重新进入客服界面，还是不行再拨打客服电话。', // seed 001
  en: 'Open AliMe from the app (Me → Customer service) or from the Customer service link on the website’s home page, then type “人工服务” or “转人工” (human agent), or tap the transfer button; if nobody answers for a long time, reload or reopen the chat, and call the hotline if that fails.',
};
const TAOBAO_HOURS: Localized = {
  zh_CN:
    '平台在线客服通常全天在线，人工一般几分钟内回复；双十一等高峰期可能要排队半小时。卖家客服有自己的上班时间，夜间回复会慢一些。', // seed 001
  en: "The platform's online service is normally open around the clock and a person usually answers within minutes, but peaks such as Double 11 can mean half an hour in the queue. Sellers keep their own hours and answer slower at night.",
};

// ---------------------------------------------------------------- any other shop (seed 002 "TP", seed 000)

const OTHER_HELP_CENTER: Localized = {
  zh_CN: '先在官网的帮助中心或常见问题（FAQ）里找一找，很多问题都有现成答案。', // seed 000
  en: 'Check the help centre or FAQ first; many common questions already have an answer there.',
};
const OTHER_CONTACT_PAGE: Localized = {
  zh_CN: '在官网底部找到“联系我们”或“客服支持”，那里列出了电话、在线聊天和邮件表单。', // seed 000
  en: 'Find Contact us or Support at the bottom of the site; it lists the phone, chat and e-mail options.',
};
const OTHER_ESCALATE: Localized = {
  zh_CN: '没有解决就礼貌地要求与上级客服联系，或换一个渠道重新提交，并保留所有沟通记录。', // seed 002
  en: 'If it is not solved, politely ask for a supervisor or try another channel, and keep every record.',
};

const OTHER_SELF: Readonly<Record<ProblemKind, Localized>> = {
  'not-shipped': {
    zh_CN: '在订单页面查看订单状态和承诺的发货时间。', // seed 000 Q4
    en: 'Check the order status and the promised dispatch time on the order page.',
  },
  'not-received': {
    zh_CN: '先在订单详情页查看物流信息，确认收货地址填写正确（常见原因是运送延迟、地址错误或包裹丢失）。', // seed 002
    en: 'Check the shipping status on the order page and confirm the delivery address is right (delays, a wrong address or a lost parcel are the usual causes).',
  },
  'tracking-stalled': {
    zh_CN: '确认运单号无误，再到物流公司官网查询。', // seed 000
    en: "Make sure the tracking number is correct and look it up on the carrier's site.",
  },
  'refund-request': {
    zh_CN: '先阅读退款政策，确认是否符合退款条件；未拆封的商品通常可以全额退款，已拆封的可能要扣一定的手续费。', // seed 002
    en: 'Read the refund policy to see whether you qualify; unopened items can usually be refunded in full, while opened ones may carry a handling fee.',
  },
  'refund-progress': {
    zh_CN: '在订单或退款页面查看进度，并核对支付账户是否已经到账。',
    en: 'Check the refund status on the order page and look at your payment account.',
  },
  'quality-damage': {
    zh_CN: '第一时间拍下清晰的照片作为证据，写清楚问题的性质和影响。', // seed 002
    en: 'Take clear photos as evidence straight away and note what is wrong and how it affects you.',
  },
  'wrong-item': {
    zh_CN: '拍下收到的商品和标签，并截取订单页面作对比。',
    en: 'Photograph what arrived and its label, and screenshot the order for comparison.',
  },
  'cancel-order': {
    zh_CN: '在订单页面看是否可以自行取消。',
    en: 'See whether the order page lets you cancel it yourself.',
  },
  'change-address': {
    zh_CN: '在订单页面看是否可以自行修改地址。',
    en: 'See whether the order page lets you change the address yourself.',
  },
  'cannot-login': {
    zh_CN: '先通过邮箱或短信验证重置密码；多次输错密码可能导致账户被锁。', // seed 000
    en: 'Reset the password by e-mail or text first; repeated wrong passwords can lock an account.',
  },
  'account-compromised': {
    zh_CN: '立即修改密码，检查账户里的订单和资料有没有被改动。',
    en: 'Change your password at once and check your orders and details for changes.',
  },
  'close-account': {
    zh_CN: '先在账户设置里找注销选项，再看帮助中心的说明。', // seed 000
    en: 'Look for a close-account option in settings, then in the help centre.',
  },
  'billing-question': {
    zh_CN: '查看服务协议或收费说明，准备好要问的问题：服务内容、收费标准、是否有额外费用、有没有优惠政策。', // seed 000
    en: 'Read the terms or fee page and prepare your questions: what the service covers, the rates, any extra fees, any discounts.',
  },
  'product-question': {
    zh_CN: '先看商品详情页的说明、规格和尺码表。', // seed 001
    en: "Read the item's description, specifications and size chart first.",
  },
  escalation: {
    zh_CN: '整理好之前每次联系的时间、客服名字和承诺。', // seed 000
    en: "List each earlier contact with its date, the agent's name and what was promised.",
  },
};

/** Channel by urgency and complexity (seed 002 相关问题1; seed 000 e-mail for what is not urgent). */
const OTHER_CHANNELS: Readonly<Record<ProblemKind, Channel[]>> = {
  'not-received': ['chat', 'phone', 'email'],
  'not-shipped': ['chat', 'email'],
  'tracking-stalled': ['chat', 'email'],
  'refund-request': ['chat', 'email'],
  'refund-progress': ['email', 'chat'],
  'quality-damage': ['chat', 'email'],
  'wrong-item': ['chat', 'email'],
  'cancel-order': ['phone', 'chat'],
  'change-address': ['phone', 'chat'],
  'cannot-login': ['phone', 'email'],
  'account-compromised': ['phone', 'chat'],
  'close-account': ['email', 'chat'],
  'billing-question': ['email', 'phone'],
  'product-question': ['chat', 'email'],
  escalation: ['phone', 'email', 'social'],
};

const CHANNEL_REASON: Readonly<Record<Channel, Localized>> = {
  phone: {
    zh_CN: '电话适合紧急或复杂、需要马上解决的问题',
    en: 'the phone suits urgent or complicated problems that need an answer now',
  },
  chat: { zh_CN: '在线聊天回应快，适合一般性问题', en: 'chat answers quickly and suits everyday questions' },
  email: {
    zh_CN: '不紧急的问题可以发邮件，一般24小时内回复，还能留下书面记录',
    en: 'e-mail suits what is not urgent, usually gets a reply within 24 hours and leaves a written record',
  },
  social: {
    zh_CN: '官方社交账号的私信和公开留言往往能引起更多关注（公开留言里不要写订单号和个人信息）',
    en: 'private messages and public posts to the official social accounts often get more attention (keep order numbers and personal details out of public posts)',
  },
  'seller-message': { zh_CN: '卖家最了解自己的订单', en: 'the seller knows its own order best' },
  'in-app': { zh_CN: 'App里的客服入口随时可用', en: 'the in-app service is always at hand' },
  forum: {
    zh_CN: '社区论坛里常有其他用户遇到过同样的问题',
    en: 'other users on the forum have often had the same problem',
  },
};

function otherRow(problem: ProblemKind): AdviceRow {
  const recommended = OTHER_CHANNELS[problem];
  const first = recommended[0] ?? 'chat';
  return {
    recommended,
    steps: [OTHER_HELP_CENTER, OTHER_SELF[problem], OTHER_CONTACT_PAGE, OTHER_ESCALATE],
    why: {
      zh_CN: `根据问题的紧急程度和复杂程度选择渠道：${CHANNEL_REASON[first].zh_CN}。${
        // seed 002
        ACCOUNT_PROBLEMS.includes(problem) ? '账户问题要找平台本身，不要找卖家。' : ''
      }`,
      en: `Pick the channel by urgency and complexity: ${CHANNEL_REASON[first].en}.${
        ACCOUNT_PROBLEMS.includes(problem) ? ' Account problems go to the platform itself, not a seller.' : ''
      }`,
    },
  };
}

const OTHER: Table = Object.fromEntries(
  (Object.keys(OTHER_SELF) as ProblemKind[]).map((p) => [p, otherRow(p)]),
) as Record<ProblemKind, AdviceRow>;

const OTHER_HUMAN: Localized = {
  zh_CN: '在线聊天里直接输入“人工客服”，电话里按提示选择人工服务；也可以通过官方社交账号私信。', // seed 002
  en: 'In chat, type “agent” or “human”; on the phone choose the option for a person; the official social media accounts also answer messages.',
};
const OTHER_HOURS: Localized = {
  zh_CN: '先在官网查看客服的工作时间，尽量在工作时间内联系，才能及时得到回复。', // seed 000
  en: "Check the shop's customer-service hours and contact them within those hours for a timely answer.",
};

const TABLES: Readonly<Record<HelpPlatform, { table: Table; human: Localized; hours: Localized }>> = {
  amazon: { table: AMAZON, human: AMAZON_HUMAN, hours: AMAZON_HOURS },
  taobao: { table: TAOBAO, human: TAOBAO_HUMAN, hours: TAOBAO_HOURS },
  // Tmall's service is Taobao's (same AliMe, same after-sales flow); seed 001 is written about Tmall.
  tmall: { table: TAOBAO, human: TAOBAO_HUMAN, hours: TAOBAO_HOURS },
  other: { table: OTHER, human: OTHER_HUMAN, hours: OTHER_HOURS },
};

/**
 * Which channel to use for a problem on a platform, the steps in order, and how to reach a person. For Amazon,
 * `marketplace` (e.g. `amazon.co.jp`) names the A-to-z Guarantee as that storefront does.
 */
export function channelAdvice(
  platform: HelpPlatform,
  problem: ProblemKind,
  lang: Lang,
  marketplace?: string | null,
): ChannelAdvice {
  const { table, human, hours } = TABLES[platform];
  const row = table[problem];
  const local = (text: string) => (platform === 'amazon' ? withLocalAToZName(text, lang, marketplace) : text);
  return {
    recommended: [...row.recommended],
    steps: row.steps.map((s) => local(s[lang])),
    why: local(row.why[lang]),
    humanTip: human[lang],
    hours: hours[lang],
  };
}
