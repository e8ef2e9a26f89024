import { describe, expect, it } from 'vitest';
import { mergeSeen } from '@/lib/extract/merge-seen';
import { isShopUrl, parseContentInbound, parseMessage, type ReceiverContext, type SenderInfo } from '@/lib/protocol';
import { AMAZON_ORDER_PATHS, AMAZON_TRACKING_PATHS, amazonMatchPatterns } from '@/lib/sites/amazon/marketplaces';
import { TAOBAO_ORDER_MATCH_PATTERNS } from '@/lib/sites/taobao/hosts';

const ctx: ReceiverContext = {
  extensionId: 'kefu-id',
  extensionOrigin: 'chrome-extension://kefu-id/',
  isShopUrl,
};
const BACKGROUND_ACCEPTS = ['orders/found', 'tab/rescan'] as const;

const shopSender: SenderInfo = {
  id: 'kefu-id',
  url: 'https://www.amazon.de/gp/your-account/order-details?orderID=302-1234567-1234567',
  frameId: 0,
  tab: { id: 7 },
};
const panelSender: SenderInfo = { id: 'kefu-id', url: 'chrome-extension://kefu-id/sidepanel.html' };

const order = {
  orderId: '302-1234567-1234567',
  orderDate: '2024-11-03',
  total: { amount: 12.99, currency: 'EUR', text: 'EUR 12,99' },
  items: [{ title: 'Kabel', quantity: 2, url: 'https://www.amazon.de/dp/B000' }],
  shop: 'Amazon',
  status: 'Zugestellt',
  shipments: [{ trackingId: 'TBA123456789012', carrier: 'Amazon Logistics' }],
  detailUrl: 'https://www.amazon.de/gp/your-account/order-details?orderID=302-1234567-1234567',
};
const found = {
  type: 'orders/found',
  url: 'https://www.amazon.de/gp/your-account/order-details?orderID=302-1234567-1234567',
  diagnostics: [{ orderId: '302-1234567-1234567', field: 'total', strategy: null }],
  extraction: { platform: 'amazon', marketplace: 'amazon.de', pageKind: 'order-detail', orders: [order] },
};

