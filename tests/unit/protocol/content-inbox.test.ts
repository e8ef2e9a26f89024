import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COPY_ORDER_MENU_ID, setUpContextMenu } from '@/lib/background/context-menu';
import { type BackgroundDeps, routeMessage } from '@/lib/background/route-message';
import type { NotesStore } from '@/lib/notes';
import {
  type ContentInbound,
  type CopySummaryMessage,
  isShopUrl,
  parseContentInbound,
  parseMessage,
  RESCAN_NOW,
  type SenderInfo,
} from '@/lib/protocol';
import { MAX_COPY_SUMMARIES, MAX_COPY_SUMMARY_CHARS, MAX_ORDER_ID_CHARS } from '@/lib/protocol/extraction-limits';
import { saveTabOrders } from '@/lib/tab-orders';

/**
 * Background → content messages have one definition (lib/protocol/content-inbox.ts): the background types what it
 * sends with it and the content script validates with it. What the background really sends must pass that
 * validator; anything else must not; and the background's own parser must not keep a second copy of these types.
 */
const ID = 'kefu-id';
// tabs.sendMessage from the background: the browser stamps our id and no tab (the sender is no tab's page).
const fromBackground: SenderInfo = { id: ID, url: `chrome-extension://${ID}/background.js` };
const accept = (raw: unknown) => parseContentInbound(raw, fromBackground, ID);

