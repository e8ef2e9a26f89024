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
const ALIME = 'https://ai.alimebot.taobao.com/intl/index.htm?from=SYNTHETIC';
const CARD = '4111 1111 1111 1111';

const CHAT_PAGE = `<!DOCTYPE html><html><body>
<!-- SYNTHETIC: an Amazon product page with a review box; the guard must not run here -->
<h1>Product</h1><textarea id="review"></textarea></body></html>`;

const guardBox = (page: Page) => page.getByTestId('kefu-guard-box');

// SYNTHETIC: a rich-text chat editor whose editable body is an about:srcdoc iframe, beside an order number.
const EDITOR_FRAME_CHAT = 'https://www.amazon.com/message-us?muClientName=editor-frame';
const EDITOR_FRAME_PAGE = `<!DOCTYPE html><html><body><p>Order 112-0399923-3070642</p>
<iframe id="ed" style="width:600px;height:300px" srcdoc="<body contenteditable=true style='min-height:200px'></body>"></iframe>
</body></html>`;
// SYNTHETIC: a contact form with two message boxes one under the other.
const TWO_BOXES = 'https://www.amazon.com/message-us?muClientName=two-boxes';
const TWO_BOXES_PAGE = `<!DOCTYPE html><html><body style="padding-top:200px">
<textarea id="a" rows="3" cols="60"></textarea><br><textarea id="b" rows="3" cols="60"></textarea></body></html>`;
// SYNTHETIC: a contact form with a subject line right above its (warned) message box.
const SUBJECT_AND_BOX = 'https://www.amazon.com/message-us?muClientName=subject-and-box';
const SUBJECT_AND_BOX_PAGE = `<!DOCTYPE html><html><body style="padding-top:200px;margin:8px">
<input id="c" size="60" placeholder="subject"><br><textarea id="b" rows="3" cols="60"></textarea></body></html>`;
// SYNTHETIC: a chat whose composer is a contenteditable run by the page's own editor (set up by each test).
const MODEL_EDITOR = 'https://www.amazon.com/message-us?muClientName=model-editor';
// SYNTHETIC: 旺旺's kind of composer, a contenteditable <pre> that keeps line breaks as text.
const PRE_EDITOR = 'https://www.amazon.com/message-us?muClientName=pre-editor';
// SYNTHETIC: a page whose script writes its short editor frame with document.open() (KindEditor, CKEditor 4).
const DOC_WRITE = 'https://www.amazon.com/message-us?muClientName=doc-write';

/**
 * The page's own editor in MODEL_EDITOR (its scripts are inert here, so it is set up from the test): every edit comes
 * as beforeinput, which it cancels and applies to its model, then renders the model (new nodes), at once or (`renderLater`)
 * in a microtask; Enter sends the model.
 */
async function installModelEditor(
  page: Page,
  { renderLater = false } = {},
): Promise<() => Promise<{ text: string; sent: string[] }>> {
  await page.evaluate((later) => {
    const ed = document.getElementById('ed') as HTMLElement;
    const state = { text: '', caret: 0, sent: [] as string[] };
    (window as unknown as { editor: typeof state }).editor = state;
    const offset = (node: Node, at: number) => {
      const range = document.createRange();
      range.selectNodeContents(ed);
      range.setEnd(node, at);
      return range.toString().length;
    };
    const render = () => {
      const text = document.createTextNode(state.text);
      ed.replaceChildren(text);
      getSelection()!.setBaseAndExtent(text, state.caret, text, state.caret);
    };
    ed.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      const r = e.getTargetRanges()[0] ?? getSelection()!.getRangeAt(0);
      const [from, to] = [offset(r.startContainer, r.startOffset), offset(r.endContainer, r.endOffset)];
      const data = e.inputType === 'deleteContentBackward' ? '' : (e.data ?? '');
      const start = e.inputType === 'deleteContentBackward' && from === to ? from - 1 : from;
      state.text = state.text.slice(0, start) + data + state.text.slice(to);
      state.caret = start + data.length;
      // React 18 (Slate) and Lexical render in a microtask after the event, not during it.
      if (later) queueMicrotask(render);
      else render();
    });
    ed.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      state.sent.push(state.text);
      state.text = '';
      state.caret = 0;
      render();
    });
  }, renderLater);
  return () => page.evaluate(() => (window as unknown as { editor: { text: string; sent: string[] } }).editor);
}

