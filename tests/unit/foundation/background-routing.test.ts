import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageUrl, routeMessage } from '@/lib/background/route-message';
import type { Parsed } from '@/lib/protocol';
import {
  clearTabOrders,
  PROBE_DELAY_MS,
  readTabOrders,
  saveTabOrders,
  scheduleTabChecks,
  verifyTabOrders,
} from '@/lib/tab-orders';

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

  it('after a load completes, keeps the orders only if a content script in the tab answers', async () => {
    const area = fakeBrowser.storage.session;
    await saveTabOrders(area, { tabId: 8, url: 'https://www.amazon.com/b', extraction, updatedAt: 1 });
    const answers = vi.fn(async () => true);
    await verifyTabOrders(area, 8, answers); // the same page, or another order page (it reports for itself)
    expect(answers).toHaveBeenCalledWith(8);
    expect(await readTabOrders(area, 8)).not.toBeNull();
    await verifyTabOrders(area, 8, async () => false); // the tab now shows a page without Kefu
    expect(await readTabOrders(area, 8)).toBeNull();
  });

  it('asks even a tab with no orders on record (a page back from the back/forward cache must report again)', async () => {
    const probe = vi.fn(async () => false);
    await verifyTabOrders(fakeBrowser.storage.session, 9, probe);
    expect(probe).toHaveBeenCalledWith(9);
    expect(await readTabOrders(fakeBrowser.storage.session, 9)).toBeNull();
  });

  it('checks a tab once for loads that complete in quick succession (SPA steps), then once more, each tab on its own', () => {
    vi.useFakeTimers();
    try {
      const check = vi.fn();
      const checkTab = scheduleTabChecks(check);
      // Chrome says "complete" for every same-document navigation: 50 steps through a list, 40 ms apart (2 s).
      for (let i = 0; i < 50; i++) {
        checkTab(3);
        vi.advanceTimersByTime(40);
      }
      checkTab(7);
      vi.advanceTimersByTime(PROBE_DELAY_MS);
      // Tab 3: at 1.5 s, and at 3 s for the loads the first one covered; tab 7 on its own.
      expect(check.mock.calls).toEqual([[3], [3], [7]]);
      vi.advanceTimersByTime(PROBE_DELAY_MS);
      // Once more for the loads of 1.5–2 s, which the second check was pending over; then quiet.
      expect(check.mock.calls).toEqual([[3], [3], [7], [3]]);
      vi.advanceTimersByTime(10 * PROBE_DELAY_MS);
      expect(check).toHaveBeenCalledTimes(4);
      // A load after the check ran gets its own, and only one.
      checkTab(7);
      vi.advanceTimersByTime(PROBE_DELAY_MS);
      expect(check.mock.calls.slice(4)).toEqual([[7]]);
      vi.advanceTimersByTime(10 * PROBE_DELAY_MS);
      expect(check).toHaveBeenCalledTimes(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a page that loads while a check of the one before is pending is checked again after it (its own report is asked)', () => {
    vi.useFakeTimers();
    try {
      const check = vi.fn();
      const checkTab = scheduleTabChecks(check);
      checkTab(5); // page A
      vi.advanceTimersByTime(PROBE_DELAY_MS - 10);
      checkTab(5); // page B, 10 ms before A's check: that check may run before B has reported
      vi.advanceTimersByTime(10);
      expect(check).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(PROBE_DELAY_MS);
      expect(check).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not drop a report that arrived while the tab was being asked', async () => {
    const area = fakeBrowser.storage.session;
    await saveTabOrders(area, { tabId: 4, url: 'https://www.amazon.com/a', extraction, updatedAt: 1 });
    await verifyTabOrders(area, 4, async () => {
      await saveTabOrders(area, { tabId: 4, url: 'https://www.amazon.com/b', extraction, updatedAt: 2 });
      return false;
    });
    expect((await readTabOrders(area, 4))?.url).toBe('https://www.amazon.com/b');
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