describe('background → content messages: one definition', () => {
  afterEach(() => vi.restoreAllMocks());

  it('types the background’s senders and the content validator with the same messages', () => {
    expectTypeOf<Parameters<BackgroundDeps['sendToTab']>[1]>().toEqualTypeOf<ContentInbound>();
    expectTypeOf(parseContentInbound).returns.toEqualTypeOf<ContentInbound | null>();
  });

  it('accepts the rescan the background sends for the panel’s tab/rescan (and as the tab probe)', async () => {
    const sendToTab = vi.fn<BackgroundDeps['sendToTab']>(async () => true);
    await routeMessage(
      { message: { type: 'tab/rescan', tabId: 9 }, tabId: null, url: `chrome-extension://${ID}/sidepanel.html` },
      { session: fakeBrowser.storage.session, now: Date.now, sendToTab },
    );
    const sent = sendToTab.mock.calls[0]?.[1];
    expect(sent).toEqual({ type: 'content/rescan' });
    expect(accept(sent)).toEqual(sent);
    expect(accept(RESCAN_NOW)).toEqual(RESCAN_NOW);
    // What crosses tabs.sendMessage is a JSON-like copy.
    expect(accept(structuredClone(RESCAN_NOW))).toEqual({ type: 'content/rescan' });
  });

  it('accepts the copy-summary the context menu sends (an order ID as long as allowed)', async () => {
    fakeBrowser.reset();
    // The fake browser has no catalogue: the summary's language is picked from the one the browser uses.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'uiLang' ? 'en' : ''));
    const orderId = '1'.repeat(MAX_ORDER_ID_CHARS);
    await saveTabOrders(fakeBrowser.storage.session, {
      tabId: 7,
      url: 'https://www.amazon.com/gp/your-account/order-history',
      updatedAt: 1,
      extraction: {
        platform: 'amazon',
        marketplace: 'amazon.com',
        pageKind: 'order-list',
        // Synthetic orders (made-up IDs and titles); an order ID as long as allowed.
        orders: [
          {
            orderId,
            items: [{ title: 'USB-C cable', quantity: 2 }, { title: 'Desk lamp' }],
            shipments: [],
          },
          { orderId: '111-0000002-0000002', items: [{ title: 'Cable' }], shipments: [] },
        ],
      },
    });
    let onClicked: ((info: { menuItemId: string }, tab: { id: number }) => Promise<void>) | undefined;
    const sendMessage = vi.fn(async (_tabId: number, _message: unknown) => true);
    const api = {
      i18n: { getMessage: (key: string) => key },
      runtime: { getURL: (path: string) => `chrome-extension://${ID}${path}` },
      contextMenus: {
        removeAll: vi.fn(async () => {}),
        create: vi.fn(),
        onClicked: {
          addListener: (listener: typeof onClicked) => {
            onClicked = listener;
          },
        },
      },
      tabs: { sendMessage },
      notifications: { create: vi.fn(async (id: string) => id), clear: vi.fn(async () => true) },
    };
    const notes = { getSetting: async () => undefined } as unknown as NotesStore;
    setUpContextMenu(api as unknown as typeof browser, fakeBrowser.storage.session, notes);
    await onClicked!({ menuItemId: COPY_ORDER_MENU_ID }, { id: 7 });
    const sent = sendMessage.mock.calls[0]?.[1] as CopySummaryMessage;
    expect(sent.type).toBe('content/copy-summary');
    expect(sent.summaries.map((s) => s.orderId)).toEqual([orderId, '111-0000002-0000002']);
    expect(sent.summaries[0]!.text).toContain(`Order ID: ${orderId}`);
    expect(accept(structuredClone(sent))).toEqual(sent);
  });

  const summary = { orderId: '111-0000001-0000001', text: 'Order ID: 111-0000001-0000001' };
  const copy = { type: 'content/copy-summary', summaries: [summary] };
  it('accepts the most summaries the background may send, and no more', () => {
    const most = { ...copy, summaries: Array.from({ length: MAX_COPY_SUMMARIES }, () => summary) };
    expect(accept(most)).toEqual(most);
    expect(accept({ ...copy, summaries: [...most.summaries, summary] })).toBeNull();
  });

  it.each<[string, unknown]>([
    ['no type', { summaries: [summary] }],
    ['an unknown type', { type: 'content/delete-notes' }],
    ['a background-bound type', { type: 'tab/rescan', tabId: 1 }],
    ['a rescan with a payload', { type: 'content/rescan', tabId: 1 }],
    ['a copy without summaries', { type: 'content/copy-summary' }],
    ['a copy with an extra key', { ...copy, html: '<b>' }],
    ['summaries that are an object', { ...copy, summaries: { 0: summary } }],
    ['a summary that is a string', { ...copy, summaries: ['Order ID: 1'] }],
    ['a summary that is null', { ...copy, summaries: [null] }],
    ['a summary without text', { ...copy, summaries: [{ orderId: '1' }] }],
    ['a numeric order ID', { ...copy, summaries: [{ orderId: 1, text: 'x' }] }],
    ['an over-long order ID', { ...copy, summaries: [{ orderId: '1'.repeat(MAX_ORDER_ID_CHARS + 1), text: 'x' }] }],
    ['an over-long text', { ...copy, summaries: [{ orderId: '1', text: 'x'.repeat(MAX_COPY_SUMMARY_CHARS + 1) }] }],
  ])('drops %s', (_label, raw) => {
    expect(accept(raw)).toBeNull();
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...fromBackground, id: 'evil-id' }],
    ['no extension id (a web page)', { url: 'https://evil.example/' }],
    ['a tab (another content script relaying)', { ...fromBackground, tab: { id: 3 } }],
  ])('drops a well-formed message from %s', (_label, sender) => {
    expect(parseContentInbound(RESCAN_NOW, sender, ID)).toBeNull();
    expect(parseContentInbound(copy, sender, ID)).toBeNull();
  });

  it('is not also defined in the background’s parser: it drops them even when asked to accept them', () => {
    const ctx = { extensionId: ID, extensionOrigin: `chrome-extension://${ID}/`, isShopUrl };
    const all = ['orders/found', 'tab/rescan', 'content/rescan', 'content/copy-summary'] as never[];
    expect(parseMessage(RESCAN_NOW, fromBackground, ctx, all)).toBeNull();
    expect(parseMessage(copy, fromBackground, ctx, all)).toBeNull();
  });
});
