import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KefuBrowser, launchKefu, waitForTabOrder } from '../../scripts/kefu-browser';

/** `chrome.*` evaluated in the extension's service worker. */
declare const chrome: { i18n: { getMessage(key: string): string; getUILanguage(): string } };

const TAOBAO_DETAIL = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803';
const TAOBAO_ID = '4861628750601004803';
const ALIME = 'https://ai.alimebot.taobao.com/intl/index.htm?from=SYNTHETIC';
// Characters only simplified Chinese writes: none may be left in the panel's text for the shopper.
const SIMPLIFIED_ONLY = /[们这发么说问题货单运时联系认证码请对应帮务实]/;

/** The catalogue Chrome picked, as the extension reads it (lib/i18n's uiLocale), and the browser's own language. */
const languages = (kefu: KefuBrowser) =>
  (kefu.context.serviceWorkers().at(-1) ?? kefu.worker).evaluate(() => ({
    catalogue: chrome.i18n.getMessage('uiLang'),
    ui: chrome.i18n.getUILanguage(),
  }));

async function panelOnTaobaoOrder(kefu: KefuBrowser): Promise<Page> {
  kefu.serve({ url: TAOBAO_DETAIL, file: 'real/taobao/taobao_ordersdetails.html' });
  await kefu.openShopPage(TAOBAO_DETAIL);
  await waitForTabOrder(kefu, TAOBAO_ID);
  const panel = await kefu.openPanel();
  await panel.getByTestId('channel-advice').waitFor();
  return panel;
}

// `--lang` picks the extension's catalogue in headless Chromium too (launchKefu also sets LANGUAGE, for Chromium's own
// strings), but chrome.i18n.getUILanguage() stays en-US where Chromium has no locale pack for the language (Debian's
// chromium ships en-US alone without chromium-l10n): why lib/i18n reads the catalogue's `uiLang`, not the UI language.
describe('a browser in Taiwan (--lang=zh-TW)', () => {
  let kefu: KefuBrowser;
  let panel: Page;

  beforeAll(async () => {
    kefu = await launchKefu({ locale: 'zh-TW' });
    panel = await panelOnTaobaoOrder(kefu);
  });
  afterAll(async () => {
    await kefu?.close();
  });

  it('gets the zh_TW catalogue', async () => {
    expect((await languages(kefu)).catalogue).toBe('zh_TW');
  });

  it('shows the panel in traditional characters, <html lang="zh-TW">', async () => {
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(await panel.locator('h1').textContent()).toBe('客服助手');
    expect(await panel.locator('#on-page').textContent()).toBe('本頁訂單');
    expect(await panel.getByRole('button', { name: '重新識別' }).count()).toBe(1);
    expect(await panel.getByTestId('copy-all').textContent()).toBe('複製全部資訊');
    expect(await panel.getByTestId('copy-message').textContent()).toBe('複製訊息');
    expect(await panel.getByTestId('selected-title').textContent()).toBe('所選訂單');
  });

  it('shows the advice in traditional characters too, tagged zh-TW', async () => {
    await panel.getByTestId('problem-picker').selectOption('quality-damage');
    const picker = panel.getByTestId('problem-picker');
    expect(await picker.getAttribute('lang')).toBe('zh-TW');
    expect(await picker.locator('option:checked').textContent()).toBe('品質問題/商品損壞');
    const advice = panel.getByTestId('channel-advice');
    await expect.poll(() => advice.textContent()).toContain('用哪種方式聯絡');
    expect(await advice.textContent()).toContain('阿里小蜜');
    expect(await advice.locator('p[lang]').first().getAttribute('lang')).toBe('zh-TW');
    for (const id of ['help-links', 'channel-advice', 'checklist']) {
      expect(await panel.getByTestId(id).textContent(), id).not.toMatch(SIMPLIFIED_ONLY);
    }
    expect(await panel.getByTestId('checklist').textContent()).toContain('真正的客服絕不會向你索要銀行卡號');
  });

  it('writes the message to the shop in simplified characters, tagged zh-CN', async () => {
    // The message language follows the UI's: Chinese.
    expect(await panel.getByTestId('lang-zh_CN').getAttribute('aria-pressed')).toBe('true');
    const message = panel.getByTestId('message');
    await expect.poll(() => message.inputValue()).toContain('订单号');
    expect(await message.inputValue()).toContain(TAOBAO_ID);
    expect(await message.inputValue()).not.toContain('訂單');
    expect(await message.getAttribute('lang')).toBe('zh-CN');
  });

  it('warns in a Taobao chat box in traditional characters', async () => {
    kefu.serve({ url: ALIME, file: 'synthetic/chat/taobao-alime.html' });
    const page = await kefu.openShopPage(ALIME);
    await page.locator('textarea.Composer-input').click();
    await page.keyboard.type('我的卡号 4111 1111 1111 1111');
    const box = page.getByTestId('kefu-guard-box');
    await expect.poll(() => box.textContent(), { timeout: 10_000 }).toContain('你的訊息裡有：銀行卡號。');
    expect(await box.getAttribute('lang')).toBe('zh-TW');
    expect(await page.getByTestId('kefu-guard-sensitive-action').textContent()).toBe('遮蓋');
    await page.close();
  });
});

describe('a browser in Hong Kong (--lang=zh-HK)', () => {
  it('gets the zh_HK catalogue: Hong Kong’s characters, the same Chinese content', async () => {
    const kefu = await launchKefu({ locale: 'zh-HK' });
    try {
      expect((await languages(kefu)).catalogue).toBe('zh_HK');
      const panel = await panelOnTaobaoOrder(kefu);
      expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-HK');
      expect(await panel.locator('#on-page').textContent()).toBe('本頁訂單');
      const advice = panel.getByTestId('channel-advice');
      expect(await advice.textContent()).toContain('用哪種方式聯繫');
      expect(await advice.textContent()).not.toMatch(SIMPLIFIED_ONLY);
      expect(await advice.locator('p[lang]').first().getAttribute('lang')).toBe('zh-HK');
      await expect.poll(() => panel.getByTestId('message').inputValue()).toContain('订单号');
    } finally {
      await kefu.close();
    }
  });
});