/**
 * 阿里小蜜's composer is alibaba/ChatUI's React-controlled textarea (its scripts are inert here, so it is set up from the
 * test): the text is the component's state, set from `input` events; like React, the element keeps a value tracker
 * (a value set on the element itself is recorded, so an `input` after it is no change) and every render writes the
 * state back into the textarea. Enter or 发送 sends the state.
 */
async function installControlledComposer(page: Page): Promise<() => Promise<{ text: string; sent: string[] }>> {
  await page.evaluate(() => {
    const area = document.querySelector('textarea.Composer-input') as HTMLTextAreaElement;
    const own = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    const state = { text: '', sent: [] as string[] };
    (window as unknown as { composer: typeof state }).composer = state;
    let tracked = '';
    Object.defineProperty(area, 'value', {
      configurable: true,
      get: () => own.get!.call(area),
      set: (value: string) => {
        tracked = String(value);
        own.set!.call(area, value);
      },
    });
    const render = () => {
      if (area.value !== state.text) area.value = state.text;
      (area.closest('.Composer') as HTMLElement).dataset.hasValue = String(state.text !== '');
    };
    area.addEventListener('input', () => {
      const value = own.get!.call(area);
      if (value !== tracked) state.text = tracked = value;
      render();
    });
    const send = () => {
      if (!state.text) return;
      state.sent.push(state.text);
      state.text = '';
      render();
    };
    area.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        send();
      }
    });
    document.querySelector('.Composer-sendBtn')!.addEventListener('click', send);
  });
  return () => page.evaluate(() => (window as unknown as { composer: { text: string; sent: string[] } }).composer);
}

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
    kefu.serve({ url: ALIME, file: 'synthetic/chat/taobao-alime.html' });
    kefu.serve({ url: EDITOR_FRAME_CHAT, html: EDITOR_FRAME_PAGE });
    kefu.serve({ url: TWO_BOXES, html: TWO_BOXES_PAGE });
    kefu.serve({ url: SUBJECT_AND_BOX, html: SUBJECT_AND_BOX_PAGE });
    kefu.serve({
      url: MODEL_EDITOR,
      html: '<!DOCTYPE html><html><body><div id="ed" contenteditable="true" style="width:600px;min-height:60px;white-space:pre-wrap"></div></body></html>',
    });
    kefu.serve({
      url: PRE_EDITOR,
      html: '<!DOCTYPE html><html><body><pre id="ed" class="edit" contenteditable="true" style="width:600px;min-height:60px"></pre></body></html>',
    });
    kefu.serve({ url: DOC_WRITE, html: '<!DOCTYPE html><html><body><p>Order 112-0399923-3070642</p></body></html>' });
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

  // A keyboard review (2026-12): the box comes last in the page's tab order, so Tab from the box reached the chat's Send
  // button first, and Tab, Enter sent the card number.
  it('Tab from the warned chat box reaches Mask before Send; Enter masks; Tab past the box goes on to Send', async () => {
    const page = await kefu.openShopPage(AMAZON_CHAT);
    const box = page.locator('#chat-input');
    await box.click();
    await page.keyboard.type(`my card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    // What has the focus after a key: a button of the box (its label) or a field of the page (its id).
    const focusAfter = async (key: string) => {
      await page.keyboard.press(key);
      return page.evaluate(() => {
        const host = document.activeElement;
        return (host?.shadowRoot?.activeElement ?? host)?.textContent?.trim() || host?.id || '';
      });
    };
    expect(await focusAfter('Tab')).toBe('Mask');
    expect(await focusAfter('Shift+Tab')).toBe('chat-input');
    await page.keyboard.press('Tab');
    expect(await focusAfter('Tab')).toBe('Dismiss');
    expect(await focusAfter('Tab')).toBe('Send');
    expect(await focusAfter('Shift+Tab')).toBe('chat-input');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await box.inputValue()).toBe('my card **** **** **** 1111');
    await page.close();
  });

  // The same review in Chromium: Tab from Dismiss reached the contact form's password field under the warning, which
  // stayed over it (the focus came from the box, which keeps the boxes put) until a key was typed there.
  it('Tab past the warning to the next field moves the warning off that field', async () => {
    const page = await kefu.openShopPage(AMAZON_CONTACT);
    await page.locator('#message').click();
    await page.keyboard.type(`my card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pw');
    const [box, pw] = await Promise.all([guardBox(page).boundingBox(), page.locator('#pw').boundingBox()]);
    const overlaps =
      !!box &&
      !!pw &&
      box.x < pw.x + pw.width &&
      pw.x < box.x + box.width &&
      box.y < pw.y + pw.height &&
      pw.y < box.y + box.height;
    expect(overlaps).toBe(false);
    await page.close();
  });

  it('in a 280 px window the warning keeps the same margin on both sides (it was as wide as the window less one)', async () => {
    const page = await kefu.openShopPage(AMAZON_CHAT);
    await page.setViewportSize({ width: 280, height: 700 });
    await page.locator('#chat-input').click();
    await page.keyboard.type(`Hi, my card ${CARD} was charged twice`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    const edges = await page.evaluate(() => {
      const box = document.querySelector('kefu-privacy-guard')?.shadowRoot?.querySelector('.box');
      const r = box?.getBoundingClientRect();
      return r ? { left: r.left, right: innerWidth - r.right } : null;
    });
    expect(edges?.left).toBeGreaterThanOrEqual(6);
    expect(edges?.right).toBeGreaterThanOrEqual(6);
    await page.close();
  });

  it('Dismiss pressed with the mouse after the focus went to another field: the box stays put and goes', async () => {
    const page = await kefu.openShopPage(SUBJECT_AND_BOX);
    await page.locator('#b').click();
    await page.keyboard.type(`card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Shift+Tab'); // back to the subject line: the box moves off it
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('c');
    await page.waitForTimeout(100);
    const dismiss = page.getByTestId('kefu-guard-dismiss');
    const before = (await dismiss.boundingBox())!;
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(50);
    expect(await dismiss.boundingBox()).toEqual(before);
    await page.mouse.up();
    await expect.poll(() => guardBox(page).count()).toBe(0);
    await page.close();
  });

  it("the page's own script cannot press Dismiss or Redact (the root is open to it): the user's click still works", async () => {
    const page = await kefu.openShopPage(AMAZON_CHAT);
    await page.locator('#chat-input').click();
    await page.keyboard.type(`my card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    // page.evaluate runs in the page's main world, as a script of the shop page (or one injected into it) would.
    await page.evaluate(() => {
      const root = document.querySelector('kefu-privacy-guard')!.shadowRoot!;
      for (const id of ['kefu-guard-dismiss', 'kefu-guard-sensitive-action']) {
        root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!.click();
      }
    });
    await page.waitForTimeout(300);
    expect(await guardBox(page).count()).toBe(1);
    expect(await page.locator('#chat-input').inputValue()).toBe(`my card ${CARD}`);
    await page.getByTestId('kefu-guard-dismiss').click();
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

  it("阿里小蜜's React-controlled composer: typed card and pasted CVV warned, Redact reaches the state, 发送 sends it masked", async () => {
    const page = await kefu.openShopPage(ALIME);
    const composer = await installControlledComposer(page);
    const area = page.locator('textarea.Composer-input');
    await area.click();
    await page.keyboard.type('我的卡号 6222 0212 3456 7890 128');
    await kefu.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ALIME).origin });
    await page.evaluate(() => navigator.clipboard.writeText(' CVV 123'));
    await page.keyboard.press('Control+V');
    await expect.poll(() => guardBox(page).textContent(), { timeout: 10_000 }).toContain('card security code');
    expect((await composer()).text).toBe('我的卡号 6222 0212 3456 7890 128 CVV 123');
    await page.getByTestId('kefu-guard-sensitive-action').click();
    const masked = '我的卡号 **** **** **** ***0 128 CVV ***';
    expect(await area.inputValue()).toBe(masked);
    expect((await composer()).text).toBe(masked);
    await expect.poll(() => guardBox(page).count()).toBe(0);
    await page.locator('.Composer-sendBtn').click();
    expect(await composer()).toEqual({ text: '', sent: [masked] });
    expect(await area.inputValue()).toBe('');
    await page.close();
  });

  it('guards an editor in an about:srcdoc frame, with the page around it deciding (its order number is not flagged)', async () => {
    const page = await kefu.openShopPage(EDITOR_FRAME_CHAT);
    const editor = page.frameLocator('#ed');
    await editor.locator('body').click();
    await page.keyboard.type(`card ${CARD}`);
    await expect.poll(() => editor.getByTestId('kefu-guard-box').count(), { timeout: 10_000 }).toBe(1);
    await editor.getByTestId('kefu-guard-sensitive-action').click();
    expect(await editor.locator('body').textContent()).toBe('card **** **** **** 1111');
    await page.keyboard.type(' 112-0399923-3070642');
    await page.waitForTimeout(500);
    expect(await editor.getByTestId('kefu-guard-box').count()).toBe(0);
    await page.close();
  });

  it('a warning goes when the page empties the composer by script (no input event), also a moment after Send', async () => {
    const page = await kefu.openShopPage(AMAZON_CHAT);
    const box = page.locator('#chat-input');
    await box.click();
    await page.keyboard.type(`card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => {
      (document.querySelector('#chat-input') as HTMLTextAreaElement).value = '';
    });
    await expect.poll(() => guardBox(page).count(), { timeout: 3_000 }).toBe(0);
    await box.click();
    await page.keyboard.type(`card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    // Focus leaves the field (the shop's Send button), and the chat clears it once its server answered.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.evaluate(() => {
      setTimeout(() => {
        (document.querySelector('#chat-input') as HTMLTextAreaElement).value = '';
      }, 800);
    });
    await expect.poll(() => guardBox(page).count(), { timeout: 3_000 }).toBe(0);
    await page.close();
  });

  it('two warned boxes one under the other get warnings that do not overlap nor cover the focused field', async () => {
    const page = await kefu.openShopPage(TWO_BOXES);
    for (const id of ['#a', '#b']) {
      await page.locator(id).click();
      await page.keyboard.type(`card ${CARD}`);
    }
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(2);
    const overlap = async () => {
      const [one, two] = await Promise.all([guardBox(page).nth(0).boundingBox(), guardBox(page).nth(1).boundingBox()]);
      if (!one || !two) return null;
      return (
        one.x < two.x + two.width &&
        two.x < one.x + one.width &&
        one.y < two.y + two.height &&
        two.y < one.y + one.height
      );
    };
    // What is at the focused field's centre: the field itself, not a warning drawn over it.
    const atCentre = (id: string) =>
      page.evaluate((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.id;
      }, id);
    expect(await overlap()).toBe(false);
    expect(await atCentre('#b')).toBe('b');
    await page.locator('#a').focus();
    await page.waitForTimeout(300);
    expect(await overlap()).toBe(false);
    expect(await atCentre('#a')).toBe('a');
    await page.close();
  });

  it('an editor frame written by document.open() after the guard started is guarded; short, its box is compact', async () => {
    const page = await kefu.openShopPage(DOC_WRITE);
    await page.evaluate(async () => {
      const f = document.createElement('iframe');
      f.name = 'w';
      f.style.cssText = 'width:600px;height:100px;border:1px solid #888';
      document.body.append(f);
      // The guard starts in the blank frame first; the editor then rewrites it, which erases its listeners.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const d = f.contentDocument!;
      d.open();
      d.write('<html><body style="margin:4px;min-height:80px"></body></html>');
      d.close();
      d.designMode = 'on';
    });
    const frame = page.frames().find((f) => f.name() === 'w')!;
    await frame.locator('body').click();
    await page.keyboard.type(`card ${CARD}`);
    await expect.poll(() => frame.getByTestId('kefu-guard-box').count(), { timeout: 10_000 }).toBe(1);
    // Redact and Dismiss in view without scrolling the box; the typed text not covered.
    const layout = await frame.evaluate(() => {
      const box = document.querySelector('kefu-privacy-guard')!.shadowRoot!.querySelector('.box')!;
      const r = box.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(document.body);
      const text = range.getBoundingClientRect();
      const buttons = [...box.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      return {
        coversText: r.top < text.bottom && text.top < r.bottom,
        buttonsInView: buttons.length === 2 && buttons.every((b) => b.top >= r.top && b.bottom <= innerHeight),
        scrolls: box.scrollHeight > box.clientHeight + 1,
      };
    });
    expect(layout).toEqual({ coversText: false, buttonsInView: true, scrolls: false });
    await page.close();
  });

  it('a short editor frame: the compact box never covers the caret, nor flips on every Enter', async () => {
    const page = await kefu.openShopPage(DOC_WRITE);
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.name = 'caret';
      f.style.cssText = 'width:600px;height:100px';
      f.srcdoc = '<body contenteditable=true style="margin:4px"></body>';
      document.body.append(f);
      return new Promise((resolve) => f.addEventListener('load', resolve));
    });
    const frame = page.frames().find((f) => f.name() === 'caret')!;
    await frame.locator('body').click();
    await page.keyboard.type(`card ${CARD} `);
    await expect.poll(() => frame.getByTestId('kefu-guard-box').count(), { timeout: 10_000 }).toBe(1);
    const probe = () =>
      frame.evaluate(() => {
        const box = document.querySelector('kefu-privacy-guard')!.shadowRoot!.querySelector('.box')!;
        const b = box.getBoundingClientRect();
        // The caret's line, also on an empty line (a marker at the caret).
        const marker = document.createElement('span');
        marker.textContent = '\u200b';
        getSelection()!.getRangeAt(0).cloneRange().insertNode(marker);
        const c = marker.getBoundingClientRect();
        marker.remove();
        return { top: Math.round(b.top), covers: Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top) >= 4 };
      });
    const words = 'please help me with my refund order it never arrived and the seller is not answering'.split(' ');
    let covers = 0;
    const tops: number[] = [];
    for (let i = 0; i < 36; i++) {
      if (i % 6 === 5) await page.keyboard.press('Enter');
      else await page.keyboard.type(`${words[i % words.length]} `);
      await page.waitForTimeout(60);
      const p = await probe();
      if (p.covers) covers++;
      if (tops.at(-1) !== p.top) tops.push(p.top);
    }
    expect(covers).toBe(0);
    // It moves as the text grows down the frame, not back and forth on every line.
    expect(tops.length).toBeLessThanOrEqual(6);
    await page.close();
  });

  it('a textarea in a short window: a compact box beside it, not over it', async () => {
    const page = await kefu.openShopPage(DOC_WRITE);
    await page.setViewportSize({ width: 600, height: 380 });
    await page.evaluate(() => {
      document.body.innerHTML = '<textarea id="t" rows="8" cols="60"></textarea><button>Send</button>';
      document.body.style.cssText = 'margin:8px;padding-top:120px';
    });
    await page.locator('#t').click();
    await page.keyboard.type(`hello\nmy card is ${CARD}\nline three\nline four\nand here I type`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(300);
    const { box, field } = await page.evaluate(() => {
      const r = (e: Element) => {
        const { top, bottom } = e.getBoundingClientRect();
        return { top, bottom };
      };
      return {
        box: r(document.querySelector('kefu-privacy-guard')!.shadowRoot!.querySelector('.box')!),
        field: r(document.querySelector('#t')!),
      };
    });
    expect(box.bottom <= field.top || box.top >= field.bottom).toBe(true);
    await page.close();
  });

  it('Redact in a textarea is one undo step: Ctrl+Z brings the text back (and the warning), Ctrl+Shift+Z masks again', async () => {
    const page = await kefu.openShopPage(TWO_BOXES);
    const area = page.locator('#a');
    await area.click();
    await page.keyboard.type(`my card ${CARD} thanks`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('kefu-guard-sensitive-action').click();
    const masked = 'my card **** **** **** 1111 thanks';
    expect(await area.inputValue()).toBe(masked);
    // A value set by script is no undo step: Ctrl+Z did nothing, Ctrl+Shift+Z pasted the old text in twice.
    await page.keyboard.press('Control+z');
    expect(await area.inputValue()).toBe(`my card ${CARD} thanks`);
    await expect.poll(() => guardBox(page).count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    expect(await area.inputValue()).toBe(masked);
    await page.close();
  });

  it("Redact on one field's box while typing in another leaves the other field alone", async () => {
    const page = await kefu.openShopPage(TWO_BOXES);
    await page.locator('#a').click();
    await page.keyboard.type(`my card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.locator('#b').click();
    await page.keyboard.type('hello');
    // The click keeps the focus in #b: the browser's insertText would type the mask there.
    await page.getByTestId('kefu-guard-sensitive-action').click();
    expect(await page.locator('#a').inputValue()).toBe('my card **** **** **** 1111');
    expect(await page.locator('#b').inputValue()).toBe('hello');
    await page.close();
  });

  it('Redact in an editor that keeps its own model (Slate-like) reaches the model, and the caret stays', async () => {
    const page = await kefu.openShopPage(MODEL_EDITOR);
    const model = await installModelEditor(page);
    await page.locator('#ed').click();
    await page.keyboard.type(`my card ${CARD} thanks`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('kefu-guard-sensitive-action').click();
    const masked = 'my card **** **** **** 1111 thanks';
    // Before: only the page's text nodes were written; the model kept the card, the next key rendered it back and
    // Send sent it; the caret went to the start.
    expect((await model()).text).toBe(masked);
    await page.keyboard.type('!');
    expect((await model()).text).toBe('my card **** **** **** 1111 thank!s');
    await page.keyboard.press('Enter');
    expect((await model()).sent).toEqual(['my card **** **** **** 1111 thank!s']);
    await page.close();
  });

  it('Redact in a model editor that renders a moment later (React 18, Lexical): model, caret and one input right', async () => {
    const page = await kefu.openShopPage(MODEL_EDITOR);
    const model = await installModelEditor(page, { renderLater: true });
    await page.locator('#ed').click();
    await page.keyboard.type(`my card ${CARD} thanks`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('kefu-guard-sensitive-action').click();
    await expect.poll(async () => (await model()).text).toBe('my card **** **** **** 1111 thanks');
    // Before: the guard also wrote the page's text itself and the render left the caret after the mask.
    await page.keyboard.type('!');
    expect((await model()).text).toBe('my card **** **** **** 1111 thank!s');
    await expect.poll(() => guardBox(page).count()).toBe(0);
    await page.close();
  });

  /** A warned textarea, what the page's own click handlers see (a Send button where the box was would), Redact's spot. */
  async function warnedWithClickLog() {
    const page = await kefu.openShopPage(TWO_BOXES);
    await page.locator('#a').click();
    await page.keyboard.type(`my card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => {
      const clicked: string[] = [];
      (window as unknown as { clicked: string[] }).clicked = clicked;
      document.addEventListener('click', (e) => clicked.push((e.target as Element).localName));
    });
    const button = await page.getByTestId('kefu-guard-sensitive-action').boundingBox();
    if (!button) throw new Error('no Redact button');
    const clicked = () => page.evaluate(() => (window as unknown as { clicked: string[] }).clicked);
    return { page, x: button.x + button.width / 2, y: button.y + button.height / 2, clicked };
  }

  it("a double click on Redact: the second click is the box's, never the page's under it", async () => {
    const { page, x, y, clicked } = await warnedWithClickLog();
    await page.mouse.dblclick(x, y);
    expect(await page.locator('#a').inputValue()).toBe('my card **** **** **** 1111');
    // Neither click reached the page: the first is the box's, the second landed where the box was.
    expect(await clicked()).toEqual([]);
    await expect.poll(() => page.locator('kefu-privacy-guard').count()).toBe(0);
    await page.close();
  });

  it("a slow double click on Redact (second press at 400 ms, held 300 ms): its click is still not the page's", async () => {
    const { page, x, y, clicked } = await warnedWithClickLog();
    await page.mouse.click(x, y);
    await page.waitForTimeout(400);
    await page.mouse.down({ clickCount: 2 });
    // Before: the shield ended 500 ms after the first click, and this release's click went to the page.
    await page.waitForTimeout(300);
    await page.mouse.up({ clickCount: 2 });
    expect(await page.locator('#a').inputValue()).toBe('my card **** **** **** 1111');
    expect(await clicked()).toEqual([]);
    await page.close();
  });

  it('Redact of two cards on two pasted lines of a <pre> composer keeps the line break in the text', async () => {
    const page = await kefu.openShopPage(PRE_EDITOR);
    await page.locator('#ed').click();
    await kefu.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.amazon.com' });
    await page.evaluate(`navigator.clipboard.writeText('card ${CARD}\\nsecond 5500 0000 0000 0004 end')`);
    await page.keyboard.press('Control+V');
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('kefu-guard-sensitive-action').click();
    // Before: both masks as one insertText, which made the kept "\n" a <br>; textContent joined the lines.
    const text = () => page.evaluate(() => document.getElementById('ed')?.textContent);
    await expect.poll(text).toBe('card **** **** **** 1111\nsecond **** **** **** 0004 end');
    await page.close();
  });

  it('Redact from the keyboard (Tab to the box, Enter) also reaches the editor model', async () => {
    const page = await kefu.openShopPage(MODEL_EDITOR);
    const model = await installModelEditor(page);
    await page.locator('#ed').click();
    await page.keyboard.type(`card ${CARD}`);
    await expect.poll(() => guardBox(page).count(), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('ed');
    await page.keyboard.press('Enter');
    // Before: the focus was on the box's button, so the edit went past the editor's model into its text nodes.
    expect((await model()).text).toBe('card **** **** **** 1111');
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
