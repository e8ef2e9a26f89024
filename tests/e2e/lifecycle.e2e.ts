import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KefuBrowser, launchKefu, waitForTabOrder } from '../../scripts/kefu-browser';

/** `chrome.*` evaluated in the extension's service worker or on chrome://extensions (Node has no such global). */
declare const chrome: {
  runtime: { reload(): void };
  developerPrivate: { updateProfileConfiguration(config: { inDeveloperMode: boolean }, done: () => void): void };
};

const LIST = 'https://www.amazon.com/your-orders/orders?timeFilter=year-2020&startIndex=40';
const LIST_FIRST_ORDER = '113-9593794-2137824';
const TAOBAO_DETAIL = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803';
const TAOBAO_ID = '4861628750601004803';
const AMAZON_CHAT = 'https://www.amazon.com/message-us?muClientName=foresight&paradigm=foresightBotless';
const AMAZON_PRODUCT = 'https://www.amazon.com/dp/B00TEST000';
const CARD = '4111 1111 1111 1111';

/**
 * The page's side of the extension through CDP: its content scripts run in an isolated world the page's own scripts
 * (and an init script) cannot see, so their listeners and reports are counted there.
 */
async function extensionWorld(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<number, { origin: string; auxData?: { type?: string; frameId?: string } }>();
  const exceptions: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.set(context.id, context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  // Uncaught errors of every world, the content scripts' included.
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: e }) =>
    exceptions.push(`${e.exception?.description ?? e.text} @ ${e.url ?? ''}`),
  );
  await cdp.send('Runtime.enable');
  const mainFrame = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  const contextId = () => {
    for (const [id, c] of worlds) {
      if (c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`) {
        if (c.auxData.frameId === mainFrame) return id;
      }
    }
    throw new Error('no content script world in the page');
  };
  return {
    cdp,
    exceptions,
    /** Evaluates `expression` in the content scripts' world (what they see, e.g. a `document.hidden` of its own). */
    async run(expression: string): Promise<unknown> {
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: contextId(),
        expression,
        returnByValue: true,
      });
      return result.value;
    },
    /** Counts the content script's reports from now on (its `chrome.runtime.sendMessage` calls). */
    async countReports() {
      await cdp.send('Runtime.evaluate', {
        contextId: contextId(),
        expression: `(() => { const r = chrome.runtime, send = r.sendMessage.bind(r); globalThis.kefuReports = 0;
          r.sendMessage = (...a) => { globalThis.kefuReports++; return send(...a); }; })()`,
      });
      return async () =>
        (await cdp.send('Runtime.evaluate', { contextId: contextId(), expression: 'kefuReports', returnByValue: true }))
          .result.value as number;
    },
    /** The most "abort" listeners on any AbortSignal of the world (WXT's context lives on one). */
    async mostAbortListeners(): Promise<number> {
      await cdp.send('HeapProfiler.collectGarbage');
      const proto = await cdp.send('Runtime.evaluate', { contextId: contextId(), expression: 'AbortSignal.prototype' });
      const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
      const { result } = await cdp.send('Runtime.getProperties', {
        objectId: found.objects.objectId!,
        ownProperties: true,
      });
      let most = 0;
      for (const p of result) {
        if (!/^\d+$/.test(p.name) || !p.value?.objectId) continue;
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: p.value.objectId });
        most = Math.max(most, listeners.filter((l) => l.type === 'abort').length);
      }
      return most;
    },
  };
}

describe('lifecycle: listeners, timers and reports over time', () => {
  let kefu: KefuBrowser;

  beforeAll(async () => {
    kefu = await launchKefu();
    kefu.serve({ url: LIST, file: 'real/amazon.com/order-history-2020-40.html' });
    kefu.serve({ url: TAOBAO_DETAIL, file: 'real/taobao/taobao_ordersdetails.html' });
    kefu.serve({ url: AMAZON_CHAT, file: 'synthetic/chat/amazon-message-us.html' });
    kefu.serve({ url: AMAZON_PRODUCT, html: '<html><body><h1>Product</h1></body></html>' });
  });
  afterAll(async () => {
    await kefu?.close();
  });

  it('50 SPA navigations with DOM changes: no pile of listeners, a few extractions, the panel on the last page', async () => {
    const page = await kefu.context.newPage();
    const world = await extensionWorld(page, kefu.extensionId);
    await page.goto(LIST, { waitUntil: 'load' });
    await waitForTabOrder(kefu, LIST_FIRST_ORDER);
    // The background's check of the first load (1.5 s after it) has run: only the navigations' reports count.
    await page.waitForTimeout(1700);
    const reports = await world.countReports();
    const last = '/your-orders/orders?timeFilter=year-2020&startIndex=490';
    const started = Date.now();
    for (let i = 0; i < 50; i++) {
      await page.evaluate((i) => {
        history.pushState({}, '', `/your-orders/orders?timeFilter=year-2020&startIndex=${i * 10}`);
        document.body.append(Object.assign(document.createElement('div'), { textContent: `page ${i}` }));
      }, i);
      await page.waitForTimeout(20);
    }
    // A burst of navigations is read at the latest 2 s after its first one: on a loaded machine the 50 steps take
    // longer than that (~1.3 s on an idle one), and each 2 s of them may bring one read more.
    const deadlines = Math.ceil((Date.now() - started) / 2000);
    // The navigations' own extraction and the background's checks (1.5 s after a load completes) are over.
    await page.waitForTimeout(2500);
    // One report after the last navigation and one per background check (one at a time per tab): 100 before (two
    // per navigation), each a full extraction of the page. Two more allowed for a loaded machine, where a check's
    // 1.5 s timer can fall between two steps (6 once, with 5 allowed, while unit tests ran alongside).
    expect(await reports()).toBeLessThanOrEqual(5 + deadlines);
    // WXT's ctx.setTimeout kept an invalidation listener per timer (102 after these navigations, one more per DOM change).
    expect(await world.mostAbortListeners()).toBeLessThan(10);
    const records = Object.values(await kefu.sessionRecords()) as { url: string; extraction: { orders: unknown[] } }[];
    expect(records.find((r) => r.url.startsWith('https://www.amazon.com/your-orders/'))?.url).toBe(
      `https://www.amazon.com${last}`,
    );
    const panel = await kefu.openPanel();
    await page.bringToFront();
    await expect
      .poll(() => panel.getByTestId('order-id').allTextContents(), { timeout: 10_000 })
      .toContain(LIST_FIRST_ORDER);
    expect(world.exceptions).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('typing in a chat adds no listener per keystroke', async () => {
    const page = await kefu.context.newPage();
    const world = await extensionWorld(page, kefu.extensionId);
    await page.goto(AMAZON_CHAT, { waitUntil: 'load' });
    await page.locator('#chat-input').click();
    await page.keyboard.type(`my card ${CARD} and a few more words to type here`, { delay: 10 });
    await expect.poll(() => page.getByTestId('kefu-guard-box').count()).toBe(1);
    // A second of the warning's watch (every 300 ms while its field has the focus).
    await page.waitForTimeout(1000);
    // One per keystroke and per watch tick before (67 after these 60 keystrokes, +3 a second).
    expect(await world.mostAbortListeners()).toBeLessThan(10);
    await page.close();
  });

  it('the panel closed and opened 20 times: no listener added in the service worker, no error', async () => {
    const shop = await kefu.openShopPage(TAOBAO_DETAIL);
    await waitForTabOrder(kefu, TAOBAO_ID);
    const worker = kefu.context.serviceWorkers().at(-1) ?? kefu.worker;
    // Every chrome.* event the background uses, wrapped after its start: a listener added later is counted.
    await worker.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown> & { kefuAdded: string[]; kefuErrors: string[] };
      g.kefuAdded = [];
      g.kefuErrors = [];
      addEventListener('error', (e) => g.kefuErrors.push(String((e as ErrorEvent).message)));
      addEventListener('unhandledrejection', (e) => g.kefuErrors.push(String((e as PromiseRejectionEvent).reason)));
      const error = console.error.bind(console);
      console.error = (...args: unknown[]) => {
        g.kefuErrors.push(args.map(String).join(' '));
        error(...args);
      };
      const api = g.chrome as Record<string, Record<string, { addListener?: (l: unknown) => void }> | undefined>;
      for (const ns of ['runtime', 'tabs', 'storage', 'alarms', 'notifications', 'contextMenus', 'windows', 'action']) {
        for (const key in api[ns] ?? {}) {
          const event = api[ns]![key];
          if (!/^on[A-Z]/.test(key) || typeof event?.addListener !== 'function') continue;
          const add = event.addListener.bind(event);
          event.addListener = (listener: unknown) => {
            g.kefuAdded.push(`${ns}.${key}`);
            add(listener);
          };
        }
      }
    });
    const pageErrors: string[] = [];
    for (let i = 0; i < 20; i++) {
      const panel = await kefu.openPanel();
      panel.on('pageerror', (e) => pageErrors.push(String(e)));
      panel.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
      await shop.bringToFront();
      await panel.getByTestId('order-id').first().waitFor({ timeout: 10_000 });
      await panel.close();
    }
    const seen = await worker.evaluate(() => {
      const g = globalThis as unknown as { kefuAdded: string[]; kefuErrors: string[] };
      return { added: g.kefuAdded, errors: g.kefuErrors };
    });
    expect(kefu.context.serviceWorkers()).toContain(worker);
    expect(seen).toEqual({ added: [], errors: [] });
    expect(pageErrors).toEqual([]);
    await shop.close();
  });

  // Last: it replaces the extension (its session storage and service worker) for good.
  it('extension reloaded with shop pages open: the old scripts go quiet without an error, the new build takes over', async () => {
    const open = async (url: string) => {
      const page = await kefu.context.newPage();
      const world = await extensionWorld(page, kefu.extensionId);
      await page.goto(url, { waitUntil: 'load' });
      return { page, world };
    };
    const list = await open(LIST);
    const taobao = await open(TAOBAO_DETAIL);
    const chat = await open(AMAZON_CHAT);
    await waitForTabOrder(kefu, LIST_FIRST_ORDER);
    await waitForTabOrder(kefu, TAOBAO_ID);
    await chat.page.locator('#chat-input').click();
    await chat.page.keyboard.type(`my card ${CARD}`);
    await expect.poll(() => chat.page.getByTestId('kefu-guard-box').count()).toBe(1);
    // The chat tab in the background when the extension reloads (headless Chromium never hides a tab: the scripts'
    // world is told so), its watch ticks over meanwhile (it pauses while hidden).
    const visibility = (hidden: boolean) =>
      `Object.defineProperty(document, 'hidden', { value: ${hidden}, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));`;
    await chat.world.run(visibility(true));
    await chat.page.waitForTimeout(1200);

    // Chromium disables an extension loaded with --load-extension when it reloads, unless in developer mode.
    const settings = await kefu.context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      () =>
        new Promise<void>((done) =>
          chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done),
        ),
    );
    await settings.close();
    const old = kefu.context.serviceWorkers().at(-1) ?? kefu.worker;
    await old.evaluate(() => void setTimeout(() => chrome.runtime.reload(), 50));
    await expect.poll(() => kefu.context.serviceWorkers().some((w) => w !== old), { timeout: 10_000 }).toBe(true);
    // The orphaned guard keeps its warning while the tab is hidden, and takes it away as the tab is shown: not at its
    // next watch tick, 300 ms later, a window in which a click on Mask reached a script without browser.i18n.
    await chat.page.waitForTimeout(500);
    expect(await chat.page.getByTestId('kefu-guard-box').count()).toBe(1);
    expect(await chat.world.run(`${visibility(false)} document.querySelectorAll('kefu-privacy-guard').length`)).toBe(0);

    // The old scripts live on in the open tabs: typing, an SPA step with a DOM change, a page back from the
    // back/forward cache.
    await chat.page.bringToFront();
    await chat.page.locator('#chat-input').click();
    await chat.page.keyboard.type(` and ${CARD} again`);
    await list.page.evaluate(() => {
      history.pushState({}, '', '/your-orders/orders?timeFilter=year-2020&startIndex=50');
      document.querySelector('.order-card, .js-order-card')?.remove();
    });
    await taobao.page.goto(AMAZON_PRODUCT, { waitUntil: 'load' });
    await taobao.page.goBack({ waitUntil: 'commit' });
    await chat.page.waitForTimeout(1000);
    // No warning (the old one goes, none doubled), and nothing thrown by the old scripts.
    expect(await chat.page.getByTestId('kefu-guard-box').count()).toBe(0);
    for (const { world } of [list, taobao, chat]) expect(world.exceptions).toEqual([]);

    // The next navigation runs the new build.
    await list.page.goto(LIST, { waitUntil: 'load' });
    await waitForTabOrder(kefu, LIST_FIRST_ORDER);
    await chat.page.goto(AMAZON_CHAT, { waitUntil: 'load' });
    await chat.page.locator('#chat-input').click();
    await chat.page.keyboard.type(`my card ${CARD}`);
    await expect.poll(() => chat.page.getByTestId('kefu-guard-box').count()).toBe(1);
    for (const { page } of [list, taobao, chat]) await page.close();
  });
});
