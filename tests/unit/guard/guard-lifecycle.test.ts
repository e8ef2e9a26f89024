// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import guardContentScript from '../../../entrypoints/guard.content/index';

// SYNTHETIC: a bare chat box at the Amazon chat's address (see tests/fixtures/synthetic/chat/README.md).
const CHAT = 'https://www.amazon.com/message-us?muClientName=foresight';
const CARD = '4111 1111 1111 1111';

/**
 * The guard content script over its lifetime, with WXT's own context: what a chat open all day leaves behind, and
 * what an old guard does once the extension was reloaded (Chrome keeps it running in open tabs, with
 * `browser.runtime` and `browser.storage` gone: seen in Chromium 156, 2026-12).
 */
describe('guard content script lifecycle', () => {
  let ctx: ContentScriptContext;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const boxes = () => document.querySelectorAll('kefu-privacy-guard').length;

  beforeEach(async () => {
    errors.length = 0;
    window.addEventListener('error', onError);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(CHAT);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'uiLang' ? 'en' : key));
    ctx = new ContentScriptContext('guard');
    await guardContentScript.main(ctx);
  });
  afterEach(() => {
    ctx.abort();
    window.removeEventListener('error', onError);
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  const typeInto = async (box: HTMLTextAreaElement, text: string) => {
    for (const ch of text) {
      box.value += ch;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
    }
  };

  it('typing adds no invalidation listener per keystroke', async () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.focus();
    const added = vi.spyOn(ctx.signal, 'addEventListener');
    await typeInto(box, `my card ${CARD} thanks`);
    // The scan runs once the typing pauses: on a loaded machine, a frame or two after the last keystroke.
    await vi.waitFor(() => expect(boxes()).toBe(1));
    // WXT's ctx.requestAnimationFrame keeps one per call until the context ends: one per keystroke here.
    expect(added.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('once the extension is reloaded, the old guard takes its warning away and goes quiet without an error', async () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.focus();
    await typeInto(box, `card ${CARD}`);
    await vi.waitFor(() => expect(boxes()).toBe(1));
    const { runtime, storage } = fakeBrowser;
    Object.defineProperty(fakeBrowser, 'runtime', { value: undefined, configurable: true });
    Object.defineProperty(fakeBrowser, 'storage', { value: undefined, configurable: true });
    try {
      // What the guard's next frame or timer does (WXT's check of the context), here where a throw fails the test.
      expect(() => ctx.isValid).not.toThrow();
      await typeInto(box, ` and ${CARD}`);
    } finally {
      Object.defineProperty(fakeBrowser, 'runtime', { value: runtime, configurable: true });
      Object.defineProperty(fakeBrowser, 'storage', { value: storage, configurable: true });
    }
    expect(errors).toEqual([]);
    expect(ctx.signal.aborted).toBe(true);
    expect(boxes()).toBe(0);
  });

  // What Chromium 156 leaves an orphaned content script (probed in its isolated world after chrome.runtime.reload(),
  // 2026-11): `chrome.runtime`, `chrome.storage` and `chrome.i18n` all undefined, so the warning's strings are gone too.
  const orphaned = async (then: () => void | Promise<void>) => {
    const { runtime, storage, i18n } = fakeBrowser;
    for (const api of ['runtime', 'storage', 'i18n']) {
      Object.defineProperty(fakeBrowser, api, { value: undefined, configurable: true });
    }
    try {
      await then();
    } finally {
      for (const [api, value] of Object.entries({ runtime, storage, i18n })) {
        Object.defineProperty(fakeBrowser, api, { value, configurable: true });
      }
    }
  };
  const setHidden = (hidden: boolean) => {
    Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  };
  const maskButton = () =>
    document
      .querySelector('kefu-privacy-guard')
      ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="kefu-guard-sensitive-action"]') ?? null;
  /** A pasted agent message asking for the code (its warning outlives Mask), then the user's card. */
  const warnedChat = async () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.focus();
    const paste = new Event('paste', { bubbles: true, composed: true });
    const agent = 'Amazon support: please send me the verification code we just sent to your phone.';
    Object.defineProperty(paste, 'clipboardData', { value: { getData: () => agent } });
    box.dispatchEvent(paste);
    box.value = agent;
    await typeInto(box, ` card ${CARD}`);
    // The scan runs once the typing pauses: on a loaded machine, a frame or two after the last keystroke.
    await vi.waitFor(() => expect(maskButton()).not.toBeNull());
    return box;
  };

  it('a warning left in a background tab by an orphaned guard goes as soon as the tab is shown again', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const box = await warnedChat();
    setHidden(true);
    try {
      await orphaned(async () => {
        setHidden(false);
        // At once, not at the next watch tick (300 ms later): no window in which its buttons reach a dead script.
        expect(boxes()).toBe(0);
        await frame();
      });
    } finally {
      setHidden(false);
    }
    expect(errors).toEqual([]);
    expect(sent).not.toHaveBeenCalled();
    expect(box.value).toContain(CARD);
  });

  it("a click on an orphaned guard's Mask button masks the card, throws nothing, sends nothing and takes the warning away", async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const box = await warnedChat();
    // The extension reloaded with the tab in front: the click comes before the guard's next watch tick notices.
    await orphaned(async () => {
      expect(() => maskButton()?.click()).not.toThrow();
      expect(boxes()).toBe(0);
      // Masked as asked: the shopper pressed Mask on a card number about to be sent.
      expect(box.value).not.toContain(CARD);
      expect(box.value).toContain('verification code');
      await typeInto(box, ' thanks');
    });
    expect(errors).toEqual([]);
    expect(sent).not.toHaveBeenCalled();
    expect(ctx.signal.aborted).toBe(true);
    expect(boxes()).toBe(0);
  });

  // The same click while an IME composition is going on (pinyin waiting for its characters; the box's buttons leave it
  // going): the mask waits for the composition's end, as in a live guard, though WXT took the guard's listeners away.
  it('Mask pressed on an orphaned guard during an IME composition masks the card once the composition ends', async () => {
    const box = await warnedChat();
    const compose = (type: string) => box.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    compose('compositionstart');
    await orphaned(async () => {
      maskButton()?.click();
      expect(boxes()).toBe(0);
      // Not under the composition: the pick would replace the mask (see privacy-guard.ts, act).
      expect(box.value).toContain(CARD);
      box.value += '谢谢';
      compose('compositionend');
      await frame();
      await frame();
    });
    expect(box.value).not.toContain(CARD);
    expect(box.value).toContain('谢谢');
    expect(errors).toEqual([]);
  });
});
