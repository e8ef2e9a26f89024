import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KefuBrowser, launchKefu, waitForTabOrder } from '../../scripts/kefu-browser';

/** Evaluated in the extension's service worker. */
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
};

const AMAZON_DETAIL = 'https://www.amazon.com/gp/your-account/order-details?orderID=112-0399923-3070642';
const TAOBAO_DETAIL = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803';
const AMAZON_PRODUCT = 'https://www.amazon.com/dp/B00TEST000';

describe('foundation: page → content script → background → side panel', () => {
  let kefu: KefuBrowser;

  beforeAll(async () => {
    kefu = await launchKefu();
    kefu.serve({ url: AMAZON_DETAIL, file: 'real/amazon.com/order-details-112-0399923-3070642.html' });
    kefu.serve({ url: TAOBAO_DETAIL, file: 'real/taobao/taobao_ordersdetails.html' });
    kefu.serve({
      url: AMAZON_PRODUCT,
      html: '<html><body><h1>Product</h1><p>Order # 112-0399923-3070642 mentioned on a product page</p></body></html>',
    });
  });
  afterAll(async () => {
    await kefu?.close();
  });

  it('injects nothing on a non-order Amazon page', async () => {
    const page = await kefu.openShopPage(AMAZON_PRODUCT);
    // Give a content script, had one been injected, ample time to report.
    await page.waitForTimeout(1500);
    expect(Object.keys(await kefu.sessionRecords())).toEqual([]);
    await page.close();
  });

  it('lists the order of a real Amazon order-details page in the side panel', async () => {
    await kefu.openShopPage(AMAZON_DETAIL);
    await waitForTabOrder(kefu, '112-0399923-3070642');
    const panel = await kefu.openPanel();
    await expect
      .poll(() => panel.getByTestId('order-id').allTextContents(), { timeout: 10_000 })
      .toContain('112-0399923-3070642');
    await panel.close();
  });

  it('runs on a storefront path under a language prefix (amazon.de in English: /-/en/…)', async () => {
    const url = 'https://www.amazon.de/-/en/your-orders/orders?timeFilter=year-2024';
    kefu.serve({ url, file: 'synthetic/amazon/de-order-history.html' });
    const page = await kefu.openShopPage(url);
    await waitForTabOrder(kefu, '302-5113396-3949156');
    await page.close();
  });

  it("reads the package tracker with its own script, also opened from an e-mail link (order named only in the page's state)", async () => {
    const url =
      'https://www.amazon.de/-/en/progress-tracker/package/?itemId=jnkpmmkqskqu&orderingShipmentId=1097&packageId=1';
    kefu.serve({
      url,
      html: `<html><body><a href="/gp/your-account/order-history">Your orders</a><h1 class="pt-promise-main-slot">Arriving tomorrow</h1>
        <div id="carrierRelatedInfo-container"><h3>Shipped with DHL</h3><div class="pt-delivery-card-trackingId">Tracking ID: JJD000390007777777</div></div>
        <script type="a-state" data-a-state='{"key":"page-state"}'>{"orderId":"302-7777777-1234567","trackingId":"JJD000390007777777"}</script></body></html>`,
    });
    // WXT's content scripts announce themselves on start with an event on the document, named after the extension and
    // the script (never with a window message: the page would learn Kefu is there). The test knows those names and
    // lists who came (an init script, as the fixture server forbids the page's own scripts).
    const page = await kefu.context.newPage();
    await page.addInitScript((extensionId) => {
      const seen: string[] = [];
      (window as { kefuScripts?: string[] }).kefuScripts = seen;
      for (const name of ['amazon-orders', 'amazon-tracking', 'taobao-orders', 'guard']) {
        document.addEventListener(`${extensionId}:${name}:wxt:content-script-started`, () => seen.push(name));
      }
      addEventListener(
        'message',
        (e) => e.data?.contentScriptName && seen.push(`window message: ${e.data.contentScriptName}`),
      );
    }, kefu.extensionId);
    await page.goto(url, { waitUntil: 'load' });
    await waitForTabOrder(kefu, '302-7777777-1234567');
    const records = Object.values(await kefu.sessionRecords()) as {
      url: string;
      extraction: { pageKind: string; orders: { shipments: unknown[] }[] };
    }[];
    const record = records.find((r) => r.url === url);
    expect(record?.extraction.pageKind).toBe('tracking');
    expect(record?.extraction.orders[0]?.shipments).toEqual([
      { trackingUrl: url, trackingId: 'JJD000390007777777', carrier: 'DHL', status: 'Arriving tomorrow' },
    ]);
    expect(await page.evaluate(() => (window as { kefuScripts?: string[] }).kefuScripts)).toEqual(['amazon-tracking']);
    await page.close();
  });

  it('follows tab switches: a Taobao order page, then back to Amazon', async () => {
    const amazon = kefu.context.pages().find((p) => p.url() === AMAZON_DETAIL)!;
    const taobao = await kefu.openShopPage(TAOBAO_DETAIL);
    await waitForTabOrder(kefu, '4861628750601004803');
    const panel = await kefu.openPanel();
    await taobao.bringToFront();
    await expect
      .poll(() => panel.getByTestId('order-id').allTextContents(), { timeout: 10_000 })
      .toContain('4861628750601004803');
    await amazon.bringToFront();
    await expect
      .poll(() => panel.getByTestId('order-id').allTextContents(), { timeout: 10_000 })
      .toEqual(['112-0399923-3070642']);
    await panel.close();
  });

  it('extracts again when the page changes its DOM (lazy lists) and on SPA navigation', async () => {
    const LIST = 'https://www.amazon.com/your-orders/orders?timeFilter=year-2020&startIndex=40';
    kefu.serve({ url: LIST, file: 'real/amazon.com/order-history-2020-40.html' });
    const page = await kefu.openShopPage(LIST);
    await waitForTabOrder(kefu, '113-9593794-2137824');
    const listed = async () => {
      const records = Object.values(await kefu.sessionRecords()) as {
        url: string;
        extraction: { pageKind: string; orders: { orderId: string }[] };
      }[];
      return records.find((r) => r.url.startsWith('https://www.amazon.com/your-orders/'));
    };
    expect((await listed())?.extraction.orders).toHaveLength(10);
    // The page's own script removes the first card (as Amazon's JS re-renders its list).
    await page.evaluate(() => document.querySelector('.order-card, .js-order-card')?.remove());
    await expect.poll(async () => (await listed())?.extraction.orders.length, { timeout: 10_000 }).toBe(9);
    // Same-document navigation to another order page: the URL the background stores follows.
    await page.evaluate(() => history.pushState({}, '', '/your-orders/orders?timeFilter=year-2020&startIndex=50'));
    await expect
      .poll(async () => (await listed())?.url, { timeout: 10_000 })
      .toBe('https://www.amazon.com/your-orders/orders?timeFilter=year-2020&startIndex=50');
    await page.close();
  });

  it('forgets the orders when a page reports while the tab is already leaving for a page without Kefu', async () => {
    const SLOW_PRODUCT = 'https://www.amazon.com/dp/B00SLOW0000';
    kefu.serve({ url: SLOW_PRODUCT, html: '<html><body><h1>Slow product page</h1></body></html>', delayMs: 2500 });
    const seen = new Set(Object.keys(await kefu.sessionRecords()));
    const page = await kefu.openShopPage(AMAZON_DETAIL);
    const tabKey = async () => {
      const records = (await kefu.sessionRecords()) as Record<string, { url: string; updatedAt: number }>;
      return Object.keys(records).find((k) => records[k]!.url === AMAZON_DETAIL && !seen.has(k));
    };
    await expect.poll(tabKey, { timeout: 10_000 }).toBeDefined();
    const key = (await tabKey())!;
    const tabId = Number(key.slice('tab:'.length));
    // Start leaving; while the slow page is on its way the old document still runs and reports once more.
    const leaving = page.goto(SLOW_PRODUCT, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const before = ((await kefu.sessionRecords()) as Record<string, { updatedAt: number }>)[key]!.updatedAt;
    await kefu.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/rescan' }, { frameId: 0 }), tabId);
    await expect
      .poll(async () => ((await kefu.sessionRecords()) as Record<string, { updatedAt: number }>)[key]?.updatedAt)
      .toBeGreaterThan(before);
    await leaving;
    await expect.poll(async () => (await kefu.sessionRecords())[key], { timeout: 10_000 }).toBeUndefined();
    await page.close();
  });

  it('shows the orders again when the user goes back to an order page', async () => {
    const seen = new Set(Object.keys(await kefu.sessionRecords()));
    const page = await kefu.openShopPage(AMAZON_DETAIL);
    const tabKey = async () => {
      const records = (await kefu.sessionRecords()) as Record<string, { url: string }>;
      return Object.keys(records).find((k) => records[k]!.url === AMAZON_DETAIL && !seen.has(k));
    };
    await expect.poll(tabKey, { timeout: 10_000 }).toBeDefined();
    const key = (await tabKey())!;
    await page.evaluate(() => {
      (window as { kefuMark?: number }).kefuMark = 1;
    });
    await page.goto(AMAZON_PRODUCT, { waitUntil: 'load' });
    await expect.poll(async () => (await kefu.sessionRecords())[key], { timeout: 10_000 }).toBeUndefined();
    await page.goBack({ waitUntil: 'commit' });
    // Restored from the back/forward cache: the same document (the mark survived), so its content script did not
    // run again and only the background's probe can make it report.
    await expect.poll(() => page.evaluate(() => (window as { kefuMark?: number }).kefuMark)).toBe(1);
    await expect.poll(async () => (await kefu.sessionRecords())[key], { timeout: 10_000 }).toBeDefined();
    await page.close();
  });

  it('makes no network request of its own', () => {
    // Requests recorded are those neither served as a fixture page nor declared by that page's own HTML.
    expect(kefu.strayRequests).toEqual([]);
  });
});

describe('the request counter itself', () => {
  it('sees a request made by the extension service worker and by an extension page', async () => {
    const kefu = await launchKefu();
    try {
      await kefu.worker.evaluate(() => fetch('https://kefu-canary.invalid/from-worker').catch(() => null));
      const panel = await kefu.openPanel();
      await panel.evaluate(() => fetch('https://kefu-canary.invalid/from-panel').catch(() => null));
      await expect
        .poll(() => kefu.strayRequests, { timeout: 5000 })
        .toContain('https://kefu-canary.invalid/from-worker');
      await expect
        .poll(() => kefu.strayRequests, { timeout: 5000 })
        .toContain('https://kefu-canary.invalid/from-panel');
    } finally {
      await kefu.close();
    }
  });
});

describe('first install', () => {
  it('opens the welcome page in the browser language, and its button opens the panel', async () => {
    // launchKefu waits for the page on a new profile (and fails without it); 'keep' leaves it to look at.
    const kefu = await launchKefu({ locale: 'zh-CN', welcome: 'keep' });
    try {
      const welcome = kefu.context.pages().find((p) => p.url().endsWith('/welcome.html'));
      expect(welcome).toBeDefined();
      await welcome!.getByTestId('welcome').waitFor();
      expect(await welcome!.locator('h1').textContent()).toBe('客服助手已安装');
      // The shortcut the manifest suggests, as Chrome reports it.
      await expect.poll(() => welcome!.getByTestId('welcome').textContent()).toContain('Alt+Shift+K');
      // The side panel is no tab (context.pages() does not list it): the browser's targets show it open.
      const cdp = await kefu.context.browser()!.newBrowserCDPSession();
      const sidePanels = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url.endsWith('/sidepanel.html')).length;
      expect(await sidePanels()).toBe(0);
      await welcome!.getByTestId('welcome-open-panel').click();
      await expect.poll(sidePanels).toBe(1);
      expect(await welcome!.getByTestId('welcome-open-failed').count()).toBe(0);
      expect(kefu.strayRequests).toEqual([]);
    } finally {
      await kefu.close();
    }
  });
});
