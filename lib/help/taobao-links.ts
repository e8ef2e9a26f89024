import type { LinkRow, ProblemLinks } from './link-table';

type Store = 'taobao' | 'tmall';
type PerStore<T> = T | Readonly<Record<Store, T>>;

/** A Taobao-family row: host, path and order parameter may differ between Taobao and Tmall. */
export interface TaobaoLinkRow extends Omit<LinkRow, 'host' | 'path' | 'orderParam'> {
  host: PerStore<string>;
  path: PerStore<string>;
  orderParam?: PerStore<string>;
}

// Hosts and paths as the buyer's order list links them (fixture taobao_orders.html, 2025): order detail
// `buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=` / `trade.tmall.com/detail/
// orderDetail.htm?bizOrderId=`, after-sales `refund2.{taobao,tmall}.com/dispute/applyRouter.htm?bizOrderId=`
// (it routes to apply.htm), refund detail `dispute/detail.htm?bizOrderId=&disputeType=1`, complaint
// `rights.taobao.com/complaint/redirect.jhtml?bizId=`, logistics `wuliu.taobao.com/user/order_detail_new.htm
// ?trade_id=` (the old URL the new logistics page still links back to). Tmall shares Taobao's account, service
// and logistics hosts.
export const TAOBAO_LINKS: readonly TaobaoLinkRow[] = [
  {
    id: 'taobao.order-detail',
    label: { zh_CN: '订单详情', en: 'Order details' },
    host: { taobao: 'buyertrade.taobao.com', tmall: 'trade.tmall.com' },
    path: { taobao: '/trade/detail/trade_item_detail.htm', tmall: '/detail/orderDetail.htm' },
    orderParam: 'bizOrderId',
    fallback: 'taobao.order-list',
  },
  {
    id: 'taobao.order-list',
    label: { zh_CN: '已买到的宝贝', en: 'My purchases' },
    host: 'buyertrade.taobao.com',
    path: '/trade/itemlist/list_bought_items.htm',
  },
  {
    id: 'taobao.logistics',
    label: { zh_CN: '查看物流', en: 'Logistics details' },
    host: 'wuliu.taobao.com',
    path: '/user/order_detail_new.htm',
    orderParam: 'trade_id',
    fallback: 'taobao.order-list',
  },
  {
    id: 'taobao.refund-apply',
    label: { zh_CN: '申请售后/退款', en: 'Request a refund or return' },
    host: { taobao: 'refund2.taobao.com', tmall: 'refund2.tmall.com' },
    path: '/dispute/applyRouter.htm',
    orderParam: 'bizOrderId',
    fallback: 'taobao.refund-list',
  },
  {
    id: 'taobao.refund-detail',
    label: { zh_CN: '退款详情', en: 'Refund details' },
    host: { taobao: 'refund2.taobao.com', tmall: 'refund2.tmall.com' },
    path: '/dispute/detail.htm',
    query: { disputeType: '1' },
    orderParam: 'bizOrderId',
    fallback: 'taobao.refund-list',
  },
  {
    id: 'taobao.refund-list',
    label: { zh_CN: '退款管理', en: 'My refunds' },
    host: 'refund2.taobao.com',
    path: '/dispute/buyerDisputeList.htm',
  },
  {
    id: 'taobao.complaint',
    label: { zh_CN: '投诉卖家', en: 'Complain about the seller' },
    host: 'rights.taobao.com',
    path: '/complaint/redirect.jhtml',
    orderParam: 'bizId',
    fallback: 'taobao.complaint-list',
  },
  {
    id: 'taobao.complaint-list',
    label: { zh_CN: '投诉管理', en: 'My complaints' },
    host: 'rights.taobao.com',
    path: '/complaint/buyerList.htm',
  },
  {
    id: 'taobao.alime',
    label: { zh_CN: '阿里小蜜（官方在线客服）', en: 'AliMe (official online service)' },
    host: 'ai.alimebot.taobao.com',
    path: '/intl/index.htm',
  },
  {
    id: 'taobao.consumer-service',
    label: { zh_CN: '消费者服务中心', en: 'Consumer service centre' },
    host: 'consumerservice.taobao.com',
    path: '/',
  },
  {
    id: 'taobao.password-find',
    label: { zh_CN: '找回密码', en: 'Reset password' },
    host: 'passport.taobao.com',
    path: '/ac/password_find.htm',
  },
  {
    id: 'taobao.account-security',
    label: { zh_CN: '账号安全设置（含注销）', en: 'Account security (incl. closing)' },
    host: 'member1.taobao.com',
    path: '/member/fresh/account_security.htm',
  },
];

/** Seller-facing pages first (seed 001: after-sales from the order), then the platform's service. */
export const TAOBAO_PROBLEM_LINKS: ProblemLinks = {
  'not-received': [
    'taobao.logistics',
    'taobao.order-detail',
    'taobao.refund-apply',
    'taobao.alime',
    'taobao.complaint',
    'taobao.consumer-service',
  ],
  'not-shipped': ['taobao.order-detail', 'taobao.refund-apply', 'taobao.alime', 'taobao.complaint'],
  'tracking-stalled': ['taobao.logistics', 'taobao.order-detail', 'taobao.alime', 'taobao.consumer-service'],
  'refund-request': ['taobao.refund-apply', 'taobao.order-detail', 'taobao.alime', 'taobao.consumer-service'],
  'refund-progress': ['taobao.refund-detail', 'taobao.refund-list', 'taobao.alime', 'taobao.consumer-service'],
  'quality-damage': ['taobao.refund-apply', 'taobao.order-detail', 'taobao.alime', 'taobao.complaint'],
  'wrong-item': ['taobao.refund-apply', 'taobao.order-detail', 'taobao.alime', 'taobao.complaint'],
  'cancel-order': ['taobao.order-detail', 'taobao.refund-apply', 'taobao.alime'],
  'change-address': ['taobao.order-detail', 'taobao.alime', 'taobao.consumer-service'],
  'cannot-login': ['taobao.password-find', 'taobao.consumer-service', 'taobao.alime'],
  'account-compromised': ['taobao.password-find', 'taobao.account-security', 'taobao.alime', 'taobao.consumer-service'],
  'close-account': ['taobao.account-security', 'taobao.consumer-service', 'taobao.alime'],
  'billing-question': ['taobao.order-detail', 'taobao.alime', 'taobao.consumer-service'],
  'product-question': ['taobao.alime', 'taobao.consumer-service'],
  escalation: ['taobao.complaint', 'taobao.alime', 'taobao.consumer-service'],
};

function pick<T>(value: PerStore<T>, store: Store): T {
  return typeof value === 'object' && value !== null && 'taobao' in value ? value[store] : (value as T);
}

/** The table resolved for one storefront. */
export function taobaoRowsFor(store: Store): LinkRow[] {
  return TAOBAO_LINKS.map((row) => {
    const { host, path, orderParam, ...rest } = row;
    const resolved: LinkRow = { ...rest, host: pick(host, store), path: pick(path, store) };
    if (orderParam !== undefined) resolved.orderParam = pick(orderParam, store);
    return resolved;
  });
}
