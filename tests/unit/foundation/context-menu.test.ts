// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  COPY_FAILED_NOTIFICATION_ID,
  COPY_ORDER_MENU_ID,
  orderSummariesForTab,
  setUpContextMenu,
} from '@/lib/background/context-menu';
import { nearestOrderId } from '@/lib/content/nearest-order';
import type { NotesStore } from '@/lib/notes';
import { parseContentInbound } from '@/lib/protocol';
import { saveTabOrders } from '@/lib/tab-orders';

describe('nearestOrderId', () => {
  const ids = ['111-0000001-0000001', '111-0000002-0000002'];
  const page = () => {
    document.body.innerHTML = `
      <div class="card"><span>Order # 111-0000001-0000001</span><p><b id="a">Track package</b></p></div>
      <div class="card"><span>Order # 111-0000002-0000002</span><p><b id="b">Track package</b></p></div>
      <footer id="f">Conditions of use</footer>`;
  };
  beforeEach(page);

  it('picks the order whose card holds the right-clicked element', () => {
    expect(nearestOrderId(document.getElementById('b'), ids)).toBe('111-0000002-0000002');
    expect(nearestOrderId(document.getElementById('a'), ids)).toBe('111-0000001-0000001');
  });
  it('falls back to the first order outside any card, or with no target', () => {
    expect(nearestOrderId(document.getElementById('f'), ids)).toBe('111-0000001-0000001');
    expect(nearestOrderId(null, ids)).toBe('111-0000001-0000001');
    expect(nearestOrderId(null, [])).toBeNull();
  });
});

describe('content/copy-summary message', () => {
  const ok = { type: 'content/copy-summary', summaries: [{ orderId: '1', text: 'Order ID: 1' }] };
  it('is accepted from our background', () => {
    expect(parseContentInbound(ok, { id: 'me' }, 'me')).toEqual(ok);
  });
  it.each([
    ['extra key on a summary', { ...ok, summaries: [{ orderId: '1', text: 'x', html: '<b>' }] }],
    ['non-string text', { ...ok, summaries: [{ orderId: '1', text: 5 }] }],
    ['huge text', { ...ok, summaries: [{ orderId: '1', text: 'x'.repeat(5001) }] }],
    ['summaries not an array', { ...ok, summaries: 'x' }],
  ])('drops %s', (_label, raw) => {
    expect(parseContentInbound(raw, { id: 'me' }, 'me')).toBeNull();
  });
});

describe('orderSummariesForTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no catalogue; the summary's language follows the one the browser picked.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'uiLang' ? 'en' : ''));
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-TW');
  });
  it("formats every order the tab reported, masking a card number that slipped into the page's text", async () => {
    await saveTabOrders(fakeBrowser.storage.session, {
      tabId: 4,
      url: 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803',
      updatedAt: 1,
      extraction: {
        platform: 'taobao',
        marketplace: 'taobao',
        pageKind: 'order-detail',
        orders: [
          {
            orderId: '4861628750601004803',
            items: [{ title: '对讲机 备注卡号 4111 1111 1111 1111' }],
            shipments: [{ trackingId: '78955216713428', carrier: '中通快递' }],
          },
        ],
      },
    });
    const [summary] = await orderSummariesForTab(fakeBrowser.storage.session, 4, false);
    expect(summary?.orderId).toBe('4861628750601004803');
    expect(summary?.text).toContain('Order ID: 4861628750601004803');
    expect(summary?.text).toContain('78955216713428');
    expect(summary?.text).toContain('**** **** **** 1111');
    const [raw] = await orderSummariesForTab(fakeBrowser.storage.session, 4, true);
    expect(raw?.text).toContain('4111 1111 1111 1111');
    expect(await orderSummariesForTab(fakeBrowser.storage.session, 99, false)).toEqual([]);
  });

  it('cuts an order with hundreds of items short, so the message stays valid for the content script', async () => {
    const items = Array.from({ length: 400 }, (_, i) => ({ title: `Item number ${i} with a fairly long title` }));
    await saveTabOrders(fakeBrowser.storage.session, {
      tabId: 5,
      url: 'https://www.amazon.com/gp/your-account/order-details?orderID=111-1234567-1234567',
      updatedAt: 1,
      extraction: {
        platform: 'amazon',
        marketplace: 'amazon.com',
        pageKind: 'order-detail',
        orders: [
          { orderId: '111-1234567-1234567', items, shipments: [] },
          { orderId: '111-7654321-7654321', items: [{ title: 'Small' }], shipments: [] },
        ],
      },
    });
    const summaries = await orderSummariesForTab(fakeBrowser.storage.session, 5, false);
    expect(summaries.map((s) => s.orderId)).toEqual(['111-1234567-1234567', '111-7654321-7654321']);
    expect(summaries[0]!.text.length).toBeLessThanOrEqual(5000);
    expect(summaries[0]!.text).toContain('Order ID: 111-1234567-1234567');
    expect(summaries[0]!.text.endsWith('\n…')).toBe(true);
    expect(summaries[1]!.text).toContain('Small');
    const message = { type: 'content/copy-summary', summaries };
    expect(parseContentInbound(message, { id: 'me' }, 'me')).toEqual(message);
  });
});

