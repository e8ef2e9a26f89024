// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runOrderReporter } from '../../../lib/content/run-order-reporter';
import type { SiteModule } from '../../../lib/sites/types';

/**
 * The content scripts' reporter with a stub site whose page can stop being "its" page (an SPA move onto another
 * script's page): it reports its own pages, stays silent on pages it never reported, and says "nothing here" (again on
 * each rescan) once its orders would otherwise stay in the panel.
 */
describe('runOrderReporter', () => {
  let mine = true;
  let sent: { extraction: { orders: unknown[] } }[] = [];
  let fail = false;
  let listener: ((raw: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown) | undefined;
  const site = {
    match: () => (mine ? { platform: 'amazon', marketplace: 'amazon.com' } : null),
    pageKind: () => 'order-list',
    extract: () => ({ orders: [{ orderId: '112-1234567-7654321', items: [], shipments: [] }], diagnostics: [] }),
  } as unknown as SiteModule;
  // Each test's reporter stops with its test (as WXT's context does on invalidation): listeners go with the signal.
  let lifetime = new AbortController();
  const ctx = {
    get isValid() {
      return !lifetime.signal.aborted;
    },
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    addEventListener: (t: EventTarget, type: string, fn: EventListener) =>
      t.addEventListener(type, fn, { signal: lifetime.signal }),
    onInvalidated: (fn: () => void) => lifetime.signal.addEventListener('abort', fn),
  } as never;
  // The script's answer, as the background receives it (through sendResponse).
  const rescan = () =>
    new Promise((answer) => listener?.({ type: 'content/rescan' }, { id: fakeBrowser.runtime.id }, answer));

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    fail = false;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m as (typeof sent)[number]);
      if (fail) throw new Error('Could not establish connection');
      return undefined;
    });
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(((l: typeof listener) => {
      listener = l;
    }) as never);
  });
  afterEach(() => {
    lifetime.abort();
    lifetime = new AbortController();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('stays silent on a page that was never its own, even when asked to rescan', async () => {
    mine = false;
    runOrderReporter(ctx, site);
    expect(await rescan()).toBe(true);
    expect(sent).toEqual([]);
  });

  it('after an SPA move off its pages, says "nothing here", and again on a rescan if that report was lost', async () => {
    mine = true;
    runOrderReporter(ctx, site);
    expect(sent.map((m) => m.extraction.orders.length)).toEqual([1]);
    mine = false;
    fail = true;
    window.dispatchEvent(new Event('wxt:locationchange'));
    vi.advanceTimersByTime(200);
    expect(sent.map((m) => m.extraction.orders.length)).toEqual([1, 0]);
    fail = false;
    await rescan();
    expect(sent.map((m) => m.extraction.orders.length)).toEqual([1, 0, 0]);
  });

  // Security review (s21): a page moving to a new URL every 200 ms made the script report five times a second without
  // end (each navigation reads with a fresh budget and reports, as a new URL is a new tab record).
  it('reports a few navigations at once, then at most one per 2 s however fast the page changes its URL', () => {
    mine = true;
    runOrderReporter(ctx, site);
    for (let i = 0; i < 3; i++) {
      window.dispatchEvent(new Event('wxt:locationchange'));
      vi.advanceTimersByTime(400);
    }
    expect(sent).toHaveLength(1 + 3); // list → detail → back → …: each at once
    for (let i = 0; i < 150; i++) {
      window.dispatchEvent(new Event('wxt:locationchange'));
      vi.advanceTimersByTime(200);
    }
    // 30 s of it: the first load, the three, then one per 2 s (and a bit of refill).
    expect(sent.length).toBeLessThanOrEqual(1 + 3 + 16);
    // The page where it stops is still read.
    const before = sent.length;
    vi.advanceTimersByTime(2500);
    expect(sent.length).toBe(before + 1);
  });

  it('reports again at once when the page comes back from the back/forward cache', async () => {
    mine = true;
    runOrderReporter(ctx, site);
    expect(sent).toHaveLength(1);
    const restored = new Event('pageshow');
    Object.defineProperty(restored, 'persisted', { value: true });
    window.dispatchEvent(restored);
    expect(sent).toHaveLength(2);
    // A normal load's pageshow (not from the cache) changes nothing.
    window.dispatchEvent(new Event('pageshow'));
    expect(sent).toHaveLength(2);
  });

  // Chrome's own API (which these scripts use, not the polyfill: wxt.config.ts) ignores a promise returned by a
  // listener; an answer must go through sendResponse, after `return true` when it comes later.
  it("answers the context menu's copy through sendResponse, once the text is copied", async () => {
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
      copied.push(text);
    });
    runOrderReporter(ctx, site);
    const summaries = [{ orderId: '112-1234567-7654321', text: 'Order 112-1234567-7654321' }];
    let kept: unknown;
    const answer = await new Promise((resolve) => {
      kept = listener?.({ type: 'content/copy-summary', summaries }, { id: fakeBrowser.runtime.id }, resolve);
    });
    expect(kept).toBe(true);
    expect(answer).toBe(true);
    expect(copied).toEqual(['Order 112-1234567-7654321']);
  });

  /**
   * Pages re-render without adding elements: React writes a changed text into the text node already there
   * (`setTextContent`/`commitTextUpdate` set `nodeValue`: react-dom 18, packages/react-dom/src/client/setTextContent.js),
   * and Turbo-style routers swap in a new `<body>` (`document.body.replaceWith(newBody)`: hotwired/turbo
   * src/core/drive/page_renderer.js). Synthetic markup: one order id in a paragraph, read by a stub site.
   */
  describe('re-renders that add no element', () => {
    const reading = {
      match: () => ({ platform: 'amazon', marketplace: 'amazon.com' }),
      pageKind: () => 'order-list',
      extract: (doc: Document) => ({
        orders: [...doc.querySelectorAll('.order-id')].map((e) => ({
          orderId: e.textContent,
          items: [],
          shipments: [],
        })),
        diagnostics: [],
      }),
    } as unknown as SiteModule;
    const ids = () => sent.map((m) => m.extraction.orders.map((o) => (o as { orderId: string }).orderId).join());
    const settle = async () => {
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(2500);
    };
    afterEach(() => {
      document.body.replaceChildren();
    });

    it('reads an order whose text was rewritten in place (a text node given a new value)', async () => {
      document.body.innerHTML = '<p class="order-id">112-0000000-0000001</p>';
      runOrderReporter(ctx, reading);
      document.querySelector('.order-id')!.firstChild!.nodeValue = '112-0000000-0000002';
      await settle();
      expect(ids()).toEqual(['112-0000000-0000001', '112-0000000-0000002']);
    });

    it('does not read the page again for scripts an ad or metrics loader adds to <head>', async () => {
      // Synthetic: the saved order pages carry such loaders (tests/fixtures/real/amazon.com, `sf-host-load-script`
      // async scripts of Amazon's ad safeframe); here one inert script every 300 ms for 10 s.
      document.body.innerHTML = '<p class="order-id">112-0000000-0000001</p>';
      const extract = vi.spyOn(reading, 'extract');
      runOrderReporter(ctx, reading);
      const added: HTMLScriptElement[] = [];
      for (let i = 0; i < 33; i++) {
        const script = Object.assign(document.createElement('script'), { type: 'text/plain', text: `/*ad ${i}*/` });
        document.head.append(script);
        added.push(script);
        await vi.advanceTimersByTimeAsync(300);
      }
      await settle();
      for (const script of added) script.remove();
      expect(extract).toHaveBeenCalledTimes(1);
      expect(ids()).toEqual(['112-0000000-0000001']);
    });

    it('keeps watching after the page swaps in a new <body>', async () => {
      document.body.innerHTML = '<p class="order-id">112-0000000-0000001</p>';
      runOrderReporter(ctx, reading);
      const next = document.createElement('body');
      next.innerHTML = '<p class="order-id">112-0000000-0000003</p>';
      document.body.replaceWith(next);
      await settle();
      next.append(
        Object.assign(document.createElement('p'), { className: 'order-id', textContent: '112-0000000-0000004' }),
      );
      await settle();
      expect(ids()).toEqual(['112-0000000-0000001', '112-0000000-0000003', '112-0000000-0000003,112-0000000-0000004']);
    });
  });
});
