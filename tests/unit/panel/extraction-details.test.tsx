// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ExtractionDetails } from '../../../components/ExtractionDetails';
import type { TabOrders } from '../../../lib/tab-orders';
import { byTestId, click, panelTestLifecycle, waitFor } from '../notes-ui/helpers';
import { installCatalogue } from './catalogue';

const record = (pageKind: TabOrders['extraction']['pageKind'] = 'order-list'): TabOrders => ({
  tabId: 1,
  url: 'https://www.amazon.com/your-orders/orders?ref=private',
  extraction: { platform: 'amazon', marketplace: 'amazon.com', pageKind, orders: [] },
  diagnostics: [
    { field: 'orders', strategy: 'li.order-card' },
    { orderId: '112-0399923-3070642', field: 'orderId', strategy: '.yohtmlc-order-id span' },
    { orderId: '112-0399923-3070643', field: 'orderId', strategy: '.yohtmlc-order-id span' },
    { orderId: '112-0399923-3070642', field: 'total', strategy: null },
    // A strategy string is page-derived text: shown as characters.
    { orderId: '112-0399923-3070642', field: 'shop', strategy: '<b>seller</b>' },
    // A field a newer site module reports, unknown to the catalogue: shown as named.
    { field: 'giftWrap', strategy: null },
  ],
  updatedAt: 0,
});

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim());

// The debug view showed the extractor's field names (orderId, total) and page kinds (order-list) in the Chinese UI.
describe('"How Kefu read this page" in the UI language', () => {
  const { mount } = panelTestLifecycle();

  it('names fields and the page kind in Chinese, keeping the strategies and the kind as the report spells them', () => {
    installCatalogue('zh_CN');
    const view = mount(<ExtractionDetails record={record()} />);
    const details = byTestId(view.root, 'extraction-details')!;
    expect(details.querySelector('summary')?.textContent).toBe('客服助手如何读取此页面');
    expect(details.textContent).toContain('页面类型：订单列表（order-list） · 0 个订单');
    expect(texts(details, '[data-testid="extraction-misses"] li')).toEqual([
      '实付款 · 112-0399923-3070642',
      'giftWrap',
    ]);
    expect(details.textContent).toContain('已找到的字段及所用的读取方法：');
    expect(texts(details, '[data-testid="extraction-strategies"] li')).toEqual([
      '订单列表：li.order-card ×1',
      '订单号：.yohtmlc-order-id span ×2',
      '店铺：<b>seller</b> ×1',
    ]);
    expect(details.querySelector('b')).toBeNull();
  });

  it('names Taobao and Tmall pages by the platform name in the UI language, Amazon by its storefront domain', () => {
    installCatalogue('zh_CN');
    const taobao = record();
    taobao.url = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
    taobao.extraction = { platform: 'taobao', marketplace: 'taobao', pageKind: 'order-list', orders: [] };
    const view = mount(<ExtractionDetails record={taobao} />);
    expect(view.root.querySelector('.badge')?.textContent).toBe('淘宝');
    view.unmount();
    const amazon = mount(<ExtractionDetails record={record()} />);
    expect(amazon.root.querySelector('.badge')?.textContent).toBe('amazon.com');
  });

  it('reads in English as before (page kind as the report names it), with labelled strategies', () => {
    installCatalogue('en');
    const view = mount(<ExtractionDetails record={record()} />);
    const details = byTestId(view.root, 'extraction-details')!;
    // The browser tests look for this line.
    expect(details.textContent).toMatch(/order-list · orders found: 0/);
    expect(texts(details, '[data-testid="extraction-misses"] li')).toEqual(['Total · 112-0399923-3070642', 'giftWrap']);
    expect(texts(details, '[data-testid="extraction-strategies"] li')).toEqual([
      'Order list: li.order-card ×1',
      'Order ID: .yohtmlc-order-id span ×2',
      'Shop: <b>seller</b> ×1',
    ]);
  });

  it('copies a report with the extractor’s own field names and no query string, whatever the UI language', async () => {
    installCatalogue('zh_CN');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const view = mount(<ExtractionDetails record={record('order-detail')} />);
    expect(byTestId(view.root, 'extraction-details')?.textContent).toContain('订单详情（order-detail）');
    click(view.root.querySelector('.card > button'));
    await waitFor(() => writeText.mock.calls.length > 0);
    expect(JSON.parse(writeText.mock.calls[0]![0])).toEqual({
      page: 'https://www.amazon.com/your-orders/orders',
      platform: 'amazon',
      marketplace: 'amazon.com',
      pageKind: 'order-detail',
      orders: 0,
      misses: ['total', 'giftWrap'],
      strategies: {
        'orders: li.order-card': 1,
        'orderId: .yohtmlc-order-id span': 2,
        'shop: <b>seller</b>': 1,
      },
    });
    writeText.mockRestore();
  });
});