describe('setUpContextMenu', () => {
  // Firefox (seen in firefox-esr 153 with the built extension, 2026-11): its MV2 background is persistent, and Firefox
  // keeps menus across browser restarts only for non-persistent backgrounds, so the menu must be made at every start
  // of the background, not only when runtime.onInstalled fires (it does not on a browser restart).
  const fakeApi = () => {
    const calls: string[] = [];
    const api = {
      i18n: { getMessage: (key: string) => key },
      contextMenus: {
        removeAll: vi.fn(async () => void calls.push('removeAll')),
        create: vi.fn((props: { id: string }) => {
          calls.push(`create ${props.id}`);
          return props.id;
        }),
        onClicked: { addListener: vi.fn() },
      },
      tabs: { sendMessage: vi.fn() },
      notifications: { create: vi.fn(async (id: string) => id), clear: vi.fn(async () => true) },
      runtime: { getURL: (path: string) => `chrome-extension://kefu${path}`, onInstalled: { addListener: vi.fn() } },
    };
    return { api, calls };
  };

  it('makes the menu when the background starts, with no install event (a browser restart in Firefox)', async () => {
    const { api, calls } = fakeApi();
    setUpContextMenu(api as unknown as typeof browser, fakeBrowser.storage.session, {} as NotesStore);
    await vi.waitFor(() => expect(calls).toEqual(['removeAll', `create ${COPY_ORDER_MENU_ID}`]));
    expect(api.contextMenus.onClicked.addListener).toHaveBeenCalledTimes(1);
  });

  it('removes the old menu first, so a start where menus persisted (Chrome) makes no duplicate', async () => {
    const { api, calls } = fakeApi();
    setUpContextMenu(api as unknown as typeof browser, fakeBrowser.storage.session, {} as NotesStore);
    setUpContextMenu(api as unknown as typeof browser, fakeBrowser.storage.session, {} as NotesStore);
    await vi.waitFor(() => expect(calls.filter((c) => c.startsWith('create'))).toHaveLength(2));
    expect(calls).toEqual(['removeAll', 'removeAll', `create ${COPY_ORDER_MENU_ID}`, `create ${COPY_ORDER_MENU_ID}`]);
  });
});

describe('"Copy order details" tells the user when nothing was copied', () => {
  // Seen in Chromium 142 with the built extension (2026-11, .tmp/s18/menu): on a page served with
  // `Permissions-Policy: clipboard-write=()` the content script answered false and the clipboard kept its old text, and
  // on an order list with no orders nothing happened at all; either way no word to the user, who then pastes whatever
  // the clipboard held before (perhaps something private) into the chat.
  const setUp = async (answer: unknown, orders: { orderId: string }[]) => {
    fakeBrowser.reset();
    await saveTabOrders(fakeBrowser.storage.session, {
      tabId: 7,
      url: 'https://www.amazon.com/gp/your-account/order-history',
      updatedAt: 1,
      extraction: {
        platform: 'amazon',
        marketplace: 'amazon.com',
        pageKind: 'order-list',
        orders: orders.map((o) => ({ ...o, items: [], shipments: [] })),
      },
    });
    let onClicked: ((info: { menuItemId: string }, tab: { id: number }) => Promise<void>) | undefined;
    const api = {
      i18n: { getMessage: (key: string) => key },
      runtime: { getURL: (path: string) => `chrome-extension://kefu${path}` },
      contextMenus: {
        removeAll: vi.fn(async () => {}),
        create: vi.fn(),
        onClicked: {
          addListener: (listener: typeof onClicked) => {
            onClicked = listener;
          },
        },
      },
      tabs: {
        sendMessage: vi.fn(async () => {
          if (answer instanceof Error) throw answer;
          return answer;
        }),
      },
      notifications: { create: vi.fn(async (id: string) => id), clear: vi.fn(async () => true) },
    };
    const notes = { getSetting: async () => undefined } as unknown as NotesStore;
    setUpContextMenu(api as unknown as typeof browser, fakeBrowser.storage.session, notes);
    await onClicked!({ menuItemId: COPY_ORDER_MENU_ID }, { id: 7 });
    return api;
  };
  const notified = (api: Awaited<ReturnType<typeof setUp>>) =>
    api.notifications.create.mock.calls.map((call) => (call as unknown as [string, { message: string }])[1].message);

  it('says so when the page refused the clipboard', async () => {
    const api = await setUp(false, [{ orderId: '111-0000001-0000001' }]);
    expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1);
    expect(notified(api)).toEqual(['contextCopyBlocked']);
  });
  it('says so when the page has no content script to answer (reloaded extension, another page)', async () => {
    const api = await setUp(new Error('Could not establish connection'), [{ orderId: '111-0000001-0000001' }]);
    expect(notified(api)).toEqual(['contextCopyBlocked']);
  });
  it('says so when the page shows no order', async () => {
    const api = await setUp(true, []);
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();
    expect(notified(api)).toEqual(['contextCopyNoOrder']);
  });
  it('stays quiet when the copy worked, and takes away the notice of a failed try before it', async () => {
    const api = await setUp(true, [{ orderId: '111-0000001-0000001' }]);
    expect(notified(api)).toEqual([]);
    // A pick after the 5 s activation says "Order details not copied"; when the retry the notice asks for copies,
    // a notice left on screen and in the tray reads as if the retry had failed too.
    expect(api.notifications.clear).toHaveBeenCalledWith(COPY_FAILED_NOTIFICATION_ID);
  });
});
