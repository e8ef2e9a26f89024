// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageKind } from '../../../lib/extract/types';
import { saveTabOrders } from '../../../lib/tab-orders';
import { byTestId, installI18n, panelTestLifecycle, waitFor } from '../notes-ui/helpers';

// Found by the bad-input review (.tmp/s19/input): on an order list that shows no orders (Amazon's year filter with
// none that year: tests/fixtures/real/amazon.com/order-history-2023-zero-orders.html, pageKind order-list), the
// panel said "No orders found on this page. Open an order list…" — to a user on an order list.
async function showTab(pageKind: PageKind) {
  await saveTabOrders(fakeBrowser.storage.session, {
    tabId: 1,
    url: 'https://www.amazon.com/your-orders/orders?timeFilter=year-2023&startIndex=0',
    extraction: { platform: 'amazon', marketplace: 'amazon.com', pageKind, orders: [] },
    updatedAt: Date.now(),
  });
}

describe('the panel on a page without orders says what to do there', () => {
  const ui = panelTestLifecycle();

  async function mountOn(pageKind: PageKind, lang: 'en' | 'zh_CN' = 'en'): Promise<string> {
    installI18n(lang);
    fakeBrowser.tabs.getCurrent = (async () => undefined) as typeof fakeBrowser.tabs.getCurrent;
    fakeBrowser.tabs.query = (async () => [{ id: 1 }]) as unknown as typeof fakeBrowser.tabs.query;
    await showTab(pageKind);
    const { App } = await import('../../../entrypoints/sidepanel/App');
    const { root } = ui.mount(<App />);
    return (await waitFor(() => byTestId(root, 'no-orders'))).textContent ?? '';
  }

  it('an order list with no orders: another period or filter, or scan again', async () => {
    const text = await mountOn('order-list');
    expect(text).not.toContain('Open an order list');
    expect(text).toContain('Scan again');
    expect(text).toMatch(/time period|filter/);
  });

  it('the same in Chinese', async () => {
    const text = await mountOn('order-list', 'zh_CN');
    expect(text).toContain('重新识别');
    expect(text).not.toContain('请打开');
  });

  it('any other page of the shop keeps pointing to the pages Kefu reads', async () => {
    expect(await mountOn('help')).toBe(
      'No orders found on this page. Open an order list, order details or tracking page on Amazon or Taobao/Tmall. ' +
        'Another shop? Enter the order below, under “Add an order from another shop”.',
    );
  });
});
