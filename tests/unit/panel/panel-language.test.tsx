// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { channelAdvice } from '../../../lib/help';
import { byTestId, click, installI18n, panelTestLifecycle, waitFor } from '../notes-ui/helpers';
import { besideTab, TAOBAO_ORDER_PAGE } from './beside-tab';

// Seen in a zh-CN journey (.tmp/s19/qa-zh): a Chinese shopper writing to Amazon in English switched the message to EN,
// and the channel advice, checklist and tips turned English under Chinese headings ("找人工客服： Open AliMe…").
describe('the message language and the panel language', () => {
  const ui = panelTestLifecycle();

  it('switching the message to English leaves the advice for the shopper in the panel language', async () => {
    installI18n('zh_CN');
    await besideTab({
      url: 'https://www.amazon.com/gp/your-account/order-details?orderID=112-0399923-3070642',
      extraction: {
        platform: 'amazon',
        marketplace: 'amazon.com',
        pageKind: 'order-detail',
        orders: [{ orderId: '112-0399923-3070642', items: [{ title: 'Kettle' }], shipments: [] }],
      },
    });
    const { App } = await import('../../../entrypoints/sidepanel/App');
    const { root } = ui.mount(<App />);
    const advice = () => byTestId(root, 'channel-advice')?.textContent ?? '';
    const zhWhy = channelAdvice('amazon', 'not-received', 'zh_CN', 'amazon.com').why;
    await waitFor(() => advice().includes(zhWhy));
    click(byTestId(root, 'lang-en'));
    // The message follows the switch…
    await waitFor(() => /Order/.test(byTestId<HTMLTextAreaElement>(root, 'message')?.value ?? ''));
    // …the advice does not.
    expect(advice()).toContain(zhWhy);
    expect(advice()).not.toContain(channelAdvice('amazon', 'not-received', 'en', 'amazon.com').why);
  });

  // Seen in a zh-TW journey (.tmp/s21/qa): the English panel (no zh_TW catalogue) wrote to Taobao in English; the
  // shopper switched the message to 中文, and at the next opening of the panel it was English again.
  it('the message language chosen comes back at the next opening of the panel', async () => {
    installI18n('en');
    await besideTab(TAOBAO_ORDER_PAGE);
    const { App } = await import('../../../entrypoints/sidepanel/App');
    const message = (root: HTMLElement) => byTestId<HTMLTextAreaElement>(root, 'message')?.value ?? '';
    const first = ui.mount(<App />);
    await waitFor(() => message(first.root).includes('Order ID'));
    click(byTestId(first.root, 'lang-zh_CN'));
    await waitFor(() => message(first.root).includes('订单号'));
    first.unmount();

    const again = ui.mount(<App />);
    await waitFor(() => message(again.root).includes('订单号'));
    expect(byTestId(again.root, 'lang-zh_CN')?.getAttribute('aria-pressed')).toBe('true');
  });
});