describe('parseMessage (background side)', () => {
  it('accepts a well-formed orders/found from a content script in a shop tab, with the tab and URL the browser stamped', () => {
    const parsed = parseMessage(found, shopSender, ctx, BACKGROUND_ACCEPTS);
    expect(parsed).not.toBeNull();
    expect(parsed!.tabId).toBe(7);
    expect(parsed!.url).toBe(shopSender.url);
    expect(parsed!.message).toEqual(found);
  });

  it('says whether the report came from a private-browsing tab (stamped by the browser)', () => {
    expect(parseMessage(found, shopSender, ctx, BACKGROUND_ACCEPTS)?.incognito).toBe(false);
    const privateTab = { ...shopSender, tab: { id: 7, incognito: true } };
    expect(parseMessage(found, privateTab, ctx, BACKGROUND_ACCEPTS)?.incognito).toBe(true);
  });

  it('accepts tab/rescan from an extension page', () => {
    const parsed = parseMessage({ type: 'tab/rescan', tabId: 3 }, panelSender, ctx, BACKGROUND_ACCEPTS);
    expect(parsed?.message).toEqual({ type: 'tab/rescan', tabId: 3 });
  });

  it.each([
    ['not an object', 'orders/found'],
    ['null', null],
    ['an array', [found]],
    ['unknown type', { type: 'orders/delete-all' }],
    ['prototype key as type', { type: '__proto__' }],
    ['missing extraction', { type: 'orders/found' }],
    ['unknown top-level key', { ...found, extra: 1 }],
    ['unknown order key', { ...found, extraction: { ...found.extraction, orders: [{ ...order, html: '<b>' }] } }],
    [
      'numeric order id (precision loss)',
      { ...found, extraction: { ...found.extraction, orders: [{ ...order, orderId: Number('4861628750601004803') }] } },
    ],
    ['diagnostic with an unknown key', { ...found, diagnostics: [{ field: 'x', strategy: null, html: '<b>' }] }],
    ['missing diagnostics', { type: 'orders/found', url: found.url, extraction: found.extraction }],
    ['bad platform', { ...found, extraction: { ...found.extraction, platform: 'ebay' } }],
    [
      'an item url that is not a string',
      { ...found, extraction: { ...found.extraction, orders: [{ ...order, items: [{ title: 'x', url: 5 }] }] } },
    ],
    [
      'an over-long order ID',
      { ...found, extraction: { ...found.extraction, orders: [{ ...order, orderId: '1'.repeat(65) }] } },
    ],
  ])('drops %s', (_label, raw) => {
    expect(parseMessage(raw, shopSender, ctx, BACKGROUND_ACCEPTS)).toBeNull();
  });

  it('fits over-sized or unusable content instead of dropping the whole report', () => {
    const messy = {
      ...found,
      extraction: {
        ...found.extraction,
        orders: Array.from({ length: 501 }, () => ({
          ...order,
          orderDate: '03.11.2024',
          shop: 'x'.repeat(10_000),
          total: { amount: Number.POSITIVE_INFINITY, currency: 'EUR', text: '∞' },
          items: [
            { title: 'y'.repeat(600), quantity: 1.5, url: 'javascript:alert(1)' },
            { title: 'ok', quantity: 2, url: 'mailto:a@b.c' },
          ],
          shipments: [{ trackingId: '1'.repeat(65), trackingUrl: 'http://track.example/1', carrier: 'DHL' }],
        })),
      },
    };
    const parsed = parseMessage(messy, shopSender, ctx, BACKGROUND_ACCEPTS);
    expect(parsed).not.toBeNull();
    if (parsed?.message.type !== 'orders/found') throw new Error('wrong type');
    const { orders } = parsed.message.extraction;
    expect(orders).toHaveLength(500);
    const first = orders[0]!;
    expect(first.orderId).toBe(order.orderId);
    expect(first.orderDate).toBeUndefined();
    expect(first.total).toBeUndefined();
    expect(first.shop).toHaveLength(200);
    expect(first.shop?.endsWith('…')).toBe(true);
    expect(first.items[0]).toEqual({ title: `${'y'.repeat(499)}…`, quantity: undefined, url: undefined });
    expect(first.items[1]).toEqual({ title: 'ok', quantity: 2, url: undefined });
    expect(first.shipments[0]).toEqual({ trackingId: undefined, trackingUrl: undefined, carrier: 'DHL' });
  });

  it('keeps the links it shows on the shop that sent the report: an https link elsewhere is dropped, its text kept', () => {
    const links = (sender: SenderInfo, urls: string[]) => {
      const raw = {
        ...found,
        extraction: {
          ...found.extraction,
          orders: [
            {
              ...order,
              items: urls.map((url, i) => ({ title: `Item ${i}`, quantity: 1, url })),
              shipments: urls.map((trackingUrl) => ({ trackingId: 'TBA123456789012', trackingUrl })),
              detailUrl: urls[0],
            },
          ],
        },
      };
      const parsed = parseMessage(raw, sender, ctx, BACKGROUND_ACCEPTS);
      if (parsed?.message.type !== 'orders/found') throw new Error('rejected');
      const got = parsed.message.extraction.orders[0]!;
      expect(got.items.map((i) => i.title)).toEqual(urls.map((_, i) => `Item ${i}`));
      return {
        items: got.items.map((i) => i.url ?? null),
        tracking: got.shipments.map((s) => s.trackingUrl ?? null),
        detail: got.detailUrl ?? null,
      };
    };
    // A product title the page chose, over a link that matched a link pattern only in its query.
    const offShop = [
      'https://evil.example/login?item.taobao.com/item.htm',
      'https://www.amazon.de.evil.example/dp/B000',
      'https://www.amazon.de@evil.example/dp/B000',
      'https://www.amazon.de:8443/dp/B000',
      'https://amazon.de-refund.example/gp/your-account/order-details',
    ];
    expect(links(shopSender, offShop)).toEqual({
      items: offShop.map(() => null),
      tracking: offShop.map(() => null),
      detail: null,
    });
    const amazon = [
      'https://www.amazon.de/dp/B000',
      'https://www.amazon.de/progress-tracker/package/ref=ppx_od_dt_b_track_package?itemId=x',
    ];
    expect(links(shopSender, amazon)).toEqual({ items: amazon, tracking: amazon, detail: amazon[0] });
    // Taobao pages link to taobao.com and tmall.com (and Tmall Global's tmall.hk, Tmall pharmacy's hosts), never to Amazon.
    const taobaoSender = { ...shopSender, url: 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm' };
    const taobao = [
      'https://item.taobao.com/item.htm?id=1',
      'https://detail.tmall.com/item.htm?id=2',
      'https://detail.tmall.hk/item.htm?id=3',
      'https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=4',
      // Tmall pharmacy items (hosts named by public order scrapers).
      'https://detail.liangxinyao.com/item.htm?id=5',
      'https://detail.yao.95095.com/item.htm?id=6',
    ];
    expect(links(taobaoSender, [...taobao, 'https://www.amazon.de/dp/B000'])).toEqual({
      items: [...taobao, null],
      tracking: [...taobao, null],
      detail: taobao[0],
    });
  });

  // Review (s16 review2): every report came out with `detailUrl: undefined` (and `url`, `trackingUrl`) even with no
  // link, and a structured clone (Firefox's storage.session) keeps such a key: the panel's merge of a page over the
  // list it was picked on (mergeSeen's spread) then erased the list's detail link with it.
  it('adds no link a report did not carry, so a merge over an earlier page keeps that page’s links', () => {
    const bare = {
      orderId: order.orderId,
      items: [{ title: 'Kabel' }],
      shipments: [{ trackingId: 'TBA123456789012' }],
    };
    const raw = { ...found, extraction: { ...found.extraction, orders: [bare] } };
    const parsed = parseMessage(raw, shopSender, ctx, BACKGROUND_ACCEPTS);
    if (parsed?.message.type !== 'orders/found') throw new Error('rejected');
    const got = parsed.message.extraction.orders[0]!;
    expect(Object.keys(got)).not.toContain('detailUrl');
    expect(Object.keys(got.items[0]!)).not.toContain('url');
    expect(Object.keys(got.shipments[0]!)).not.toContain('trackingUrl');
    const merged = mergeSeen(
      { ...order, shipments: [{ trackingId: 'TBA123456789012', trackingUrl: 'https://www.amazon.de/ship-track?x=1' }] },
      got,
    );
    expect(merged.detailUrl).toBe(order.detailUrl);
    expect(merged.shipments[0]?.trackingUrl).toBe('https://www.amazon.de/ship-track?x=1');
  });

  it('fits what a page or JSON transport can produce: null quantities, impossible dates, emoji at the cut, a long URL', () => {
    const title = `${'x'.repeat(498)}😀tail`;
    const raw = {
      ...found,
      url: `https://www.amazon.de/${'p'.repeat(5000)}`,
      extraction: {
        ...found.extraction,
        orders: [
          ...Array.from({ length: 500 }, () => ({
            ...order,
            orderDate: '2024-02-31',
            items: [{ title, quantity: null }],
          })),
          { ...order, orderId: '' }, // beyond the cap: cut before it is checked
        ],
      },
    };
    const parsed = parseMessage(raw, shopSender, ctx, BACKGROUND_ACCEPTS);
    if (parsed?.message.type !== 'orders/found') throw new Error('rejected');
    expect(parsed.message.url).toBe('');
    const first = parsed.message.extraction.orders[0]!;
    expect(parsed.message.extraction.orders).toHaveLength(500);
    expect(first.orderDate).toBeUndefined();
    expect(first.items[0]!.quantity).toBeUndefined();
    expect(first.items[0]!.title).toBe(`${'x'.repeat(498)}…`);
    expect(first.items[0]!.title.length).toBeLessThanOrEqual(500);
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...shopSender, id: 'evil-id' }],
    ['no tab (content-script message from an extension page)', { ...shopSender, tab: undefined }],
    ['a sub-frame', { ...shopSender, frameId: 3 }],
    ['a page that is not a shop', { ...shopSender, url: 'https://evil.example/gp/your-account/order-details' }],
    ['a look-alike host', { ...shopSender, url: 'https://www.amazon.de.evil.example/your-orders/orders' }],
    ['a shop host we never inject into', { ...shopSender, url: 'https://sellercentral.amazon.de/orders' }],
    ['a Taobao host we never inject into', { ...shopSender, url: 'https://login.taobao.com/member/login.jhtml' }],
    ['plain http', { ...shopSender, url: 'http://www.amazon.de/your-orders/orders' }],
    ['no URL', { ...shopSender, url: undefined }],
  ])('drops orders/found from %s', (_label, sender) => {
    expect(parseMessage(found, sender, ctx, BACKGROUND_ACCEPTS)).toBeNull();
  });

  it('accepts reports from every host the orders content scripts are injected into, and only those', () => {
    const hosts = [
      ...amazonMatchPatterns([...AMAZON_ORDER_PATHS, ...AMAZON_TRACKING_PATHS]),
      ...TAOBAO_ORDER_MATCH_PATTERNS,
    ].map((p) => new URL(p.replace('*', '')).hostname);
    expect(new Set(hosts).size).toBeGreaterThanOrEqual(23 + 6);
    for (const host of hosts) expect(isShopUrl(new URL(`https://${host}/x`)), host).toBe(true);
    expect(isShopUrl(new URL('https://WWW.AMAZON.CO.JP/x'))).toBe(true);
    for (const host of ['amazon.com', 'smile.amazon.com', 'www.taobao.com', 'item.taobao.com', 'www.tmall.com']) {
      expect(isShopUrl(new URL(`https://${host}/x`)), host).toBe(false);
    }
  });

  it('drops tab/rescan from a content script (only our own pages may send it)', () => {
    expect(parseMessage({ type: 'tab/rescan', tabId: 3 }, shopSender, ctx, BACKGROUND_ACCEPTS)).toBeNull();
  });

  it('drops a valid message the receiver does not accept', () => {
    expect(parseMessage({ type: 'content/rescan' }, panelSender, ctx, BACKGROUND_ACCEPTS)).toBeNull();
  });
});

describe('parseContentInbound (content-script side)', () => {
  it('accepts content/rescan from our background', () => {
    expect(parseContentInbound({ type: 'content/rescan' }, { id: 'kefu-id' }, 'kefu-id')).toEqual({
      type: 'content/rescan',
    });
  });
  it.each<[string, unknown, SenderInfo]>([
    ['another extension', { type: 'content/rescan' }, { id: 'evil' }],
    ['a tab', { type: 'content/rescan' }, { id: 'kefu-id', tab: { id: 1 } }],
    ['extra keys', { type: 'content/rescan', run: 'x' }, { id: 'kefu-id' }],
    ['another type', { type: 'orders/found' }, { id: 'kefu-id' }],
    ['a string', 'content/rescan', { id: 'kefu-id' }],
  ])('drops a message from %s', (_label, raw, sender) => {
    expect(parseContentInbound(raw, sender, 'kefu-id')).toBeNull();
  });
});
