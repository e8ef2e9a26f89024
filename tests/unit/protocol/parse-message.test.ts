import { describe, expect, it } from 'vitest';
import { isShopUrl, parseContentInbound, parseMessage, type ReceiverContext, type SenderInfo } from '@/lib/protocol';

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
      'javascript: item url',
      {
        ...found,
        extraction: {
          ...found.extraction,
          orders: [{ ...order, items: [{ title: 'x', url: 'javascript:alert(1)' }] }],
        },
      },
    ],
    [
      'huge string',
      { ...found, extraction: { ...found.extraction, orders: [{ ...order, shop: 'x'.repeat(10_000) }] } },
    ],
    ['bad date', { ...found, extraction: { ...found.extraction, orders: [{ ...order, orderDate: '03.11.2024' }] } }],
    [
      'too many orders',
      { ...found, extraction: { ...found.extraction, orders: Array.from({ length: 501 }, () => order) } },
    ],
  ])('drops %s', (_label, raw) => {
    expect(parseMessage(raw, shopSender, ctx, BACKGROUND_ACCEPTS)).toBeNull();
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...shopSender, id: 'evil-id' }],
    ['no tab (content-script message from an extension page)', { ...shopSender, tab: undefined }],
    ['a sub-frame', { ...shopSender, frameId: 3 }],
    ['a page that is not a shop', { ...shopSender, url: 'https://evil.example/gp/your-account/order-details' }],
    ['a look-alike host', { ...shopSender, url: 'https://www.amazon.de.evil.example/your-orders/orders' }],
    ['plain http', { ...shopSender, url: 'http://www.amazon.de/your-orders/orders' }],
    ['no URL', { ...shopSender, url: undefined }],
  ])('drops orders/found from %s', (_label, sender) => {
    expect(parseMessage(found, sender, ctx, BACKGROUND_ACCEPTS)).toBeNull();
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
