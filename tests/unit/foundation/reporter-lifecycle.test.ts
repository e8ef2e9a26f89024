// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runOrderReporter } from '../../../lib/content/run-order-reporter';
import type { SiteModule } from '../../../lib/sites/types';

/**
 * The orders reporter over its lifetime, with WXT's own context: what it leaves behind on a busy page, on SPA
 * navigation, and once the extension was reloaded (Chrome keeps the old script running in open tabs, with
 * `browser.runtime` and `browser.storage` gone: seen in Chromium 156, 2026-12).
 */
describe('runOrderReporter lifecycle', () => {
  const site = {
    match: () => ({ platform: 'amazon', marketplace: 'amazon.com' }),
    pageKind: () => 'order-list',
    extract: () => ({ orders: [{ orderId: '112-1234567-7654321', items: [], shipments: [] }], diagnostics: [] }),
  } as unknown as SiteModule;
  let sent: unknown[] = [];

  /**
   * Runs the reporter on fake timers with a context that is always valid and whose window listeners all end with the
   * returned controller (abort it before the test ends: the next test's window must not hear this one's script).
   */
  function startOnFakeTimers(): AbortController {
    vi.useFakeTimers();
    const stub = {
      isValid: true,
      addEventListener: (t: EventTarget, type: string, fn: EventListener) => t.addEventListener(type, fn),
      onInvalidated: () => {},
    } as never;
    const listening = new AbortController();
    const add = window.addEventListener.bind(window);
    vi.spyOn(window, 'addEventListener').mockImplementation((type, fn, options) =>
      add(type, fn, { ...(typeof options === 'object' ? options : {}), signal: listening.signal }),
    );
    runOrderReporter(stub, site);
    return listening;
  }

  let ctx: ContentScriptContext;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  beforeEach(() => {
    sent = [];
    errors.length = 0;
    window.addEventListener('error', onError);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
      return undefined;
    });
    ctx = new ContentScriptContext('amazon-orders');
  });
  afterEach(() => {
    ctx.abort();
    window.removeEventListener('error', onError);
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('a page that changes all the time adds no invalidation listener per change', async () => {
    const added = vi.spyOn(ctx.signal, 'addEventListener');
    runOrderReporter(ctx, site);
    const atStart = added.mock.calls.length;
    for (let i = 0; i < 60; i++) {
      document.body.append(document.createElement('span'));
      await settle();
    }
    // WXT's ctx.setTimeout keeps one per timer until the context ends: 60 here, without end on a carousel page.
    expect(added.mock.calls.length - atStart).toBeLessThanOrEqual(1);
  });

  it('navigations in quick succession extract once, after the last', () => {
    const listening = startOnFakeTimers();
    expect(sent).toHaveLength(1);
    for (let i = 0; i < 50; i++) {
      window.dispatchEvent(new Event('wxt:locationchange'));
      vi.advanceTimersByTime(40);
    }
    vi.advanceTimersByTime(200);
    listening.abort();
    // The first load's report and one for the page the navigations ended on (50 before).
    expect(sent).toHaveLength(2);
  });

  it('a page whose URL never stops changing is still read on navigation (not put off for good)', () => {
    const listening = startOnFakeTimers();
    // A page that rewrites its URL every 100 ms for a while (a replaceState per scroll step or animation tick): the
    // panel must not wait for it to stop to see the page the shopper navigated to.
    for (let i = 0; i < 50; i++) {
      window.dispatchEvent(new Event('wxt:locationchange'));
      vi.advanceTimersByTime(100);
    }
    listening.abort();
    expect(sent.length).toBeGreaterThan(1);
  });

  it('once the extension is reloaded, the old script goes quiet without an error (back/forward cache, DOM change)', async () => {
    runOrderReporter(ctx, site);
    expect(sent).toHaveLength(1);
    const runtime = fakeBrowser.runtime;
    Object.defineProperty(fakeBrowser, 'runtime', { value: undefined, configurable: true });
    try {
      const restored = new Event('pageshow');
      Object.defineProperty(restored, 'persisted', { value: true });
      window.dispatchEvent(restored);
      document.body.append(document.createElement('span'));
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      Object.defineProperty(fakeBrowser, 'runtime', { value: runtime, configurable: true });
    }
    expect(errors).toEqual([]);
    expect(ctx.signal.aborted).toBe(true);
    expect(sent).toHaveLength(1);
  });
});
