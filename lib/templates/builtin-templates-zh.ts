import type { ProblemKind } from './problem-kinds';

// Built-in Chinese templates. Shape from the seeds' tips: polite greeting (000 技巧1, 001 "您好""谢谢"), key facts
// first (000 技巧2 "在最开始的时候就…清晰地表达", 002 §2.2 "订单号是12345" rather than "我的订单出问题了"),
// what happened (001: 明确指出受损部位), what was tried (000 技巧4 "告知他们您已经尝试过的步骤"), one clear
// request, thanks. Written as a shopper would type to Taobao/Tmall or Amazon service. A template says only what holds
// for everyone with the problem: what this shopper did (asked the family, took photos) is theirs to say, in a field
// ({tried}, {details}, with suggestions) or as an offer ("可以拍照发给您"), never as a claim made for them.

const ORDER_FACTS = '订单号：{orderId}\n下单时间：{orderDate}\n商品：{item}\n实付款：{total}\n店铺：{shop}';
const SHIPPING_FACTS = `${ORDER_FACTS}\n运单号：{trackingId}（{carrier}）`;
const REQUEST = '我已经尝试过：{tried}\n\n麻烦您{outcome}。\n\n谢谢！';

export const ZH_TEMPLATES: Readonly<Record<ProblemKind, { title: string; body: string }>> = {
  'not-received': {
    title: '未收到货',
    body: `您好！我的订单到现在还没有收到，麻烦帮忙查一下。

${SHIPPING_FACTS}

{arrival}
${REQUEST}`,
  },
  'not-shipped': {
    title: '迟迟不发货',
    body: `您好！我的订单已经付款，到现在还没有发货，麻烦帮忙查一下。

${ORDER_FACTS}

{shipping}想了解一下还没有发货的原因，以及预计什么时候能发出。
${REQUEST}`,
  },
  'tracking-stalled': {
    title: '物流不更新',
    body: `您好！我的包裹物流信息一直没有更新，想请您帮忙核实一下。

${SHIPPING_FACTS}
最后一条物流信息：{lastUpdate}

从那以后物流就没有新的进展，我担心包裹在运输途中出了问题。
${REQUEST}`,
  },
  'refund-request': {
    title: '申请退款',
    body: `您好！我想为这笔订单申请退款。

${ORDER_FACTS}

退款原因：{details}
${REQUEST}`,
  },
  'refund-progress': {
    title: '查询退款进度',
    body: `您好！我想查询一下这笔订单的退款进度。

订单号：{orderId}
商品：{item}
实付款：{total}
店铺：{shop}
申请退款日期：{refundDate}

到现在退款还没有到账。
${REQUEST}`,
  },
  'quality-damage': {
    title: '质量问题/商品损坏',
    body: `您好！我收到的商品有问题，想请您帮忙处理。

${ORDER_FACTS}

问题描述：{details}
如果需要，我可以拍商品和外包装的照片发给您。
${REQUEST}`,
  },
  'wrong-item': {
    title: '发错货或尺码不符',
    body: `您好！我收到的商品和订单不一致，想请您帮忙处理。

订单号：{orderId}
下单时间：{orderDate}
订购的商品：{item}
实付款：{total}
店铺：{shop}

实际收到的是：{details}
如果需要，我可以拍收到的商品和吊牌、标签的照片发给您。
${REQUEST}`,
  },
  'cancel-order': {
    title: '取消订单',
    body: `您好！我想在发货前取消这笔订单。

${ORDER_FACTS}

取消原因：{details}
${REQUEST}`,
  },
  'change-address': {
    title: '修改收货地址',
    body: `您好！我想在发货前修改这笔订单的收货地址。

订单号：{orderId}
下单时间：{orderDate}
商品：{item}
店铺：{shop}
新的收货地址：{newAddress}

${REQUEST}`,
  },
  'cannot-login': {
    title: '无法登录/账户被锁',
    body: `您好！我的{platform}账户无法登录，想请您帮忙确认一下账户的状态。

账户（注册邮箱或手机号）：{account}
出现的情况：{details}
${REQUEST}`,
  },
  'account-compromised': {
    title: '账户被盗',
    body: `您好！我怀疑我的{platform}账户被别人盗用了，情况比较紧急，麻烦尽快帮我处理。

账户（注册邮箱或手机号）：{account}
发现的异常：{details}
${REQUEST}`,
  },
  'close-account': {
    title: '注销账户',
    body: `您好！我想注销我的{platform}账户。

账户（注册邮箱或手机号）：{account}

注销之前，请告诉我账户里的订单记录和余额会怎样处理。
${REQUEST}`,
  },
  'billing-question': {
    title: '费用疑问',
    body: `您好！我对一笔费用有疑问，想请您帮忙核实一下。

订单号：{orderId}
下单时间：{orderDate}
商品：{item}
实付款：{total}

有疑问的费用：{details}
${REQUEST}`,
  },
  'product-question': {
    title: '商品咨询',
    body: `您好！下单之前，我想咨询一下这件商品。

商品：{item}
店铺：{shop}

我想了解：{details}
${REQUEST}`,
  },
  escalation: {
    title: '要求升级处理',
    body: `您好！这个问题我已经联系过客服，到现在还没有解决，希望能升级处理。

订单号：{orderId}
商品：{item}
实付款：{total}
店铺：{shop}

之前的联系记录：
{contactHistory}

麻烦您{outcome}。

谢谢！`,
  },
};
