import { PROBLEM_KIND_IDS, type ProblemKind } from './problem-kind-ids';
import type { Lang, Localized } from './types';

export { PROBLEM_KIND_IDS, type ProblemKind };

export interface ProblemKindInfo {
  id: ProblemKind;
  label: Localized;
  description: Localized;
  /** About one order (the order card and order facts apply), as opposed to the account or a question before buying. */
  orderRelated: boolean;
}

// The issue list follows the seeds' "常见问题" sections: 000 (login, untrackable order, fees, paid but not received,
// closing an account), 001 Tmall (cancel, change address, refund progress), 002 TP (not received, refund,
// quality) and 003 Amazon (quality, delay, wrong size, refund, account security). Seed 001's list of what the
// service is for adds 商品详情咨询 (product-question) and 发货速度 (not-shipped; also 000 Q4 "若确认商品确实未发出",
// 003 "订单延迟").
export const PROBLEM_KINDS: readonly ProblemKindInfo[] = [
  {
    id: 'not-received',
    label: { zh_CN: '未收到货', en: 'Item not received' },
    description: {
      zh_CN: '已付款或显示已送达，但一直没有收到包裹。',
      en: 'You paid, or the order shows as delivered, but the package never arrived.',
    },
    orderRelated: true,
  },
  {
    id: 'not-shipped',
    label: { zh_CN: '迟迟不发货', en: 'Order not shipped yet' },
    description: {
      zh_CN: '已经付款，但订单一直没有发货，也没有运单号。',
      en: 'You paid, but the order still has not shipped and has no tracking number.',
    },
    orderRelated: true,
  },
  {
    id: 'tracking-stalled',
    label: { zh_CN: '物流不更新', en: 'Tracking not updating' },
    description: {
      zh_CN: '物流信息好几天没有新的进展，或运单号查不到。',
      en: 'Tracking has not moved for days, or the tracking number finds nothing.',
    },
    orderRelated: true,
  },
  {
    id: 'refund-request',
    label: { zh_CN: '申请退款', en: 'Request a refund' },
    description: {
      zh_CN: '想退货退款或仅退款。',
      en: 'You want to return the item for a refund, or get your money back.',
    },
    orderRelated: true,
  },
  {
    id: 'refund-progress',
    label: { zh_CN: '退款进度', en: 'Refund status' },
    description: {
      zh_CN: '已经申请了退款，但迟迟没有到账。',
      en: 'You already asked for a refund and it has not arrived.',
    },
    orderRelated: true,
  },
  {
    id: 'quality-damage',
    label: { zh_CN: '质量问题/商品损坏', en: 'Faulty or damaged item' },
    description: {
      zh_CN: '收到的商品有质量问题、坏了或包装破损。',
      en: 'The item arrived faulty, broken or in damaged packaging.',
    },
    orderRelated: true,
  },
  {
    id: 'wrong-item',
    label: { zh_CN: '发错货或尺码不符', en: 'Wrong item or size' },
    description: {
      zh_CN: '收到的商品、颜色或尺码和订单不一致。',
      en: 'The item, colour or size you received is not what you ordered.',
    },
    orderRelated: true,
  },
  {
    id: 'cancel-order',
    label: { zh_CN: '取消订单', en: 'Cancel an order' },
    description: {
      zh_CN: '想在发货前取消订单。',
      en: 'You want to cancel the order before it ships.',
    },
    orderRelated: true,
  },
  {
    id: 'change-address',
    label: { zh_CN: '修改收货地址', en: 'Change delivery address' },
    description: {
      zh_CN: '想在发货前修改收货地址。',
      en: 'You need to change where the order is delivered before it ships.',
    },
    orderRelated: true,
  },
  {
    id: 'cannot-login',
    label: { zh_CN: '无法登录/账户被锁', en: "Can't sign in / account locked" },
    description: {
      zh_CN: '密码重置后仍无法登录，或账户因安全原因被锁定。',
      en: 'You cannot sign in even after resetting the password, or the account was locked for security.',
    },
    orderRelated: false,
  },
  {
    id: 'account-compromised',
    label: { zh_CN: '账户被盗', en: 'Account compromised' },
    description: {
      zh_CN: '发现不是自己下的订单、被改的资料或陌生的登录。',
      en: "You see orders, changes or sign-ins that weren't you.",
    },
    orderRelated: false,
  },
  {
    id: 'close-account',
    label: { zh_CN: '注销账户', en: 'Close account' },
    description: {
      zh_CN: '想注销账户，但找不到入口或无法自行完成。',
      en: "You want to close your account and can't do it yourself.",
    },
    orderRelated: false,
  },
  {
    id: 'billing-question',
    label: { zh_CN: '费用疑问', en: 'Question about a charge' },
    description: {
      zh_CN: '对扣款、运费或其他费用有疑问。',
      en: 'A charge, shipping fee or other cost you do not understand.',
    },
    orderRelated: true,
  },
  {
    id: 'product-question',
    label: { zh_CN: '商品咨询（下单前）', en: 'Question before buying' },
    description: {
      zh_CN: '下单前想问清商品的规格、尺码、颜色、安装或售后服务。',
      en: 'Before you buy, you want to ask about specs, size, colour, installation or after-sales service.',
    },
    orderRelated: false,
  },
  {
    id: 'escalation',
    label: { zh_CN: '要求升级处理', en: 'Escalate' },
    description: {
      zh_CN: '已经联系过客服但问题没有解决，要求上级或专门团队处理。',
      en: 'You already contacted support without a fix and want a supervisor or specialist team.',
    },
    orderRelated: true,
  },
];

const BY_ID = new Map(PROBLEM_KINDS.map((p) => [p.id, p]));

export function isProblemKind(value: unknown): value is ProblemKind {
  return typeof value === 'string' && BY_ID.has(value as ProblemKind);
}

export function problemKindInfo(kind: ProblemKind): ProblemKindInfo {
  // Every ProblemKind has a row (a unit test checks the two lists agree).
  return BY_ID.get(kind)!;
}

export function problemLabel(kind: ProblemKind, lang: Lang): string {
  return problemKindInfo(kind).label[lang];
}
