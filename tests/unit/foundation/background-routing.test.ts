import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageUrl, routeMessage } from '@/lib/background/route-message';
import type { Parsed } from '@/lib/protocol';
import { clearStaleTabOrders, clearTabOrders, readTabOrders, saveTabOrders, verifyTabOrders } from '@/lib/tab-orders';

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
      message: { type: 'orders/found', url: 'https://trade.taobao.com/y', extraction, diagnostics: [] },
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
      url: 'https://trade.taobao.com/y',
      extraction,
      diagnostics: [],
      updatedAt: 42,
    });
    expect(seen).toHaveBeenCalledOnce();
    await clearTabOrders(fakeBrowser.storage.session, 5);
    expect(await readTabOrders(fakeBrowser.storage.session, 5)).toBeNull();
  });

  it('shows a private tab its orders but never writes them to the notes database', async () => {
    const parsed: Parsed = {
      message: { type: 'orders/found', url: 'https://trade.taobao.com/y', extraction, diagnostics: [] },
      tabId: 6,
      url: 'https://trade.taobao.com/x',
      incognito: true,
    };
    const seen = vi.fn(async () => {});
    await routeMessage(parsed, {
      session: fakeBrowser.storage.session,
      now: () => 1,
      sendToTab: vi.fn(),
      onOrdersSeen: seen,
    });
    expect((await readTabOrders(fakeBrowser.storage.session, 6))?.extraction).toEqual(extraction);
    expect(seen).not.toHaveBeenCalled();
  });

  it("records the page's own URL only when it stays on the stamped origin", () => {
    expect(pageUrl('https://www.amazon.com/b', 'https://www.amazon.com/a')).toBe('https://www.amazon.com/b');
    expect(pageUrl('https://evil.example/b', 'https://www.amazon.com/a')).toBe('https://www.amazon.com/a');
    expect(pageUrl('not a url', 'https://www.amazon.com/a')).toBe('https://www.amazon.com/a');
  });

  it('drops a record after a "loading" signal unless the tab reported again or reported that very URL', async () => {
    const area = fakeBrowser.storage.session;
    const save = (updatedAt: number) =>
      saveTabOrders(area, { tabId: 3, url: 'https://www.amazon.com/b', extraction, updatedAt });
    await save(200);
    await clearStaleTabOrders(area, 3, 100, undefined); // reported after the signal: a same-document navigation
    expect(await readTabOrders(area, 3)).not.toBeNull();
    await save(50);
    await clearStaleTabOrders(area, 3, 100, 'https://www.amazon.com/b'); // the browser says it is that same URL
    expect(await readTabOrders(area, 3)).not.toBeNull();
    await clearStaleTabOrders(area, 3, 100, 'https://www.amazon.com/c'); // elsewhere, no new report
    expect(await readTabOrders(area, 3)).toBeNull();
    await save(50);
    await clearStaleTabOrders(area, 3, 100, undefined); // a page we cannot see: not a shop page
    expect(await readTabOrders(area, 3)).toBeNull();
  });

  it('keeps a record reported after the signal only if a content script still answers in the tab', async () => {
    const area = fakeBrowser.storage.session;
    const save = () => saveTabOrders(area, { tabId: 3, url: 'https://www.amazon.com/b', extraction, updatedAt: 200 });
    const probe = vi.fn(async () => true);
    await save();
    await clearStaleTabOrders(area, 3, 100, undefined, probe); // same-document navigation: the script answers
    expect(probe).toHaveBeenCalledWith(3);
    expect(await readTabOrders(area, 3)).not.toBeNull();
    // The page being left reported late; the tab now holds a page without Kefu.
    await clearStaleTabOrders(area, 3, 100, undefined, async () => false);
    expect(await readTabOrders(area, 3)).toBeNull();
  });

  it('after a load completes, drops a record no content script stands behind, and probes only tabs with one', async () => {
    const area = fakeBrowser.storage.session;
    const probe = vi.fn(async () => false);
    await verifyTabOrders(area, 8, probe);
    expect(probe).not.toHaveBeenCalled();
    await saveTabOrders(area, { tabId: 8, url: 'https://www.amazon.com/b', extraction, updatedAt: 1 });
    await verifyTabOrders(area, 8, async () => true);
    expect(await readTabOrders(area, 8)).not.toBeNull();
    await verifyTabOrders(area, 8, probe);
    expect(await readTabOrders(area, 8)).toBeNull();
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
