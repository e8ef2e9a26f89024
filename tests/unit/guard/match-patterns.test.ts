import { describe, expect, it } from 'vitest';
import { AMAZON_GUARD_PATHS, guardMatchPatterns, TAOBAO_GUARD_PATTERNS } from '../../../lib/guard';
import { AMAZON_MARKETPLACES, onAmazonPath } from '../../../lib/sites/amazon/marketplaces';
import { matches } from '../match-pattern';

const TAOBAO_HOST = /(^|\.)(taobao|tmall)\.com$/;

const matchesAny = (url: string) => guardMatchPatterns().some((p) => matches(p, url));

describe('guard match patterns', () => {
  const patterns = guardMatchPatterns();

  it('covers every Amazon marketplace with every guard path, plus the Taobao/Tmall table', () => {
    expect(patterns).toHaveLength(
      // Each Amazon path twice: as is, and under a language prefix (`/-/en/…`).
      AMAZON_MARKETPLACES.length * AMAZON_GUARD_PATHS.length * 2 + TAOBAO_GUARD_PATTERNS.length,
    );
    for (const m of AMAZON_MARKETPLACES) expect(patterns).toContain(`https://www.${m.domain}/gp/message*`);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it.each(patterns)('%s is https, on a real shop host, and never the whole site', (pattern) => {
    const m = /^https:\/\/([a-z0-9.-]+)(\/.*)$/.exec(pattern);
    expect(m, pattern).not.toBeNull();
    const [, host, path] = m!;
    const amazon = AMAZON_MARKETPLACES.some((mk) => host === `www.${mk.domain}`);
    expect(amazon || TAOBAO_HOST.test(host!), host).toBe(true);
    expect(path).not.toBe('/*');
    expect(path).not.toBe('/');
    // A real first path segment before any wildcard (after the language prefix, if any).
    expect(path).toMatch(/^(?:\/-\/\*)?\/[\w.-]{2,}/);
  });

  it.each([
    'https://www.amazon.com/gp/help/customer/contact-us',
    'https://www.amazon.co.uk/hz/contact-us/foresight/hubgateway',
    'https://www.amazon.de/message-us?muClientName=foresight',
    'https://www.amazon.co.jp/gp/message#!/inbox',
    'https://www.amazon.de/-/en/gp/help/customer/contact-us',
    'https://www.amazon.com/gp/help/contact/contact.html?orderID=111-9450008-0781820&sellerID=A1',
    'https://www.amazon.com.au/spr/returns/cart?orderId=1',
    'https://www.amazon.fr/gp/css/returns/homepage.html',
    'https://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao%E5%BA%97',
    'https://market.m.taobao.com/app/im/chat-core/index.html',
    'https://ai.alimebot.taobao.com/intl/index.htm?from=abc',
    'https://consumerservice.taobao.com/online-help',
    'https://refund2.taobao.com/dispute/apply.htm?bizOrderId=1',
    'https://refund2.tmall.com/dispute/detail.htm?bizOrderId=1',
    'https://rights.taobao.com/complaint/buyerList.htm',
    // Chats the Taobao app's own link table names (it opens them natively in the app; a browser gets the web page).
    'https://ai.alimebot.taobao.com/vgbot/index.htm?from=abc',
    'https://market.m.taobao.com/app/tb-chatting/chat-universal-page/pages/index/index.html?targetId=1',
    'https://market.m.taobao.com/app/tb-chatting/tbms-chat/pages/index#!dialog-5rWL6K+V-1-2',
    'https://h5.m.taobao.com/wx/h5chat.html?targetType=7&bizType=11001',
  ])('runs on %s', (url) => {
    expect(matchesAny(url)).toBe(true);
  });

  it.each([
    'https://www.amazon.com/dp/B00TEST000',
    'https://www.amazon.com/s?k=phone',
    'https://www.amazon.com/gp/your-account/order-details?orderID=112-0399923-3070642',
    'https://www.amazon.com/ap/signin',
    'https://item.taobao.com/item.htm?id=1',
    'https://www.taobao.com/',
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
    'https://login.taobao.com/member/login.jhtml',
    // Other apps of the chat app's folder: a message card's template, a group-joining landing page.
    'https://market.m.taobao.com/app/tb-chatting/feed-cards/tmall_card?wh_ttid=native',
    'https://market.m.taobao.com/app/tb-chatting/join-group-landing/index/index.html?groupId=1',
    'https://ai.alimebot.taobao.com/',
  ])('does not run on %s', (url) => {
    expect(matchesAny(url)).toBe(false);
  });
});

describe("onAmazonPath (what the guard checks before it acts: a pattern's `*` spans slashes and the query)", () => {
  const on = (url: string) => onAmazonPath(new URL(url), AMAZON_GUARD_PATHS);

  // Every URL here is injected into; only guard pages themselves (after a language prefix) are acted on.
  it.each([
    ['https://www.amazon.de/-/en/gp/help/customer/contact-us', true],
    ['https://www.amazon.com/-/zh_TW/hz/contact-us/foresight/hubgateway', true],
    ['https://www.amazon.com/gp/message?ref=x', true],
    ['https://www.amazon.co.jp/spr/returns/cart?orderId=1', true],
    ['https://www.amazon.de/-/en/dp/B000000001?ref_=x&returnTo=/gp/help/customer/contact-us', false],
    ['https://www.amazon.de/-/en/Some-Product/dp/B000000001/gp/message', false],
    ['https://www.amazon.com/-/es/gp/cart/view.html?x=/hz/pwo/', false],
  ] as const)('%s → acts: %s', (url, acts) => {
    expect(matchesAny(url), 'injected').toBe(true);
    expect(on(url)).toBe(acts);
  });
});
