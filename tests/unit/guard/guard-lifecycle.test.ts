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
    expect(boxes()).toBe(1);
    // WXT's ctx.requestAnimationFrame keeps one per call until the context ends: one per keystroke here.
    expect(added.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('once the extension is reloaded, the old guard takes its warning away and goes quiet without an error', async () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.focus();
    await typeInto(box, `card ${CARD}`);
    expect(boxes()).toBe(1);
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
});
