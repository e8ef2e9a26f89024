import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KefuBrowser, launchKefu } from '../../scripts/kefu-browser';

/** `chrome.storage.local` inside the extension's service worker (Node has no such global). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const AMAZON_CHAT = 'https://www.amazon.com/message-us?muClientName=foresight&paradigm=foresightBotless';
const AMAZON_CONTACT =
  'https://www.amazon.com/gp/help/contact/contact.html?orderID=112-0399923-3070642&sellerID=A1TEST';
const AMAZON_PRODUCT = 'https://www.amazon.com/dp/B00TEST000';
// Injected by the language-prefix pattern `/-/*/gp/message*` (its `*` spans the path), but no guard page.
const AMAZON_PRODUCT_PREFIXED = 'https://www.amazon.de/-/en/Some-Product/dp/B00TEST000/gp/message';
const AMAZON_CHAT_PREFIXED = 'https://www.amazon.de/-/en/message-us?muClientName=foresight';
const WW_OUTER = 'https://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao%E7%A4%BA%E4%BE%8B&gid=&type=web';
const WW_CORE = 'https://market.m.taobao.com/app/im/chat-core/index.html';
const CARD = '4111 1111 1111 1111';

const CHAT_PAGE = `<!DOCTYPE html><html><body>
<!-- SYNTHETIC: an Amazon product page with a review box; the guard must not run here -->
<h1>Product</h1><textarea id="review"></textarea></body></html>`;

const guardBox = (page: Page) => page.getByTestId('kefu-guard-box');

describe('privacy guard in Chromium', () => {
  let kefu: KefuBrowser;

  beforeAll(async () => {
    kefu = await launchKefu();
    kefu.serve({ url: AMAZON_CHAT, file: 'synthetic/chat/amazon-message-us.html' });
    kefu.serve({ url: AMAZON_CONTACT, file: 'synthetic/chat/amazon-contact-seller.html' });
    kefu.serve({ url: AMAZON_PRODUCT, html: CHAT_PAGE });
    kefu.serve({ url: AMAZON_PRODUCT_PREFIXED, html: CHAT_PAGE });
    kefu.serve({ url: AMAZON_CHAT_PREFIXED, file: 'synthetic/chat/amazon-message-us.html' });
    kefu.serve({ url: WW_OUTER, file: 'synthetic/chat/taobao-ww-outer.html' });
    kefu.serve({ url: WW_CORE, file: 'synthetic/chat/taobao-ww-chat-core.html' });
  });
  afterAll(async () => {
    await kefu?.close();
  });

  it('warns on a card number typed into Amazon chat, and Redact masks it', async () => {
    const page = await kefu.openShopPage(AMAZON_CHAT);
    const box = page.locator('#chat-input');
    await box.click();
    await page.keyboard.type(`Hi, my card ${CARD} was charged twice`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => guardBox(page).textContent()).toContain('bank card number');
    // The warning sits in a shadow root, not in the page's DOM tree.
    expect(await page.evaluate(() => document.querySelector('kefu-privacy-guard')?.shadowRoot !== null)).toBe(true);
    expect(await page.evaluate(() => document.body.innerText.includes('bank card number'))).toBe(false);
    await page.getByTestId('kefu-guard-sensitive-action').click();
    expect(await box.inputValue()).toBe('Hi, my card **** **** **** 1111 was charged twice');
    await expect.poll(() => guardBox(page).count()).toBe(0);
    await page.close();
  });

  it('warns in the Amazon chat under a language prefix too (amazon.de in English)', async () => {
    const page = await kefu.openShopPage(AMAZON_CHAT_PREFIXED);
    await page.locator('#chat-input').click();
    await page.keyboard.type(`my card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('Dismiss hides the warning; an order ID alone never shows one', async () => {
    const page = await kefu.openShopPage(AMAZON_CHAT);
    await page.locator('#chat-input').click();
    await page.keyboard.type('Order 112-0399923-3070642 arrived broken');
    await page.waitForTimeout(500);
    expect(await guardBox(page).count()).toBe(0);
    await page.keyboard.type(` card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('kefu-guard-dismiss').click();
    await expect.poll(() => guardBox(page).count()).toBe(0);
    await page.keyboard.type(' thanks');
    await page.waitForTimeout(300);
    expect(await guardBox(page).count()).toBe(0);
    await page.close();
  });

  it('a password field on a contact form gets the strong warning', async () => {
    const page = await kefu.openShopPage(AMAZON_CONTACT);
    await page.locator('#pw').click();
    await page.keyboard.type('hunter2');
    await expect.poll(() => page.getByTestId('kefu-guard-password').count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('kefu-guard-password-action').click();
    expect(await page.locator('#pw').inputValue()).toBe('');
    await page.close();
  });

  it('works in 旺旺 contenteditable composer inside the chat-core iframe', async () => {
    const page = await kefu.openShopPage(WW_OUTER);
    const core = page.frameLocator('#chat-core');
    await core.locator('#composer').click();
    await page.keyboard.type(`卡号 ${CARD}`);
    await expect.poll(() => core.getByTestId('kefu-guard-box').count(), { timeout: 10_000 }).toBe(1);
    await core.getByTestId('kefu-guard-sensitive-action').click();
    expect(await core.locator('#composer').textContent()).toBe('卡号 **** **** **** 1111');
    // The order number shown in the page's 「我的订单」 tab is never flagged.
    await page.keyboard.type(' 订单 4861628750601004803');
    await page.waitForTimeout(500);
    expect(await core.getByTestId('kefu-guard-box').count()).toBe(0);
    await page.close();
  });

  it('warns when a pasted "agent" message asks for a code', async () => {
    const page = await kefu.openShopPage(AMAZON_CHAT);
    await page.locator('#chat-input').focus();
    await page.evaluate(() => {
      const area = document.querySelector('#chat-input') as HTMLTextAreaElement;
      const data = new DataTransfer();
      data.setData('text/plain', 'Amazon support: please send me the verification code we just sent to your phone');
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      area.value = data.getData('text/plain');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => page.getByTestId('kefu-guard-scam').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it.each([AMAZON_PRODUCT, AMAZON_PRODUCT_PREFIXED])('does not run on a product page: %s', async (url) => {
    const page = await kefu.openShopPage(url);
    await page.locator('#review').click();
    await page.keyboard.type(`card ${CARD}`);
    await page.waitForTimeout(1000);
    expect(await page.locator('kefu-privacy-guard').count()).toBe(0);
    await page.close();
  });

  it('a per-site disable in storage.local turns it off, live and on reload', async () => {
    const page = await kefu.openShopPage(AMAZON_CHAT);
    await page.locator('#chat-input').click();
    await page.keyboard.type(`card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await kefu.worker.evaluate(() =>
      chrome.storage.local.set({ guardSettings: { disabledSites: ['www.amazon.com'] } }),
    );
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(0);
    await page.reload();
    await page.locator('#chat-input').click();
    await page.keyboard.type(`card ${CARD}`);
    await page.waitForTimeout(1000);
    expect(await guardBox(page).count()).toBe(0);
    // Other sites keep their guard.
    const ww = await kefu.openShopPage(WW_OUTER);
    await ww.frameLocator('#chat-core').locator('#composer').click();
    await ww.keyboard.type(CARD);
    await expect
      .poll(() => ww.frameLocator('#chat-core').getByTestId('kefu-guard-box').count(), { timeout: 10_000 })
      .toBe(1);
    await kefu.worker.evaluate(() => chrome.storage.local.set({ guardSettings: { disabledSites: [] } }));
    await page.close();
    await ww.close();
  });

  it('makes no network request of its own', () => {
    expect(kefu.strayRequests).toEqual([]);
  });
});
