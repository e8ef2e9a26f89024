import type { LinkRow, ProblemLinks } from './link-table';

const AMAZON = '{amazon}';

// Paths seen on amazon.com order pages (fixtures 2024–2025: `ship-track?…orderId=`, `contact.html?…
// assistanceType=order&orderId=`, `spr/returns/cart?orderId=`) or in public help links. Help `nodeId`s starting
// with G are the same on every storefront (A-to-z GQ37ZCNECJKTFYQV seen on .com, .com.au, .in).
export const AMAZON_LINKS: readonly LinkRow[] = [
  {
    id: 'amazon.problem-with-order',
    label: { zh_CN: '订单问题（Problem with order）', en: 'Problem with order' },
    host: AMAZON,
    path: '/hz/pwo/',
    // `orderID`, as every real page links it (amazon.com lists 2010, amazon.de detail and list 2024:
    // `/hz/pwo/ref=ppx_yo_dt_b_pwo_o00_s00?…&orderID=…`, `/hz/pwo?sellerID=…&orderID=…`); Amazon's other pages
    // differ (`ship-track?orderId=`, `spr/returns/cart?orderId=`), so each row names its own.
    orderParam: 'orderID',
    fallback: 'amazon.your-orders',
  },
  {
    id: 'amazon.order-details',
    label: { zh_CN: '订单详情', en: 'Order details' },
    host: AMAZON,
    path: '/gp/your-account/order-details',
    orderParam: 'orderID',
    fallback: 'amazon.your-orders',
  },
  {
    id: 'amazon.your-orders',
    label: { zh_CN: '我的订单', en: 'Your Orders' },
    host: AMAZON,
    path: '/gp/css/order-history',
  },
  {
    id: 'amazon.track-package',
    label: { zh_CN: '跟踪包裹', en: 'Track package' },
    host: AMAZON,
    path: '/gp/your-account/ship-track',
    orderParam: 'orderId',
    fallback: 'amazon.your-orders',
  },
  {
    id: 'amazon.returns',
    label: { zh_CN: '退货或换货', en: 'Return or replace items' },
    host: AMAZON,
    path: '/spr/returns/cart',
    orderParam: 'orderId',
    fallback: 'amazon.returns-center',
  },
  {
    id: 'amazon.returns-center',
    label: { zh_CN: '退货中心', en: 'Returns centre' },
    host: AMAZON,
    path: '/gp/css/returns/homepage.html',
  },
  {
    // The order page's "Contact seller" link adds the seller and marketplace ids; without them the form asks.
    id: 'amazon.contact-seller',
    label: { zh_CN: '联系卖家', en: 'Contact seller' },
    host: AMAZON,
    path: '/gp/help/contact/contact.html',
    query: { assistanceType: 'order' },
    orderParam: 'orderId',
  },
  {
    id: 'amazon.customer-service',
    label: { zh_CN: '客户服务', en: 'Customer Service' },
    host: AMAZON,
    path: '/gp/help/customer/display.html',
  },
  {
    id: 'amazon.contact-us',
    label: { zh_CN: '联系我们（在线聊天/电话回拨）', en: 'Contact us (chat or call-back)' },
    host: AMAZON,
    path: '/gp/help/customer/contact-us',
  },
  {
    id: 'amazon.a-to-z',
    label: { zh_CN: '亚马逊商城交易保障（A-to-z）', en: 'A-to-z Guarantee' },
    host: AMAZON,
    path: '/gp/help/customer/display.html',
    query: { nodeId: 'GQ37ZCNECJKTFYQV' },
  },
  {
    id: 'amazon.password-assistance',
    label: { zh_CN: '找回密码', en: 'Password assistance' },
    host: AMAZON,
    path: '/ap/forgotpassword',
  },
  {
    id: 'amazon.login-security',
    label: { zh_CN: '登录与安全设置', en: 'Login & security' },
    host: AMAZON,
    path: '/ap/cnep',
  },
  {
    id: 'amazon.close-account',
    label: { zh_CN: '注销亚马逊账户', en: 'Close your Amazon account' },
    host: AMAZON,
    path: '/gp/help/customer/display.html',
    query: { nodeId: 'GDK92DNLSGWTV6MP' },
  },
  {
    id: 'amazon.transactions',
    label: { zh_CN: '付款记录', en: 'Your transactions' },
    host: AMAZON,
    path: '/cpe/yourpayments/transactions',
  },
  {
    id: 'amazon.invoice',
    label: { zh_CN: '发票/订单明细', en: 'Invoice' },
    host: AMAZON,
    path: '/gp/css/summary/print.html',
    orderParam: 'orderID',
  },
];

/** Most useful first. The A-to-z page follows the seller contact (seed 003; Amazon's rule: seller first). */
export const AMAZON_PROBLEM_LINKS: ProblemLinks = {
  'not-received': [
    'amazon.track-package',
    'amazon.problem-with-order',
    'amazon.contact-seller',
    'amazon.a-to-z',
    'amazon.contact-us',
  ],
  'not-shipped': ['amazon.order-details', 'amazon.problem-with-order', 'amazon.contact-seller', 'amazon.contact-us'],
  'tracking-stalled': [
    'amazon.track-package',
    'amazon.problem-with-order',
    'amazon.contact-seller',
    'amazon.contact-us',
  ],
  'refund-request': [
    'amazon.returns',
    'amazon.problem-with-order',
    'amazon.contact-seller',
    'amazon.a-to-z',
    'amazon.contact-us',
  ],
  'refund-progress': ['amazon.order-details', 'amazon.transactions', 'amazon.returns-center', 'amazon.contact-us'],
  'quality-damage': [
    'amazon.returns',
    'amazon.problem-with-order',
    'amazon.contact-seller',
    'amazon.a-to-z',
    'amazon.contact-us',
  ],
  'wrong-item': [
    'amazon.returns',
    'amazon.problem-with-order',
    'amazon.contact-seller',
    'amazon.a-to-z',
    'amazon.contact-us',
  ],
  'cancel-order': ['amazon.order-details', 'amazon.problem-with-order', 'amazon.contact-seller', 'amazon.contact-us'],
  'change-address': ['amazon.order-details', 'amazon.contact-seller', 'amazon.contact-us'],
  'cannot-login': ['amazon.password-assistance', 'amazon.customer-service', 'amazon.contact-us'],
  'account-compromised': ['amazon.login-security', 'amazon.password-assistance', 'amazon.contact-us'],
  'close-account': ['amazon.close-account', 'amazon.contact-us'],
  'billing-question': ['amazon.invoice', 'amazon.transactions', 'amazon.order-details', 'amazon.contact-us'],
  'product-question': ['amazon.customer-service', 'amazon.contact-us'],
  escalation: ['amazon.contact-us', 'amazon.problem-with-order', 'amazon.a-to-z', 'amazon.customer-service'],
};
