import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage } from '@/lib/background/route-message';
import type { Parsed } from '@/lib/protocol';
import { clearTabOrders, readTabOrders } from '@/lib/tab-orders';

const extraction = {
  platform: 'taobao' as const,
  marketplace: 'taobao',
  pageKind: 'order-detail' as const,
  orders: [{ orderId: '4861628750601004803', items: [], shipments: [] }],
};

describe('routeMessage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores what a tab found in session storage, readable by the panel, and clears it', async () => {
    const parsed: Parsed = {
      message: { type: 'orders/found', extraction },
      tabId: 5,
      url: 'https://trade.taobao.com/x',
    };
    const seen = vi.fn(async () => {});
    await routeMessage(parsed, {
      session: fakeBrowser.storage.session,
      now: () => 42,
      sendToTab: vi.fn(),
      onOrdersSeen: seen,
    });
    expect(await readTabOrders(fakeBrowser.storage.session, 5)).toEqual({
      tabId: 5,
      url: 'https://trade.taobao.com/x',
      extraction,
      updatedAt: 42,
    });
    expect(seen).toHaveBeenCalledOnce();
    await clearTabOrders(fakeBrowser.storage.session, 5);
    expect(await readTabOrders(fakeBrowser.storage.session, 5)).toBeNull();
  });

  it('relays tab/rescan to the tab and survives a tab without a content script', async () => {
    const sendToTab = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    await routeMessage(
      { message: { type: 'tab/rescan', tabId: 9 }, tabId: null, url: 'chrome-extension://x/sidepanel.html' },
      { session: fakeBrowser.storage.session, now: Date.now, sendToTab },
    );
    expect(sendToTab).toHaveBeenCalledWith(9, { type: 'content/rescan' });
  });
});
