import { amazonMatchPatterns } from '../sites/amazon/marketplaces';

/**
 * Where the privacy guard runs: only the pages where a shopper writes to customer service or a seller.
 * Never a whole site — a product or search page has no business with what the user types.
 * Each entry says where the path was seen (public code searched 2026; the page markup notes carry dates).
 */

/** Amazon storefront paths (match-pattern syntax), used on `www.` of every marketplace. */
export const AMAZON_GUARD_PATHS: readonly string[] = [
  // "Help & Contact Us" entry; redirects to the hub below (agent notes, 10-07: contact-us → /hz/contact-us/foresight/hubgateway).
  '/gp/help/customer/contact-us*',
  // Contact-us hub and its forms: /hz/contact-us/foresight/hubgateway, /hz/contact-us/csp, /hz/contact-us/privacy
  // (links in public apps and scripts for amazon.com, .in, .es).
  '/hz/contact-us/*',
  // The customer-service chat itself: `/message-us?muClientName=foresight…`, textarea "Write a message..."
  // (Selenium bots and a userscript `@match https://www.amazon.com/message-us*`, 2023–2025).
  '/message-us*',
  // Older click-to-call / chat pop-up of the help pages (`/gp/help/customer/express/c2c/popup.html`, a userscript's link list).
  '/gp/help/customer/express/c2c/*',
  // Buyer–seller Message Center (`/gp/message#!/inbox`, linked from Amazon's own order e-mails and account page).
  '/gp/message*',
  // "Contact seller" / "Ask a question" form (`/gp/help/contact/contact.html?orderID=…&sellerID=…`, order-page links
  // in extension fixtures and seller tools for .com, .co.uk, .co.jp).
  '/gp/help/contact/*',
  // "Problem with order" help flow (carries ?orderId=); already in the orders script's table (lib/sites/amazon).
  '/hz/pwo/*',
  // Returns Center home (`/gp/css/returns/homepage.html`, every marketplace's footer).
  '/gp/css/returns/*',
  // Return flow with its free-text comment box (`/spr/returns/cart`, `/prep`, `/history`; userscripts for .com, .it, .se).
  '/spr/returns/*',
];

/**
 * Taobao / Tmall patterns, host and path. Hosts are the buyer-facing service hosts only.
 */
export const TAOBAO_GUARD_PATTERNS: readonly string[] = [
  // 旺旺网页版: outer page `market.m.taobao.com/app/im/chat/index.html?uid=cntaobao…`, the chat UI and its
  // composer (`.editBox pre.edit[contenteditable=true]`) live in the `chat-core` iframe (scripts dated 2026-09/10).
  'https://market.m.taobao.com/app/im/chat/*',
  'https://market.m.taobao.com/app/im/chat-core/*',
  // Older mobile-web 旺旺 dialog (`h5.m.taobao.com/ww/index.htm#!dialog-…`, `im.m.taobao.com/ww/ad_ww_dialog.htm`),
  // still the target of shop pages' 旺旺 links in app URL handlers.
  'https://h5.m.taobao.com/ww/*',
  'https://im.m.taobao.com/ww/*',
  // 阿里小蜜 / 官方客服: 「已买到的宝贝」→ 官方客服 → consumerservice.taobao.com/online-help → ai.alimebot.taobao.com/intl/index.htm
  // (composer `textarea.Composer-input`, script dated 2026-10-05: alibaba/ChatUI's React-controlled Composer).
  'https://ai.alimebot.taobao.com/intl/*',
  // The chats below are in the Taobao app's own link table (MessageNavProcessorV2, decompiled builds in public repos,
  // 2024–2025): links that the app opens as its native chat, and a browser as these web pages. 小蜜's other entry
  // (ROUTE_URL_XIAOMI_TALKING):
  'https://ai.alimebot.taobao.com/vgbot/*',
  // The web chat the app falls back to (H5_CHAT_URL `…/chat-universal-page/pages/index/index.html?targetId=`), and a
  // shop chat (`…/tbms-chat/pages/index#!dialog-<nick>-<item>-<shop>`, also what a "web 旺旺" userscript puts on the
  // item page's 旺旺 link). Not the folder's other apps (message-card templates, a group's landing page).
  'https://market.m.taobao.com/app/tb-chatting/chat-universal-page/*',
  'https://market.m.taobao.com/app/tb-chatting/tbms-chat/*',
  // The chat of light shops (ROUTE_URL_CHAT_FOR_LIGHT_SHOP; `?targetType=7&bizType=11001` in the app's bridge).
  'https://h5.m.taobao.com/wx/h5chat.html*',
  // 消费者服务中心 (site footer 「联系客服」「联系我们」 links).
  'https://consumerservice.taobao.com/online-help*',
  'https://consumerservice.taobao.com/contact-us*',
  // Refund / after-sales forms: `refund2.taobao.com/dispute/apply.htm?bizOrderId=…`, `/dispute/detail.htm`,
  // `refund2.tmall.com/dispute/detail.htm`, `/dispute/disputeRedirect.htm` (order-list JSON and seller tools).
  'https://refund2.taobao.com/dispute/*',
  'https://refund2.tmall.com/dispute/*',
  // Complaints: `rights.taobao.com/complaint/applyRouter.htm?bizId=…`, `/complaint/buyerList.htm` (order-list "投诉卖家").
  'https://rights.taobao.com/complaint/*',
  // rights.tmall.com is listed beside rights.taobao.com in Tmall's own page scripts; its path assumed the same.
  'https://rights.tmall.com/complaint/*',
];

/** Every match pattern of the guard content script. */
export function guardMatchPatterns(): string[] {
  return [...amazonMatchPatterns(AMAZON_GUARD_PATHS), ...TAOBAO_GUARD_PATTERNS];
}
