import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KefuBrowser, launchKefu, openClipboardPage, waitForTabOrder } from '../../scripts/kefu-browser';

const TAOBAO_DETAIL = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803';
const AMAZON_DE_DETAIL = 'https://www.amazon.de/gp/your-account/order-details?orderID=302-1216490-4418760';
const TAOBAO_ID = '4861628750601004803';
const TAOBAO_TRACKING = '78955216713428';

/** `chrome.*` evaluated in the extension's service worker. */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

describe('side panel on real saved pages', () => {
  let kefu: KefuBrowser;
  let panel: Page;
  let reader: Page;

  /** CDP cannot grant clipboard access to an extension origin; the clipboard is browser-wide, so read it on a page. */
  const readClipboard = async (_panel: Page) => {
    await reader.bringToFront();
    const text = await reader.evaluate(() => navigator.clipboard.readText());
    await panel.bringToFront();
    return text;
  };

  beforeAll(async () => {
    kefu = await launchKefu();
    reader = await openClipboardPage(kefu);
    kefu.serve({ url: TAOBAO_DETAIL, file: 'real/taobao/taobao_ordersdetails.html' });
    kefu.serve({ url: AMAZON_DE_DETAIL, file: 'synthetic/amazon/de-order-details.html' });
    await kefu.openShopPage(TAOBAO_DETAIL);
    await waitForTabOrder(kefu, TAOBAO_ID);
    panel = await kefu.openPanel();
    await panel.getByTestId('order-card').waitFor();
  });
  afterAll(async () => {
    await kefu?.close();
  });

  it("shows the page's order with its tracking ID and carrier", async () => {
    expect(await panel.getByTestId('field-orderId').textContent()).toBe(TAOBAO_ID);
    expect(await panel.getByTestId('field-tracking').first().textContent()).toContain(TAOBAO_TRACKING);
    expect(await panel.getByTestId('field-tracking').first().textContent()).toMatch(/ZTO Express|中通快递/);
  });

  it('copies the formatted summary to the clipboard', async () => {
    await panel.getByTestId('copy-all').click();
    await expect.poll(() => panel.getByTestId('toast').textContent()).toMatch(/Copied|已复制/);
    const text = await readClipboard(panel);
    // The UI language of this headless Chromium is English.
    expect(text).toContain(`Order ID: ${TAOBAO_ID}`);
    expect(text).toContain('Order date: 6 Nov 2025');
    expect(text).toMatch(new RegExp(`Tracking ID: ${TAOBAO_TRACKING} \\(ZTO Express\\)`));
    expect(text).toMatch(/Total: .*153\.00/);
  });

  it('copies a single field', async () => {
    await panel.getByTestId('copy-orderId').click();
    await expect.poll(() => readClipboard(panel)).toBe(TAOBAO_ID);
  });

  it('"order not received" gives a Chinese and an English message with the order and tracking IDs', async () => {
    await panel.getByTestId('problem-picker').selectOption('not-received');
    await panel.getByTestId('lang-zh_CN').click();
    // The message is re-rendered after the click: read it once it has switched language.
    await expect.poll(() => panel.getByTestId('message').inputValue()).toContain('订单号');
    const zh = await panel.getByTestId('message').inputValue();
    expect(zh).toContain(TAOBAO_ID);
    expect(zh).toContain(TAOBAO_TRACKING);
    expect(zh).toContain('订单号');
    await panel.getByTestId('lang-en').click();
    await expect.poll(() => panel.getByTestId('message').inputValue()).toContain('Order ID: ');
    const en = await panel.getByTestId('message').inputValue();
    expect(en).toContain(TAOBAO_ID);
    expect(en).toContain(TAOBAO_TRACKING);
    // The template's own words are English; the item title and shop stay as the page wrote them.
    expect(en).toContain('Order ID: ');
    expect(en).not.toContain('订单号');
    // Facts the page did not give are visible fields to fill in, never silently blank.
    expect(en).toContain('[fill in:');
    await panel.getByTestId('copy-message').click();
    await expect.poll(() => readClipboard(panel)).toBe(en);
    // Typed key by key, a field stays to the last character and fills the message.
    const field = panel.locator('input[data-testid^="missing-"]').first();
    await field.pressSequentially('typed by hand');
    expect(await field.inputValue()).toBe('typed by hand');
    await expect.poll(() => panel.getByTestId('message').inputValue()).toContain('typed by hand');
  });

  it('warns about a card number typed into the message and masks it on copy', async () => {
    const box = panel.getByTestId('message');
    await box.fill(`${await box.inputValue()}\nMy card is 4111 1111 1111 1111`);
    await panel.getByTestId('privacy-warning').waitFor();
    await panel.getByTestId('copy-message').click();
    await expect.poll(() => readClipboard(panel)).toContain('**** **** **** 1111');
    expect(await readClipboard(panel)).not.toContain('4111 1111 1111 1111');
    await panel.getByTestId('privacy-redact').click();
    expect(await box.inputValue()).toContain('**** **** **** 1111');
  });

  it('links to the right Amazon marketplace with the order ID', async () => {
    const page = await kefu.openShopPage(AMAZON_DE_DETAIL);
    await waitForTabOrder(kefu, '302-1216490-4418760');
    await page.bringToFront();
    await expect
      .poll(() => panel.getByTestId('field-orderId').textContent(), { timeout: 10_000 })
      .toBe('302-1216490-4418760');
    const hrefs = await panel
      .getByTestId('help-links')
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(new URL(href).hostname).toBe('www.amazon.de');
    expect(hrefs.some((h) => h.includes('302-1216490-4418760'))).toBe(true);
  });

  it('adds an order from another shop by hand and writes a message for it', async () => {
    await panel.getByTestId('manual-toggle').click();
    await panel.getByTestId('manual-shop').fill('TP 旗舰店');
    await panel.getByTestId('manual-orderId').fill('TP-2025-0001');
    await panel.getByTestId('manual-helpUrl').fill('http://insecure.example/help');
    await panel.getByTestId('manual-submit').click();
    await panel.getByRole('alert').filter({ hasText: /https/ }).waitFor();
    await panel.getByTestId('manual-helpUrl').fill('https://help.example.com/contact');
    await panel.getByTestId('manual-submit').click();
    await expect.poll(() => panel.getByTestId('field-orderId').textContent()).toBe('TP-2025-0001');
    expect(await panel.getByTestId('message').inputValue()).toContain('TP-2025-0001');
    const links = await panel
      .getByTestId('help-links')
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual(['https://help.example.com/contact']);
  });

  it('turns the privacy guard off for one site from the settings', async () => {
    await panel.getByText(/^(Settings|设置)$/).click();
    await panel.getByText(/^(Sites|网站)$/).click();
    const amazonCom = panel.getByTestId('guard-site-amazon.com');
    expect(await amazonCom.isChecked()).toBe(true);
    await amazonCom.uncheck();
    await expect
      .poll(() => kefu.worker.evaluate(() => chrome.storage.local.get('guardSettings')))
      .toMatchObject({ guardSettings: { disabledSites: ['amazon.com'] } });
    await amazonCom.check();
    await expect
      .poll(() => kefu.worker.evaluate(() => chrome.storage.local.get('guardSettings')))
      .toMatchObject({ guardSettings: { disabledSites: [] } });
  });

  it('shows how it read the page, with a visible miss on a list that has not rendered its orders yet', async () => {
    const skeleton = 'https://www.amazon.com/your-orders/orders';
    kefu.serve({ url: skeleton, file: 'synthetic/amazon/skeleton-order-history.html' });
    const page = await kefu.openShopPage(skeleton);
    await expect
      .poll(
        async () => Object.values(await kefu.sessionRecords()).some((r) => (r as { url: string }).url === skeleton),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    await page.bringToFront();
    const details = panel.getByTestId('extraction-details');
    await details.locator('summary').click();
    await expect.poll(() => details.textContent(), { timeout: 10_000 }).toMatch(/order-list · orders found: 0/);
    expect(await panel.getByTestId('extraction-misses').locator('li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(kefu.strayRequests).toEqual([]);
  });
});
