import type { ProblemKind } from './problem-kinds';
import type { Lang } from './types';

interface Suggestions {
  /** Read after "麻烦您…。" / "Could you please …?". */
  outcomes: readonly string[];
  /** Read after "我已经尝试过：" / "What I've tried so far:". */
  tried: readonly string[];
  /** For `{details}` where the answers are few and common (why an order is cancelled). */
  details?: readonly string[];
}

// Ready-made values the UI offers as one-tap choices for `{outcome}` and `{tried}`; never filled in silently.
// Remedies follow the seeds: reship or refund (000 Q4, 002 §3.1.2), exchange or refund (002 §3.3.2, 003),
// reset the password first (000 Q1), change the password at once (003 账户安全), ask for a supervisor (002 相关问题2).
const SUGGESTIONS: Readonly<Record<ProblemKind, Readonly<Record<Lang, Suggestions>>>> = {
  'not-received': {
    zh_CN: {
      outcomes: ['帮我查一下包裹现在在哪里，如果确认丢件，请为我补发', '为我办理全额退款'],
      tried: [
        '查看了物流详情，显示已签收但我没有收到',
        '问过家人和邻居，也查看了快递柜和驿站，都没有找到包裹',
        '联系了卖家，但两天都没有回复',
      ],
    },
    en: {
      outcomes: [
        'find out where the package is and send a replacement if it has been lost',
        'refund the order in full',
      ],
      tried: [
        'I checked the tracking, which says delivered, but nothing arrived',
        'I asked my household and neighbours and checked the mail room, and nobody has it',
        "I messaged the seller two days ago and haven't heard back",
      ],
    },
  },
  // Seed 000 Q4: if the goods were really not sent, ask why (了解订单延迟的原因), then a remedy or a refund.
  'not-shipped': {
    zh_CN: {
      outcomes: [
        '告诉我还没有发货的原因和预计发货时间',
        '尽快为我安排发货，发货后告诉我运单号',
        '如果无法发货，就取消订单并为我全额退款',
      ],
      tried: ['查看了订单详情，状态一直是未发货', '联系了卖家催发货，但没有得到答复'],
    },
    en: {
      outcomes: [
        "tell me why the order hasn't shipped and when it will",
        'ship the order as soon as possible and send me the tracking number',
        "cancel the order and refund me in full if it can't be shipped",
      ],
      tried: [
        'I checked the order page and it still shows as not shipped',
        "I asked the seller to ship it but haven't had an answer",
      ],
    },
  },
  'tracking-stalled': {
    zh_CN: {
      outcomes: ['联系快递公司核实包裹的位置，并告诉我预计什么时候能送到', '如果包裹已经丢失，就为我补发或退款'],
      tried: ['在快递公司官网查询了运单号，信息和订单页面一样没有更新', '联系了卖家，对方让我再等等'],
    },
    en: {
      outcomes: [
        'check with the carrier where the package is and tell me when it should arrive',
        'send a replacement or refund me if the package is lost',
      ],
      tried: [
        "I checked the tracking number on the carrier's website and it shows the same status",
        'I asked the seller, who told me to keep waiting',
      ],
    },
  },
  'refund-request': {
    zh_CN: {
      outcomes: ['为我办理全额退款', '为我办理退货退款，并告诉我退货地址'],
      tried: ['在订单页面提交了退款申请，但被拒绝了', '联系了卖家，但没有得到答复'],
    },
    en: {
      outcomes: ['refund the order in full', 'arrange a return and refund, and send me the return address'],
      tried: [
        'I submitted a refund request on the order page, but it was declined',
        "I contacted the seller but haven't had an answer",
      ],
    },
  },
  'refund-progress': {
    zh_CN: {
      outcomes: ['帮我查一下退款进度，并告诉我预计到账的时间', '尽快把退款退回我的原支付账户'],
      tried: ['查看了订单的退款详情，状态一直没有变化', '核对了支付账户的收支记录，没有看到这笔退款'],
    },
    en: {
      outcomes: [
        'check where my refund is and tell me when to expect it',
        'send the refund to my original payment method as soon as possible',
      ],
      tried: [
        "I checked the refund details on the order, and the status hasn't changed",
        "I checked my payment account and the refund isn't there",
      ],
    },
  },
  'quality-damage': {
    zh_CN: {
      outcomes: ['为我换一件新的', '为我办理退货退款', '给予部分退款作为补偿，商品我留下'],
      tried: ['按照说明书重新安装和使用过，问题依旧', '联系了卖家并发送了照片，但还没有处理结果'],
    },
    en: {
      outcomes: [
        'send me a replacement',
        'arrange a return and a full refund',
        "give me a partial refund and I'll keep the item",
      ],
      tried: [
        'I followed the instructions and set it up again, but the problem is still there',
        "I sent the seller photos but haven't had a resolution",
      ],
    },
  },
  'wrong-item': {
    zh_CN: {
      outcomes: ['为我换成订单上的商品（尺码），退回的运费由店铺承担', '为我办理退货退款，退回的运费由店铺承担'],
      tried: ['核对了订单页面，我下单的规格和收到的不一样', '联系了卖家，但对方还没有处理'],
    },
    en: {
      outcomes: [
        'exchange it for the item and size I ordered, with return postage covered',
        'arrange a free return and a full refund',
      ],
      tried: [
        'I checked the order page, and what I ordered is not what arrived',
        "I contacted the seller, who hasn't sorted it out yet",
      ],
    },
  },
  'cancel-order': {
    zh_CN: {
      outcomes: ['在发货前帮我取消这笔订单并全额退款'],
      tried: ['在订单页面点了取消，但提示无法取消', '联系了卖家，但对方没有回复'],
      details: ['不再需要这件商品了', '下错了规格或尺码', '预计送达时间太晚，等不了'],
    },
    en: {
      outcomes: ['cancel the order before it ships and refund me in full'],
      tried: [
        "I tried to cancel on the order page, but it says the order can't be cancelled",
        "I messaged the seller but haven't heard back",
      ],
      details: [
        'I no longer need the item',
        'I ordered the wrong size or version by mistake',
        'the delivery date is later than I can wait',
      ],
    },
  },
  'change-address': {
    zh_CN: {
      outcomes: ['在发货前把收货地址改成上面的新地址，改好后告诉我一声'],
      tried: ['在订单页面找不到修改地址的入口', '联系了卖家，对方说需要平台客服处理'],
    },
    en: {
      outcomes: [
        'update the delivery address to the new one above before the order ships, and confirm once it is done',
      ],
      tried: [
        "There's no option to change the address on the order page",
        'I asked the seller, who said customer service has to do it',
      ],
    },
  },
  'cannot-login': {
    zh_CN: {
      outcomes: ['帮我确认账户目前的状态，并告诉我怎样才能恢复登录'],
      tried: ['通过短信验证重置了密码，但还是无法登录', '换了浏览器并清除了缓存，问题依旧'],
    },
    en: {
      outcomes: ['check the status of my account and tell me how I can sign in again'],
      tried: [
        'I reset my password by text message, but I still cannot sign in',
        'I tried another browser and cleared the cache, with the same result',
      ],
    },
  },
  'account-compromised': {
    zh_CN: {
      outcomes: ['帮我锁定账户、取消不是我下的订单，并协助我找回账户'],
      tried: ['已经修改了密码，并退出了所有设备上的登录', '检查了订单和收货地址，发现了陌生的记录'],
    },
    en: {
      outcomes: ["secure my account, cancel the orders I didn't place and help me regain full access"],
      tried: [
        'I changed my password and signed out of all devices',
        "I checked my orders and addresses and found entries that weren't mine",
      ],
    },
  },
  'close-account': {
    zh_CN: {
      outcomes: ['帮我注销这个账户，并告诉我还需要完成哪些验证'],
      tried: ['在账户设置和帮助中心都没有找到注销的入口', '按帮助中心的步骤操作，但提示无法注销'],
    },
    en: {
      outcomes: ['close my account and tell me if I need to complete any verification'],
      tried: [
        "I couldn't find a way to close the account in settings or the help pages",
        'I followed the help page steps, but it says the account cannot be closed',
      ],
    },
  },
  'billing-question': {
    zh_CN: {
      outcomes: ['帮我核实这笔费用的收费依据，如果是重复或错误扣款，请退还给我'],
      tried: ['查看了订单详情和付款记录，没有找到这笔费用的说明', '查看了帮助中心的收费说明'],
    },
    en: {
      outcomes: ['explain what this charge is for and refund it if it was taken in error'],
      tried: [
        "I checked the order details and my payment history and can't see what it's for",
        'I read the help pages about fees',
      ],
    },
  },
  // Seed 001: 商品详情咨询; 尺码查询 and 退换货规则 by self-service; 颜色; 家电的安装细节及售后服务内容.
  'product-question': {
    zh_CN: {
      outcomes: [
        '告诉我这件商品的具体规格和参数',
        '根据我的情况推荐合适的尺码或型号',
        '说明是否包安装，以及保修和退换货的规则',
      ],
      tried: ['看过商品详情页和尺码表，没有找到答案', '看过商品页上的买家问答和评价'],
      details: ['我该选哪个尺码', '实物颜色和图片是否一致', '是否包安装，保修多长时间'],
    },
    en: {
      outcomes: [
        'tell me the exact specifications of this item',
        'recommend the right size or model for me',
        'tell me whether installation is included, and the warranty and return rules',
      ],
      tried: [
        "I read the product page and size chart but couldn't find the answer",
        "I read the product page's customer questions and reviews",
      ],
      details: [
        'which size should I choose',
        'whether the real colour matches the photos',
        'whether installation is included, and how long the warranty is',
      ],
    },
  },
  escalation: {
    zh_CN: {
      outcomes: ['把我的问题转给主管或专门的处理团队，并给我一个明确的处理时间'],
      tried: [],
    },
    en: {
      outcomes: ['pass my case to a supervisor or a specialist team and give me a clear date for a resolution'],
      tried: [],
    },
  },
};

export function suggestedOutcomes(kind: ProblemKind, lang: Lang): readonly string[] {
  return SUGGESTIONS[kind][lang].outcomes;
}

export function suggestedTried(kind: ProblemKind, lang: Lang): readonly string[] {
  return SUGGESTIONS[kind][lang].tried;
}

export function suggestedDetails(kind: ProblemKind, lang: Lang): readonly string[] {
  return SUGGESTIONS[kind][lang].details ?? [];
}
